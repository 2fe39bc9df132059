// SPDX-License-Identifier: MIT
// ExportDialog: file, pixel size, device-pixel ratio, background and title of an export.
#pragma once

#include "export/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
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
    QDialogButtonBox *m_buttons;
};
