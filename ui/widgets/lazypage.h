// SPDX-License-Identifier: MIT
// LazyPage: a tab page that builds its content the first time it is needed — shown, or asked
// for — so that the window's first frame does not pay for the tabs nobody has opened yet
// (issue 14: the teaching views' charts, their first simulation and their fonts were most of
// the launch). Once built, the content stays for the page's life.
#pragma once

#include <QWidget>

#include <functional>

class LazyPage : public QWidget
{
    Q_OBJECT
public:
    // Builds the content as a child of the page it is given.
    using Factory = std::function<QWidget *(QWidget *page)>;

    explicit LazyPage(Factory factory, QWidget *parent = nullptr);

    // The content, built now if it was not yet.
    QWidget *content() const;
    [[nodiscard]] bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    mutable QWidget *m_content = nullptr;
};
