// SPDX-License-Identifier: MIT
#include "state/appstate.h"
#include "state/paujson.h"

#include "registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace {

const QStringList kDefaultShown = {QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("relu")};
const QString kDefaultCurrent = QStringLiteral("sigmoid");
const QString kDefaultSoftmax = QStringLiteral("2.0, 1.0, 0.1");
const QString kSettingsKey = QStringLiteral("state/json");
constexpr int kJsonVersion = 1;

double clampTo(double v, double lo, double hi)
{
    return std::isfinite(v) ? std::clamp(v, lo, hi) : lo;
}

} // namespace

AppState::AppState(QObject *parent)
    : QObject(parent)
{
    resetToDefaults();
}

void AppState::assignColorSlot(const QString &id)
{
    // The first palette slot no other shown function holds, so colours never change under the
    // user's eyes when another function is switched on or off.
    const QList<int> taken = m_colorSlots.values();
    int slot = 0;
    while (taken.contains(slot))
        ++slot;
    m_colorSlots.insert(id, slot);
}

void AppState::setShown(const QString &id, bool shown)
{
    if (shown == isShown(id) || (shown && !knows(id)))
        return;
    if (shown) {
        m_shown.append(id);
        assignColorSlot(id);
    } else {
        m_shown.removeAll(id);
        m_colorSlots.remove(id);
    }
    emit shownFunctionsChanged();
}

void AppState::setShownFunctions(const QStringList &ids)
{
    QStringList valid;
    for (const QString &id : ids)
        if (knows(id) && !valid.contains(id))
            valid.append(id);
    if (valid == m_shown)
        return;
    m_shown.clear();
    m_colorSlots.clear();
    for (const QString &id : valid) {
        m_shown.append(id);
        assignColorSlot(id);
    }
    emit shownFunctionsChanged();
}

void AppState::setCurrentFunction(const QString &id)
{
    if (id == m_current || !knows(id))
        return;
    m_current = id;
    emit currentFunctionChanged(id);
}

actviz::Params AppState::params(const QString &id) const
{
    if (auto it = m_params.constFind(id); it != m_params.cend())
        return it.value();
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    return a ? a->defaults() : actviz::Params{};
}

void AppState::setParam(const QString &id, actviz::ParamId which, double value)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    if (!a || !std::isfinite(value))
        return;
    const actviz::ParamSpec &spec = a->param(which);
    if (!spec.used || (spec.inDomain && !spec.inDomain(value)))
        return;
    actviz::Params p = params(id);
    double &slot = which == actviz::ParamId::Alpha ? p.alpha : p.beta;
    if (slot == value)
        return;
    slot = value;
    m_params.insert(id, p);
    emit paramsChanged(id);
}

void AppState::resetParams(const QString &id)
{
    if (id == QLatin1String("pau"))
        setPauCoefficients(actviz::kDefaultPauCoefficients);
    if (!m_params.contains(id))
        return;
    const actviz::Params before = params(id);
    m_params.remove(id);
    if (params(id) != before)
        emit paramsChanged(id);
}

void AppState::setEpsilon(double epsilon)
{
    epsilon = clampTo(epsilon, kMinEpsilon, kMaxEpsilon);
    if (epsilon == m_epsilon)
        return;
    m_epsilon = epsilon;
    emit epsilonChanged(epsilon);
}

void AppState::setShowDerivatives(bool on)
{
    if (on == m_showDerivatives)
        return;
    m_showDerivatives = on;
    emit derivativesToggled(on);
}

void AppState::setShowSaturation(bool on)
{
    if (on == m_showSaturation)
        return;
    m_showSaturation = on;
    emit saturationToggled();
}

void AppState::setSaturationForAll(bool on)
{
    if (on == m_saturationForAll)
        return;
    m_saturationForAll = on;
    emit saturationToggled();
}

QString AppState::checkRange(double lo, double hi)
{
    // As typed, where the double is what was typed: 0.3, not 0.29999999999999999.
    const auto text = [](double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); };
    if (!(std::isfinite(lo) && std::isfinite(hi)))
        return tr("the ends of a range must be finite numbers");
    if (!(lo < hi))
        return tr("the low end must be below the high end (got %1 … %2)").arg(text(lo)).arg(text(hi));
    const double width = hi - lo;
    if (!std::isfinite(width))
        return tr("the range %1 … %2 is wider than the largest double (hi − lo overflows)").arg(text(lo)).arg(text(hi));
    const double least = std::max(kMinAbsoluteWidth, kMinRelativeWidth * std::max(std::abs(lo), std::abs(hi)));
    if (width < least)
        return tr("the range %1 … %2 is too narrow to plot: it must be at least %3 wide (%4 of its larger end, and at "
                  "least %5)")
            .arg(text(lo))
            .arg(text(hi))
            .arg(text(least))
            .arg(kMinRelativeWidth)
            .arg(kMinAbsoluteWidth);
    return {};
}

void AppState::setXRange(double lo, double hi)
{
    if (!checkRange(lo, hi).isEmpty() || (lo == m_xMin && hi == m_xMax))
        return;
    m_xMin = lo;
    m_xMax = hi;
    emit viewChanged();
}

void AppState::setYRange(double lo, double hi)
{
    if (!checkRange(lo, hi).isEmpty())
        return;
    if (!m_yAuto && lo == m_yMin && hi == m_yMax)
        return;
    m_yAuto = false;
    m_yMin = lo;
    m_yMax = hi;
    emit viewChanged();
}

void AppState::setYAuto(bool on)
{
    if (on == m_yAuto)
        return;
    m_yAuto = on;
    emit viewChanged();
}

void AppState::setView(double xLo, double xHi, double yLo, double yHi)
{
    if (!checkRange(xLo, xHi).isEmpty() || !checkRange(yLo, yHi).isEmpty())
        return;
    if (xLo == m_xMin && xHi == m_xMax && !m_yAuto && yLo == m_yMin && yHi == m_yMax)
        return;
    m_xMin = xLo;
    m_xMax = xHi;
    m_yAuto = false;
    m_yMin = yLo;
    m_yMax = yHi;
    emit viewChanged();
}

void AppState::resetView()
{
    if (m_xMin == kDefaultXMin && m_xMax == kDefaultXMax && m_yAuto)
        return;
    m_xMin = kDefaultXMin;
    m_xMax = kDefaultXMax;
    m_yAuto = true;
    emit viewChanged();
}

void AppState::setSoftmaxInput(const QString &text)
{
    if (text == m_softmaxInput)
        return;
    m_softmaxInput = text;
    emit softmaxChanged();
}

void AppState::setTemperature(double t)
{
    t = clampTo(t, kMinTemperature, kMaxTemperature);
    if (t == m_temperature)
        return;
    m_temperature = t;
    emit softmaxChanged();
}

void AppState::setLogSoftmax(bool on)
{
    if (on == m_logSoftmax)
        return;
    m_logSoftmax = on;
    emit softmaxChanged();
}

void AppState::resetToDefaults()
{
    QJsonObject defaults;
    defaults[QStringLiteral("version")] = kJsonVersion;
    defaults[QStringLiteral("shown")] = QJsonArray::fromStringList(kDefaultShown);
    defaults[QStringLiteral("current")] = kDefaultCurrent;
    defaults[QStringLiteral("parameters")] = QJsonObject();
    defaults[QStringLiteral("epsilon")] = kDefaultEpsilon;
    defaults[QStringLiteral("derivatives")] = true;
    defaults[QStringLiteral("saturation")] = true;
    defaults[QStringLiteral("saturationForAll")] = false;
    defaults[QStringLiteral("xRange")] = QJsonArray{kDefaultXMin, kDefaultXMax};
    defaults[QStringLiteral("yRange")] = QStringLiteral("auto");
    defaults[QStringLiteral("softmax")] = kDefaultSoftmax;
    defaults[QStringLiteral("temperature")] = kDefaultTemperature;
    defaults[QStringLiteral("logSoftmax")] = false;
    writeTeachingDefaults(defaults);
    // The registry may still be empty while core is being built: fall back to no current function.
    if (!knows(kDefaultCurrent))
        m_current.clear();
    defaults[QStringLiteral("custom")] = QJsonObject();
    defaults[QStringLiteral("pau")] = PauJson::toJson(actviz::kDefaultPauCoefficients);
    const QStringList customised = m_params.keys();
    for (const QString &id : customised)
        resetParams(id);
    fromJson(defaults);
}

QJsonObject AppState::toJson() const
{
    QJsonObject params;
    for (auto it = m_params.cbegin(); it != m_params.cend(); ++it)
        params[it.key()] =
            QJsonObject{{QStringLiteral("alpha"), it.value().alpha}, {QStringLiteral("beta"), it.value().beta}};
    QJsonObject obj;
    obj[QStringLiteral("version")] = kJsonVersion;
    writeCustomJson(obj);
    obj[QStringLiteral("shown")] = QJsonArray::fromStringList(m_shown);
    QJsonObject slotMap;
    for (auto it = m_colorSlots.cbegin(); it != m_colorSlots.cend(); ++it)
        slotMap[it.key()] = it.value();
    obj[QStringLiteral("colorSlots")] = slotMap;
    obj[QStringLiteral("current")] = m_current;
    obj[QStringLiteral("parameters")] = params;
    obj[QStringLiteral("epsilon")] = m_epsilon;
    obj[QStringLiteral("derivatives")] = m_showDerivatives;
    obj[QStringLiteral("saturation")] = m_showSaturation;
    obj[QStringLiteral("saturationForAll")] = m_saturationForAll;
    obj[QStringLiteral("xRange")] = QJsonArray{m_xMin, m_xMax};
    if (m_yAuto)
        obj[QStringLiteral("yRange")] = QStringLiteral("auto");
    else
        obj[QStringLiteral("yRange")] = QJsonArray{m_yMin, m_yMax};
    obj[QStringLiteral("softmax")] = m_softmaxInput;
    obj[QStringLiteral("temperature")] = m_temperature;
    obj[QStringLiteral("logSoftmax")] = m_logSoftmax;
    writeTeachingJson(obj);
    return obj;
}

bool AppState::fromJson(const QJsonObject &obj)
{
    if (!obj.contains(QStringLiteral("version")) || obj.value(QStringLiteral("version")).toInt() > kJsonVersion)
        return false;
    readCustomJson(obj); // first: the shown functions and parameters may name its ids
    if (obj.contains(QStringLiteral("shown"))) {
        QStringList ids;
        for (const QJsonValue &v : obj.value(QStringLiteral("shown")).toArray())
            ids.append(v.toString());
        setShownFunctions(ids);
        // The colours the functions had, so an exported figure matches the window.
        const QJsonObject slotMap = obj.value(QStringLiteral("colorSlots")).toObject();
        bool distinct = true;
        QList<int> seen;
        for (const QString &id : std::as_const(m_shown)) {
            const int slot = slotMap.value(id).toInt(-1);
            distinct = distinct && slot >= 0 && !seen.contains(slot);
            seen.append(slot);
        }
        // Compared id by id: QHash::values() comes in an order that changes from run to run.
        bool differs = false;
        for (qsizetype i = 0; i < seen.size(); ++i)
            differs = differs || m_colorSlots.value(m_shown[i], -1) != seen[i];
        if (distinct && !m_shown.isEmpty() && differs) {
            for (qsizetype i = 0; i < m_shown.size(); ++i)
                m_colorSlots.insert(m_shown[i], seen[i]);
            emit shownFunctionsChanged();
        }
    }
    const QJsonObject params = obj.value(QStringLiteral("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (p.contains(QStringLiteral("alpha")))
            setParam(it.key(), actviz::ParamId::Alpha, p.value(QStringLiteral("alpha")).toDouble());
        if (p.contains(QStringLiteral("beta")))
            setParam(it.key(), actviz::ParamId::Beta, p.value(QStringLiteral("beta")).toDouble());
    }
    if (obj.contains(QStringLiteral("current")))
        setCurrentFunction(obj.value(QStringLiteral("current")).toString());
    setEpsilon(obj.value(QStringLiteral("epsilon")).toDouble(m_epsilon));
    setShowDerivatives(obj.value(QStringLiteral("derivatives")).toBool(m_showDerivatives));
    setShowSaturation(obj.value(QStringLiteral("saturation")).toBool(m_showSaturation));
    setSaturationForAll(obj.value(QStringLiteral("saturationForAll")).toBool(m_saturationForAll));
    const QJsonArray x = obj.value(QStringLiteral("xRange")).toArray();
    if (x.size() == 2)
        setXRange(x.at(0).toDouble(), x.at(1).toDouble());
    const QJsonValue y = obj.value(QStringLiteral("yRange"));
    if (y.isArray() && y.toArray().size() == 2)
        setYRange(y.toArray().at(0).toDouble(), y.toArray().at(1).toDouble());
    else if (y.toString() == QLatin1String("auto"))
        setYAuto(true);
    if (obj.contains(QStringLiteral("softmax")))
        setSoftmaxInput(obj.value(QStringLiteral("softmax")).toString());
    setTemperature(obj.value(QStringLiteral("temperature")).toDouble(m_temperature));
    setLogSoftmax(obj.value(QStringLiteral("logSoftmax")).toBool(m_logSoftmax));
    readTeachingJson(obj);
    return true;
}

void AppState::save(QSettings &settings) const
{
    settings.setValue(kSettingsKey, QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

void AppState::load(QSettings &settings)
{
    const QJsonDocument doc = QJsonDocument::fromJson(settings.value(kSettingsKey).toByteArray());
    if (doc.isObject())
        fromJson(doc.object());
}
