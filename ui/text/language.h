// SPDX-License-Identifier: MIT
// Language: the interface language of the whole application — actviz's own catalogue (compiled
// in as :/i18n/actviz_zh_CN.qm), Qt's catalogue for the standard dialogs and buttons, and the CJK
// font that Chinese text falls back to. Widgets set their texts once, when they are built, so a
// change of language is followed by a rebuild of the window (WindowHost listens to changed()).
#pragma once

#include <QFont>
#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <optional>

class QSettings;

class Language : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kEnglish = "en";
    static constexpr const char *kChinese = "zh_CN";

    // The one instance, a child of the application object (created on first use).
    [[nodiscard]] static Language *instance();

    // The codes actviz ships, in menu order: "en", "zh_CN".
    [[nodiscard]] static QStringList supported();
    [[nodiscard]] static bool isSupported(const QString &code);
    // The language's own name ("English", "简体中文"): what a reader of it looks for in a menu.
    [[nodiscard]] static QString nativeName(const QString &code);
    // zh_CN for any Chinese system locale (Simplified is the only Chinese we ship), else en.
    [[nodiscard]] static QString systemDefault();
    // The choice saved by the View → Language menu, or the system's language.
    [[nodiscard]] static QString fromSettings(const QSettings &settings);
    static void remember(QSettings &settings, const QString &code);
    // The first installed font family with Simplified Chinese glyph shapes, or an empty string.
    [[nodiscard]] static QString cjkFontFamily();

    [[nodiscard]] QString current() const { return m_current; }
    // Installs the catalogues and the font fallback of code and emits changed() if it differs
    // from the current language. Returns false (and changes nothing) for an unsupported code.
    bool setCurrent(const QString &code);

signals:
    void changed(const QString &code);

private:
    explicit Language(QObject *parent);
    void setCjkFallback(bool on);

    QString m_current = QString::fromLatin1(kEnglish);
    QTranslator m_app;
    QTranslator m_qt;
    // Families whose substitution list we replaced, with what it was before.
    QList<std::pair<QString, QStringList>> m_savedSubstitutes;
    // The application font before the first switch, restored for English.
    std::optional<QFont> m_applicationFont;
};
