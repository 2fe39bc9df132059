// SPDX-License-Identifier: MIT
#include "export/exporter.h"

#include "chart/chartstyle.h"
#include "chart/charttitle.h"
#include "export/figurecaption.h"
#include "export/pngwriter.h"
#include "export/prefaultedimage.h"
#include "naive/naiveoverlay.h"
#include "plot/functionchart.h"
#include "probmaps.h"
#include "softmax/jacobianpainter.h"
#include "softmax/softmaxchart.h"
#include "state/appstate.h"
#include "state/atomicwrite.h"
#include "state/uppervectorstate.h"
#include "teaching/teachingfigure.h"
#include "text/inputtext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <memory>

namespace {

// The Jacobian takes this share of a softmax figure's width.
constexpr qreal kHeatmapShare = 0.3;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

// The charts of one figure in their own scene, laid out at the figure's logical size.
class Figure
{
public:
    Figure(const AppState &state, const ExportRequest &request)
        : m_size(request.size)
    {
        // A private copy of the state: the figure must not follow later changes in the window.
        m_state.fromJson(state.toJson());
        ChartStyle style = ChartStyle::forFigure(request.size, request.transparent);
        style.devicePixelRatio = request.devicePixelRatio;
        m_background = style.transparent ? QColor(Qt::transparent) : style.background;
        QRectF chartRect(QPointF(0, 0), QSizeF(request.size));
        // The caption (and the naive softmax table) under the charts, which get what is left.
        chartRect.setBottom(chartRect.bottom() -
                            FigureCaption::addTo(m_scene, FigureCaption::html(m_state, request.view, request.caption),
                                                 chartRect, style.font, style.foreground));
        if (TeachingFigure::handles(request.view)) {
            m_error = TeachingFigure::build(m_state, request.view, style, m_scene, chartRect, request.title);
            return;
        }
        if (request.view == ExportRequest::View::Softmax) {
            auto *chart = new SoftmaxChart;
            chart->setStyle(style);
            Eigen::VectorXd z;
            m_error = InputText::vectorError(m_state.softmaxInput(), &z);
            const SoftmaxMapping &mapping = m_state.softmaxMapping();
            if (m_error.isEmpty() && !chart->setInput(z, m_state.temperature(), m_state.logSoftmax(), mapping))
                m_error = Exporter::tr("The softmax of this vector cannot be computed.");
            if (m_error.isEmpty()) {
                m_heatmap = std::make_unique<JacobianPainter>();
                m_heatmap->setStyle(style.font, style.foreground);
                m_font = style.font;
                m_foreground = style.foreground;
                const auto mapped = actviz::probabilities(z, mapping.options(mapping.map, m_state.temperature()), true);
                if (mapped)
                    m_heatmap->setMatrix(mapped->jacobian);
                chartRect.setWidth(request.size.width() * (1.0 - kHeatmapShare));
                m_heatmapRect = QRectF(chartRect.right(), request.size.height() * 0.12,
                                       request.size.width() * kHeatmapShare - 16, request.size.height() * 0.8);
            }
            m_chart = chart;
        } else {
            auto *chart = new FunctionChart(&m_state);
            chart->setStyle(style);
            if (m_state.naiveOverlay())
                new NaiveOverlay(chart, &m_state); // a child of the chart
            m_chart = chart;
        }
        m_scene.addItem(m_chart);
        m_chart->setGeometry(chartRect);
        if (auto *fc = qobject_cast<FunctionChart *>(m_chart))
            fc->setFigureTitle(request.title);
        else
            m_chart->setTitle(chartTitleHtml(request.title, style.titleFont, chartTitleWidth(m_chart)));
        if (auto *fc = qobject_cast<FunctionChart *>(m_chart))
            fc->refresh();
        else if (QGraphicsLayout *l = m_chart->layout())
            l->activate();
    }

    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QColor &background() const { return m_background; }

    // The figure drawn into `image`, of the request's pixel size (from startImage); null if
    // there was no memory for one. Pass it moved in: were the caller to keep a reference, the
    // first write would copy the pixels into fresh, unmapped memory (15 ms at 1600×1000).
    [[nodiscard]] QImage toImage(const ExportRequest &request, QImage image)
    {
        if (image.isNull())
            return image;
        // A painter scales by its image's pixel ratio only when that is above 1 (below, it
        // would draw the figure's top-left part at full size), and its cosmetic pens keep their
        // width in pixels, so a figure drawn straight at half scale has lines twice as heavy. A
        // smaller ratio is the figure drawn at ratio 1, scaled down.
        if (request.devicePixelRatio < 1) {
            QImage full(request.size, image.format());
            if (full.isNull())
                return {};
            draw(request, full);
            image = full.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            image.setDevicePixelRatio(request.devicePixelRatio);
        } else {
            draw(request, image);
        }
        return image;
    }

    void draw(const ExportRequest &request, QImage &image)
    {
        image.setDevicePixelRatio(std::max<qreal>(1, request.devicePixelRatio));
        image.fill(m_background);
        clearUpperVectorState(); // Qt's AVX2 fill leaves the upper halves in use
        QPainter painter(&image);
        render(painter, QRectF(QPointF(0, 0), QSizeF(request.size)));
    }

    void render(QPainter &painter, const QRectF &target)
    {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        const QRectF source(QPointF(0, 0), QSizeF(m_size));
        m_scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
        if (m_heatmap) {
            painter.save();
            painter.setWindow(source.toRect());
            painter.setViewport(target.toRect());
            painter.setFont(m_font);
            painter.setPen(m_foreground);
            const qreal line = QFontMetricsF(m_font).height();
            painter.drawText(
                QRectF(m_heatmapRect.left(), m_heatmapRect.top() - 1.6 * line, m_heatmapRect.width(), 1.4 * line),
                Qt::AlignLeft | Qt::AlignVCenter, Exporter::tr("Jacobian ∂sᵢ/∂zⱼ"));
            m_heatmap->paint(painter, m_heatmapRect);
            painter.restore();
        }
    }

private:
    QSize m_size;
    AppState m_state;
    QGraphicsScene m_scene;
    QChart *m_chart = nullptr;
    std::unique_ptr<JacobianPainter> m_heatmap;
    QRectF m_heatmapRect;
    QColor m_background;
    QColor m_foreground;
    QFont m_font;
    QString m_error;
};

// The image a figure is drawn into, made while the figure is built (prefaultedImageAsync).
std::future<QImage> startImage(const ExportRequest &request)
{
    return prefaultedImageAsync(request.pixelSize(),
                                request.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
}

// The encoders' output is whole: the format's first and last bytes are there (a painter that
// ran out of memory, or an encoder stopped early, leaves a file a viewer would reject).
bool isComplete(const QByteArray &bytes, const QString &suffix)
{
    if (suffix == QLatin1String("png"))
        return bytes.startsWith("\x89PNG\r\n\x1a\n") && bytes.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8));
    if (suffix == QLatin1String("svg"))
        return bytes.startsWith("<?xml") && bytes.trimmed().endsWith("</svg>");
    return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
}

// An export's figure and what was made from it, held together so that they can be freed, or
// left for the process's end (Exporter::Afterwards), as one.
struct Made {
    Made(const AppState &state, const ExportRequest &request)
        : figure(state, request)
    {}
    Figure figure;
    QImage image;
    QByteArray bytes;
};

} // namespace

QSize ExportRequest::pixelSize() const
{
    return (QSizeF(size) * devicePixelRatio).toSize();
}

QSize ExportRequest::minimumSize(View view, bool caption)
{
    switch (view) {
    case View::Norm: // its legend of six groups
        return caption ? QSize(800, 500) : QSize(640, 400);
    case View::Depth:
    case View::Training:
    case View::Gated:
        return caption ? QSize(900, 560) : QSize(800, 500);
    case View::Loss: // the gradient's legend, "∂CE/∂z = (s − onehot)/T"
        return caption ? QSize(1000, 625) : QSize(960, 600);
    case View::Functions:
    case View::Softmax:
    case View::Compare:
    case View::Likelihood:
        break;
    }
    return caption ? QSize(640, 400) : QSize(kMinWidth, kMinHeight);
}

QString ExportRequest::minimumSizes(bool caption)
{
    // "functions, softmax, compare, likelihood 480x300; norm 640x400; …", smallest first.
    QList<std::pair<QSize, QStringList>> groups;
    for (const QString &name : viewNames()) {
        const QSize least = minimumSize(*viewFromName(name), caption);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == least; });
        if (it == groups.end())
            groups.append({least, {name}});
        else
            it->second.append(name);
    }
    std::sort(groups.begin(), groups.end(),
              [](const auto &a, const auto &b) { return a.first.width() < b.first.width(); });
    QStringList parts;
    for (const auto &[least, names] : groups)
        parts.append(
            QStringLiteral("%1 %2x%3").arg(names.join(QStringLiteral(", "))).arg(least.width()).arg(least.height()));
    return parts.join(QStringLiteral("; "));
}

QString ExportRequest::sizeError() const
{
    if (size.width() > kMaxSide || size.height() > kMaxSide)
        return tr("the figure may be at most %1×%1 pixels (got %2×%3)")
            .arg(kMaxSide)
            .arg(size.width())
            .arg(size.height());
    if (const QSize least = minimumSize(view, caption); size.width() < least.width() || size.height() < least.height())
        return (caption ? tr("the %1 view with its caption needs a figure of at least %2×%3 pixels (got %4×%5)")
                        : tr("the %1 view needs a figure of at least %2×%3 pixels (got %4×%5)"))
            .arg(viewName(view))
            .arg(least.width())
            .arg(least.height())
            .arg(size.width())
            .arg(size.height());
    if (!(devicePixelRatio >= 0.5 && devicePixelRatio <= 4))
        return tr("the pixel ratio must be from 0.5 to 4 (got %1)").arg(devicePixelRatio);
    // Below ratio 1 the figure is drawn at ratio 1 and scaled down (Figure::toImage): that
    // image is the one to hold.
    const qreal drawnRatio = std::max<qreal>(1, devicePixelRatio);
    const QSize px = (QSizeF(size) * drawnRatio).toSize();
    const qint64 total = qint64(px.width()) * px.height();
    if (total > kMaxTotalPixels)
        return tr("the image would have %1 pixels (%2×%3 at pixel ratio %4); at most %5 are allowed — make it "
                  "smaller or lower the pixel ratio (--dpr)")
            .arg(total)
            .arg(size.width())
            .arg(size.height())
            .arg(drawnRatio)
            .arg(kMaxTotalPixels);
    return {};
}

bool Exporter::isSupportedPath(const QString &path)
{
    const QString s = suffixOf(path);
    return s == QLatin1String("png") || s == QLatin1String("svg") || s == QLatin1String("pdf");
}

QImage Exporter::renderImage(const AppState &state, const ExportRequest &request)
{
    std::future<QImage> image = startImage(request);
    Figure figure(state, request);
    return figure.toImage(request, image.get());
}

QString Exporter::exportFile(const AppState &state, const ExportRequest &request, Afterwards afterwards)
{
    const QString suffix = suffixOf(request.path);
    if (!isSupportedPath(request.path))
        return tr("Cannot write “%1”: unknown format “%2” (use .png, .svg or .pdf).").arg(request.path, suffix);
    if (const QString why = request.sizeError(); !why.isEmpty())
        return tr("Cannot write “%1”: %2.").arg(request.path, why);

    std::future<QImage> pending = suffix == QLatin1String("png") ? startImage(request) : std::future<QImage>();
    auto made = std::make_unique<Made>(state, request);
    Figure &figure = made->figure;
    if (!figure.error().isEmpty())
        return tr("Cannot export “%1”: %2").arg(request.path, figure.error());

    QByteArray &bytes = made->bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QRectF logical(QPointF(0, 0), QSizeF(request.size));
    if (suffix == QLatin1String("png")) {
        const QImage &image = made->image = figure.toImage(request, pending.get());
        if (image.isNull())
            return tr("Cannot export “%1”: not enough memory for a %2×%3 image.")
                .arg(request.path)
                .arg(request.pixelSize().width())
                .arg(request.pixelSize().height());
        // Measured on the 1600×1000 figure of 8 functions: QImageWriter takes 64–73 ms at any
        // quality setting (quality ≥ 90 stores 4.8 MB uncompressed in the same time: libpng's
        // adaptive filtering dominates, not zlib); PngWriter takes 15 ms for a file 35 % larger.
        if (!PngWriter::write(image, &buffer))
            return tr("Cannot export “%1”: the PNG encoder failed.").arg(request.path);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(request.size);
        svg.setViewBox(logical);
        svg.setTitle(request.title.isEmpty() ? tr("actviz figure") : request.title);
        svg.setDescription(tr("Exported by actviz"));
        QPainter painter(&svg);
        if (!request.transparent)
            painter.fillRect(logical, figure.background());
        figure.render(painter, logical);
    } else {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("actviz"));
        pdf.setTitle(request.title);
        // One logical pixel is one point at 72 dpi, so the page is the figure's size.
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(request.size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        if (!request.transparent)
            painter.fillRect(logical, figure.background());
        figure.render(painter, logical);
    }
    buffer.close();
    if (!isComplete(bytes, suffix))
        return tr("Cannot export “%1”: the %2 data came out incomplete; nothing was written.")
            .arg(request.path, suffix.toUpper());
    if (const QString why = AtomicWrite::write(request.path, bytes); !why.isEmpty())
        return tr("Cannot write “%1”: %2.").arg(request.path, why);
    if (afterwards == Afterwards::LeaveToExit)
        (void)made.release(); // see Afterwards: the process ends next
    return {};
}
