// SPDX-License-Identifier: MIT
// The upper halves of the x86 vector registers, and what Qt leaves in them. Some of Qt 6.4's
// AVX2 code (QImage::fill, antialiased lines) returns without VZEROUPPER, so the upper halves
// stay marked in use; until something clears them, legacy SSE code pays for every instruction.
// Measured on this project's 2-core AMD VM: zlib's deflate 3.4× slower (its hash slide is SSE2),
// the PNG encoder of a 1600×1000 export 14 → 7 ms, a 1000-entry softmax repaint 15.5 → 12 ms
// (issue 14). Intel documents the same penalty ("Avoiding AVX-SSE transition penalties").
#pragma once

#include <QObject>

#include <optional>

// Executes VZEROUPPER where the processor has AVX; does nothing elsewhere. Cheap (one check of
// a cached flag and one instruction), and harmless: no vector register is preserved across a
// call in the x86-64 ABI.
void clearUpperVectorState() noexcept;

// Whether the upper halves are marked in use (XGETBV with ECX = 1, AVX state bit), or nullopt
// where the processor cannot tell. For tests.
[[nodiscard]] std::optional<bool> upperVectorStateInUse() noexcept;

// An application-wide event filter that clears the upper halves before each event is
// delivered, so that what Qt's AVX2 code left behind in one event does not slow the next.
class UpperVectorStateFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override;
};
