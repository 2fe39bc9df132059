// SPDX-License-Identifier: MIT
// The command-line subcommands, one file each. Each returns the process exit code
// (0; 2 for bad input found while running; 1 when stdin or stdout fails) and prints its own errors.
#pragma once

#include "commandline.h"

namespace actviz::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitIoError = 1; // stdin or stdout failed
inline constexpr int kExitBadInput = 2;

// Runs any command but the window (GuiCommand prints the usage here).
int runCommand(const Command &command);

int runList(const ListCommand &command);
int runEval(const EvalCommand &command);
int runSoftmax(const SoftmaxCommand &command);
int runSaturation(const SaturationCommand &command);

// "actviz: <message>" on stderr.
void printError(std::string_view message);

// Writes `text` to stdout and flushes it: kExitOk, or, when stdout cannot take it (a full disk,
// a closed pipe), "actviz: <who>: cannot write stdout: <reason>" and kExitIoError.
int printOutput(std::string_view who, std::string_view text);

// The message and exit code of printOutput's failure, for a command that writes stdout itself.
int stdoutFailed(std::string_view who);

} // namespace actviz::cli
