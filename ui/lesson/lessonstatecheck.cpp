// SPDX-License-Identifier: MIT
#include "lesson/lessonstatecheck.h"

#include "customactivation.h"
#include "gradientflow.h"
#include "registry.h"
#include "state/appstate.h"
#include "state/paujson.h"
#include "text/exprtext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return LessonStateCheck::tr("null");
    case QJsonValue::Bool:
        return LessonStateCheck::tr("true/false");
    case QJsonValue::Double:
        return LessonStateCheck::tr("a number");
    case QJsonValue::String:
        return LessonStateCheck::tr("a string");
    case QJsonValue::Array:
        return LessonStateCheck::tr("a list");
    case QJsonValue::Object:
        return LessonStateCheck::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return LessonStateCheck::tr("nothing");
}

QString compact(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString key(const QString &name)
{
    return QStringLiteral("state.") + name;
}

const actviz::Activation *find(const QString &id)
{
    return actviz::findActivation(id.toStdString());
}

QString checkNumberIn(const QString &name, const QJsonValue &v, double lo, double hi)
{
    if (!v.isDouble())
        return LessonStateCheck::typeError(key(name), LessonStateCheck::tr("a number"), v);
    const double x = v.toDouble();
    if (!(x >= lo && x <= hi))
        return LessonStateCheck::tr("“%1” is %2, outside the allowed %3 … %4").arg(key(name)).arg(x).arg(lo).arg(hi);
    return {};
}

QString checkRange(const QString &name, const QJsonValue &v)
{
    if (!v.isArray() || v.toArray().size() != 2 || !v.toArray().at(0).isDouble() || !v.toArray().at(1).isDouble())
        return LessonStateCheck::typeError(key(name), LessonStateCheck::tr("a list of two numbers [low, high]"), v);
    if (!(v.toArray().at(0).toDouble() < v.toArray().at(1).toDouble()))
        return LessonStateCheck::tr("“%1”: the low end must be below the high end, got %2").arg(key(name), compact(v));
    if (const QString why = AppState::checkRange(v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble());
        !why.isEmpty())
        return LessonStateCheck::tr("“%1”: %2").arg(key(name), why);
    return {};
}

QString checkShown(const QJsonValue &v, QStringList &ids)
{
    const QString name = key(QStringLiteral("shown"));
    if (!v.isArray())
        return LessonStateCheck::typeError(name, LessonStateCheck::tr("a list of function ids"), v);
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return LessonStateCheck::typeError(name, LessonStateCheck::tr("a list of function ids"), item);
        if (!find(item.toString()))
            return LessonStateCheck::tr("“%1”: unknown function id “%2”").arg(name, item.toString());
        if (ids.contains(item.toString()))
            return LessonStateCheck::tr("“%1”: “%2” is listed twice").arg(name, item.toString());
        ids.append(item.toString());
    }
    return {};
}

QString checkColorSlots(const QJsonValue &v, const QStringList &shown)
{
    const QString name = key(QStringLiteral("colorSlots"));
    if (!v.isObject())
        return LessonStateCheck::typeError(name, LessonStateCheck::tr("an object"), v);
    const QJsonObject slotMap = v.toObject();
    // AppState gives a newly shown function the first free slot, so with every function shown the
    // last one has slot registry size − 1; slots past the palette's kPaletteSize colours repeat
    // them darker (PlotPalette). Capping at kPaletteSize refused lessons that actviz itself saved.
    const auto slotCount = static_cast<qint64>(actviz::registry().size()) + actviz::kCustomSlots;
    QList<qint64> taken;
    for (auto it = slotMap.begin(); it != slotMap.end(); ++it) {
        if (!shown.contains(it.key()))
            return LessonStateCheck::tr("“%1”: “%2” is not a shown function").arg(name, it.key());
        if (!LessonStateCheck::isInteger(it.value()) || it.value().toInteger() < 0 ||
            it.value().toInteger() >= slotCount || taken.contains(it.value().toInteger()))
            return LessonStateCheck::tr("“%1”: each shown function needs its own colour from 0 to %2")
                .arg(name)
                .arg(slotCount - 1);
        taken.append(it.value().toInteger());
    }
    if (slotMap.size() != shown.size())
        return LessonStateCheck::tr("“%1”: give a colour for every shown function, or leave the key out").arg(name);
    return {};
}

QString checkOneParameter(const QString &id, const QString &which, const QJsonValue &v)
{
    const QString name = key(QStringLiteral("parameters.%1.%2").arg(id, which));
    if (!v.isDouble())
        return LessonStateCheck::typeError(name, LessonStateCheck::tr("a number"), v);
    const actviz::Activation *a = find(id);
    const actviz::ParamSpec &spec =
        a->param(which == QLatin1String("alpha") ? actviz::ParamId::Alpha : actviz::ParamId::Beta);
    const double x = v.toDouble();
    if (!spec.used) {
        // toJson() writes both parameters of a function; the one it does not use keeps its default.
        if (x != spec.defaultValue)
            return LessonStateCheck::tr("“%1”: %2 has no %3 (only its default %4 may be written)")
                .arg(name, id, which)
                .arg(spec.defaultValue);
        return {};
    }
    if (spec.inDomain && !spec.inDomain(x))
        return LessonStateCheck::tr("“%1”: %2 is outside the domain of %3 (%4)")
            .arg(name)
            .arg(x)
            .arg(id, QString::fromUtf8(spec.domain.data(), static_cast<qsizetype>(spec.domain.size())));
    return {};
}

QString checkParameters(const QJsonValue &v)
{
    const QString name = key(QStringLiteral("parameters"));
    if (!v.isObject())
        return LessonStateCheck::typeError(name, LessonStateCheck::tr("an object"), v);
    const QJsonObject all = v.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!find(it.key()))
            return LessonStateCheck::tr("“%1”: unknown function id “%2”").arg(name, it.key());
        if (!it.value().isObject())
            return LessonStateCheck::typeError(name + QLatin1Char('.') + it.key(), LessonStateCheck::tr("an object"),
                                               it.value());
        const QJsonObject p = it.value().toObject();
        for (auto q = p.begin(); q != p.end(); ++q) {
            if (q.key() != QLatin1String("alpha") && q.key() != QLatin1String("beta"))
                return LessonStateCheck::tr("“%1.%2”: unknown key “%3” (use alpha and beta)")
                    .arg(name, it.key(), q.key());
            if (QString e = checkOneParameter(it.key(), q.key(), q.value()); !e.isEmpty())
                return e;
        }
    }
    return {};
}

// Checking a lesson defines its formulas in the custom slots (its ids and parameters are then
// checked like built-ins); whatever the outcome, the slots are put back as they were.
class CustomSlotsGuard
{
public:
    CustomSlotsGuard()
        : m_saved(actviz::customSources())
    {
        for (int i = 0; i < actviz::kCustomSlots; ++i)
            actviz::clearCustom(i); // a lesson sees only the formulas it defines
    }
    ~CustomSlotsGuard() { actviz::restoreCustom(m_saved); }
    CustomSlotsGuard(const CustomSlotsGuard &) = delete;
    CustomSlotsGuard &operator=(const CustomSlotsGuard &) = delete;

private:
    actviz::CustomSources m_saved;
};

QString defineFormulas(const QJsonValue &v)
{
    const QString name = key(QStringLiteral("custom"));
    if (!v.isObject())
        return LessonStateCheck::typeError(name, LessonStateCheck::tr("an object of formulas"), v);
    const QJsonObject all = v.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const int slot = actviz::customSlotOf(it.key().toStdString());
        if (slot < 0)
            return LessonStateCheck::tr("“%1”: “%2” is not a custom function id (custom1 … custom%3)")
                .arg(name, it.key())
                .arg(actviz::kCustomSlots);
        if (!it.value().isString())
            return LessonStateCheck::typeError(name + QLatin1Char('.') + it.key(), LessonStateCheck::tr("a formula"),
                                               it.value());
        const auto defined = actviz::defineCustom(slot, it.value().toString().toStdString());
        if (!defined)
            return LessonStateCheck::tr("“%1.%2”: %3").arg(name, it.key(), ExprText::error(defined.error()));
    }
    return {};
}

// The checks for the keys whose meaning this file knows; others get the generic ones only.
QString checkKnownKey(const QString &name, const QJsonValue &v, const QStringList &shown)
{
    if (name == QLatin1String("colorSlots"))
        return checkColorSlots(v, shown);
    if (name == QLatin1String("current")) {
        if (!v.isString())
            return LessonStateCheck::typeError(key(name), LessonStateCheck::tr("a function id"), v);
        if (!find(v.toString()))
            return LessonStateCheck::tr("“%1”: unknown function id “%2”").arg(key(name), v.toString());
    }
    if (name == QLatin1String("parameters"))
        return checkParameters(v);
    if (name == QLatin1String("pau"))
        return PauJson::check(v, key(name));
    if (name == QLatin1String("epsilon"))
        return checkNumberIn(name, v, AppState::kMinEpsilon, AppState::kMaxEpsilon);
    if (name == QLatin1String("temperature"))
        return checkNumberIn(name, v, AppState::kMinTemperature, AppState::kMaxTemperature);
    if (name == QLatin1String("xRange"))
        return checkRange(name, v);
    if (name == QLatin1String("yRange") && !(v.isString() && v.toString() == QLatin1String("auto")))
        return v.isArray()
                   ? checkRange(name, v)
                   : LessonStateCheck::typeError(key(name), LessonStateCheck::tr("“auto” or a list of two numbers"), v);
    return {};
}

// Types against the default state's: nested objects with fixed keys (depth, loss …) member by
// member, lists element by element. "parameters" and "colorSlots" have their own checks.
QString checkTypes(const QString &path, const QJsonValue &v, const QJsonValue &expected)
{
    if (v.type() != expected.type())
        return LessonStateCheck::typeError(key(path), typeName(expected), v);
    if (expected.isObject() && !expected.toObject().isEmpty()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!e.contains(it.key()))
                return LessonStateCheck::tr("“%1” has an unknown key “%2”").arg(key(path), it.key());
            if (QString err = checkTypes(path + QLatin1Char('.') + it.key(), it.value(), e.value(it.key()));
                !err.isEmpty())
                return err;
        }
    }
    if (expected.isArray() && !expected.toArray().isEmpty())
        for (const QJsonValue &item : v.toArray())
            if (item.type() != expected.toArray().first().type())
                return LessonStateCheck::typeError(key(path),
                                                   LessonStateCheck::tr("a list of the right kind of values"), v);
    return {};
}

// Where actual does not hold expected (actual may have more members): the dotted path of the
// first difference, or an empty string.
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            if (QString d = firstDifference(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
                !d.isEmpty())
                return d;
        return {};
    }
    if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < e.size(); ++i)
            if (!firstDifference(e.at(i), a.at(i), path).isEmpty())
                return path;
        return {};
    }
    if (expected.isDouble() && actual.isDouble())
        return expected.toDouble() == actual.toDouble() ? QString() : path;
    return expected == actual ? QString() : path;
}

// The value at a dotted path below state ("depth.layers").
QJsonValue valueAt(const QJsonObject &state, const QString &path)
{
    QJsonValue v = state;
    for (const QString &part : path.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v;
}

// toJson() leaves out a function whose α and β are both at their defaults; a lesson may still
// write them (an ELU lesson that says alpha 1). The parameters as toJson() would write them
// for every function the lesson names.
QJsonObject parametersWithDefaults(const QJsonObject &written, const QJsonObject &result)
{
    QJsonObject all = result;
    for (auto it = written.begin(); it != written.end(); ++it)
        if (!all.contains(it.key()))
            if (const actviz::Activation *a = find(it.key()))
                all.insert(it.key(), QJsonObject{{QStringLiteral("alpha"), a->param(actviz::ParamId::Alpha).defaultValue},
                                                 {QStringLiteral("beta"), a->param(actviz::ParamId::Beta).defaultValue}});
    return all;
}

} // namespace

bool LessonStateCheck::isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double x = v.toDouble();
    return std::isfinite(x) && std::floor(x) == x && std::abs(x) < 9.0e15;
}

QString LessonStateCheck::typeError(const QString &key, const QString &expected, const QJsonValue &got)
{
    // A number of the wrong kind (1.5 where a whole number belongs) is named by its value alone:
    // "not a number (1.5)" would read as if 1.5 were not a number.
    if (got.isDouble())
        return tr("“%1” must be %2, not %3").arg(key, expected, compact(got));
    return tr("“%1” must be %2, not %3 (%4)").arg(key, expected, typeName(got), compact(got));
}

LessonStateCheck::Result LessonStateCheck::check(const QJsonObject &state)
{
    const PauCoefficientsGuard pauGuard; // the AppStates below set core's coefficients
    const QJsonObject defaults = AppState().toJson();
    QJsonObject input = state;
    const QJsonValue version = state.value(QStringLiteral("version"));
    if (!version.isUndefined()) {
        if (!isInteger(version) || version.toInteger() < 1)
            return {{}, typeError(key(QStringLiteral("version")), tr("a whole number from 1"), version)};
        if (version.toInteger() > defaults.value(QStringLiteral("version")).toInteger())
            return {{},
                    tr("“%1” is %2; this build's state has version %3")
                        .arg(key(QStringLiteral("version")))
                        .arg(version.toInteger())
                        .arg(defaults.value(QStringLiteral("version")).toInteger())};
    }
    input.insert(QStringLiteral("version"), defaults.value(QStringLiteral("version")));
    const CustomSlotsGuard guard;
    if (state.contains(QStringLiteral("custom")))
        if (QString e = defineFormulas(state.value(QStringLiteral("custom"))); !e.isEmpty())
            return {{}, e};
    QStringList shown = defaults.value(QStringLiteral("shown")).toVariant().toStringList();
    if (state.contains(QStringLiteral("shown"))) {
        shown.clear();
        if (QString e = checkShown(state.value(QStringLiteral("shown")), shown); !e.isEmpty())
            return {{}, e};
    }
    for (auto it = state.begin(); it != state.end(); ++it) {
        const QJsonValue expected = defaults.value(it.key());
        if (expected.isUndefined())
            return {{}, tr("“state” has an unknown key “%1”").arg(it.key())};
        if (QString e = checkKnownKey(it.key(), it.value(), shown); !e.isEmpty())
            return {{}, e};
        static const QStringList ownChecks{QStringLiteral("yRange"), QStringLiteral("parameters"),
                                           QStringLiteral("colorSlots"), QStringLiteral("custom")};
        if (!ownChecks.contains(it.key()))
            if (QString e = checkTypes(it.key(), it.value(), expected); !e.isEmpty())
                return {{}, e};
    }
    AppState scratch;
    scratch.fromJson(input);
    const QJsonObject result = scratch.toJson();
    // Each size of the depth network has its own range; their product has a limit of its own
    // (the simulation keeps every layer for the backward pass).
    if (state.contains(QStringLiteral("depth"))) {
        const QJsonObject d = result.value(QStringLiteral("depth")).toObject();
        const qint64 cells = d.value(QStringLiteral("width")).toInteger() *
                             d.value(QStringLiteral("batch")).toInteger() *
                             d.value(QStringLiteral("layers")).toInteger();
        if (cells > actviz::kMaxDepthCells)
            return {{},
                    tr("“%1”: width × batch × layers is %2, more than the %3 the simulation can hold")
                        .arg(key(QStringLiteral("depth")))
                        .arg(cells)
                        .arg(actviz::kMaxDepthCells)};
    }
    QJsonObject comparable = result;
    comparable.insert(QStringLiteral("parameters"),
                      parametersWithDefaults(state.value(QStringLiteral("parameters")).toObject(),
                                             result.value(QStringLiteral("parameters")).toObject()));
    for (auto it = state.begin(); it != state.end(); ++it) {
        const QString where = firstDifference(it.value(), comparable.value(it.key()), it.key());
        if (!where.isEmpty())
            return {{},
                    tr("“%1”: %2 is not a value actviz accepts here").arg(key(where), compact(valueAt(state, where)))};
    }
    return {result, QString()};
}
