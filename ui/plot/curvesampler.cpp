// SPDX-License-Identifier: MIT
#include "plot/curvesampler.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

// The error budget: refinement stops at 80 % of the tolerance, merging nearly collinear points
// may add the other 20 %, so the polyline stays within the tolerance of the curve.
constexpr double kRefineShare = 0.8;
constexpr double kMergeShare = 0.2;
// Pieces start no wider than this so a narrow bump between probes cannot be missed.
constexpr double kInitialStepPx = 24.0;
// Below this width refinement stops (a near-vertical curve, or a pole).
constexpr double kMinWidthPx = 0.2;
constexpr int kMaxDepth = 40;
// The polyline is clipped to the visible band widened by this many plot heights: what lies
// beyond is never seen, and a dashed f′ drawn out to 10⁴ plot heights (the clamp used before)
// made Qt lay ~10⁶ dashes per steep segment: a typed exp(exp(exp(x))) took 2 s to draw.
constexpr double kClipMargin = 1.0;

class Sampler
{
public:
    Sampler(const actviz::Activation &a, const actviz::Params &p, CurveSampler::Curve curve, const PlotWindow &w,
            double tolerancePx)
        : m_fn(curve == CurveSampler::Curve::Value ? a.f : a.df)
        , m_p(p)
        , m_w(w)
        , m_sx(w.pixels.width() / (w.xMax - w.xMin))
        , m_sy(w.pixels.height() / (w.yMax - w.yMin))
        , m_refinePx(kRefineShare * tolerancePx)
    {}

    [[nodiscard]] double eval(double x) const { return m_fn(x, m_p); }

    // Appends the points of [x0, x1] (both included) to the pieces, splitting at non-finite values.
    void segment(double x0, double x1, QList<CurveSampler::Piece> &pieces)
    {
        const double y0 = eval(x0);
        emitPoint(x0, y0, pieces);
        const double widthPx = (x1 - x0) * m_sx;
        const int n = std::max(1, static_cast<int>(std::ceil(widthPx / kInitialStepPx)));
        double xa = x0;
        double ya = y0;
        for (int i = 1; i <= n; ++i) {
            const double xb = i == n ? x1 : x0 + (x1 - x0) * (static_cast<double>(i) / n);
            const double yb = eval(xb);
            refine(xa, ya, xb, yb, 0, pieces);
            emitPoint(xb, yb, pieces);
            xa = xb;
            ya = yb;
        }
    }

    void endPiece(QList<CurveSampler::Piece> &pieces)
    {
        m_hasLast = false;
        if (!pieces.isEmpty() && !pieces.last().isEmpty())
            pieces.append(CurveSampler::Piece());
    }

private:
    [[nodiscard]] QPointF toPx(double x, double y) const { return {(x - m_w.xMin) * m_sx, (y - m_w.yMin) * m_sy}; }

    // -1 below the visible band, +1 above, 0 inside.
    [[nodiscard]] int side(double y) const { return y < m_w.yMin ? -1 : (y > m_w.yMax ? 1 : 0); }

    [[nodiscard]] static double distanceToSegment(QPointF p, QPointF a, QPointF b)
    {
        const QPointF ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        const QPointF d = p - (a + t * ab);
        return std::hypot(d.x(), d.y());
    }

    // Emits the interior points of (x0, x1) that keep the chord within kRefinePx of the curve.
    void refine(double x0, double y0, double x1, double y1, int depth, QList<CurveSampler::Piece> &pieces)
    {
        if ((x1 - x0) * m_sx < kMinWidthPx || depth >= kMaxDepth)
            return;
        static constexpr std::array<double, 3> kProbes = {0.25, 0.5, 0.75};
        std::array<double, 3> xs{};
        std::array<double, 3> ys{};
        bool finite = std::isfinite(y0) && std::isfinite(y1);
        bool offSameSide = side(y0) != 0 && side(y0) == side(y1);
        for (size_t i = 0; i < kProbes.size(); ++i) {
            xs[i] = x0 + (x1 - x0) * kProbes[i];
            ys[i] = eval(xs[i]);
            finite = finite && std::isfinite(ys[i]);
            offSameSide = offSameSide && side(ys[i]) == side(y0);
        }
        bool split = !finite && (std::isfinite(y0) || std::isfinite(y1) || std::isfinite(ys[1]));
        if (finite && !offSameSide) {
            const QPointF a = toPx(x0, y0);
            const QPointF b = toPx(x1, y1);
            for (size_t i = 0; i < kProbes.size() && !split; ++i)
                split = distanceToSegment(toPx(xs[i], ys[i]), a, b) > m_refinePx;
        }
        if (!split)
            return;
        const double xm = xs[1];
        const double ym = ys[1];
        refine(x0, y0, xm, ym, depth + 1, pieces);
        emitPoint(xm, ym, pieces);
        refine(xm, ym, x1, y1, depth + 1, pieces);
    }

    // Appends (x, y) clipped to the band [lo, hi] around the view: where the segment from the
    // previous point crosses lo or hi the crossing is inserted, so that the line inside the band
    // is exactly the chord, and a point beyond the band moves onto its edge (off screen).
    void emitPoint(double x, double y, QList<CurveSampler::Piece> &pieces)
    {
        if (!std::isfinite(y)) {
            endPiece(pieces);
            return;
        }
        if (pieces.isEmpty())
            pieces.append(CurveSampler::Piece());
        CurveSampler::Piece &piece = pieces.last();
        if (!piece.isEmpty() && piece.last().x() == x)
            return;
        const double margin = kClipMargin * (m_w.yMax - m_w.yMin);
        const double lo = m_w.yMin - margin;
        const double hi = m_w.yMax + margin;
        if (m_hasLast) {
            const bool rising = y > m_lastY;
            for (const double edge : {rising ? lo : hi, rising ? hi : lo}) {
                if (!((m_lastY - edge) * (y - edge) < 0.0))
                    continue;
                // (edge − y₀)/(y − y₀) in [0, 1]; y − y₀ may overflow to ±inf (then t = 0).
                const double t = std::clamp((edge - m_lastY) / (y - m_lastY), 0.0, 1.0);
                const double xc = m_lastX + t * (x - m_lastX);
                if (xc > piece.last().x() && xc < x)
                    piece.append(QPointF(xc, edge));
            }
        }
        piece.append(QPointF(x, std::clamp(y, lo, hi)));
        m_hasLast = true;
        m_lastX = x;
        m_lastY = y;
    }

    actviz::ScalarFn m_fn;
    actviz::Params m_p;
    PlotWindow m_w;
    double m_sx;
    double m_sy;
    double m_refinePx;
    bool m_hasLast = false; // the previous point of this piece, as computed (not clipped)
    double m_lastX = 0.0;
    double m_lastY = 0.0;
};

// Drops points that lie within mergePx of the chord through their neighbours that are kept,
// so a straight piece ends up as its two end points.
CurveSampler::Piece simplify(const CurveSampler::Piece &in, double sx, double sy, double mergePx)
{
    if (in.size() <= 2)
        return in;
    auto px = [&](QPointF p) { return QPointF(p.x() * sx, p.y() * sy); };
    CurveSampler::Piece out;
    out.reserve(in.size());
    out.append(in.first());
    qsizetype anchor = 0;
    for (qsizetype next = 2; next < in.size(); ++next) {
        const QPointF a = px(in[anchor]);
        const QPointF b = px(in[next]);
        const QPointF ab = b - a;
        const double len = std::hypot(ab.x(), ab.y());
        bool fits = len > 0;
        for (qsizetype k = anchor + 1; k < next && fits; ++k) {
            const QPointF ap = px(in[k]) - a;
            const double t = QPointF::dotProduct(ap, ab) / (len * len);
            fits = t > 0.0 && t < 1.0 && std::abs(ab.x() * ap.y() - ab.y() * ap.x()) / len <= mergePx;
        }
        if (!fits) {
            anchor = next - 1;
            out.append(in[anchor]);
        }
    }
    out.append(in.last());
    return out;
}

} // namespace

QList<CurveSampler::Piece> CurveSampler::sample(const actviz::Activation &a, const actviz::Params &p, Curve curve,
                                                const PlotWindow &w, double tolerancePx)
{
    QList<Piece> pieces;
    if (!(w.xMax > w.xMin && w.yMax > w.yMin && w.pixels.width() > 0 && w.pixels.height() > 0) ||
        (curve == Curve::Value ? a.f : a.df) == nullptr)
        return pieces;
    Sampler s(a, p, curve, w, tolerancePx);

    // Kinks inside the window, in order; each either joins its two sides (f at a corner) or
    // breaks the polyline (a jump of f, and every kink of f', where f' jumps).
    std::vector<actviz::Kink> kinks;
    for (const actviz::Kink &k : a.kinkPoints(p))
        if (k.x > w.xMin && k.x < w.xMax)
            kinks.push_back(k);
    std::sort(kinks.begin(), kinks.end(), [](const actviz::Kink &l, const actviz::Kink &r) { return l.x < r.x; });
    kinks.erase(std::unique(kinks.begin(), kinks.end(),
                            [](const actviz::Kink &l, const actviz::Kink &r) { return l.x == r.x; }),
                kinks.end());

    constexpr double kInf = std::numeric_limits<double>::infinity();
    double start = w.xMin;
    for (const actviz::Kink &k : kinks) {
        const bool breaks = k.jump || curve == Curve::Derivative;
        s.segment(start, breaks ? std::nextafter(k.x, -kInf) : k.x, pieces);
        if (breaks)
            s.endPiece(pieces);
        start = breaks ? std::nextafter(k.x, kInf) : k.x;
    }
    s.segment(start, w.xMax, pieces);

    const double sx = w.pixels.width() / (w.xMax - w.xMin);
    const double sy = w.pixels.height() / (w.yMax - w.yMin);
    QList<Piece> out;
    out.reserve(pieces.size());
    for (const Piece &piece : pieces)
        if (!piece.isEmpty())
            out.append(simplify(piece, sx, sy, kMergeShare * tolerancePx));
    return out;
}
