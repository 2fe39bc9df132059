// SPDX-License-Identifier: MIT
// NotesText: the teaching note of a registry function as rich text, with translated headings —
// the header (name, formula, derivative, ranges of f and f′) and the discussion (pros, cons,
// typical use). The notes panel shows both; a figure caption sets them side by side.
#pragma once

#include <QCoreApplication>
#include <QString>

class NotesText
{
    Q_DECLARE_TR_FUNCTIONS(NotesText)
public:
    // Header and discussion as one block, or an empty string when id has no note.
    [[nodiscard]] static QString noteHtml(const QString &id);
    // A typed formula's note: f and its exact derivative, the stable spelling of a naive one.
    [[nodiscard]] static QString customHtml(const QString &id);
    [[nodiscard]] static QString headerHtml(const QString &id);
    [[nodiscard]] static QString discussionHtml(const QString &id);
};
