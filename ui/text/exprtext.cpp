// SPDX-License-Identifier: MIT
#include "text/exprtext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

namespace {

// The English shape (a regular expression over core's message) and the sentence it becomes,
// whose %1, %2 … are the expression's captures in order.
struct Shape {
    const char *pattern;
    const char *sentence;
};

const std::array kShapes{
    Shape{"^unknown name “(.*)” at column (\\d+); did you mean (.*)\\?$",
          QT_TRANSLATE_NOOP("ExprText", "unknown name “%1” at column %2; did you mean %3?")},
    Shape{"^unknown name “(.*)” at column (\\d+)$", QT_TRANSLATE_NOOP("ExprText", "unknown name “%1” at column %2")},
    Shape{"^unexpected character (.*) at column (\\d+)$",
          QT_TRANSLATE_NOOP("ExprText", "unexpected character %1 at column %2")},
    Shape{"^unexpected end of formula at column (\\d+)$",
          QT_TRANSLATE_NOOP("ExprText", "the formula ends too early (column %1)")},
    Shape{"^unexpected (.*) at column (\\d+)$", QT_TRANSLATE_NOOP("ExprText", "unexpected %1 at column %2")},
    Shape{"^expected a number, a name or “\\(” at column (\\d+), found end of formula$",
          QT_TRANSLATE_NOOP("ExprText", "the formula ends too early: a number, a name or “(” is missing at column %1")},
    Shape{"^expected a number, a name or “\\(” at column (\\d+), found (.*)$",
          QT_TRANSLATE_NOOP("ExprText", "expected a number, a name or “(” at column %1, found %2")},
    Shape{"^expected (.*) at column (\\d+), found end of formula$",
          QT_TRANSLATE_NOOP("ExprText", "the formula ends too early: %1 is missing at column %2")},
    Shape{"^expected (.*) at column (\\d+), found (.*)$",
          QT_TRANSLATE_NOOP("ExprText", "expected %1 at column %2, found %3")},
    Shape{"^(.*) at column (\\d+) is not a function$", QT_TRANSLATE_NOOP("ExprText", "%1 at column %2 is not a function")},
    Shape{"^(.*) at column (\\d+) needs its arguments in parentheses, e\\.g\\. (.*)$",
          QT_TRANSLATE_NOOP("ExprText", "%1 at column %2 needs its arguments in parentheses, e.g. %3")},
    Shape{"^(.*) at column (\\d+) takes (\\d+) arguments?, not (\\d+)$",
          QT_TRANSLATE_NOOP("ExprText", "%1 at column %2 takes %3 argument(s), not %4")},
    Shape{"^the first argument of if at column (\\d+) must be a comparison such as x > 0 \\((.*)\\)$",
          QT_TRANSLATE_NOOP("ExprText", "the first argument of if at column %1 must be a comparison such as x > 0 (%2)")},
    Shape{"^a comparison \\((.*)\\) at column (\\d+) is allowed only as the first argument of if\\(…\\)$",
          QT_TRANSLATE_NOOP("ExprText", "a comparison (%1) at column %2 is allowed only as the first argument of if(…)")},
    Shape{"^the formula nests deeper than (\\d+) levels at column (\\d+)$",
          QT_TRANSLATE_NOOP("ExprText", "the formula nests deeper than %1 levels at column %2")},
    Shape{"^the formula is longer than (\\d+) characters$",
          QT_TRANSLATE_NOOP("ExprText", "the formula is longer than %1 characters")},
    Shape{"^the formula is empty$", QT_TRANSLATE_NOOP("ExprText", "the formula is empty")},
    Shape{"^(.*) at column (\\d+) is not a number$", QT_TRANSLATE_NOOP("ExprText", "%1 at column %2 is not a number")},
    Shape{"^(.*) at column (\\d+) is beyond the range of a double \\(±1\\.7976931348623157e308\\); write inf or -inf "
          "for infinity$",
          QT_TRANSLATE_NOOP("ExprText", "%1 at column %2 is beyond the range of a double (±1.7976931348623157e308); "
                                        "write inf or -inf for infinity")},
    Shape{"^the formula does not depend on x: a constant is not an activation$",
          QT_TRANSLATE_NOOP("ExprText", "the formula does not depend on x: a constant is not an activation")},
    Shape{"^log\\(1 \\+ exp\\((.*)\\)\\) overflows for large arguments and loses the tail for very negative ones: "
          "write softplus\\((.*)\\) instead\\.$",
          QT_TRANSLATE_NOOP("ExprText", "log(1 + exp(%1)) overflows for large arguments and loses the tail for very "
                                        "negative ones: write softplus(%2) instead.")},
    Shape{"^log\\(1 \\+ u\\) loses digits when u is tiny \\(1 \\+ u rounds first\\): write log1p\\((.*)\\) instead\\.$",
          QT_TRANSLATE_NOOP("ExprText",
                            "log(1 + u) loses digits when u is tiny (1 + u rounds first): write log1p(%1) instead.")},
    Shape{"^1/\\(1 \\+ exp\\(−u\\)\\) overflows inside exp for very negative u: write sigmoid\\((.*)\\) instead\\.$",
          QT_TRANSLATE_NOOP("ExprText",
                            "1/(1 + exp(−u)) overflows inside exp for very negative u: write sigmoid(%1) instead.")},
    Shape{"^exp\\(u\\) − 1 cancels when u is near 0: write expm1\\((.*)\\) instead\\.$",
          QT_TRANSLATE_NOOP("ExprText", "exp(u) − 1 cancels when u is near 0: write expm1(%1) instead.")},
};

} // namespace

QString ExprText::message(const std::string &english)
{
    const QString text = QString::fromStdString(english);
    for (const Shape &shape : kShapes) {
        static thread_local QHash<const char *, QRegularExpression> compiled;
        auto it = compiled.find(shape.pattern);
        if (it == compiled.end())
            it = compiled.insert(shape.pattern, QRegularExpression(QString::fromUtf8(shape.pattern)));
        const QRegularExpressionMatch m = it.value().match(text);
        if (!m.hasMatch())
            continue;
        // All parts at once: a part that itself reads "%1" (typed by the user) is not replaced again.
        const QString sentence = QCoreApplication::translate("ExprText", shape.sentence);
        switch (m.lastCapturedIndex()) {
        case 0:
            return sentence;
        case 1:
            return sentence.arg(m.captured(1));
        case 2:
            return sentence.arg(m.captured(1), m.captured(2));
        case 3:
            return sentence.arg(m.captured(1), m.captured(2), m.captured(3));
        default:
            return sentence.arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
        }
    }
    return text;
}

QString ExprText::error(const actviz::ExprError &e)
{
    return message(e.message);
}

QString ExprText::formulaHtml(const QString &formula)
{
    static constexpr QChar kBreak(0x200B); // zero width space: a break opportunity, not drawn
    static constexpr QChar kNoBreak(0x00A0);
    // Spaces inside a short parenthesised group do not break ("1 / (1 +" ‖ "e^(−x))" did); a
    // long group keeps its spaces, so that no line is wider than the panel.
    constexpr qsizetype kShortGroup = 24;
    std::vector<bool> keep(static_cast<std::size_t>(formula.size()), false);
    std::vector<qsizetype> open;
    for (qsizetype i = 0; i < formula.size(); ++i) {
        if (formula.at(i) == u'(') {
            open.push_back(i);
        } else if (formula.at(i) == u')' && !open.empty()) {
            const qsizetype from = open.back();
            open.pop_back();
            if (i - from <= kShortGroup)
                std::fill(keep.begin() + from, keep.begin() + i, true);
        }
    }
    QString breakable;
    breakable.reserve(formula.size() + formula.size() / 4);
    for (qsizetype i = 0; i < formula.size(); ++i) {
        QChar c = formula.at(i);
        if (c == u'\'')
            c = QChar(0x2032); // σ'(x) is σ′(x), the prime the labels beside it use
        else if (c == u' ' && keep[static_cast<std::size_t>(i)])
            c = kNoBreak;
        breakable.append(c);
        const bool nestedParen = c == u'(' && i > 0 && formula.at(i - 1) == u'(';
        if ((c == u'·' || c == u'*' || c == u'/' || c == u',' || nestedParen) && i + 1 < formula.size())
            breakable.append(kBreak);
    }
    return QStringLiteral("<code>%1</code>").arg(breakable.toHtmlEscaped());
}
