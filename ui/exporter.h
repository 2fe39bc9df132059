// SPDX-License-Identifier: MIT
// Exporter: renders the function plot or the softmax view of an AppState to PNG, SVG or PDF
// (chosen by the file's extension) with the same chart classes the window shows, styled as a
// slide figure. Files are written through QSaveFile, so a failure leaves no partial file.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class AppState;

struct ExportRequest {
    enum class View { Functions, Softmax };

    QString path;
    View view = View::Functions;
    QSize size{1600, 1000}; // logical pixels; the image has size × devicePixelRatio pixels
    qreal devicePixelRatio = 1.0;
    bool transparent = false;
    QString title;
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // Writes the file; returns an empty string on success, otherwise why it failed (translated).
    [[nodiscard]] static QString exportFile(const AppState &state, const ExportRequest &request);
    [[nodiscard]] static QImage renderImage(const AppState &state, const ExportRequest &request);
    [[nodiscard]] static bool isSupportedPath(const QString &path);
};
