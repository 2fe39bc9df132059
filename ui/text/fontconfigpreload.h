// SPDX-License-Identifier: MIT
// FontconfigPreload: fontconfig's configuration read on the second core while Qt starts. Qt on
// Linux asks fontconfig for fonts the first time it lays out text, and FcInit() — about 40 XML
// files parsed and the font caches mapped — took 6–7 ms of a 70 ms `actviz export` and of the
// window's launch, all on the main thread (issue 14). Started before QApplication, it runs while
// Qt loads its platform plugin; wait() before anything draws text, so that Qt's own FcInit()
// finds the configuration built instead of building a second one beside it. Where fontconfig is
// not what Qt uses (no ACTVIZ_HAVE_FONTCONFIG), it does nothing.
//
// The same thread also finds the family behind Qt's "Sans Serif", the font of an application
// that no desktop theme gave one (Xvfb, offscreen, a bare window manager). Qt lists "Sans Serif"
// as a family with no font file and draws its text with the fonts fontconfig sorts first for it:
// a sort of every installed font for each style asked for (regular, italic, bold title), 11 M
// instructions of the launch's first frame on a machine with the CJK fonts, and every run of
// text looked up in an empty font before the real one. useSansSerifFamily() names the family
// that sort puts first, so Qt finds it directly and draws the same glyphs.
#pragma once

#include <string>
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

    // After wait(): the family fontconfig matches first for "Sans Serif" in upright style and
    // the default language, as Qt asks for it; empty without fontconfig.
    [[nodiscard]] const std::string &sansSerifFamily() const { return m_sansSerif; }

    // After wait(), with a QGuiApplication: where the application's font is Qt's "Sans Serif",
    // the same font with sansSerifFamily() instead. Leaves a font a theme or the user chose.
    void useSansSerifFamily();

private:
    std::thread m_thread;
    std::string m_sansSerif;
};
