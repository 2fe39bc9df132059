// SPDX-License-Identifier: MIT
// libFuzzer target for core/vectorparser: the bytes are the text a person typed into the softmax
// box or `actviz softmax`. Beyond "no crash, no UB" it checks what vectorparser.h promises: a
// parsed vector has 1 … kMaxVectorEntries entries, finite or -inf, at least one finite, and reads
// back bit for bit from its shortest printed form; an error has a message and lies inside the input,
// and one about an entry quotes it. The whole input also goes to core/numberparse (the rule for
// every typed number), whose answer must be strtod's in the C locale this process never leaves.
#include "numberparse.h"
#include "vectorparser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

void checkValue(const Eigen::VectorXd &v)
{
    check(v.size() >= 1 && static_cast<std::size_t>(v.size()) <= actviz::kMaxVectorEntries);
    bool anyFinite = false;
    for (Eigen::Index i = 0; i < v.size(); ++i) {
        check(std::isfinite(v[i]) || v[i] == -INFINITY);
        anyFinite = anyFinite || std::isfinite(v[i]);
    }
    check(anyFinite);

    // Round trip through the shortest text that reads back exactly ("-inf" included).
    std::string text;
    for (Eigen::Index i = 0; i < v.size(); ++i) {
        char buffer[32];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v[i]);
        check(ec == std::errc());
        if (i > 0)
            text += ", ";
        text.append(buffer, end);
    }
    const auto again = actviz::parseVector(text);
    check(again.has_value() && again->size() == v.size());
    for (Eigen::Index i = 0; i < v.size(); ++i)
        check(std::memcmp(&(*again)[i], &v[i], sizeof(double)) == 0);
}

void checkError(const actviz::VectorParseError &e, std::string_view input)
{
    check(!e.message.empty());
    check(e.offset <= input.size() && e.length <= input.size() - e.offset);
    if (e.entry == 0)
        return;
    check(e.token == input.substr(e.offset, e.length));
    if (e.kind == actviz::VectorParseError::Kind::TooManyEntries) {
        check(e.entry == actviz::kMaxVectorEntries + 1);
        return; // the message gives the count, not the entry
    }
    const std::string prefix = "entry " + std::to_string(e.entry) + " (\"";
    check(e.message.starts_with(prefix));
    // Long tokens are cut after 40 code points, which is at least 40 bytes.
    check(e.message.compare(prefix.size(), std::min<std::size_t>(e.token.size(), 40), e.token, 0,
                            std::min<std::size_t>(e.token.size(), 40)) == 0);
}

// numberparse.h: a number is strtod's correctly rounded value, "out of range" one strtod takes
// to ±inf. strtod is the reference only here, in the C locale: the application runs in the
// user's, where its decimal point may be a comma.
void checkNumber(std::string_view input)
{
    const actviz::ParsedNumber n = actviz::parseDecimal(input);
    if (n.status == actviz::ParsedNumber::Status::NotANumber)
        return;
    std::string ascii;
    for (std::size_t i = 0; i < input.size();) {
        const bool minus = input.substr(i).starts_with("\u2212");
        ascii += minus ? '-' : input[i];
        i += minus ? 3 : 1;
    }
    char *end = nullptr;
    const double reference = std::strtod(ascii.c_str(), &end);
    check(end == ascii.c_str() + ascii.size());
    if (n.status == actviz::ParsedNumber::Status::OutOfRange)
        check(std::isinf(reference));
    else if (std::isnan(reference))
        check(std::isnan(n.value));
    else
        check(std::memcmp(&reference, &n.value, sizeof(double)) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    checkNumber(input);
    const auto r = actviz::parseVector(input);
    if (r)
        checkValue(*r);
    else
        checkError(r.error(), input);
    return 0;
}
