// SPDX-License-Identifier: MIT
#include "widgets/lazypage.h"

#include <QVBoxLayout>

LazyPage::LazyPage(Factory factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content() const
{
    if (!m_content) {
        auto *self = const_cast<LazyPage *>(this); // building is not a change a caller can see
        m_content = m_factory(self);
        self->layout()->addWidget(m_content);
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}
