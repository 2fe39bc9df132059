// SPDX-License-Identifier: MIT
// The label under an input that says why the input was not taken: word-wrapped, in the dark
// orange every view uses for refusals, hidden until it has something to say.
#pragma once

class QLabel;
class QWidget;

[[nodiscard]] QLabel *makeErrorLabel(QWidget *parent);
