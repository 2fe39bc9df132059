// SPDX-License-Identifier: MIT
// Dispatch of the windowless subcommands, and what they share: usage, version, errors.
#include "commands.h"

#include <cstdio>
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
    const std::string usage = usageText();
    std::fwrite(usage.data(), 1, usage.size(), stdout);
    return kExitOk;
}

} // namespace

void printError(std::string_view message)
{
    std::fprintf(stderr, "actviz: %.*s\n", static_cast<int>(message.size()), message.data());
}

int runCommand(const Command &command)
{
    return std::visit(Overloaded{
                          [](const GuiCommand &) { return printUsage(); },
                          [](const HelpCommand &) { return printUsage(); },
                          [](const VersionCommand &) {
                              std::puts("actviz " ACTVIZ_VERSION);
                              return kExitOk;
                          },
                          [](const ListCommand &c) { return runList(c); },
                          [](const EvalCommand &c) { return runEval(c); },
                          [](const SoftmaxCommand &c) { return runSoftmax(c); },
                          [](const SaturationCommand &c) { return runSaturation(c); },
                      },
                      command);
}

} // namespace actviz::cli
