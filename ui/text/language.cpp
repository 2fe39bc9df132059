// SPDX-License-Identifier: MIT
#include "text/language.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

// Families whose Chinese text should come from the CJK font: the figure font and the real family
// behind the application font. Without this, Qt's fallback asks fontconfig for "any Han font" and,
// outside a Chinese locale, gets Noto Sans CJK JP, whose glyph shapes for many characters are the
// Japanese ones. Aliases such as "Sans Serif" are left alone: substituting one would make the CJK
// font the primary font of everything.
QStringList latinFamilies(const QFont &applicationFont)
{
    QStringList families{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans")};
    const QString resolved = QFontInfo(applicationFont).family();
    if (!families.contains(resolved))
        families.append(resolved);
    return families;
}

} // namespace

Language::Language(QObject *parent)
    : QObject(parent)
{}

Language *Language::instance()
{
    static Language *language = nullptr;
    if (!language) {
        language = new Language(QCoreApplication::instance());
        // A test may create several applications one after another: forget the destroyed one.
        QObject::connect(language, &QObject::destroyed, [] { language = nullptr; });
    }
    return language;
}

QStringList Language::supported()
{
    return {QString::fromLatin1(kEnglish), QString::fromLatin1(kChinese)};
}

bool Language::isSupported(const QString &code)
{
    return supported().contains(code);
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String(kChinese))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QString::fromLatin1(kChinese)
                                                            : QString::fromLatin1(kEnglish);
}

QString Language::fromSettings(const QSettings &settings)
{
    const QString saved = settings.value(kSettingsKey).toString();
    return isSupported(saved) ? saved : systemDefault();
}

void Language::remember(QSettings &settings, const QString &code)
{
    if (isSupported(code))
        settings.setValue(kSettingsKey, code);
}

QString Language::cjkFontFamily()
{
    static const QStringList preferred{QStringLiteral("Noto Sans CJK SC"),    QStringLiteral("Source Han Sans SC"),
                                       QStringLiteral("Source Han Sans CN"),  QStringLiteral("Noto Sans SC"),
                                       QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
                                       QStringLiteral("Droid Sans Fallback")};
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : preferred)
        if (installed.contains(family))
            return family;
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    return chinese.isEmpty() ? QString() : chinese.first();
}

void Language::setCjkFallback(bool on)
{
    for (const auto &[family, before] : std::as_const(m_savedSubstitutes)) {
        QFont::removeSubstitutions(family);
        if (!before.isEmpty())
            QFont::insertSubstitutions(family, before);
    }
    m_savedSubstitutes.clear();
    if (!m_applicationFont)
        m_applicationFont = QGuiApplication::font();
    const QString cjk = on ? cjkFontFamily() : QString();
    if (cjk.isEmpty()) {
        QGuiApplication::setFont(*m_applicationFont);
        return;
    }
    for (const QString &family : latinFamilies(*m_applicationFont)) {
        const QStringList before = QFont::substitutes(family);
        m_savedSubstitutes.append({family, before});
        QFont::removeSubstitutions(family);
        QFont::insertSubstitutions(family, QStringList{cjk} + before);
    }
    // A new font for the widgets rather than a substitution: the application font's engine,
    // with its fallbacks, is already cached by every copy of it.
    QFont font = *m_applicationFont;
    font.setFamilies({QFontInfo(*m_applicationFont).family(), cjk});
    QGuiApplication::setFont(font);
}

bool Language::setCurrent(const QString &code)
{
    if (!isSupported(code))
        return false;
    if (code == m_current && (code == QLatin1String(kEnglish) || !m_app.isEmpty()))
        return true;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const bool chinese = code == QLatin1String(kChinese);
    if (chinese) {
        if (m_app.load(QStringLiteral(":/i18n/actviz_%1.qm").arg(code)))
            QCoreApplication::installTranslator(&m_app);
        else
            qWarning("actviz: the %s translation is missing from this build", qPrintable(code));
        // Standard buttons and dialogs (Yes/No, the file dialog); absent if Qt's own
        // translations are not installed, and then they stay English.
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    setCjkFallback(chinese);
    const bool changedLanguage = code != m_current;
    m_current = code;
    if (changedLanguage)
        emit changed(code);
    return true;
}
