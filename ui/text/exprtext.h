// SPDX-License-Identifier: MIT
// ExprText: core/expr's English messages (parse errors with their column, the stability hints
// for naive spellings) in the interface language. core/ composes them as plain English; each
// shape is matched here and its parts (names, columns, sub-formulas) are put into the
// translated sentence. A message of a shape this file does not know is shown as core wrote it.
#pragma once

#include "expr.h"

#include <QCoreApplication>
#include <QString>

#include <string>

class ExprText
{
    Q_DECLARE_TR_FUNCTIONS(ExprText)
public:
    [[nodiscard]] static QString error(const actviz::ExprError &e);
    [[nodiscard]] static QString message(const std::string &english);
    // A formula as monospace rich text that a narrow panel can wrap: a line may break at a space
    // outside parentheses, and after ·, *, /, a comma or an opening parenthesis that follows
    // another (a derivative such as α·x·(sech(log(1 + sigmoid(β·x)))^2·… has few spaces, and a
    // label that cannot break it grows its dock beyond the screen at 1024 × 700). An ASCII
    // prime (σ'(x)) is drawn as ′.
    [[nodiscard]] static QString formulaHtml(const QString &formula);
};
