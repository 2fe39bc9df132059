// SPDX-License-Identifier: MIT
// The actviz command line, parsed: argv becomes one fully validated command (function
// looked up, parameters checked against their domains) or the first bad argument.
// Running a command is the job of the cmd_*.cpp files; nothing here prints.
#pragma once

#include "activation.h"

#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace actviz::cli {

// No subcommand: the binary opens the window.
struct GuiCommand {
};
struct HelpCommand {
};
struct VersionCommand {
};

struct ListCommand {
    bool json = false;
};

struct EvalCommand {
    const Activation *function = nullptr;
    Params params;
    bool derivative = false;
};

struct SoftmaxCommand {
    std::string values; // as typed; the core vector parser reports its errors
    double temperature = 1.0;
    bool log = false;
    bool jacobian = false;
    bool support = false;
    // Beside softmax (core/probmaps.h), as typed; checked by runSoftmax, which names the flag.
    std::string map, topK, topP, gumbel;
};

struct SaturationCommand {
    const Activation *function = nullptr;
    Params params;
    double epsilon = 0.05;
    double lo = -10.0;
    double hi = 10.0;
    bool verbose = false; // a third field per line: dead or saturated
};

using Command =
    std::variant<GuiCommand, HelpCommand, VersionCommand, ListCommand, EvalCommand, SoftmaxCommand, SaturationCommand>;

// The first argument that could not be used, and why (the message names it).
struct CommandLineError {
    std::string argument;
    std::string message;
};

using ParsedCommandLine = std::variant<Command, CommandLineError>;

// args excludes the program name.
[[nodiscard]] ParsedCommandLine parseCommandLine(std::span<const std::string_view> args);

[[nodiscard]] std::string usageText();

} // namespace actviz::cli
