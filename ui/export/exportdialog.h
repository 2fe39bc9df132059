// SPDX-License-Identifier: MIT
// ExportDialog: file, pixel size, device-pixel ratio, background and title of an export. Save is
// enabled only for a request the exporter takes (its file type and ExportRequest::sizeError);
// otherwise the dialog says why under the form.
#pragma once

#include "export/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ExportRequest::View view, const QString &suggestedPath, QWidget *parent = nullptr);

    [[nodiscard]] ExportRequest request() const;

private:
    void browse();
    void validate();

    ExportRequest::View m_view;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_dpr;
    QComboBox *m_background;
    QLineEdit *m_title;
    QCheckBox *m_caption;
    QLabel *m_problem; // why Save is disabled, if it is
    QDialogButtonBox *m_buttons;
};
