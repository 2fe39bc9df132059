// SPDX-License-Identifier: MIT
// actviz saturation FUNCTION: the intervals where |f'| < ε, one "lo,hi" per line, so that
// the first two comma-separated fields of every line are always the interval.
#include "commands.h"
#include "numbertext.h"
#include "saturation.h"
#include "messagetext.h"

#include <string>

namespace actviz::cli {

int runSaturation(const SaturationCommand &command)
{
    const auto intervals = findSaturation(*command.function, command.params, command.epsilon, command.lo, command.hi);
    if (!intervals) {
        printError(concat({"saturation: ", command.function->id, ": ", intervals.error()}));
        return kExitBadInput;
    }
    std::string out;
    for (const SaturationInterval &interval : *intervals) {
        out += concat({numberText(interval.lo), ",", numberText(interval.hi)});
        if (command.verbose)
            out += interval.kind == SaturationKind::Dead ? ",dead" : ",saturated";
        out += '\n';
    }
    return printOutput("saturation", out);
}

} // namespace actviz::cli
