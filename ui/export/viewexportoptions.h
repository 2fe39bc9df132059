// SPDX-License-Identifier: MIT
// ViewExportOptions: the part of `actviz export` that chooses the view (--view NAME) and reads the
// teaching views' inputs (--compare f,g, --samples 1,0,…, --p P, --depth L, --width W, --init
// xavier|he, --gain G, --seed S, --sigma S, --target K, --label Y, --naive [float32|float64],
// --dataset D, --epochs N, --layers 8,8, --rate R, --outliers N, --dyt fit|A,G, --caption). It also knows
// which view every option of the command applies to, so that an option the chosen view would silently
// ignore is refused, naming it.
#pragma once

#include "export/exporter.h"
#include "export/normexportoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class AppState;

class ViewExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ViewExportOptions)
public:
    enum class Value { None, Required, Optional };

    // Whether opt is one of the options read here, and whether it takes a value. --naive's value
    // is optional: the next argument is taken only if it is float32 or float64.
    [[nodiscard]] static bool knows(const QString &opt);
    [[nodiscard]] static Value valueKind(const QString &opt);
    [[nodiscard]] static bool acceptsAsValue(const QString &opt, const QString &next);

    // Every option seen on the command line (the ExportCommand's own too), for the check in finish().
    void note(const QString &opt);
    // Reads one option of this class into the state and request; the reason it is bad otherwise.
    [[nodiscard]] std::optional<QString> apply(const QString &opt, const QString &value, AppState &state,
                                               ExportRequest &request);
    // The view: --view, else softmax if --softmax was given, else the function plot.
    [[nodiscard]] ViewId view() const;
    // Sets request.view and checks that every option given applies to it and that the target
    // class exists in the softmax vector; returns the message naming the offending option.
    [[nodiscard]] std::optional<QString> finish(const AppState &state, ExportRequest &request) const;

    [[nodiscard]] static QString usage();

private:
    std::optional<ViewId> m_view;
    QStringList m_given;
    NormExportOptions m_norm;
};
