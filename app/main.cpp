// SPDX-License-Identifier: MIT
// actviz: the window without arguments, a command-line tool with a subcommand.
#include "commandline.h"
#include "commands.h"

#include <string_view>
#include <vector>

namespace {

// actviz without a command. This branch alone may create the QApplication (and so do
// subcommands that need Qt's GUI classes, dispatched beside it), which keeps the
// command-line subcommands free of any display.
int runWindow(int &argc, char **argv)
{
    static_cast<void>(argc);
    static_cast<void>(argv);
    return actviz::cli::runCommand(actviz::cli::HelpCommand{});
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace actviz::cli;
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    const ParsedCommandLine parsed = parseCommandLine(args);
    if (const auto *bad = std::get_if<CommandLineError>(&parsed)) {
        printError(bad->message);
        return kExitBadInput;
    }
    const Command &command = std::get<Command>(parsed);
    if (std::holds_alternative<GuiCommand>(command))
        return runWindow(argc, argv);
    return runCommand(command);
}
