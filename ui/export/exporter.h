// SPDX-License-Identifier: MIT
// Exporter: renders any view of an AppState (the function plot, softmax, depth, compare, loss,
// likelihood) to PNG, SVG or PDF
// (chosen by the file's extension) with the same chart classes the window shows, styled as a
// slide figure. Files are written through QSaveFile, so a failure leaves no partial file.
#pragma once

#include "state/viewid.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class AppState;

struct ExportRequest {
    Q_DECLARE_TR_FUNCTIONS(ExportRequest)
public:
    // Any tab of the window: functions, softmax, depth, compare, loss, likelihood.
    using View = ViewId;

    // Limits of a figure. A side in logical pixels, from the smallest size at which every view
    // is legible (minimumSize) to kMaxSide; all pixels of the image (width × height × dpr²):
    // 10⁸ is 400 MB of ARGB, which a laptop can still hold twice (image and encoder).
    static constexpr int kMinWidth = 480;
    static constexpr int kMinHeight = 300;
    static constexpr int kMaxSide = 16384;
    static constexpr qint64 kMaxTotalPixels = 100'000'000;

    QString path;
    View view = View::Functions;
    QSize size{1600, 1000}; // logical pixels; the image has size × devicePixelRatio pixels
    qreal devicePixelRatio = 1.0;
    bool transparent = false;
    QString title;
    // The view's teaching note under the figure (FigureCaption).
    bool caption = false;

    // The smallest figure of a view whose axes' labels, legend and caption still fit, found by
    // looking at renders (below it Qt Charts elides every tick label to "…" and cuts the legend
    // and the caption off): one chart 480×300, the norm view 640×400, the views of several
    // charts side by side (depth, training, gated) 800×500, the loss view 960×600; with the
    // caption under the figure 640×400, 800×500, 900×560 and 1000×625.
    [[nodiscard]] static QSize minimumSize(View view, bool caption);
    // Every view's minimumSize, grouped: "functions, softmax, compare, likelihood 480x300; …".
    [[nodiscard]] static QString minimumSizes(bool caption);

    // The image's size in device pixels.
    [[nodiscard]] QSize pixelSize() const;
    // Empty when the size and pixel ratio are within the limits above, otherwise why not.
    [[nodiscard]] QString sizeError() const;
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // What becomes of the figure, its image and the encoded bytes once the file is written.
    enum class Afterwards {
        FreeThem,
        // Left in place for the process's end, which comes next: `actviz export` exits right after
        // writing (ExportCommand), and taking the chart's scene apart and unmapping the image
        // took 1.3–1.7 ms of its 60 (issue 14). A written file is the same either way.
        LeaveToExit,
    };

    // Writes the file; returns an empty string on success, otherwise why it failed (translated).
    [[nodiscard]] static QString exportFile(const AppState &state, const ExportRequest &request,
                                            Afterwards afterwards = Afterwards::FreeThem);
    [[nodiscard]] static QImage renderImage(const AppState &state, const ExportRequest &request);
    [[nodiscard]] static bool isSupportedPath(const QString &path);
};
