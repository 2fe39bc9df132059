// SPDX-License-Identifier: MIT
// Message building for the command line. One append per part, which also keeps GCC 12 away
// from its false -Wrestrict alarm on `"literal" + std::string` (GCC bug 105329). Not named
// strings.h: where app/ is an include path (the fuzz targets), that name hid POSIX <strings.h>,
// which <string.h> includes inside extern "C".
#pragma once

#include "displaytext.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace actviz::cli {

[[nodiscard]] inline std::string concat(std::initializer_list<std::string_view> parts)
{
    std::string out;
    std::size_t size = 0;
    for (std::string_view p : parts)
        size += p.size();
    out.reserve(size);
    for (std::string_view p : parts)
        out.append(p);
    return out;
}

// A user's text in a message: shortened, visible, quoted.
[[nodiscard]] inline std::string quoted(std::string_view s)
{
    return concat({"'", visible(shortened(s)), "'"});
}

} // namespace actviz::cli
