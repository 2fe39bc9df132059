// SPDX-License-Identifier: MIT
#include "chart/charttitle.h"

#include <QChart>
#include <QFont>
#include <QFontMetricsF>
#include <QStringList>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

QString chartTitleHtml(const QString &title, const QFont &font, qreal width, int maxLines)
{
    const QString text = title.simplified(); // a pasted newline or tab is a space in one title
    if (text.isEmpty())
        return {};
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long word or CJK run too
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() + 1 == maxLines) { // the last line takes the rest, elided
            lines.append(QFontMetricsF(font).elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

qreal chartTitleWidth(const QChart *chart)
{
    constexpr qreal kDocumentMargins = 2 * 4 + 8; // QGraphicsTextItem's margins, and some room
    return std::max(0.0, chart->size().width() - chart->margins().left() - chart->margins().right() - kDocumentMargins);
}
