// SPDX-License-Identifier: MIT
#include "gridmaximum.h"

#include <algorithm>
#include <cmath>

namespace actviz {

namespace {

// 1/φ: each golden-section step keeps this fraction of the bracket.
constexpr double kInvPhi = 0.6180339887498949;
// More steps than the ~80 that shrink any cell to an ulp; a safety net only.
constexpr int kMaxGoldenSteps = 200;

void addBreakpoints(std::vector<double> &pts, double lo, double hi, const std::vector<double> &breakpoints)
{
    for (double b : breakpoints) {
        if (!(b > lo && b < hi))
            continue;
        pts.push_back(b);
        pts.push_back(std::nextafter(b, lo));
        pts.push_back(std::nextafter(b, hi));
    }
}

Eigen::ArrayXd sortedUnique(std::vector<double> &pts)
{
    std::sort(pts.begin(), pts.end());
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    return Eigen::Map<const Eigen::ArrayXd>(pts.data(), static_cast<Eigen::Index>(pts.size()));
}

void addUniform(std::vector<double> &pts, double lo, double hi, int samples)
{
    const double last = samples - 1;
    for (int i = 0; i < samples; ++i)
        pts.push_back(std::lerp(lo, hi, i / last)); // exact at both ends
}

// NaN never wins; otherwise strictly larger (so the first of equal values is kept).
bool beats(double v, double best) { return !std::isnan(v) && (std::isnan(best) || v > best); }

// Golden-section search for the maximum of h on [a, b]; ha, hb are h(a), h(b).
Extremum goldenMax(const std::function<double(double)> &h, double a, double b, double ha, double hb)
{
    Extremum best{ha, a};
    if (beats(hb, best.value))
        best = {hb, b};
    auto consider = [&](double x, double v) {
        if (beats(v, best.value))
            best = {v, x};
    };
    double c = b - kInvPhi * (b - a);
    double d = a + kInvPhi * (b - a);
    double hc = h(c);
    double hd = h(d);
    consider(c, hc);
    consider(d, hd);
    for (int i = 0; i < kMaxGoldenSteps; ++i) {
        if (!(a < c && c < d && d < b))
            break; // the bracket has no more doubles inside
        // NaN compares false, which moves towards the other, finite side.
        if (hc >= hd || std::isnan(hd)) {
            b = d;
            d = c;
            hd = hc;
            c = b - kInvPhi * (b - a);
            hc = h(c);
            consider(c, hc);
        } else {
            a = c;
            c = d;
            hc = hd;
            d = a + kInvPhi * (b - a);
            hd = h(d);
            consider(d, hd);
        }
    }
    return best;
}

} // namespace

Eigen::ArrayXd sampleGrid(double lo, double hi, int samples, const std::vector<double> &breakpoints)
{
    std::vector<double> pts;
    pts.reserve(static_cast<std::size_t>(std::max(samples, 2)) + 3 * breakpoints.size());
    addUniform(pts, lo, hi, std::max(samples, 2));
    addBreakpoints(pts, lo, hi, breakpoints);
    return sortedUnique(pts);
}

Eigen::ArrayXd wideSampleGrid(double lo, double hi, int denseSamples, double denseHalfWidth,
                              const std::vector<double> &breakpoints)
{
    std::vector<double> pts{lo, hi};
    const double dlo = std::max(lo, -denseHalfWidth);
    const double dhi = std::min(hi, denseHalfWidth);
    if (dlo < dhi)
        addUniform(pts, dlo, dhi, std::max(denseSamples, 2));
    const double start = std::max(denseHalfWidth, 1.0);
    for (double t = start; -t > lo; t *= kWideGridRatio)
        if (-t < hi)
            pts.push_back(-t);
    for (double t = start; t < hi; t *= kWideGridRatio)
        if (t > lo)
            pts.push_back(t);
    addBreakpoints(pts, lo, hi, breakpoints);
    return sortedUnique(pts);
}

Extremum refineMaximum(const Eigen::ArrayXd &x, const Eigen::ArrayXd &hx, const std::function<double(double)> &h)
{
    Eigen::Index top = -1;
    for (Eigen::Index i = 0; i < hx.size(); ++i)
        if (beats(hx[i], top < 0 ? std::numeric_limits<double>::quiet_NaN() : hx[top]))
            top = i;
    if (top < 0)
        return {};
    Extremum best{hx[top], x[top]};
    for (Eigen::Index j : {top - 1, top}) { // the cells [x_j, x_j+1] beside the top sample
        if (j < 0 || j + 1 >= x.size())
            continue;
        const Extremum cell = goldenMax(h, x[j], x[j + 1], hx[j], hx[j + 1]);
        if (beats(cell.value, best.value))
            best = cell;
    }
    return best;
}

} // namespace actviz
