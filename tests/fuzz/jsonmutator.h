// SPDX-License-Identifier: MIT
// A structure-aware mutator for fuzz_lesson. Qt's JSON parser is not instrumented, so byte-level
// mutations of a lesson almost never get past it with coverage to show for it; this one edits a
// parsed document instead — replaces, deletes or inserts a member or element, nudges a number
// across a range limit, swaps a string for a known word (a key, a function id, a view name) — and
// writes it back, so most mutants are valid JSON that reaches LessonStateCheck.
#pragma once

#include <QStringList>

#include <cstddef>
#include <cstdint>

// Mutates the JSON document in data[0, size) in place; returns the new size (at most maxSize),
// or 0 when data is not a JSON object or the mutant would not fit (the caller then mutates bytes).
std::size_t mutateJson(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned int seed,
                       const QStringList &words);
