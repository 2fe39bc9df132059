// SPDX-License-Identifier: MIT
#include "likelihood.h"

#include "vectorparser.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace actviz {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string shortest(double v)
{
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

// m·ln(q) with the convention 0·ln 0 = 0 (an outcome that never happened costs nothing).
double timesLog(double m, double logQ) { return m == 0.0 ? 0.0 : m * logQ; }

} // namespace

Result<BernoulliCounts, OutcomeError> countOutcomes(const Eigen::Ref<const Eigen::VectorXd> &outcomes)
{
    if (outcomes.size() == 0)
        return Unexpected<OutcomeError>{{"there are no outcomes", 0, 0, 0}};
    BernoulliCounts c;
    c.trials = outcomes.size();
    for (Eigen::Index i = 0; i < outcomes.size(); ++i) {
        const double v = outcomes[i];
        if (v != 0.0 && v != 1.0) {
            const auto entry = static_cast<std::size_t>(i) + 1;
            return Unexpected<OutcomeError>{
                {"entry " + std::to_string(entry) + " (" + shortest(v) + ") is not 0 or 1", entry, 0, 0}};
        }
        c.successes += v == 1.0 ? 1 : 0;
    }
    return c;
}

Result<BernoulliCounts, OutcomeError> parseOutcomes(std::string_view text)
{
    const VectorParseResult v = parseVector(text);
    if (!v) {
        const VectorParseError &e = v.error();
        return Unexpected<OutcomeError>{{e.message, e.entry, e.offset, e.length}};
    }
    return countOutcomes(v.value());
}

Result<BernoulliCounts> bernoulliCounts(std::int64_t successes, std::int64_t trials)
{
    if (trials < 1)
        return fail("the number of trials must be at least 1 (got " + std::to_string(trials) + ")");
    if (successes < 0 || successes > trials)
        return fail("the number of successes must be between 0 and " + std::to_string(trials) + " (got "
                    + std::to_string(successes) + ")");
    return BernoulliCounts{successes, trials};
}

double maximumLikelihood(const BernoulliCounts &c)
{
    return c.trials > 0 ? static_cast<double>(c.successes) / static_cast<double>(c.trials) : kNaN;
}

double logLikelihood(const BernoulliCounts &c, double p)
{
    if (!(p >= 0.0 && p <= 1.0))
        return kNaN;
    const double k = static_cast<double>(c.successes);
    const double failures = static_cast<double>(c.trials - c.successes);
    // log(0) = −inf and log1p(−1) = −inf, which timesLog turns into 0 when the count is 0.
    return timesLog(k, std::log(p)) + timesLog(failures, std::log1p(-p));
}

double likelihood(const BernoulliCounts &c, double p) { return std::exp(logLikelihood(c, p)); }

double logBinomialProbability(const BernoulliCounts &c, double p)
{
    const double n = static_cast<double>(c.trials);
    const double k = static_cast<double>(c.successes);
    const double logChoose = std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
    return logChoose + logLikelihood(c, p);
}

double binomialProbability(const BernoulliCounts &c, double p) { return std::exp(logBinomialProbability(c, p)); }

Result<LikelihoodCurves> likelihoodCurves(const BernoulliCounts &c, int samples)
{
    if (samples < 2)
        return fail("at least 2 samples are needed");
    LikelihoodCurves r;
    r.p = Eigen::ArrayXd::LinSpaced(samples, 0.0, 1.0);
    r.logLikelihood.resize(samples);
    r.binomialProbability.resize(samples);
    for (int i = 0; i < samples; ++i) {
        r.logLikelihood[i] = logLikelihood(c, r.p[i]);
        r.binomialProbability[i] = binomialProbability(c, r.p[i]);
    }
    r.likelihood = r.logLikelihood.exp();
    const double top = logLikelihood(c, maximumLikelihood(c));
    r.relativeLikelihood = (r.logLikelihood - top).exp(); // −inf − finite = −inf → 0
    return r;
}

} // namespace actviz
