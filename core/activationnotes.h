// SPDX-License-Identifier: MIT
// Teaching notes for every registry function: the formula and derivative as Qt rich text, the
// ranges of f and f', pros, cons and typical use, as a lecturer would put them. Core stays free of
// Qt: each string is only marked for lupdate here, and the UI translates it when it shows it, with
// QCoreApplication::translate("ActivationNotes", note.pros.data()).
#pragma once

#include <span>
#include <string_view>

// Marks a string for lupdate and leaves it unchanged. Spelled exactly as Qt's own definition so
// that including Qt headers after this one is a harmless identical redefinition.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace actviz {

// Every field but id is the UTF-8 source text of a message in the "ActivationNotes" context of
// resources/translations/actviz_zh_CN.ts and is Qt rich text (the HTML subset QLabel renders:
// <i>, <sup>, <sub>, entities, small tables for piecewise definitions), with no newlines. Each
// view points at a string literal, so data() is NUL-terminated and may go straight to translate().
struct ActivationNote {
    std::string_view id;             // the registry id
    std::string_view formulaHtml;    // f(x) = …
    std::string_view derivativeHtml; // f′(x) = …, branch inequalities follow the kink conventions
    std::string_view outputRange;
    std::string_view derivativeRange;
    std::string_view pros;
    std::string_view cons;
    std::string_view typicalUse;
};

// The translation context of every note string.
inline constexpr const char *kActivationNotesContext = "ActivationNotes";

// The note for this registry id, or nullptr.
[[nodiscard]] const ActivationNote *findNote(std::string_view id);

// All notes, in the registry's order.
[[nodiscard]] std::span<const ActivationNote> notes();

} // namespace actviz
