// SPDX-License-Identifier: MIT
// PAU's coefficients (core/pau.h) in the state's JSON, i.e. in settings and lessons:
//   "pau": {"numerator": [a0, …, a5], "denominator": [b1, …, b4]}
// and a guard for code that builds a scratch AppState (checking a lesson): the coefficients are
// process-wide in core, so the guard puts back the ones the window was drawing.
#pragma once

#include "pau.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <variant>

class PauJson
{
    Q_DECLARE_TR_FUNCTIONS(PauJson)
public:
    [[nodiscard]] static QJsonObject toJson(const actviz::PauCoefficients &c);
    // The coefficients, or why not (translated, naming key and the bad entry, e.g.
    // "“state.pau.numerator[2]” must be a number").
    [[nodiscard]] static std::variant<actviz::PauCoefficients, QString> fromJson(const QJsonValue &v,
                                                                                 const QString &key);
    // fromJson's message, or empty when v is valid.
    [[nodiscard]] static QString check(const QJsonValue &v, const QString &key);
};

class PauCoefficientsGuard
{
public:
    PauCoefficientsGuard()
        : m_saved(actviz::pauCoefficients())
    {}
    ~PauCoefficientsGuard() { actviz::setPauCoefficients(m_saved); }
    PauCoefficientsGuard(const PauCoefficientsGuard &) = delete;
    PauCoefficientsGuard &operator=(const PauCoefficientsGuard &) = delete;

private:
    actviz::PauCoefficients m_saved;
};
