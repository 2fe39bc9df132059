// SPDX-License-Identifier: MIT
// What the core test suites that take activations by id share (tst_derivatives, tst_kinks,
// tst_gradientflow, tst_depthsimulation): the lookup, where an unknown id is a fatal error
// rather than a crash; an "id" column with a row per registered function; numbers written in
// full for messages; and Params as a column type.
#pragma once

#include "registry.h"

#include <QMetaType>
#include <QString>
#include <QTest>

#include <string>

namespace coretest {

inline const actviz::Activation &act(const QString &id)
{
    const actviz::Activation *a = actviz::findActivation(id.toStdString());
    if (!a)
        qFatal("activation %s is not registered", qPrintable(id));
    return *a;
}

inline void idRows()
{
    QTest::addColumn<QString>("id");
    for (const actviz::Activation &a : actviz::registry())
        QTest::newRow(std::string(a.id).c_str()) << QString::fromUtf8(a.id.data(), qsizetype(a.id.size()));
}

inline QString num(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace coretest

Q_DECLARE_METATYPE(actviz::Params)
