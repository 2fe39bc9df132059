// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "customactivation.h"

#include "numbertext.h"
#include "pau.h"
#include "registry.h"
#include "messagetext.h"

#include <array>
#include <cctype>
#include <cmath>
#include <optional>
#include <tuple>
#include <vector>

namespace actviz::cli {

namespace {

template <class T> using Result = std::variant<T, CommandLineError>;

CommandLineError error(std::string_view argument, std::string message)
{
    return {std::string(argument), std::move(message)};
}

struct OptionSpec {
    std::string_view name;
    bool takesValue = false;
};

// One subcommand's arguments, split into options and positionals but not yet interpreted.
struct RawArgs {
    std::string_view command;
    std::vector<std::pair<std::string_view, std::string_view>> options; // flags have ""
    std::vector<std::string_view> positional;
    bool help = false;

    [[nodiscard]] std::optional<std::string_view> value(std::string_view name) const
    {
        std::optional<std::string_view> last; // a value option is given once (splitArguments); a flag may repeat
        for (const auto &[option, text] : options)
            if (option == name)
                last = text;
        return last;
    }
    [[nodiscard]] bool has(std::string_view name) const { return value(name).has_value(); }
};

bool isHelp(std::string_view arg)
{
    return arg == "--help" || arg == "-h";
}

// "-1,2", "-.5", "-inf, 1", "- 3": a VALUES argument or a number, not an option.
bool looksNumeric(std::string_view arg)
{
    if (arg.size() < 2 || arg[0] != '-')
        return false;
    const unsigned char c = static_cast<unsigned char>(arg[1]);
    if (std::isdigit(c) || c == '.' || std::isspace(c))
        return true;
    return arg.size() >= 4 && std::tolower(c) == 'i' && std::tolower(static_cast<unsigned char>(arg[2])) == 'n' &&
           std::tolower(static_cast<unsigned char>(arg[3])) == 'f';
}

Result<RawArgs> splitArguments(std::string_view command, std::span<const std::string_view> args,
                               std::span<const OptionSpec> specs)
{
    RawArgs raw;
    raw.command = command;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (optionsEnded || arg == "-" || looksNumeric(arg) || !arg.starts_with('-')) {
            raw.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (isHelp(arg)) {
            raw.help = true;
            continue;
        }
        const auto equals = arg.find('=');
        const std::string_view name = arg.substr(0, equals);
        const OptionSpec *spec = nullptr;
        for (const OptionSpec &s : specs)
            if (s.name == name)
                spec = &s;
        if (!spec)
            return error(arg, concat({command, ": unknown option ", quoted(name), " (see 'actviz --help')"}));
        if (!spec->takesValue) {
            if (equals != std::string_view::npos)
                return error(arg, concat({command, ": option ", quoted(name), " takes no value"}));
            raw.options.emplace_back(name, std::string_view{});
            continue;
        }
        // A value given twice is a slip, not an update: "--alpha 1 --alpha 2" took the last one.
        for (const auto &[given, value] : raw.options)
            if (given == name)
                return error(arg, concat({command, ": option ", quoted(name), " is given twice (", quoted(value),
                                          " first); give it once"}));
        if (equals != std::string_view::npos) {
            raw.options.emplace_back(name, arg.substr(equals + 1));
            continue;
        }
        // The next argument is the value even when it starts with '-' (--beta -1).
        if (i + 1 == args.size())
            return error(arg, concat({command, ": option ", quoted(name), " needs a value"}));
        raw.options.emplace_back(name, args[++i]);
    }
    return raw;
}

Result<double> numberOption(const RawArgs &raw, std::string_view name, double fallback)
{
    const auto text = raw.value(name);
    if (!text)
        return fallback;
    const ParsedNumber value = parseNumber(*text);
    if (value.status != ParsedNumber::Status::Ok)
        return error(*text, concat({raw.command, ": ", name, " ", quoted(*text), " ", refusal(value)}));
    return value.value;
}

Result<const Activation *> functionArgument(const RawArgs &raw)
{
    if (const auto formula = raw.value("--expr")) {
        // A typed formula instead of a built-in: the first custom slot holds it.
        if (!raw.positional.empty())
            return error("--expr", concat({raw.command, ": give FUNCTION or --expr, not both"}));
        if (raw.value("--pau"))
            return error("--pau",
                         concat({raw.command, ": --pau sets the coefficients of pau, not of an --expr formula"}));
        const auto defined = defineCustom(0, *formula);
        if (!defined) {
            const ExprError &e = defined.error();
            return error("--expr",
                         concat({raw.command, ": --expr: ", e.message})); // the flag: the formula may hold anything
        }
        return defined.value().activation;
    }
    if (raw.positional.empty())
        return error(raw.command, concat({raw.command, ": missing FUNCTION (valid ids: ", activationIds(), ")"}));
    if (raw.positional.size() > 1)
        return error(raw.positional[1], concat({raw.command, ": unexpected argument ", quoted(raw.positional[1])}));
    const std::string_view id = raw.positional.front();
    const Activation *function = findActivation(id);
    if (!function)
        return error(id,
                     concat({raw.command, ": unknown function ", quoted(id), " (valid ids: ", activationIds(), ")"}));
    if (const auto text = raw.value("--pau")) {
        // PAU's ten coefficients are process-wide (core/pau.h): set them for this run.
        if (function->id != "pau")
            return error("--pau", concat({raw.command, ": --pau sets the coefficients of pau, not of ", function->id}));
        const auto coefficients = parsePauCoefficients(*text);
        if (!coefficients)
            return error(*text, concat({raw.command, ": --pau: ", coefficients.error()}));
        setPauCoefficients(coefficients.value());
    }
    return function;
}

// --alpha/--beta: only for a parameter the function uses, and only inside its domain.
Result<Params> parameterOptions(const RawArgs &raw, const Activation &function)
{
    Params params = function.defaults();
    constexpr std::array<std::pair<std::string_view, ParamId>, 2> kOptions{
        {{"--alpha", ParamId::Alpha}, {"--beta", ParamId::Beta}}};
    for (const auto &[option, id] : kOptions) {
        const auto text = raw.value(option);
        if (!text)
            continue;
        const ParamSpec &spec = function.param(id);
        const std::string prefix = concat({raw.command, ": ", function.id});
        const std::string_view name = option.substr(2);
        if (!spec.used)
            return error(option, concat({prefix, " has no parameter ", name, " (", option, ")"}));
        const ParsedNumber parsed = parseNumber(*text);
        if (parsed.status != ParsedNumber::Status::Ok)
            return error(*text, concat({prefix, ": ", option, " ", quoted(*text), " ", refusal(parsed)}));
        const double *value = &parsed.value;
        const bool inDomain = std::isfinite(*value) && (!spec.inDomain || spec.inDomain(*value));
        if (!inDomain) {
            const std::string_view domain = spec.domain.empty() ? std::string_view("finite") : spec.domain;
            return error(*text, concat({prefix, ": ", option, " ", quoted(*text), " is outside the domain (", name, " ",
                                        domain, ")"}));
        }
        (id == ParamId::Alpha ? params.alpha : params.beta) = *value;
    }
    return params;
}

std::optional<CommandLineError> noPositionals(const RawArgs &raw)
{
    if (raw.positional.empty())
        return std::nullopt;
    return error(raw.positional.front(),
                 concat({raw.command, ": unexpected argument ", quoted(raw.positional.front())}));
}

ParsedCommandLine buildList(const RawArgs &raw)
{
    if (auto bad = noPositionals(raw))
        return *bad;
    return Command{ListCommand{raw.has("--json")}};
}

ParsedCommandLine buildEval(const RawArgs &raw)
{
    const auto function = functionArgument(raw);
    if (const auto *bad = std::get_if<CommandLineError>(&function))
        return *bad;
    EvalCommand eval;
    eval.function = std::get<const Activation *>(function);
    const auto params = parameterOptions(raw, *eval.function);
    if (const auto *bad = std::get_if<CommandLineError>(&params))
        return *bad;
    eval.params = std::get<Params>(params);
    eval.derivative = raw.has("--derivative");
    return Command{eval};
}

ParsedCommandLine buildSoftmax(const RawArgs &raw)
{
    SoftmaxCommand softmax;
    if (raw.positional.empty())
        return error(raw.command, "softmax: missing VALUES (e.g. actviz softmax \"1, 2, 3\")");
    // Unquoted values arrive as several arguments; whitespace separates entries anyway.
    for (std::string_view part : raw.positional) {
        if (!softmax.values.empty())
            softmax.values += ' ';
        softmax.values += part;
    }
    const auto temperature = numberOption(raw, "--temperature", 1.0);
    if (const auto *bad = std::get_if<CommandLineError>(&temperature))
        return *bad;
    softmax.temperature = std::get<double>(temperature);
    if (!(softmax.temperature > 0.0) || !std::isfinite(softmax.temperature)) {
        const std::string_view text = *raw.value("--temperature");
        return error(text, concat({"softmax: --temperature ", quoted(text), " must be a finite number > 0"}));
    }
    softmax.log = raw.has("--log");
    softmax.jacobian = raw.has("--jacobian");
    softmax.support = raw.has("--support");
    for (auto [flag, value] : {std::pair{"--map", &softmax.map}, std::pair{"--top-k", &softmax.topK},
                               std::pair{"--top-p", &softmax.topP}, std::pair{"--gumbel", &softmax.gumbel}}) {
        const auto given = raw.value(flag);
        if (given && trimmed(*given).empty()) // an empty value is no value, not "leave it out"
            return error(flag, concat({"softmax: option ", flag, " needs a value"}));
        *value = given.value_or("");
    }
    if (softmax.log && softmax.jacobian)
        return error("--jacobian", "softmax: --log and --jacobian cannot be combined");
    return Command{softmax};
}

Result<std::pair<double, double>> rangeOption(const RawArgs &raw)
{
    const auto text = raw.value("--range");
    if (!text)
        return std::pair{-10.0, 10.0};
    const auto colon = text->find(':');
    const auto bad = [&](std::string_view why) {
        return error(*text, concat({"saturation: --range ", quoted(*text), " ", why}));
    };
    if (colon == std::string_view::npos || text->find(':', colon + 1) != std::string_view::npos)
        return bad("must be LO:HI (e.g. -10:10)");
    for (const std::string_view end : {text->substr(0, colon), text->substr(colon + 1)})
        if (const ParsedNumber n = parseNumber(end); n.status != ParsedNumber::Status::Ok)
            return bad(
                concat({"must be LO:HI with two numbers (e.g. -10:10): ", quoted(trimmed(end)), " ", refusal(n)}));
    const double lo = parseNumber(text->substr(0, colon)).value;
    const double hi = parseNumber(text->substr(colon + 1)).value;
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi))
        return bad("must have finite LO < HI");
    return std::pair{lo, hi};
}

ParsedCommandLine buildSaturation(const RawArgs &raw)
{
    const auto function = functionArgument(raw);
    if (const auto *bad = std::get_if<CommandLineError>(&function))
        return *bad;
    SaturationCommand saturation;
    saturation.function = std::get<const Activation *>(function);
    const auto params = parameterOptions(raw, *saturation.function);
    if (const auto *bad = std::get_if<CommandLineError>(&params))
        return *bad;
    saturation.params = std::get<Params>(params);
    const auto epsilon = numberOption(raw, "--epsilon", 0.05);
    if (const auto *bad = std::get_if<CommandLineError>(&epsilon))
        return *bad;
    saturation.epsilon = std::get<double>(epsilon);
    if (!(saturation.epsilon > 0.0) || !std::isfinite(saturation.epsilon)) {
        const std::string_view text = *raw.value("--epsilon");
        return error(text, concat({"saturation: --epsilon ", quoted(text), " must be a finite number > 0"}));
    }
    const auto range = rangeOption(raw);
    if (const auto *bad = std::get_if<CommandLineError>(&range))
        return *bad;
    std::tie(saturation.lo, saturation.hi) = std::get<std::pair<double, double>>(range);
    saturation.verbose = raw.has("--verbose");
    return Command{saturation};
}

struct Subcommand {
    std::string_view name;
    std::span<const OptionSpec> options;
    ParsedCommandLine (*build)(const RawArgs &);
};

constexpr std::array<OptionSpec, 1> kListOptions{{{"--json", false}}};
constexpr std::array<OptionSpec, 5> kEvalOptions{
    {{"--alpha", true}, {"--beta", true}, {"--derivative", false}, {"--expr", true}, {"--pau", true}}};
constexpr std::array<OptionSpec, 8> kSoftmaxOptions{{{"--temperature", true},
                                                     {"--log", false},
                                                     {"--jacobian", false},
                                                     {"--map", true},
                                                     {"--top-k", true},
                                                     {"--top-p", true},
                                                     {"--gumbel", true},
                                                     {"--support", false}}};
constexpr std::array<OptionSpec, 7> kSaturationOptions{{{"--epsilon", true},
                                                        {"--alpha", true},
                                                        {"--beta", true},
                                                        {"--range", true},
                                                        {"--verbose", false},
                                                        {"--expr", true},
                                                        {"--pau", true}}};

// The subcommands that run without a window. One that needs Qt's GUI classes (export)
// is parsed here like the others and dispatched in main.cpp beside the window.
const std::array<Subcommand, 4> kSubcommands{{
    {"list", kListOptions, &buildList},
    {"eval", kEvalOptions, &buildEval},
    {"softmax", kSoftmaxOptions, &buildSoftmax},
    {"saturation", kSaturationOptions, &buildSaturation},
}};

} // namespace

ParsedCommandLine parseCommandLine(std::span<const std::string_view> args)
{
    if (args.empty())
        return Command{GuiCommand{}};
    const std::string_view first = args.front();
    if (first == "help" || isHelp(first))
        return Command{HelpCommand{}};
    if (first == "--version") {
        if (args.size() > 1)
            return error(args[1], concat({"--version takes nothing more (got ", quoted(args[1]), ")"}));
        return Command{VersionCommand{}};
    }
    for (const Subcommand &sub : kSubcommands) {
        if (sub.name != first)
            continue;
        const auto raw = splitArguments(sub.name, args.subspan(1), sub.options);
        if (const auto *bad = std::get_if<CommandLineError>(&raw))
            return *bad;
        const RawArgs &split = std::get<RawArgs>(raw);
        if (split.help)
            return Command{HelpCommand{}};
        return sub.build(split);
    }
    std::string names;
    for (const Subcommand &sub : kSubcommands)
        names += concat({sub.name, ", "});
    names += "export, help"; // export is parsed beside the window (main.cpp)
    if (first.starts_with('-'))
        return error(first, concat({"unknown option ", quoted(first), " (commands: ", names, ")"}));
    return error(first, concat({"unknown command ", quoted(first), " (commands: ", names, ")"}));
}

} // namespace actviz::cli
