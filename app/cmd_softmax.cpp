// SPDX-License-Identifier: MIT
// actviz softmax VALUES: probabilities, log-probabilities or the Jacobian of softmax(z/T).
#include "commands.h"
#include "numbertext.h"
#include "softmax.h"
#include "strings.h"
#include "vectorparser.h"

#include <cstdio>
#include <string>

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
    const std::string text = format(*result);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
}

} // namespace

int runSoftmax(const SoftmaxCommand &command)
{
    const VectorParseResult z = parseVector(command.values);
    if (!z) {
        printError(concat({"softmax: VALUES ", quoted(command.values), ": ", z.error().message}));
        return kExitBadInput;
    }
    if (command.jacobian)
        return printOrFail(softmaxJacobian(*z, command.temperature), &matrixRows);
    if (command.log)
        return printOrFail(logSoftmax(*z, command.temperature), &column);
    return printOrFail(softmax(*z, command.temperature), &column);
}

} // namespace actviz::cli
