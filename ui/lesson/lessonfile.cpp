// SPDX-License-Identifier: MIT
#include "lesson/lessonfile.h"

#include "lesson/lessonstatecheck.h"
#include "numberparse.h"
#include "state/appstate.h"
#include "state/atomicwrite.h"
#include "state/viewid.h"
#include "text/language.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace {

// The top-level keys, in the order they are written and documented.
const QStringList kTopKeys{QStringLiteral("format"),      QStringLiteral("version"),  QStringLiteral("title"),
                           QStringLiteral("description"), QStringLiteral("language"), QStringLiteral("view"),
                           QStringLiteral("state")};

// A JSON string literal, quotes and escapes included.
QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The optional string member key of obj into out; an error if it is there but not a string.
QString readString(const QJsonObject &obj, const QString &key, QString &out)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString())
        return LessonStateCheck::typeError(key, LessonStateCheck::tr("a string"), v);
    out = v.toString();
    return {};
}

// A lesson with more numbers below the double range than this is not worth reading.
constexpr int kMaxRoundedLiterals = 64;

// [begin, end) of the number literal that ends at (or contains) offset, where Qt's JSON reader
// reports an illegal number.
std::pair<qsizetype, qsizetype> numberAround(const QByteArray &json, qsizetype offset)
{
    auto inNumber = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    qsizetype begin = std::clamp<qsizetype>(offset, 0, json.size());
    qsizetype end = begin;
    while (begin > 0 && inNumber(json[begin - 1]))
        --begin;
    while (end < json.size() && inNumber(json[end]))
        ++end;
    return {begin, end};
}

// format and version: the two keys that say whether the rest can be read at all.
QString checkHeader(const QJsonObject &root)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(LessonFile::kFormatTag))
        return LessonFile::tr("this is not an actviz lesson (it needs \"format\": \"%1\")")
            .arg(QLatin1String(LessonFile::kFormatTag));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        return LessonFile::tr("the lesson has no “version”");
    if (!LessonStateCheck::isInteger(version))
        return LessonStateCheck::typeError(QStringLiteral("version"), LessonStateCheck::tr("a whole number"), version);
    const qint64 v = version.toInteger();
    if (v > LessonFile::kVersion)
        return LessonFile::tr("this lesson was written by a newer actviz (version %1); this build reads up to %2")
            .arg(v)
            .arg(LessonFile::kVersion);
    if (v < 1)
        return LessonFile::tr("version %1 is not a lesson version (the first is 1)").arg(v);
    return {};
}

QString checkLanguageAndView(const Lesson &lesson)
{
    if (!lesson.language.isEmpty() && !Language::isSupported(lesson.language))
        return LessonFile::tr("“language” must be one of %1, not “%2”")
            .arg(Language::supported().join(QStringLiteral(", ")), lesson.language);
    if (!viewNames().contains(lesson.view))
        return LessonFile::tr("“view” must be one of %1, not “%2”")
            .arg(viewNames().join(QStringLiteral(", ")), lesson.view);
    return {};
}

// Example lessons shipped in resources/lessons: their titles and descriptions, for lupdate.
[[maybe_unused]] constexpr const char *kExampleTexts[] = {
    QT_TRANSLATE_NOOP("Lessons", "Vanishing gradients"),
    QT_TRANSLATE_NOOP("Lessons",
                      "Sigmoid and tanh saturate: where |f′| < ε almost no gradient passes, and sigmoid's f′ never "
                      "exceeds 0.25, so a deep stack of them multiplies the gradient away. ReLU keeps f′ = 1 for "
                      "x > 0."),
    QT_TRANSLATE_NOOP("Lessons", "The ReLU family"),
    QT_TRANSLATE_NOOP("Lessons",
                      "ReLU, Leaky ReLU, ELU and SELU side by side: what each does for negative inputs, where the "
                      "derivative is zero (dead) and how α changes the negative side."),
    QT_TRANSLATE_NOOP("Lessons", "Softmax and temperature"),
    QT_TRANSLATE_NOOP("Lessons",
                      "The same logits at a low temperature: softmax(z/T) sharpens towards the argmax as T falls "
                      "and flattens towards uniform as T grows. Move the temperature slider."),
    QT_TRANSLATE_NOOP("Lessons", "GELU versus ReLU"),
    QT_TRANSLATE_NOOP("Lessons",
                      "GELU, its tanh approximation, SiLU and ReLU near zero: the smooth functions dip below zero "
                      "for small negative x and have no kink, ReLU has a corner and a dead half."),
    QT_TRANSLATE_NOOP("Lessons", "Why non-linearity"),
    QT_TRANSLATE_NOOP("Lessons",
                      "A network with two hidden layers and the identity as activation tries to separate XOR: press "
                      "Play. However long it trains, stacked linear layers are one linear map and draw one straight "
                      "boundary. Now tick tanh or ReLU in the function list, make it current and play again: the "
                      "boundary bends around the four clusters."),
    QT_TRANSLATE_NOOP("Lessons", "Mish typed as a formula"),
    QT_TRANSLATE_NOOP("Lessons",
                      "Mish typed as x*tanh(softplus(x)) (Custom 1) beside the built-in Mish: the two curves and "
                      "their dashed derivatives lie exactly on top of each other, because actviz differentiates a "
                      "typed formula symbolically. Untick one to see the other underneath. Look at the shallow dip "
                      "to −0.31 near x = −1.19, and at f′, which turns slightly negative left of it and overshoots "
                      "1 (up to 1.09 near x = 1.5)."),
    QT_TRANSLATE_NOOP("Lessons", "Smish: log(1 + σ) or log1p(σ)"),
    QT_TRANSLATE_NOOP("Lessons",
                      "Smish, αx·tanh(log(1 + σ(βx))), typed twice beside Mish: Custom 1 as the paper writes it, "
                      "Custom 2 with log1p. On the plot the two coincide, and f′ tends to tanh(log 2) = 0.6 for "
                      "large x, not to 1 as Mish's does. The difference is in the digits: for x ≪ 0, 1 + σ(βx) is "
                      "rounded before log sees it, so Custom 1 is off in the fourth digit at x = −30 and exactly 0 "
                      "below x ≈ −36.8, where log1p keeps the tail. Custom 1's notes point this out."),
    QT_TRANSLATE_NOOP("Lessons", "Snake: a periodic derivative"),
    QT_TRANSLATE_NOOP("Lessons",
                      "Snake, x + sin²(αx)/α (Custom 1), is the identity plus a ripple: it grows like x, so it "
                      "never saturates, yet it can model periodic data with a trend, which neither x nor sin x does "
                      "alone. Its derivative f′ = 1 + sin(2αx) is periodic between 0 and 2: once per period π/α it "
                      "touches 0 (the thin shaded bands) but never stays there, so f never decreases. α is the "
                      "frequency: raise it and the ripples come faster and smaller (height 1/α); lower it and they "
                      "grow slow and large."),
    QT_TRANSLATE_NOOP("Lessons", "A rational function with abs"),
    QT_TRANSLATE_NOOP("Lessons",
                      "(x + x²/2)/(1 + |x|) (Custom 1), beside softsign x/(1 + |x|), which is built the same way. "
                      "abs puts a kink at 0 into the formula, yet f′ does not jump there: the numerator is 0 at x = "
                      "0, so both sides have slope 1 and the properties still say C¹. The kink shows one step "
                      "later, as a corner in the dashed f′ (its slope jumps from 3 to −1); softsign's f′ has the "
                      "same corner. For large |x| the function grows like |x|/2, so it is not monotonic: its "
                      "minimum is −0.27 at x = 1 − √3."),
    QT_TRANSLATE_NOOP("Lessons", "A leaky variant that becomes ELU"),
    QT_TRANSLATE_NOOP("Lessons",
                      "if(x > 0, x, α·expm1(x)) (Custom 1) with α = 0.2, beside Leaky ReLU (α = 0.2) and ELU. Just "
                      "left of 0 it leaks like Leaky ReLU, with slope α, but further left it levels off at −α like "
                      "ELU instead of falling for ever. Its f′ jumps from 0.2 to 1 at the kink, so it is not C¹. "
                      "Drag α to 1: the curve lands on ELU, its f′ = eˣ meets 1 at 0 and the jump is gone: with α = "
                      "1 this formula is ELU."),
    QT_TRANSLATE_NOOP("Lessons", "Activations of the 2020s"),
    QT_TRANSLATE_NOOP("Lessons",
                      "Six activations from recent papers, with their dashed derivatives. ReLU² (Primer) and "
                      "StarReLU (MetaFormer) square ReLU: no corner at 0, but still dead for x < 0; StarReLU's "
                      "scale and bias give a standard normal input mean 0 and variance 1. Sparse plus is a softplus "
                      "made of polynomial pieces, exactly 0 left of −1 and exactly x right of 1. Smish is Mish with "
                      "σ inside the logarithm: its slope tends to 0.6, not 1. xIELU is integrated from a chosen "
                      "gradient: quadratic on the right, ELU-like on the left, where it rises again far out. DyT, "
                      "γ·tanh(αx), replaces LayerNorm in Transformers: the band shows where it saturates; drag α to "
                      "see the band move."),
};

} // namespace

LessonReadResult LessonFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, tr("the file does not exist")};
    if (info.isDir())
        return {std::nullopt, tr("it is a folder, not a file")};
    if (info.size() > kMaxBytes)
        return {std::nullopt, tr("the file is %1 bytes; a lesson may have at most %2").arg(info.size()).arg(kMaxBytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, file.errorString()};
    // Read one byte more than allowed: a file that grew since the size check is refused too.
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return {std::nullopt, tr("the file is larger than %1 bytes").arg(kMaxBytes)};
    return parse(bytes);
}

LessonReadResult LessonFile::parse(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return {std::nullopt, tr("the file is larger than %1 bytes").arg(kMaxBytes)};
    QJsonParseError parseError;
    QByteArray json = bytes;
    QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    // Qt refuses a number outside the double range as an "illegal number", also one below it
    // (1e-400) that actviz's one rule for typed numbers rounds (numberparse.h): round those in
    // place, and name a literal beyond the range.
    for (int rounded = 0; parseError.error == QJsonParseError::IllegalNumber && rounded < kMaxRoundedLiterals;
         ++rounded) {
        const auto [begin, end] = numberAround(json, parseError.offset);
        const QByteArray literal = json.mid(begin, end - begin);
        const actviz::ParsedNumber n =
            actviz::parseDecimal(std::string_view(literal.constData(), static_cast<size_t>(literal.size())));
        if (n.status == actviz::ParsedNumber::Status::OutOfRange)
            return {std::nullopt, tr("the number %1 at character %2 is beyond the range of a double (±1.8e308)")
                                      .arg(QString::fromLatin1(literal))
                                      .arg(begin + 1)};
        if (n.status != actviz::ParsedNumber::Status::Ok || !std::isfinite(n.value))
            break;
        json.replace(begin, end - begin, QByteArray::number(n.value, 'g', 17));
        doc = QJsonDocument::fromJson(json, &parseError);
    }
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt,
                tr("not valid JSON: %1 at character %2").arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return {std::nullopt, tr("not an actviz lesson: the file must hold one JSON object")};
    const QJsonObject root = doc.object();
    if (QString e = checkHeader(root); !e.isEmpty())
        return {std::nullopt, e};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!kTopKeys.contains(it.key()))
            return {std::nullopt, tr("unknown key “%1”").arg(it.key())};
    Lesson lesson;
    for (const auto &[key, out] :
         {std::pair{QStringLiteral("title"), &lesson.title},
          std::pair{QStringLiteral("description"), &lesson.description},
          std::pair{QStringLiteral("language"), &lesson.language}, std::pair{QStringLiteral("view"), &lesson.view}})
        if (QString e = readString(root, key, *out); !e.isEmpty())
            return {std::nullopt, e};
    if (QString e = checkLanguageAndView(lesson); !e.isEmpty())
        return {std::nullopt, e};
    const QJsonValue state = root.value(QStringLiteral("state"));
    if (state.isUndefined())
        return {std::nullopt, tr("the lesson has no “state”")};
    if (!state.isObject())
        return {std::nullopt,
                LessonStateCheck::typeError(QStringLiteral("state"), LessonStateCheck::tr("an object"), state)};
    // The view is part of the state too; the top-level key, the one a reader sees first, wins.
    QJsonObject stateObject = state.toObject();
    if (root.contains(QStringLiteral("view")))
        stateObject.insert(QStringLiteral("view"), lesson.view);
    const LessonStateCheck::Result checked = LessonStateCheck::check(stateObject);
    if (!checked.error.isEmpty())
        return {std::nullopt, checked.error};
    lesson.state = checked.state;
    lesson.view = checked.state.value(QStringLiteral("view")).toString(lesson.view);
    return {lesson, QString()};
}

QByteArray LessonFile::serialize(const Lesson &lesson)
{
    // QJsonDocument sorts keys; the header is written by hand so that "format" and "version" lead.
    QByteArray state = QJsonDocument(lesson.state).toJson(QJsonDocument::Indented).trimmed();
    state.replace("\n", "\n    ");
    QByteArray out = "{\n";
    out += "    \"format\": " + jsonString(QLatin1String(kFormatTag)) + ",\n";
    out += "    \"version\": " + QByteArray::number(kVersion) + ",\n";
    out += "    \"title\": " + jsonString(lesson.title) + ",\n";
    out += "    \"description\": " + jsonString(lesson.description) + ",\n";
    if (!lesson.language.isEmpty())
        out += "    \"language\": " + jsonString(lesson.language) + ",\n";
    out += "    \"view\": " + jsonString(lesson.view) + ",\n";
    out += "    \"state\": " + state + "\n}\n";
    return out;
}

QString LessonFile::write(const Lesson &lesson, const QString &path)
{
    return AtomicWrite::write(path, serialize(lesson));
}

Lesson LessonFile::capture(const AppState &state, const QString &language)
{
    Lesson lesson;
    lesson.language = language;
    lesson.state = state.toJson();
    lesson.view = viewName(state.currentView());
    return lesson;
}

void LessonFile::apply(const Lesson &lesson, AppState &live)
{
    // From the defaults, so that nothing of the previous set-up (a parameter the lesson does not
    // mention, say) survives.
    live.resetToDefaults();
    live.fromJson(lesson.state);
    if (const auto view = viewFromName(lesson.view))
        live.setCurrentView(*view);
}

QString LessonFile::displayTitle(const Lesson &lesson)
{
    return QCoreApplication::translate("Lessons", lesson.title.toUtf8().constData());
}

QString LessonFile::displayDescription(const Lesson &lesson)
{
    return QCoreApplication::translate("Lessons", lesson.description.toUtf8().constData());
}
