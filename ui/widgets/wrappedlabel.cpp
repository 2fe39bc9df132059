// SPDX-License-Identifier: MIT
#include "widgets/wrappedlabel.h"

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_text || font() != m_font) {
        m_text = text();
        m_font = font();
        m_cache.fill({});
    }
    for (const Entry &e : m_cache)
        if (e.width == width)
            return e.height;
    const int height = QLabel::heightForWidth(width);
    m_cache[m_next] = {width, height};
    m_next = (m_next + 1) % m_cache.size();
    return height;
}
