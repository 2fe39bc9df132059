// SPDX-License-Identifier: MIT
// AboutDialog: what actviz is, its version, and the libraries it stands on.
#pragma once

#include <QDialog>

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
