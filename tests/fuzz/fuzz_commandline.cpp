// SPDX-License-Identifier: MIT
// libFuzzer target for app/commandline: the bytes are argv without the program name, one
// argument per NUL-separated piece (so an argument may hold newlines, as a quoted shell word can).
// Checked beyond "no crash, no UB": a parsed command is fully validated as commandline.h says
// (function found, α/β inside their domains, T and ε finite and > 0, LO < HI finite); an error has
// a message that names the bad argument, and that argument comes from the input; and a command
// written back as arguments (numbers in numberText's shortest form) parses to the same command.
#include "commandline.h"

#include "numbertext.h"
#include "registry.h"
#include "messagetext.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace actviz;
using namespace actviz::cli;

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

void checkParams(const Activation *function, const Params &params)
{
    check(function != nullptr && findActivation(function->id) == function);
    for (const ParamId id : {ParamId::Alpha, ParamId::Beta}) {
        const ParamSpec &spec = function->param(id);
        const double x = id == ParamId::Alpha ? params.alpha : params.beta;
        if (!spec.used)
            check(x == spec.defaultValue);
        else
            check(std::isfinite(x) && (!spec.inDomain || spec.inDomain(x)));
    }
}

bool same(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// The command as arguments that say everything explicitly (every option with its value).
std::vector<std::string> written(const Command &command)
{
    const auto params = [](std::vector<std::string> &out, const Activation &f, const Params &p) {
        if (f.param(ParamId::Alpha).used)
            out.insert(out.end(), {"--alpha", numberText(p.alpha)});
        if (f.param(ParamId::Beta).used)
            out.insert(out.end(), {"--beta=" + numberText(p.beta)});
    };
    std::vector<std::string> out;
    if (const auto *eval = std::get_if<EvalCommand>(&command)) {
        out = {"eval", std::string(eval->function->id)};
        params(out, *eval->function, eval->params);
        if (eval->derivative)
            out.emplace_back("--derivative");
    } else if (const auto *softmax = std::get_if<SoftmaxCommand>(&command)) {
        out = {"softmax", "--temperature", numberText(softmax->temperature), "--", softmax->values};
        if (softmax->log)
            out.insert(out.begin() + 1, "--log");
        if (softmax->jacobian)
            out.insert(out.begin() + 1, "--jacobian");
    } else if (const auto *saturation = std::get_if<SaturationCommand>(&command)) {
        out = {"saturation", std::string(saturation->function->id),
               "--epsilon",  numberText(saturation->epsilon),
               "--range",    numberText(saturation->lo) + ":" + numberText(saturation->hi)};
        params(out, *saturation->function, saturation->params);
        if (saturation->verbose)
            out.emplace_back("--verbose");
    }
    return out;
}

bool sameCommand(const Command &a, const Command &b)
{
    if (a.index() != b.index())
        return false;
    if (const auto *x = std::get_if<EvalCommand>(&a)) {
        const auto &y = std::get<EvalCommand>(b);
        return x->function == y.function && same(x->params.alpha, y.params.alpha) &&
               same(x->params.beta, y.params.beta) && x->derivative == y.derivative;
    }
    if (const auto *x = std::get_if<SoftmaxCommand>(&a)) {
        const auto &y = std::get<SoftmaxCommand>(b);
        return x->values == y.values && same(x->temperature, y.temperature) && x->log == y.log &&
               x->jacobian == y.jacobian;
    }
    if (const auto *x = std::get_if<SaturationCommand>(&a)) {
        const auto &y = std::get<SaturationCommand>(b);
        return x->function == y.function && same(x->params.alpha, y.params.alpha) &&
               same(x->params.beta, y.params.beta) && same(x->epsilon, y.epsilon) && same(x->lo, y.lo) &&
               same(x->hi, y.hi) && x->verbose == y.verbose;
    }
    return true;
}

void checkRoundTrip(const Command &command)
{
    const std::vector<std::string> words = written(command);
    if (words.empty())
        return;
    const std::vector<std::string_view> args(words.begin(), words.end());
    const ParsedCommandLine again = parseCommandLine(args);
    check(std::holds_alternative<Command>(again) && sameCommand(std::get<Command>(again), command));
}

void checkCommand(const Command &command, std::span<const std::string_view> args)
{
    if (std::holds_alternative<GuiCommand>(command))
        check(args.empty());
    if (const auto *eval = std::get_if<EvalCommand>(&command))
        checkParams(eval->function, eval->params);
    if (const auto *softmax = std::get_if<SoftmaxCommand>(&command)) {
        check(std::isfinite(softmax->temperature) && softmax->temperature > 0.0);
        check(!(softmax->log && softmax->jacobian));
    }
    if (const auto *saturation = std::get_if<SaturationCommand>(&command)) {
        checkParams(saturation->function, saturation->params);
        check(std::isfinite(saturation->epsilon) && saturation->epsilon > 0.0);
        check(std::isfinite(saturation->lo) && std::isfinite(saturation->hi) && saturation->lo < saturation->hi);
    }
    checkRoundTrip(command);
}

void checkError(const CommandLineError &error, std::span<const std::string_view> args)
{
    check(!error.message.empty());
    // "--foo=1" is reported as the unknown option "--foo".
    const std::string_view named = std::string_view(error.argument).substr(0, error.argument.find('='));
    // Named as typed, or as a message shows a typed text (quoted(): cut at 60 bytes, control
    // bytes as \xNN).
    const std::string shown = visible(shortened(named));
    check(error.message.find(named) != std::string::npos ||
          error.message.find(std::string_view(shown).substr(0, shown.rfind("…"))) != std::string::npos);
    bool fromInput = false;
    for (std::string_view arg : args)
        fromInput = fromInput || arg.find(error.argument) != std::string_view::npos;
    check(fromInput);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    std::vector<std::string_view> args;
    if (!input.empty()) {
        std::size_t start = 0;
        for (std::size_t nul; (nul = input.find('\0', start)) != std::string_view::npos; start = nul + 1)
            args.push_back(input.substr(start, nul - start));
        args.push_back(input.substr(start));
    }
    const ParsedCommandLine parsed = parseCommandLine(args);
    if (const auto *error = std::get_if<CommandLineError>(&parsed))
        checkError(*error, args);
    else
        checkCommand(std::get<Command>(parsed), args);
    return 0;
}
