// SPDX-License-Identifier: MIT
#include "export/viewexportoptions.h"

#include "export/exportarguments.h"
#include "registry.h"
#include "state/appstate.h"
#include "text/inputtext.h"
#include "text/precisionnames.h"
#include "vectorparser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>

namespace {

using V = ViewId;

struct OptionViews {
    const char *option;
    std::initializer_list<ViewId> views; // empty: every view
};

// Which views read each option; an option missing here applies to every view (--size, --dpr,
// --title, --transparent, --caption, --view).
const std::array<OptionViews, 36> kApplies = {{
    {"--functions", {V::Functions, V::Depth, V::Training}},
    {"--derivatives", {V::Functions}},
    {"--saturation", {V::Functions}},
    {"--yrange", {V::Functions}},
    {"--epsilon", {V::Functions, V::Depth, V::Training, V::Gated}},
    {"--alpha", {V::Functions, V::Depth, V::Compare, V::Training}},
    {"--beta", {V::Functions, V::Depth, V::Compare, V::Training}},
    {"--xrange", {V::Functions, V::Compare}},
    {"--softmax", {V::Softmax, V::Loss}},
    {"--temperature", {V::Softmax, V::Loss}},
    {"--naive", {V::Functions, V::Softmax}},
    {"--compare", {V::Compare}},
    {"--samples", {V::Likelihood}},
    {"--p", {V::Likelihood}},
    {"--depth", {V::Depth}},
    {"--width", {V::Depth}},
    {"--init", {V::Depth, V::Training}},
    {"--gain", {V::Depth}},
    {"--seed", {V::Depth, V::Training, V::Norm}},
    {"--dataset", {V::Training}},
    {"--epochs", {V::Training}},
    {"--layers", {V::Training}},
    {"--rate", {V::Training}},
    {"--optimizer", {V::Training}},
    {"--batch", {V::Training}},
    {"--noise", {V::Training}},
    {"--sigma", {V::Depth}},
    {"--target", {V::Loss}},
    {"--gate", {V::Gated}},
    {"--square", {V::Gated}},
    {"--outliers", {V::Norm}},
    {"--dyt", {V::Norm}},
    {"--label", {V::Loss}},
    {"--size", {}},
    {"--dpr", {}},
    {"--title", {}},
}};

const QStringList kOwnOptions = {
    QStringLiteral("--view"),      QStringLiteral("--compare"), QStringLiteral("--samples"),
    QStringLiteral("--p"),         QStringLiteral("--depth"),   QStringLiteral("--width"),
    QStringLiteral("--init"),      QStringLiteral("--gain"),    QStringLiteral("--seed"),
    QStringLiteral("--sigma"),     QStringLiteral("--target"),  QStringLiteral("--label"),
    QStringLiteral("--naive"),     QStringLiteral("--caption"), QStringLiteral("--dataset"),
    QStringLiteral("--epochs"),    QStringLiteral("--layers"),  QStringLiteral("--rate"),
    QStringLiteral("--optimizer"), QStringLiteral("--batch"),   QStringLiteral("--noise"),
    QStringLiteral("--gate"),      QStringLiteral("--square"),  QStringLiteral("--outliers"),
    QStringLiteral("--dyt"),
};

// The training view's own options; nullopt when opt is not one of them.
std::optional<QString> applyTraining(const QString &opt, const QString &value, TrainingSetup &s)
{
    if (opt == QLatin1String("--dataset")) {
        const QByteArray name = value.trimmed().toLatin1();
        const auto kind = actviz::toyDatasetFromName(std::string_view(name.constData(), name.size()));
        if (!kind)
            return QString::fromStdString(kind.error());
        s.data.kind = kind.value();
    } else if (opt == QLatin1String("--epochs")) {
        const auto v = exportargs::integer(value);
        if (!v || *v < TrainingSetup::kMinEpochs || *v > TrainingSetup::kMaxEpochs)
            return ViewExportOptions::tr("expected a whole number of epochs from %1 to %2")
                .arg(TrainingSetup::kMinEpochs)
                .arg(TrainingSetup::kMaxEpochs);
        s.epochs = static_cast<int>(*v);
    } else if (opt == QLatin1String("--layers")) {
        std::vector<int> hidden;
        for (const QString &part : value.split(QLatin1Char(','))) {
            const auto v = exportargs::integer(part);
            if (!v || *v < 1 || *v > actviz::kMaxMlpUnits)
                return ViewExportOptions::tr("expected 1 to %1 comma-separated unit counts from 1 to %2, e.g. 8,8")
                    .arg(actviz::kMaxMlpLayers)
                    .arg(actviz::kMaxMlpUnits);
            hidden.push_back(static_cast<int>(*v));
        }
        if (static_cast<int>(hidden.size()) > actviz::kMaxMlpLayers)
            return ViewExportOptions::tr("at most %1 hidden layers").arg(actviz::kMaxMlpLayers);
        s.net.hidden = hidden;
    } else if (opt == QLatin1String("--rate")) {
        const auto v = exportargs::number(value).value;
        if (!v || *v < TrainingSetup::kMinLearningRate || *v > TrainingSetup::kMaxLearningRate)
            return ViewExportOptions::tr("expected a learning rate from %1 to %2")
                .arg(TrainingSetup::kMinLearningRate)
                .arg(TrainingSetup::kMaxLearningRate);
        s.net.learningRate = *v;
    } else if (opt == QLatin1String("--optimizer")) {
        const QString v = value.trimmed().toLower();
        if (v != QLatin1String("adam") && v != QLatin1String("sgd"))
            return ViewExportOptions::tr("expected adam or sgd");
        s.net.optimizer = v == QLatin1String("adam") ? actviz::MlpOptimizer::Adam : actviz::MlpOptimizer::Sgd;
    } else if (opt == QLatin1String("--batch")) {
        const auto v = exportargs::integer(value);
        if (!v || *v < 0 || *v > actviz::kMaxToySamples)
            return ViewExportOptions::tr("expected a batch size from 1 to %1, or 0 for the whole training set")
                .arg(actviz::kMaxToySamples);
        s.net.batchSize = static_cast<int>(*v);
    } else if (opt == QLatin1String("--noise")) {
        const auto v = exportargs::number(value).value;
        if (!v || *v < 0 || *v > actviz::kMaxToyNoise)
            return ViewExportOptions::tr("expected a noise level from 0 to %1").arg(actviz::kMaxToyNoise);
        s.data.noise = *v;
    } else {
        return std::nullopt;
    }
    return QString();
}

// The gated view's own options; nullopt when opt is not one of them.
std::optional<QString> applyGated(const QString &opt, const QString &value, GatedSetup &s)
{
    if (opt == QLatin1String("--gate")) {
        const QString id = value.trimmed().toLower();
        if (!actviz::findGatedUnit(id.toStdString())) {
            QStringList ids;
            for (const actviz::GatedUnit &u : actviz::gatedUnits())
                ids.append(QString::fromLatin1(u.id.data(), static_cast<qsizetype>(u.id.size())));
            return ViewExportOptions::tr("unknown gated unit “%1”; valid units: %2")
                .arg(value, ids.join(QStringLiteral(", ")));
        }
        s.unit = id;
    } else if (opt == QLatin1String("--square")) {
        const auto v = exportargs::number(value).value;
        if (!v || *v < GatedSetup::kMinRange || *v > GatedSetup::kMaxRange)
            return ViewExportOptions::tr("expected a half-width from %1 to %2")
                .arg(GatedSetup::kMinRange)
                .arg(GatedSetup::kMaxRange);
        s.range = *v;
    } else {
        return std::nullopt;
    }
    return QString();
}

bool appliesTo(const QString &option, ViewId view)
{
    for (const OptionViews &o : kApplies)
        if (option == QLatin1String(o.option))
            return o.views.size() == 0 || std::find(o.views.begin(), o.views.end(), view) != o.views.end();
    return true;
}

} // namespace

bool ViewExportOptions::knows(const QString &opt)
{
    return kOwnOptions.contains(opt);
}

ViewExportOptions::Value ViewExportOptions::valueKind(const QString &opt)
{
    if (opt == QLatin1String("--caption"))
        return Value::None;
    if (opt == QLatin1String("--naive"))
        return Value::Optional;
    return Value::Required;
}

bool ViewExportOptions::acceptsAsValue(const QString &opt, const QString &next)
{
    return opt == QLatin1String("--naive") && PrecisionNames::fromName(next).has_value();
}

void ViewExportOptions::note(const QString &opt)
{
    if (opt.startsWith(QLatin1String("--")) && !m_given.contains(opt))
        m_given.append(opt);
}

ViewId ViewExportOptions::view() const
{
    if (m_view)
        return *m_view;
    return m_given.contains(QStringLiteral("--softmax")) ? ViewId::Softmax : ViewId::Functions;
}

std::optional<QString> ViewExportOptions::apply(const QString &opt, const QString &value, AppState &state,
                                                ExportRequest &request)
{
    note(opt);
    TrainingSetup training = state.trainingSetup();
    if (const auto error = applyTraining(opt, value, training)) {
        if (!error->isEmpty())
            return error;
        state.setTrainingSetup(training);
        return std::nullopt;
    }
    GatedSetup gated = state.gatedSetup();
    if (const auto error = applyGated(opt, value, gated)) {
        if (!error->isEmpty())
            return error;
        state.setGatedSetup(gated);
        return std::nullopt;
    }
    NormSetup norm = state.normSetup();
    const auto normError = m_norm.apply(opt, value, norm);
    if (normError && !normError->isEmpty())
        return normError;
    state.setNormSetup(norm);
    if (normError)
        return std::nullopt;
    actviz::DepthConfig depth = state.depthConfig();
    auto integerIn = [&value](qint64 lo, qint64 hi) -> std::optional<qint64> {
        const auto v = exportargs::integer(value);
        return v && *v >= lo && *v <= hi ? v : std::nullopt;
    };
    auto numberIn = [&value](double lo, double hi) -> std::optional<double> {
        const auto v = exportargs::number(value).value;
        return v && *v >= lo && *v <= hi ? v : std::nullopt;
    };
    if (opt == QLatin1String("--view")) {
        m_view = viewFromName(value.trimmed());
        if (!m_view)
            return tr("unknown view; valid views: %1").arg(viewNames().join(QStringLiteral(", ")));
    } else if (opt == QLatin1String("--caption")) {
        request.caption = true;
    } else if (opt == QLatin1String("--naive")) {
        if (!value.isEmpty() && !acceptsAsValue(opt, value))
            return tr("expected %1").arg(PrecisionNames::choices());
        state.setNaiveOverlay(true);
        state.setNaivePrecision(PrecisionNames::fromName(value).value_or(actviz::Precision::Float64));
    } else if (opt == QLatin1String("--compare")) {
        const QStringList ids = value.split(QLatin1Char(','));
        if (ids.size() != 2)
            return tr("expected two function ids, f,g");
        for (const QString &id : ids)
            if (!actviz::findActivation(id.trimmed().toStdString()))
                return tr("unknown function “%1”; valid ids: %2")
                    .arg(id.trimmed(), QString::fromStdString(actviz::activationIds()));
        state.setCompareFunctions(ids[0].trimmed(), ids[1].trimmed());
    } else if (opt == QLatin1String("--samples")) {
        const QString error = InputText::outcomesError(value);
        if (!error.isEmpty())
            return error;
        state.setOutcomes(value);
    } else if (opt == QLatin1String("--p")) {
        const auto p = numberIn(0.0, 1.0);
        if (!p)
            return tr("expected a probability from 0 to 1");
        state.setLikelihoodP(*p);
    } else if (opt == QLatin1String("--depth")) {
        const auto v = integerIn(AppState::kMinDepthLayers, AppState::kMaxDepthLayers);
        if (!v)
            return tr("expected a whole number of layers from %1 to %2")
                .arg(AppState::kMinDepthLayers)
                .arg(AppState::kMaxDepthLayers);
        depth.depth = static_cast<int>(*v);
    } else if (opt == QLatin1String("--width")) {
        const auto v = integerIn(AppState::kMinDepthWidth, AppState::kMaxDepthWidth);
        if (!v)
            return tr("expected a whole number of units from %1 to %2")
                .arg(AppState::kMinDepthWidth)
                .arg(AppState::kMaxDepthWidth);
        depth.width = static_cast<int>(*v);
    } else if (opt == QLatin1String("--init")) {
        const QString v = value.trimmed().toLower();
        if (v != QLatin1String("xavier") && v != QLatin1String("he"))
            return tr("expected xavier or he");
        depth.init = v == QLatin1String("he") ? actviz::WeightInit::He : actviz::WeightInit::Xavier;
        training.net.init = v == QLatin1String("he") ? actviz::MlpInit::He : actviz::MlpInit::Xavier;
    } else if (opt == QLatin1String("--gain")) {
        const auto v = numberIn(AppState::kMinGain, AppState::kMaxGain);
        if (!v)
            return tr("expected a number from %1 to %2").arg(AppState::kMinGain).arg(AppState::kMaxGain);
        depth.gain = *v;
    } else if (opt == QLatin1String("--seed")) {
        const auto v = integerIn(0, AppState::kMaxSeed);
        if (!v)
            return tr("expected a whole number from 0 to %1").arg(AppState::kMaxSeed);
        depth.seed = static_cast<std::uint64_t>(*v);
        training.data.seed = static_cast<std::uint64_t>(*v);
    } else if (opt == QLatin1String("--sigma")) {
        const auto v = numberIn(AppState::kMinSigma, AppState::kMaxSigma);
        if (!v)
            return tr("expected a number from %1 to %2").arg(AppState::kMinSigma).arg(AppState::kMaxSigma);
        state.setStatsSigma(*v);
    } else if (opt == QLatin1String("--target")) {
        const auto v = integerIn(1, actviz::kMaxVectorEntries);
        if (!v)
            return tr("expected a class number from 1 (the first entry of the vector)");
        state.setLossClass(static_cast<int>(*v - 1));
    } else if (opt == QLatin1String("--label")) {
        const auto v = integerIn(0, 1);
        if (!v)
            return tr("expected 0 or 1");
        state.setLossLabel(static_cast<int>(*v));
    }
    state.setDepthConfig(depth);
    state.setTrainingSetup(training);
    return std::nullopt;
}

std::optional<QString> ViewExportOptions::finish(const AppState &state, ExportRequest &request) const
{
    request.view = view();
    for (const QString &opt : m_given)
        if (!appliesTo(opt, request.view))
            return tr("%1 does not apply to the %2 view").arg(opt, viewName(request.view));
    if (request.view == ViewId::Loss && m_given.contains(QStringLiteral("--target"))) {
        Eigen::VectorXd z;
        if (InputText::vectorError(state.softmaxInput(), &z).isEmpty() && state.lossClass() >= z.size())
            return tr("--target: class %1, but the vector has %2 entries").arg(state.lossClass() + 1).arg(z.size());
    }
    return std::nullopt;
}

QString ViewExportOptions::usage()
{
    return tr("       --view functions|softmax|depth|compare|loss|likelihood|training|gated|norm   (default:\n"
              "              functions, or softmax with --softmax); options that do not apply to the chosen view\n"
              "              are refused\n"
              "  functions: --naive [float16|bfloat16|float32|float64] (with --derivatives the naive f′ too)\n"
              "  softmax:   --naive [float16|bfloat16|float32|float64]\n"
              "  depth:     --functions (bound; the first is simulated) --depth L --width W --init xavier|he\n"
              "             --gain G --seed S --sigma S --alpha A --beta B --epsilon E\n"
              "  compare:   --compare f,g --xrange LO:HI --alpha A --beta B\n"
              "  loss:      --label 0|1 --softmax VALUES --target K (1-based class) --temperature T\n"
              "  likelihood: --samples 1,0,… --p P\n"
              "  training:  --dataset xor|circles|spirals|blobs|moons --noise N --layers 8,8 --functions (the\n"
              "             first is the activation) --alpha A --beta B --init xavier|he --optimizer adam|sgd\n"
              "             --rate R --batch B (0: all) --seed S --epochs N --epsilon E\n"
              "  gated:     --gate glu|bilinear|reglu|geglu|swiglu --square R (a, b from −R to R) --epsilon E\n"
              "  norm:      --seed S --outliers N (0 to 16) --dyt fit|A,G (DyT's α and γ; fit: least squares)\n"
              "  any view:  --caption (the view's teaching note under the figure)");
}
