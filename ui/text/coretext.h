// SPDX-License-Identifier: MIT
// CoreText: the English texts of core/'s descriptors (function names, formulas in words, kink
// conventions, parameter meanings, ranges), translated for display. core/ stays free of Qt, so
// the strings are repeated in coretext.cpp for lupdate; a text without a translation (a formula
// that is pure mathematics, say) is shown as core wrote it. tests/ui/tst_translation fails when a
// descriptor text with English words has no Chinese.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace actviz {
struct Activation;
}

class CoreText
{
    Q_DECLARE_TR_FUNCTIONS(CoreText)
public:
    // s in the interface language (context "CoreText"), as plain text.
    [[nodiscard]] static QString text(std::string_view s);
    // The same, escaped for a rich-text label.
    [[nodiscard]] static QString html(std::string_view s) { return text(s).toHtmlEscaped(); }
    [[nodiscard]] static QString name(const actviz::Activation &a);
};
