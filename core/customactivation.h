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

#include <optional>
#include <string>

namespace actviz {

inline constexpr int kCustomSlots = 8;

struct CustomDefinition {
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

} // namespace actviz
