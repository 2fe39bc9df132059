// SPDX-License-Identifier: MIT
// A figure title as QChart's title HTML, broken into lines that fit the chart. QChart itself
// cuts a title wider than the chart from the end of its HTML, which drops whatever follows
// the text (FunctionChart's empty second line that keeps the band caption's strip free) and
// loses the words the teacher typed; here the title wraps, and only what a second line cannot
// hold ends in “…”.
#pragma once

#include <QString>

class QChart;
class QFont;

// The title's lines, HTML-escaped and joined by <br>, each at most `width` wide in `font`;
// at most `maxLines` of them. Empty for an empty title.
[[nodiscard]] QString chartTitleHtml(const QString &title, const QFont &font, qreal width, int maxLines = 2);

// The width a title line of `chart` may take: its geometry's, less its margins and the title
// document's own (QChart cuts a line any wider).
[[nodiscard]] qreal chartTitleWidth(const QChart *chart);
