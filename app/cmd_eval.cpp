// SPDX-License-Identifier: MIT
// actviz eval FUNCTION: numbers in on stdin, f(x) or f'(x) out on stdout, one per line.
// Streams with raw reads and writes in large chunks (no iostreams), parses with
// from_chars and evaluates in blocks through the vectorised formulas: 10⁶ lines take a
// small fraction of a second. Each chunk read is answered before the next read, so a
// program feeding one line at a time gets its answer at once.
#include "commands.h"
#include "numbertext.h"
#include "messagetext.h"

#include <Eigen/Core>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace actviz::cli {

namespace {

constexpr std::size_t kReadSize = std::size_t{1} << 20; // also the longest line accepted
constexpr std::size_t kWriteSize = std::size_t{1} << 20;
constexpr Eigen::Index kBlock = 4096;

long readSome(char *data, std::size_t size)
{
    for (;;) {
#ifdef _WIN32
        const long n = _read(0, data, static_cast<unsigned>(size));
#else
        const long n = static_cast<long>(::read(0, data, size));
#endif
        if (n >= 0 || errno != EINTR)
            return n;
    }
}

bool writeAll(const char *data, std::size_t size)
{
    while (size > 0) {
#ifdef _WIN32
        const long n = _write(1, data, static_cast<unsigned>(size));
#else
        const long n = static_cast<long>(::write(1, data, size));
#endif
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

class Evaluator
{
public:
    explicit Evaluator(const EvalCommand &command)
        : m_fn(command.derivative ? command.function->dfArray : command.function->fArray)
        , m_params(command.params)
        , m_x(kBlock)
        , m_y(kBlock)
    {
        m_out.reserve(kWriteSize + kBlock * (kNumberTextMax + 1));
    }

    // One input line (without its '\n'). false: the line, or a blank one before it, is bad.
    bool line(std::string_view text)
    {
        ++m_lineNumber;
        // A file saved by Notepad starts with a byte-order mark, which is no part of the number.
        if (m_lineNumber == 1 && text.substr(0, 3) == "\xEF\xBB\xBF")
            text.remove_prefix(3);
        if (trimmed(text).empty()) {
            // Blank lines are only tolerated at the end of the input.
            if (m_firstBlank == 0)
                m_firstBlank = m_lineNumber;
            return true;
        }
        if (m_firstBlank != 0) {
            m_badLine = m_firstBlank;
            m_badText.clear();
            return false;
        }
        const ParsedNumber value = parseNumber(text);
        if (value.status != ParsedNumber::Status::Ok) {
            m_badLine = m_lineNumber;
            m_badText = visible(shortened(text));
            m_badReason = refusal(value);
            return false;
        }
        m_x[m_pending++] = value.value;
        if (m_pending == kBlock)
            evaluatePending();
        return true;
    }

    void tooLong()
    {
        m_badLine = m_lineNumber + 1;
        m_badText = "(longer than 1 MiB)";
        m_badReason = "cannot be read";
    }

    // Evaluates what is pending and writes everything out. false: stdout is gone.
    bool flush()
    {
        evaluatePending();
        if (!m_writeFailed && !writeAll(m_out.data(), m_out.size()))
            m_writeFailed = true;
        m_out.clear();
        return !m_writeFailed;
    }

    void reportBadLine() const
    {
        const std::string line = std::to_string(m_badLine);
        printError(m_badText.empty() ? concat({"eval: line ", line, ": empty line"})
                                     : concat({"eval: line ", line, ": \"", m_badText, "\" ", m_badReason}));
    }

private:
    void evaluatePending()
    {
        if (m_pending == 0)
            return;
        if (m_pending == kBlock) {
            m_fn(m_x, m_params, m_y);
        } else {
            const Eigen::ArrayXd part = m_x.head(m_pending);
            m_fn(part, m_params, m_y);
        }
        const std::size_t old = m_out.size();
        m_out.resize(old + static_cast<std::size_t>(m_pending) * (kNumberTextMax + 1));
        char *p = m_out.data() + old;
        for (Eigen::Index i = 0; i < m_pending; ++i) {
            p = writeNumber(p, m_y[i]);
            *p++ = '\n';
        }
        m_out.resize(static_cast<std::size_t>(p - m_out.data()));
        m_pending = 0;
        if (m_out.size() >= kWriteSize)
            flush();
    }

    ArrayFn m_fn;
    Params m_params;
    Eigen::ArrayXd m_x;
    Eigen::ArrayXd m_y;
    Eigen::Index m_pending = 0;
    std::vector<char> m_out;
    std::uint64_t m_lineNumber = 0;
    std::uint64_t m_firstBlank = 0;
    std::uint64_t m_badLine = 0;
    std::string m_badText;
    std::string_view m_badReason;
    bool m_writeFailed = false;
};

} // namespace

int runEval(const EvalCommand &command)
{
    Evaluator evaluator(command);
    std::vector<char> buffer(kReadSize);
    std::size_t kept = 0; // bytes of an unfinished line at the front of buffer
    for (;;) {
        if (kept == buffer.size()) {
            evaluator.flush();
            evaluator.tooLong();
            evaluator.reportBadLine();
            return kExitBadInput;
        }
        const long n = readSome(buffer.data() + kept, buffer.size() - kept);
        if (n < 0) {
            printError(concat({"eval: cannot read stdin: ", std::strerror(errno)}));
            return kExitIoError;
        }
        const bool atEnd = n == 0;
        const char *begin = buffer.data();
        const char *end = buffer.data() + kept + static_cast<std::size_t>(n);
        while (const void *nl = std::memchr(begin, '\n', static_cast<std::size_t>(end - begin))) {
            const char *newline = static_cast<const char *>(nl);
            if (!evaluator.line({begin, static_cast<std::size_t>(newline - begin)})) {
                evaluator.flush();
                evaluator.reportBadLine();
                return kExitBadInput;
            }
            begin = newline + 1;
        }
        if (atEnd) {
            // A last line without '\n' is still a line.
            if (begin != end && !evaluator.line({begin, static_cast<std::size_t>(end - begin)})) {
                evaluator.flush();
                evaluator.reportBadLine();
                return kExitBadInput;
            }
            return evaluator.flush() ? kExitOk : stdoutFailed("eval");
        }
        kept = static_cast<std::size_t>(end - begin);
        std::memmove(buffer.data(), begin, kept);
        if (!evaluator.flush())
            return stdoutFailed("eval");
    }
}

} // namespace actviz::cli
