// SPDX-License-Identifier: MIT
// actviz: the window without arguments, a command-line tool with a subcommand.
#include "commandline.h"
#include "commands.h"
#include "export/exportcommand.h"
#include "shell/windowlauncher.h"

#include <string_view>
#include <vector>

int main(int argc, char *argv[])
{
    using namespace actviz::cli;
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    // `export` renders with the window's classes, so it needs Qt's GUI and its own parser.
    if (!args.empty() && args.front() == "export")
        return ExportCommand::run(argc, argv);
    // The window itself takes `--lang en|zh_CN` and a lesson file: `actviz [--lang L] [LESSON.json]`.
    if (WindowLauncher::wants(args))
        return WindowLauncher::run(argc, argv);
    const ParsedCommandLine parsed = parseCommandLine(args);
    if (const auto *bad = std::get_if<CommandLineError>(&parsed)) {
        printError(bad->message);
        return kExitBadInput;
    }
    const Command &command = std::get<Command>(parsed);
    if (std::holds_alternative<GuiCommand>(command))
        return WindowLauncher::run(argc, argv);
    return runCommand(command);
}
