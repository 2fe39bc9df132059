// SPDX-License-Identifier: MIT
#include "text/fontconfigpreload.h"

#include <system_error>

#if defined(ACTVIZ_HAVE_FONTCONFIG)
#include <fontconfig/fontconfig.h>
#endif

FontconfigPreload::FontconfigPreload()
{
#if defined(ACTVIZ_HAVE_FONTCONFIG)
    try {
        m_thread = std::thread([] { FcInit(); });
    } catch (const std::system_error &) {
        // No thread to spare: Qt loads the configuration itself, as it would without us.
    }
#endif
}

FontconfigPreload::~FontconfigPreload()
{
    wait();
}

void FontconfigPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
