// SPDX-License-Identifier: MIT
// WrappedLabel: a word-wrapped QLabel that remembers its height for the last widths asked. A
// layout asks every label in it for heightForWidth() whenever any widget of it changes size
// hint, and QLabel lays its text out again each time (for rich text a whole QTextDocument): in
// the docks that was most of a slider step's CPU time (issue 14, actviz_bench_ui). The cache is
// keyed on the width, the text and the font, so it is never stale.
#pragma once

#include <QLabel>

#include <array>

class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

private:
    struct Entry {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Entry, 4> m_cache{};
    mutable std::size_t m_next = 0;
    mutable QString m_text;
    mutable QFont m_font;
};
