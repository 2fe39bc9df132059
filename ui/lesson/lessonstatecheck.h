// SPDX-License-Identifier: MIT
// LessonStateCheck: the strict check of a lesson's "state" object. AppState::fromJson() is
// lenient on purpose (settings from an older build must still load), so a lesson is checked here
// first — every key known, every value of the right type, ids in the registry, numbers inside
// their ranges — and then applied to a scratch AppState; a key whose value the state did not
// take as written is refused too, which also covers keys added to AppState later.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

class LessonStateCheck
{
    Q_DECLARE_TR_FUNCTIONS(LessonStateCheck)
public:
    struct Result {
        QJsonObject state; // the scratch state's toJson(): complete, every key present
        QString error;     // translated; empty when the state is valid
    };

    [[nodiscard]] static Result check(const QJsonObject &state);

    // "“key” must be expected, not <what got is>".
    [[nodiscard]] static QString typeError(const QString &key, const QString &expected, const QJsonValue &got);
    [[nodiscard]] static bool isInteger(const QJsonValue &v);
};
