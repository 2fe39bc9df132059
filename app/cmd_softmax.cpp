// SPDX-License-Identifier: MIT
// actviz softmax VALUES: probabilities, log-probabilities or the Jacobian of softmax(z/T), or of
// one of its alternatives (--map, --top-k, --top-p, --gumbel: core/probmaps.h).
#include "commands.h"
#include "numberparse.h"
#include "numbertext.h"
#include "probmaps.h"
#include "softmax.h"
#include "messagetext.h"
#include "vectorparser.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <variant>

namespace actviz::cli {

namespace {

void appendNumber(std::string &out, double x)
{
    char buffer[kNumberTextMax];
    out.append(buffer, writeNumber(buffer, x));
}

std::string column(const Eigen::VectorXd &v)
{
    std::string out;
    for (const double x : v) {
        appendNumber(out, x);
        out += '\n';
    }
    return out;
}

std::string matrixRows(const Eigen::MatrixXd &m)
{
    std::string out;
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        for (Eigen::Index c = 0; c < m.cols(); ++c) {
            if (c > 0)
                out += ',';
            appendNumber(out, m(r, c));
        }
        out += '\n';
    }
    return out;
}

template <class T> int printOrFail(const Result<T> &result, std::string (*format)(const T &))
{
    if (!result) {
        printError(concat({"softmax: ", result.error()}));
        return kExitBadInput;
    }
    return printOutput("softmax", format(*result));
}

// A whole number in [0, max] typed after flag, or the message that names it.
std::optional<std::string> wholeNumber(std::string_view flag, const std::string &text, double max, double &out)
{
    const ParsedNumber n = parseDecimal(text);
    // From 2^52 on a double holds no fractions: a typed one would round to a whole number
    // unseen, so a number that large is taken only when written in digits alone.
    const std::string_view digits = trimmed(text);
    const bool exact =
        n.value < 0x1p52 || std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (n.status != ParsedNumber::Status::Ok || !(n.value >= 0.0 && n.value <= max) || std::floor(n.value) != n.value)
        return concat({"softmax: ", flag, " ", quoted(text), " must be a whole number from 0 to ", shortestText(max)});
    if (!exact)
        return concat({"softmax: ", flag, " ", quoted(text),
                       " must be written in digits alone from 4503599627370496 (2^52) on, where a double holds no "
                       "fractions"});
    out = n.value;
    return std::nullopt;
}

// The options of core/probmaps.h from the typed flags, or the message naming the bad one.
std::variant<ProbMapOptions, std::string> mapOptions(const SoftmaxCommand &command)
{
    ProbMapOptions o;
    o.temperature = command.temperature;
    if (!command.map.empty()) {
        const auto map = probMapFromId(command.map);
        if (!map)
            return concat(
                {"softmax: --map ", quoted(command.map), " is not one of softmax, sparsemax, entmax15, softmax1"});
        o.map = *map;
    }
    double k = 0;
    if (!command.topK.empty())
        if (auto e = wholeNumber("--top-k", command.topK, 1e6, k))
            return *e;
    o.topK = static_cast<int>(k);
    if (!command.topP.empty()) {
        const ParsedNumber p = parseDecimal(command.topP);
        if (p.status != ParsedNumber::Status::Ok || !(p.value > 0.0 && p.value <= 1.0))
            return concat({"softmax: --top-p ", quoted(command.topP), " must be a number in (0, 1]"});
        o.topP = p.value;
    }
    double seed = 0;
    if (!command.gumbel.empty()) {
        if (auto e = wholeNumber("--gumbel", command.gumbel, 0x1p53 - 1, seed))
            return *e;
        o.gumbelSeed = static_cast<std::uint64_t>(seed);
    }
    return o;
}

std::string supportLine(const ProbMapResult &r)
{
    return std::to_string(r.support) + '\n';
}

} // namespace

int runSoftmax(const SoftmaxCommand &command)
{
    const VectorParseResult z = parseVector(command.values);
    if (!z) {
        printError(concat({"softmax: VALUES ", quoted(command.values), ": ", z.error().message}));
        return kExitBadInput;
    }
    const bool beside =
        !(command.map.empty() && command.topK.empty() && command.topP.empty() && command.gumbel.empty());
    if (beside || command.support) {
        if (command.log) {
            printError("softmax: --log is log-softmax only; it does not combine with --map, --top-k, --top-p, --gumbel "
                       "or --support");
            return kExitBadInput;
        }
        const auto options = mapOptions(command);
        if (const auto *bad = std::get_if<std::string>(&options)) {
            printError(*bad);
            return kExitBadInput;
        }
        const auto r = probabilities(*z, std::get<ProbMapOptions>(options), command.jacobian);
        if (!r)
            return printOrFail(r, &supportLine);
        if (command.support)
            return printOrFail(r, &supportLine);
        return command.jacobian ? printOrFail(Result<Eigen::MatrixXd>(r->jacobian), &matrixRows)
                                : printOrFail(Result<Eigen::VectorXd>(r->p), &column);
    }
    if (command.jacobian)
        return printOrFail(softmaxJacobian(*z, command.temperature), &matrixRows);
    if (command.log)
        return printOrFail(logSoftmax(*z, command.temperature), &column);
    return printOrFail(softmax(*z, command.temperature), &column);
}

} // namespace actviz::cli
