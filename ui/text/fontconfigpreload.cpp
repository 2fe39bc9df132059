// SPDX-License-Identifier: MIT
#include "text/fontconfigpreload.h"

#include <QFont>
#include <QGuiApplication>

#include <system_error>

#if defined(ACTVIZ_HAVE_FONTCONFIG)
#include <fontconfig/fontconfig.h>
#endif

namespace {

// Qt's name for the generic sans-serif family (QGenericUnixTheme, the offscreen platform).
constexpr char kSansSerif[] = "Sans Serif";

#if defined(ACTVIZ_HAVE_FONTCONFIG)
// The family of the best match for `family`, with the pattern Qt 6 builds for the fonts behind a
// family it has no file for (QFontconfigDatabase::fallbacksForFamily, upright, no script of its
// own): the default language added first, then fontconfig's substitutions.
std::string bestFamily(const char *family)
{
    std::string best;
    FcPattern *pattern = FcPatternCreate();
    if (!pattern)
        return best;
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(family));
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    if (FcPattern *defaults = FcPatternCreate()) {
        FcDefaultSubstitute(defaults);
        FcChar8 *lang = nullptr;
        if (FcPatternGetString(defaults, FC_LANG, 0, &lang) == FcResultMatch)
            FcPatternAddString(pattern, FC_LANG, lang);
        FcPatternDestroy(defaults);
    }
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    if (FcPattern *match = FcFontMatch(nullptr, pattern, &result)) {
        FcChar8 *name = nullptr;
        if (FcPatternGetString(match, FC_FAMILY, 0, &name) == FcResultMatch)
            best = reinterpret_cast<const char *>(name);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    return best;
}
#endif

} // namespace

FontconfigPreload::FontconfigPreload()
{
#if defined(ACTVIZ_HAVE_FONTCONFIG)
    try {
        m_thread = std::thread([this] {
            FcInit();
            m_sansSerif = bestFamily(kSansSerif);
        });
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

void FontconfigPreload::useSansSerifFamily()
{
    wait();
    QFont font = QGuiApplication::font();
    if (m_sansSerif.empty() || font.families() != QStringList{QLatin1String(kSansSerif)})
        return;
    font.setFamilies({QString::fromStdString(m_sansSerif)});
    QGuiApplication::setFont(font);
}
