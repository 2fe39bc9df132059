// SPDX-License-Identifier: MIT
// The rich-text checks of tst_activationnotes: whether a teaching note is markup QLabel renders
// (known elements, balanced, entities spelt out), its tags in order (a translation must keep
// them), and whether a translation is in Chinese at all.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace uitest {

using namespace Qt::StringLiterals;

// The elements the notes may use: what QLabel renders, and nothing a translator must guess at.
inline bool allowedElement(const QString &name)
{
    static const QStringList allowed{u"i"_s,  u"b"_s,  u"sup"_s,  u"sub"_s, u"table"_s,
                                     u"tr"_s, u"td"_s, u"span"_s, u"br"_s};
    return allowed.contains(name);
}

// Empty when the rich text is well formed: known elements, every one closed in order (br is
// void), no italics nested in italics (a doubly marked variable), and every & an entity.
inline QString markupProblem(const QString &html)
{
    static const QRegularExpression tag(uR"(^<(/?)([a-z]+)(\s[^<>]*)?>)"_s);
    static const QRegularExpression entity(uR"(^&(lt|gt|amp|nbsp|quot|apos|#[0-9]+);)"_s);
    QList<QString> open;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QStringView rest = QStringView(html).mid(i);
        if (html[i] == u'<') {
            const QRegularExpressionMatch m = tag.match(rest);
            if (!m.hasMatch())
                return u"stray '<' at %1"_s.arg(i);
            const QString name = m.captured(2);
            if (!allowedElement(name))
                return u"element <%1> at %2"_s.arg(name).arg(i);
            if (m.captured(1).isEmpty()) {
                if (name == u"i"_s && open.contains(name))
                    return u"<i> inside <i> at %1"_s.arg(i);
                if (name != u"br"_s)
                    open.append(name);
            } else if (open.isEmpty() || open.takeLast() != name) {
                return u"unbalanced </%1> at %2"_s.arg(name).arg(i);
            }
            i += m.capturedLength() - 1;
        } else if (html[i] == u'&') {
            if (!entity.match(rest).hasMatch())
                return u"bare '&' at %1"_s.arg(i);
        }
    }
    if (!open.isEmpty())
        return u"<%1> never closed"_s.arg(open.last());
    return {};
}

// The tags of a string in order, to check that a translation kept the source's markup.
inline QStringList tags(const QString &html)
{
    static const QRegularExpression tag(uR"(<[^<>]+>)"_s);
    QStringList out;
    for (const QRegularExpressionMatch &m : tag.globalMatch(html))
        out << m.captured();
    return out;
}

inline bool hasChinese(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace uitest
