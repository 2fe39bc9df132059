// SPDX-License-Identifier: MIT
// A typed formula as an Activation, usable wherever a built-in is: f compiled, f′ the exact
// symbolic derivative compiled, kinks where max/min/abs/if switch, α and β where the formula uses
// them (default 1, any finite value). Activation holds plain function pointers, so a custom
// activation lives in one of kCustomSlots slots with its own trampolines; findActivation()
// finds it by its id, "custom1" … "custom8". Defining a slot again replaces its formula; the
// Activation object stays where it is. Each thread evaluates with its own copy of the compiled
// programs (their scratch memory is per object).
#pragma once

#include "activation.h"
#include "expr.h"

#include <array>
#include <optional>
#include <string>

namespace actviz {

inline constexpr int kCustomSlots = 8;

struct CustomDefinition {
    std::string source;              // as typed
    std::string formula;             // as printed back (toString), not as typed
    std::string derivativeFormula;   // the simplified exact derivative
    std::optional<std::string> hint; // a naive spelling and its stable form, if any
    const Activation *activation = nullptr;
};

// Parses formula into slot (0 … kCustomSlots − 1). Errors: the parser's, with its column; a
// slot out of range; a formula without x ("a constant is not an activation").
[[nodiscard]] Result<CustomDefinition, ExprError> defineCustom(int slot, std::string_view formula);

// The slot's current definition, or nullopt if it was never defined.
[[nodiscard]] std::optional<CustomDefinition> customDefinition(int slot);

// "custom1" … "custom8" once defined, else nullptr (registry.cpp's findActivation asks this).
[[nodiscard]] const Activation *findCustom(std::string_view id);

// The slot (0 … kCustomSlots − 1) of "custom1" … "custom8", defined or not; −1 for other ids.
[[nodiscard]] int customSlotOf(std::string_view id);

// Undefines the slot: findCustom no longer finds it. The Activation stays valid (a thread still
// evaluating it goes on with the last formula).
void clearCustom(int slot);

// Every slot's formula as typed (nullopt: undefined), to put back with restoreCustom: checking a
// lesson defines its formulas in the slots, and a refused lesson must leave them as they were.
using CustomSources = std::array<std::optional<std::string>, kCustomSlots>;
[[nodiscard]] CustomSources customSources();
void restoreCustom(const CustomSources &sources);

} // namespace actviz
