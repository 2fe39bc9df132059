// SPDX-License-Identifier: MIT
// ExportCommand: `actviz export FILE [options]` — parses the options into an AppState and an
// ExportRequest and renders the figure headless with the window's chart classes.
#pragma once

#include "export/exporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class AppState;

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitWriteFailed = 1;
    static constexpr int kExitBadArgument = 2;

    // args: what follows "export". On success fills state and request; otherwise returns the
    // message naming the bad argument.
    [[nodiscard]] static std::optional<QString> parse(const QStringList &args, AppState &state, ExportRequest &request);

    // The whole subcommand: sets the offscreen platform unless one is chosen, creates the
    // QApplication, parses, renders and writes. argv[1] is "export". Once the file is written
    // the process ends inside this call with kExitOk (see exportcommand.cpp), except in
    // sanitizer builds; the return value is for every other outcome.
    static int run(int argc, char **argv);

    [[nodiscard]] static QString usage();
};
