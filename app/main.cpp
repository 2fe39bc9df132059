// SPDX-License-Identifier: MIT
// actviz: the window without arguments, a command-line tool with a subcommand.
#include "application.h"
#include "appstate.h"
#include "commandline.h"
#include "commands.h"
#include "exportcommand.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>

#include <string_view>
#include <vector>

namespace {

// actviz without a command. This branch alone may create the QApplication (and so do
// subcommands that need Qt's GUI classes, dispatched beside it), which keeps the
// command-line subcommands free of any display.
int runWindow(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setUpApplication(app);
    AppState state;
    QSettings settings;
    state.load(settings);
    MainWindow window(&state);
    window.restoreLayout(settings);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace actviz::cli;
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    // `export` renders with the window's classes, so it needs Qt's GUI and its own parser.
    if (!args.empty() && args.front() == "export")
        return ExportCommand::run(argc, argv);
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
