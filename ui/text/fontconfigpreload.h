// SPDX-License-Identifier: MIT
// FontconfigPreload: fontconfig's configuration read on the second core while Qt starts. Qt on
// Linux asks fontconfig for fonts the first time it lays out text, and FcInit() — about 40 XML
// files parsed and the font caches mapped — took 6–7 ms of a 70 ms `actviz export` and of the
// window's launch, all on the main thread (issue 14). Started before QApplication, it runs while
// Qt loads its platform plugin; wait() before anything draws text, so that Qt's own FcInit()
// finds the configuration built instead of building a second one beside it. Where fontconfig is
// not what Qt uses (no ACTVIZ_HAVE_FONTCONFIG), it does nothing.
#pragma once

#include <thread>

class FontconfigPreload
{
public:
    FontconfigPreload();
    ~FontconfigPreload(); // waits
    FontconfigPreload(const FontconfigPreload &) = delete;
    FontconfigPreload &operator=(const FontconfigPreload &) = delete;

    // Returns once the configuration is loaded (or at once, if it was already waited for).
    void wait();

private:
    std::thread m_thread;
};
