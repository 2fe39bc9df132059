// SPDX-License-Identifier: MIT
// Dispatch of the windowless subcommands, and what they share: usage, version, errors.
#include "commands.h"
#include "messagetext.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#ifndef ACTVIZ_VERSION
#define ACTVIZ_VERSION "unknown"
#endif

namespace actviz::cli {

namespace {

template <class... Fs> struct Overloaded : Fs... {
    using Fs::operator()...;
};
template <class... Fs> Overloaded(Fs...) -> Overloaded<Fs...>;

int printUsage()
{
    return printOutput("help", usageText());
}

} // namespace

void printError(std::string_view message)
{
    // Whatever of the user's text a message holds (a parser's reason quotes the bad entry)
    // reaches the terminal as text, never as its control sequences.
    const std::string shown = visible(message, true);
    std::fprintf(stderr, "actviz: %.*s\n", static_cast<int>(shown.size()), shown.data());
}

int printOutput(std::string_view who, std::string_view text)
{
    const bool whole = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
    // stdout is buffered: a full disk or a closed pipe shows only when the buffer is written out.
    if (!whole || std::fflush(stdout) != 0)
        return stdoutFailed(who);
    return kExitOk;
}

int stdoutFailed(std::string_view who)
{
    const int error = errno;
    printError(concat({who, ": cannot write stdout: ", std::strerror(error)}));
    return kExitIoError;
}

int runCommand(const Command &command)
{
    return std::visit(Overloaded{
                          [](const GuiCommand &) { return printUsage(); },
                          [](const HelpCommand &) { return printUsage(); },
                          [](const VersionCommand &) { return printOutput("version", "actviz " ACTVIZ_VERSION "\n"); },
                          [](const ListCommand &c) { return runList(c); },
                          [](const EvalCommand &c) { return runEval(c); },
                          [](const SoftmaxCommand &c) { return runSoftmax(c); },
                          [](const SaturationCommand &c) { return runSaturation(c); },
                      },
                      command);
}

} // namespace actviz::cli
