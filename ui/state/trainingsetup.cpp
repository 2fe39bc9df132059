// SPDX-License-Identifier: MIT
#include "state/trainingsetup.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

QString datasetName(actviz::ToyDataset d)
{
    const std::string_view n = actviz::toyDatasetName(d);
    return QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size()));
}

} // namespace

TrainingSetup TrainingSetup::clamped() const
{
    TrainingSetup s = *this;
    s.data.samples = std::clamp(s.data.samples, actviz::kMinToySamples, actviz::kMaxToySamples);
    s.data.noise = std::clamp(std::isfinite(s.data.noise) ? s.data.noise : 0.0, 0.0, actviz::kMaxToyNoise);
    s.data.testFraction = std::clamp(std::isfinite(s.data.testFraction) ? s.data.testFraction : 0.0, 0.0, 0.5);
    if (s.net.hidden.empty())
        s.net.hidden = {1};
    if (static_cast<int>(s.net.hidden.size()) > actviz::kMaxMlpLayers)
        s.net.hidden.resize(actviz::kMaxMlpLayers);
    for (int &units : s.net.hidden)
        units = std::clamp(units, 1, actviz::kMaxMlpUnits);
    s.net.learningRate = std::clamp(std::isfinite(s.net.learningRate) ? s.net.learningRate : kMinLearningRate,
                                    kMinLearningRate, kMaxLearningRate);
    s.net.batchSize = std::clamp(s.net.batchSize, 0, s.data.samples);
    s.net.seed = s.data.seed;
    s.epochs = std::clamp(s.epochs, kMinEpochs, kMaxEpochs);
    return s;
}

QJsonObject TrainingSetup::toJson() const
{
    QJsonArray layers;
    for (const int units : net.hidden)
        layers.append(units);
    return {
        {QStringLiteral("dataset"), datasetName(data.kind)},
        {QStringLiteral("samples"), data.samples},
        {QStringLiteral("noise"), data.noise},
        {QStringLiteral("test"), data.testFraction},
        {QStringLiteral("seed"), static_cast<qint64>(data.seed)},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("init"), net.init == actviz::MlpInit::He ? QStringLiteral("he") : QStringLiteral("xavier")},
        {QStringLiteral("optimizer"),
         net.optimizer == actviz::MlpOptimizer::Adam ? QStringLiteral("adam") : QStringLiteral("sgd")},
        {QStringLiteral("rate"), net.learningRate},
        {QStringLiteral("batch"), net.batchSize},
        {QStringLiteral("epochs"), epochs},
    };
}

TrainingSetup TrainingSetup::withJson(const QJsonObject &obj) const
{
    TrainingSetup s = *this;
    const QByteArray name = obj.value(QStringLiteral("dataset")).toString().toLatin1();
    if (const auto kind = actviz::toyDatasetFromName(std::string_view(name.constData(), name.size())))
        s.data.kind = kind.value();
    s.data.samples = obj.value(QStringLiteral("samples")).toInt(s.data.samples);
    s.data.noise = obj.value(QStringLiteral("noise")).toDouble(s.data.noise);
    s.data.testFraction = obj.value(QStringLiteral("test")).toDouble(s.data.testFraction);
    const qint64 seed = obj.value(QStringLiteral("seed")).toInteger(static_cast<qint64>(s.data.seed));
    s.data.seed = static_cast<std::uint64_t>(std::max<qint64>(seed, 0));
    if (obj.contains(QStringLiteral("layers"))) {
        s.net.hidden.clear();
        for (const QJsonValue &v : obj.value(QStringLiteral("layers")).toArray())
            s.net.hidden.push_back(v.toInt(1));
    }
    const QString init = obj.value(QStringLiteral("init")).toString();
    if (init == QLatin1String("he") || init == QLatin1String("xavier"))
        s.net.init = init == QLatin1String("he") ? actviz::MlpInit::He : actviz::MlpInit::Xavier;
    const QString optimizer = obj.value(QStringLiteral("optimizer")).toString();
    if (optimizer == QLatin1String("adam") || optimizer == QLatin1String("sgd"))
        s.net.optimizer = optimizer == QLatin1String("adam") ? actviz::MlpOptimizer::Adam : actviz::MlpOptimizer::Sgd;
    s.net.learningRate = obj.value(QStringLiteral("rate")).toDouble(s.net.learningRate);
    s.net.batchSize = obj.value(QStringLiteral("batch")).toInt(s.net.batchSize);
    s.epochs = obj.value(QStringLiteral("epochs")).toInt(s.epochs);
    return s.clamped();
}

bool operator==(const TrainingSetup &a, const TrainingSetup &b)
{
    return a.data.kind == b.data.kind && a.data.samples == b.data.samples && a.data.noise == b.data.noise &&
           a.data.testFraction == b.data.testFraction && a.data.seed == b.data.seed && a.net.hidden == b.net.hidden &&
           a.net.init == b.net.init && a.net.optimizer == b.net.optimizer && a.net.learningRate == b.net.learningRate &&
           a.net.batchSize == b.net.batchSize && a.epochs == b.epochs;
}
