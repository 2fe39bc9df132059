// SPDX-License-Identifier: MIT
// AppState, continued: the typed formulas (issue 12) and PAU's coefficients. The state keeps each formula as typed;
// core/customactivation compiles it into the slot of its id, where every view finds it like a
// built-in. A new formula for a slot emits paramsChanged(id), so the views that draw it redraw.
#include "state/appstate.h"

#include "customactivation.h"
#include "registry.h"
#include "state/paujson.h"

namespace {

const QString kCustomKey = QStringLiteral("custom");
const QString kPauKey = QStringLiteral("pau");

} // namespace

bool AppState::knows(const QString &id) const
{
    // A custom slot another AppState defined (a lesson being checked) is not this state's.
    if (actviz::customSlotOf(id.toStdString()) >= 0)
        return m_custom.contains(id) && actviz::findActivation(id.toStdString());
    return actviz::findActivation(id.toStdString()) != nullptr;
}

std::optional<actviz::ExprError> AppState::setCustomFormula(const QString &id, const QString &formula)
{
    const int slot = actviz::customSlotOf(id.toStdString());
    if (slot < 0)
        return actviz::ExprError{"“" + id.toStdString() + "” is not a custom function id (custom1 … custom8)", 0};
    const std::string text = formula.toStdString();
    const auto now = actviz::customDefinition(slot);
    const bool same = m_custom.value(id) == formula && now && now->source == text;
    if (same)
        return std::nullopt;
    if (!now || now->source != text) { // another state may have defined the slot from the same text
        auto defined = actviz::defineCustom(slot, text);
        if (!defined)
            return defined.error();
    }
    const bool added = !m_custom.contains(id);
    m_custom.insert(id, formula);
    if (added)
        emit customFunctionsChanged();
    // α and β the formula no longer uses go back to their defaults (1), as for a new function.
    if (const actviz::Activation *a = actviz::findActivation(id.toStdString()); a && m_params.contains(id)) {
        actviz::Params &p = m_params[id];
        if (!a->param(actviz::ParamId::Alpha).used)
            p.alpha = a->defaults().alpha;
        if (!a->param(actviz::ParamId::Beta).used)
            p.beta = a->defaults().beta;
    }
    emit paramsChanged(id);
    return std::nullopt;
}

QString AppState::freeCustomId() const
{
    for (int i = 1; i <= actviz::kCustomSlots; ++i)
        if (const QString id = QStringLiteral("custom%1").arg(i); !m_custom.contains(id))
            return id;
    return {};
}

void AppState::removeCustom(QString id) // a copy: the signals below may change the caller's string
{
    if (!m_custom.contains(id))
        return;
    setShown(id, false);
    if (m_current == id) {
        m_current = m_shown.isEmpty() ? QStringLiteral("sigmoid") : m_shown.first();
        emit currentFunctionChanged(m_current);
    }
    if (m_compareF == id || m_compareG == id) {
        const QString other = m_compareF == id ? m_compareG : m_compareF;
        const QString replacement = other == QLatin1String("relu") ? QStringLiteral("gelu") : QStringLiteral("relu");
        m_compareF = m_compareF == id ? replacement : m_compareF;
        m_compareG = m_compareG == id ? replacement : m_compareG;
        emit compareChanged();
    }
    m_custom.remove(id);
    m_params.remove(id);
    actviz::clearCustom(actviz::customSlotOf(id.toStdString()));
    emit customFunctionsChanged();
}

void AppState::writeCustomJson(QJsonObject &obj) const
{
    QJsonObject custom;
    for (auto it = m_custom.cbegin(); it != m_custom.cend(); ++it)
        custom.insert(it.key(), it.value());
    obj.insert(kCustomKey, custom);
    obj.insert(kPauKey, PauJson::toJson(m_pau));
}

bool AppState::setPauCoefficients(const actviz::PauCoefficients &c)
{
    if (!actviz::pauCoefficientsValid(c))
        return false;
    // core's copy also when this state's is unchanged: another state (a lesson being checked,
    // a test) may have set it meanwhile.
    actviz::setPauCoefficients(c);
    if (c == m_pau)
        return true;
    m_pau = c;
    emit paramsChanged(QStringLiteral("pau"));
    return true;
}

void AppState::readCustomJson(const QJsonObject &obj)
{
    // Settings from an older build have no "pau"; a lesson's was checked before it is applied.
    if (obj.contains(kPauKey))
        if (const auto c = PauJson::fromJson(obj.value(kPauKey), kPauKey);
            const auto *valid = std::get_if<actviz::PauCoefficients>(&c))
            setPauCoefficients(*valid);
    if (!obj.contains(kCustomKey))
        return;
    const QJsonObject custom = obj.value(kCustomKey).toObject();
    const QStringList before = m_custom.keys();
    for (const QString &id : before)
        if (!custom.contains(id))
            removeCustom(id);
    // A formula that does not parse (settings from a newer build, say) is left out; a lesson's
    // were all checked before it is applied.
    for (auto it = custom.begin(); it != custom.end(); ++it)
        (void)setCustomFormula(it.key(), it.value().toString());
}
