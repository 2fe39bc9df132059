// SPDX-License-Identifier: MIT
// ActivationNotes: the teaching note of every registry function — formula and derivative as Qt
// rich text, the ranges of f and f′, pros, cons and typical use, as a lecturer would put them.
// They are data, resources/notes/activation_notes.json, compiled in as :/notes/… and read the
// first time a note is asked for (not at launch). Every field but id is the English source text
// of a message in the "ActivationNotes" context of resources/translations/*.ts; translated()
// gives it in the interface language.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Each field but id is Qt rich text (the HTML subset QLabel renders: <i>, <sup>, <sub>, entities,
// small tables for piecewise definitions) on one line; branch inequalities of f′ follow the kink
// conventions of core/activations_*.cpp.
struct ActivationNote {
    QString id;             // the registry id
    QString formulaHtml;    // f(x) = …             ("formula" in the JSON)
    QString derivativeHtml; // f′(x) = …            ("derivative")
    QString outputRange;
    QString derivativeRange;
    QString pros;
    QString cons;
    QString typicalUse;
};

// The notes of a notes document, or why it is not one.
struct ActivationNotesReadResult {
    std::optional<QList<ActivationNote>> notes;
    QString error; // English: a broken resource is a programming error, not a user's
};

class ActivationNotes
{
public:
    static constexpr const char *kContext = "ActivationNotes"; // the translation context
    static constexpr const char *kResource = ":/notes/activation_notes.json";
    static constexpr const char *kFormatTag = "actviz-notes";
    static constexpr int kVersion = 1;

    // Every note, in the file's order (the registry's: tests/ui/tst_activationnotes checks that
    // the ids are exactly the registry's). Empty, after a qCritical, if the resource is broken.
    [[nodiscard]] static const QList<ActivationNote> &all();
    // The note for this registry id, or nullptr.
    [[nodiscard]] static const ActivationNote *find(QStringView id);
    // A note string in the interface language.
    [[nodiscard]] static QString translated(const QString &source);

    // Strict: the format tag and version, a list of objects that have exactly the keys of a note,
    // each a non-empty string, and no id twice.
    [[nodiscard]] static ActivationNotesReadResult parse(const QByteArray &json);
};
