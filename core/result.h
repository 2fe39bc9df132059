// SPDX-License-Identifier: MIT
// A value or the reason there is none: what core/ returns wherever the input can be bad
// (a typed vector, a temperature, an ε), so the CLI and the UI get an explanation instead of
// an exception or a silent NaN. The names follow C++23's std::expected so that switching to
// it later is a search and replace.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace actviz {

template <class E> struct Unexpected {
    E error;
};

// The usual failure: an English message for the command line and the UI's status text.
[[nodiscard]] inline Unexpected<std::string> fail(std::string message)
{
    return {std::move(message)};
}

template <class T, class E = std::string> class [[nodiscard]] Result
{
public:
    // Implicit on purpose, like std::expected: `return value;` and `return fail(...);`.
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Unexpected<E> e) : m_v(std::in_place_index<1>, std::move(e.error)) {}

    [[nodiscard]] bool has_value() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    [[nodiscard]] const T &value() const &
    {
        assert(has_value());
        return std::get<0>(m_v);
    }
    [[nodiscard]] T &value() &
    {
        assert(has_value());
        return std::get<0>(m_v);
    }
    [[nodiscard]] T &&value() &&
    {
        assert(has_value());
        return std::get<0>(std::move(m_v));
    }
    [[nodiscard]] const E &error() const
    {
        assert(!has_value());
        return std::get<1>(m_v);
    }

    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, E> m_v;
};

} // namespace actviz
