// SPDX-License-Identifier: MIT
// AppState, continued: the inputs of the teaching views (depth, compare, loss, likelihood, the
// naive-numerics overlay and the current tab) and their JSON form. Apart from appstate.cpp only
// to keep each file short; same class, same conventions: setters clamp or refuse bad values and
// emit only on a change.
#include "state/appstate.h"

#include "registry.h"
#include "text/precisionnames.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

const QString kDefaultCompareF = QStringLiteral("gelu");
const QString kDefaultCompareG = QStringLiteral("gelu_tanh");
const QString kDefaultOutcomes = QStringLiteral("1,0,1,0,0,0,1,0,0,0");

bool sameConfig(const actviz::DepthConfig &a, const actviz::DepthConfig &b)
{
    return a.width == b.width && a.depth == b.depth && a.batch == b.batch && a.init == b.init && a.gain == b.gain &&
           a.seed == b.seed;
}

QString precisionName(actviz::Precision p)
{
    return PrecisionNames::name(p);
}

} // namespace

void AppState::setCurrentView(ViewId view)
{
    if (view == m_view)
        return;
    m_view = view;
    emit currentViewChanged(view);
}

void AppState::setCompareFunctions(const QString &fId, const QString &gId)
{
    // Copies: a swap passes compareG() and compareF(), references to the members assigned below.
    const QString f = fId;
    const QString g = gId;
    const bool known = knows(f) && knows(g);
    if (!known || (f == m_compareF && g == m_compareG))
        return;
    m_compareF = f;
    m_compareG = g;
    emit compareChanged();
}

void AppState::setDepthConfig(actviz::DepthConfig config)
{
    config.width = std::clamp(config.width, kMinDepthWidth, kMaxDepthWidth);
    config.depth = std::clamp(config.depth, kMinDepthLayers, kMaxDepthLayers);
    config.batch = std::clamp(config.batch, 1, actviz::kMaxDepthBatch);
    config.gain = std::isfinite(config.gain) ? std::clamp(config.gain, kMinGain, kMaxGain) : 1.0;
    config.seed = std::min<std::uint64_t>(config.seed, kMaxSeed);
    if (sameConfig(config, m_depth))
        return;
    m_depth = config;
    emit depthConfigChanged();
}

void AppState::setStatsSigma(double sigma)
{
    sigma = std::isfinite(sigma) ? std::clamp(sigma, kMinSigma, kMaxSigma) : kDefaultSigma;
    if (sigma == m_sigma)
        return;
    m_sigma = sigma;
    emit statsSigmaChanged(sigma);
    emit preactivationChanged();
}

void AppState::setStatsMu(double mu)
{
    mu = std::isfinite(mu) ? std::clamp(mu, -kMaxMu, kMaxMu) : 0.0;
    if (mu == m_mu)
        return;
    m_mu = mu;
    emit preactivationChanged();
}

void AppState::setPreactivationShown(bool on)
{
    if (on == m_preactivation)
        return;
    m_preactivation = on;
    emit preactivationChanged();
}

void AppState::setLossLabel(int y)
{
    if ((y != 0 && y != 1) || y == m_lossLabel)
        return;
    m_lossLabel = y;
    emit lossChanged();
}

void AppState::setLossClass(int k)
{
    if (k < 0 || k == m_lossClass)
        return;
    m_lossClass = k;
    emit lossChanged();
}

void AppState::setOutcomes(const QString &text)
{
    if (text == m_outcomes)
        return;
    m_outcomes = text;
    emit likelihoodChanged();
}

void AppState::setLikelihoodP(double p)
{
    if (!std::isfinite(p))
        return;
    p = std::clamp(p, 0.0, 1.0);
    if (p == m_likelihoodP)
        return;
    m_likelihoodP = p;
    emit likelihoodChanged();
}

void AppState::setNaiveOverlay(bool on)
{
    if (on == m_naive)
        return;
    m_naive = on;
    emit naiveChanged();
}

void AppState::setNaivePrecision(actviz::Precision precision)
{
    if (precision == m_naivePrecision)
        return;
    m_naivePrecision = precision;
    emit naiveChanged();
}

void AppState::writeTeachingJson(QJsonObject &obj) const
{
    obj[QStringLiteral("view")] = viewName(m_view);
    obj[QStringLiteral("compare")] = QJsonArray{m_compareF, m_compareG};
    obj[QStringLiteral("depth")] = QJsonObject{
        {QStringLiteral("width"), m_depth.width},
        {QStringLiteral("layers"), m_depth.depth},
        {QStringLiteral("batch"), m_depth.batch},
        {QStringLiteral("init"),
         m_depth.init == actviz::WeightInit::He ? QStringLiteral("he") : QStringLiteral("xavier")},
        {QStringLiteral("gain"), m_depth.gain},
        {QStringLiteral("seed"), static_cast<qint64>(m_depth.seed)},
    };
    obj[QStringLiteral("sigma")] = m_sigma;
    obj[QStringLiteral("preactivation")] = QJsonObject{{QStringLiteral("on"), m_preactivation}, {QStringLiteral("mu"), m_mu}};
    obj[QStringLiteral("loss")] =
        QJsonObject{{QStringLiteral("label"), m_lossLabel}, {QStringLiteral("class"), m_lossClass}};
    obj[QStringLiteral("outcomes")] = m_outcomes;
    obj[QStringLiteral("p")] = m_likelihoodP;
    obj[QStringLiteral("training")] = m_training.toJson();
    obj[QStringLiteral("softmaxMap")] = m_softmaxMapping.toJson();
    obj[QStringLiteral("gated")] = m_gated.toJson();
    obj[QStringLiteral("norm")] = m_norm.toJson();
    obj[QStringLiteral("naive")] =
        QJsonObject{{QStringLiteral("on"), m_naive}, {QStringLiteral("precision"), precisionName(m_naivePrecision)}};
}

void AppState::setTrainingSetup(const TrainingSetup &setup)
{
    const TrainingSetup s = setup.clamped();
    if (s == m_training)
        return;
    m_training = s;
    emit trainingChanged();
}

void AppState::setGatedSetup(const GatedSetup &setup)
{
    const GatedSetup s = setup.clamped();
    if (s == m_gated)
        return;
    m_gated = s;
    emit gatedChanged();
}

void AppState::setNormSetup(const NormSetup &setup)
{
    const NormSetup s = setup.clamped();
    if (s == m_norm)
        return;
    m_norm = s;
    emit normChanged();
}

void AppState::setSoftmaxMapping(const SoftmaxMapping &mapping)
{
    const SoftmaxMapping m = mapping.clamped();
    if (m == m_softmaxMapping)
        return;
    m_softmaxMapping = m;
    emit softmaxChanged();
}

void AppState::readTeachingJson(const QJsonObject &obj)
{
    if (const auto view = viewFromName(obj.value(QStringLiteral("view")).toString()))
        setCurrentView(*view);
    const QJsonArray pair = obj.value(QStringLiteral("compare")).toArray();
    if (pair.size() == 2)
        setCompareFunctions(pair.at(0).toString(), pair.at(1).toString());
    if (obj.contains(QStringLiteral("depth"))) {
        const QJsonObject d = obj.value(QStringLiteral("depth")).toObject();
        actviz::DepthConfig c = m_depth;
        c.width = d.value(QStringLiteral("width")).toInt(c.width);
        c.depth = d.value(QStringLiteral("layers")).toInt(c.depth);
        c.batch = d.value(QStringLiteral("batch")).toInt(c.batch);
        const QString init = d.value(QStringLiteral("init")).toString();
        if (init == QLatin1String("he") || init == QLatin1String("xavier"))
            c.init = init == QLatin1String("he") ? actviz::WeightInit::He : actviz::WeightInit::Xavier;
        c.gain = d.value(QStringLiteral("gain")).toDouble(c.gain);
        const qint64 seed = d.value(QStringLiteral("seed")).toInteger(static_cast<qint64>(c.seed));
        c.seed = static_cast<std::uint64_t>(std::max<qint64>(seed, 0));
        setDepthConfig(c);
    }
    setStatsSigma(obj.value(QStringLiteral("sigma")).toDouble(m_sigma));
    const QJsonObject pre = obj.value(QStringLiteral("preactivation")).toObject();
    setPreactivationShown(pre.value(QStringLiteral("on")).toBool(m_preactivation));
    setStatsMu(pre.value(QStringLiteral("mu")).toDouble(m_mu));
    const QJsonObject loss = obj.value(QStringLiteral("loss")).toObject();
    setLossLabel(loss.value(QStringLiteral("label")).toInt(m_lossLabel));
    setLossClass(loss.value(QStringLiteral("class")).toInt(m_lossClass));
    if (obj.contains(QStringLiteral("outcomes")))
        setOutcomes(obj.value(QStringLiteral("outcomes")).toString());
    setLikelihoodP(obj.value(QStringLiteral("p")).toDouble(m_likelihoodP));
    if (obj.contains(QStringLiteral("training")))
        setTrainingSetup(m_training.withJson(obj.value(QStringLiteral("training")).toObject()));
    if (obj.contains(QStringLiteral("softmaxMap")))
        setSoftmaxMapping(m_softmaxMapping.withJson(obj.value(QStringLiteral("softmaxMap")).toObject()));
    if (obj.contains(QStringLiteral("gated")))
        setGatedSetup(m_gated.withJson(obj.value(QStringLiteral("gated")).toObject()));
    if (obj.contains(QStringLiteral("norm")))
        setNormSetup(m_norm.withJson(obj.value(QStringLiteral("norm")).toObject()));
    const QJsonObject naive = obj.value(QStringLiteral("naive")).toObject();
    setNaiveOverlay(naive.value(QStringLiteral("on")).toBool(m_naive));
    const QString precision = naive.value(QStringLiteral("precision")).toString();
    if (const auto p = PrecisionNames::fromName(precision))
        setNaivePrecision(*p);
}

void AppState::writeTeachingDefaults(QJsonObject &obj)
{
    const actviz::DepthConfig depth; // width 128, 30 layers, Xavier, gain 1, seed 1: the defaults
    obj[QStringLiteral("view")] = viewName(ViewId::Functions);
    obj[QStringLiteral("compare")] = QJsonArray{kDefaultCompareF, kDefaultCompareG};
    obj[QStringLiteral("depth")] = QJsonObject{
        {QStringLiteral("width"), depth.width}, {QStringLiteral("layers"), depth.depth},
        {QStringLiteral("batch"), depth.batch}, {QStringLiteral("init"), QStringLiteral("xavier")},
        {QStringLiteral("gain"), depth.gain},   {QStringLiteral("seed"), static_cast<qint64>(depth.seed)},
    };
    obj[QStringLiteral("sigma")] = kDefaultSigma;
    obj[QStringLiteral("preactivation")] = QJsonObject{{QStringLiteral("on"), false}, {QStringLiteral("mu"), 0.0}};
    obj[QStringLiteral("loss")] = QJsonObject{{QStringLiteral("label"), 1}, {QStringLiteral("class"), 0}};
    obj[QStringLiteral("outcomes")] = kDefaultOutcomes;
    obj[QStringLiteral("p")] = kDefaultLikelihoodP;
    obj[QStringLiteral("training")] = TrainingSetup().clamped().toJson();
    obj[QStringLiteral("softmaxMap")] = SoftmaxMapping().toJson();
    obj[QStringLiteral("gated")] = GatedSetup().toJson();
    obj[QStringLiteral("norm")] = NormSetup().toJson();
    obj[QStringLiteral("naive")] = QJsonObject{
        {QStringLiteral("on"), false}, {QStringLiteral("precision"), precisionName(actviz::Precision::Float64)}};
}
