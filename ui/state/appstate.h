// SPDX-License-Identifier: MIT
// AppState: the one source of truth for what is on screen. Views observe its signals and write
// back through its setters; it holds no widgets. It serialises to a JSON object, which is what
// QSettings stores and what a lesson file will hold.
#pragma once

#include "activation.h"
#include "expr.h"
#include "gradientflow.h"
#include "naivenumerics.h"
#include "pau.h"
#include "state/gatedsetup.h"
#include "state/normsetup.h"
#include "state/softmaxmapping.h"
#include "state/trainingsetup.h"
#include "state/viewid.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <optional>

class QSettings;

class AppState : public QObject
{
    Q_OBJECT
public:
    static constexpr double kDefaultEpsilon = 0.05;
    static constexpr double kMinEpsilon = 0.001;
    static constexpr double kMaxEpsilon = 0.5;
    static constexpr double kDefaultXMin = -6.0;
    static constexpr double kDefaultXMax = 6.0;
    static constexpr double kDefaultTemperature = 1.0;
    static constexpr double kMinTemperature = 0.05;
    static constexpr double kMaxTemperature = 20.0;
    static constexpr int kPaletteSize = 8;
    // The teaching views' inputs. The depth simulation is capped where it still recomputes in
    // about half a second (512 × 100, see gradientflow.h); σ spans narrow to very wide inputs.
    static constexpr int kMinDepthWidth = 2;
    static constexpr int kMaxDepthWidth = 512;
    static constexpr int kMinDepthLayers = 1;
    static constexpr int kMaxDepthLayers = 100;
    static constexpr double kMinGain = 0.1;
    static constexpr double kMaxGain = 4.0;
    static constexpr int kMaxSeed = 2147483647;
    static constexpr double kDefaultSigma = 1.0;
    static constexpr double kMinSigma = 0.05;
    static constexpr double kMaxSigma = 20.0;
    static constexpr double kDefaultLikelihoodP = 0.5;
    // The x and y ranges a plot can show. Narrower than kMinRelativeWidth of its larger end,
    // the range holds too few distinct doubles to sample one per pixel and its tick labels
    // would need more than 11 significant digits. Narrower than kMinAbsoluteWidth, Qt Charts
    // takes the axis for empty (its qFuzzyIsNull(max − min) holds below 1e-12) and lays it out
    // with a stale range; 1e-10 keeps a factor of 100 from that. A range wider than the largest
    // double (hi − lo = inf) cannot be mapped to pixels at all.
    static constexpr double kMinRelativeWidth = 1e-9;
    static constexpr double kMinAbsoluteWidth = 1e-10;
    // Empty when [lo, hi] is a range the plot can show, otherwise why not (translated).
    [[nodiscard]] static QString checkRange(double lo, double hi);

    explicit AppState(QObject *parent = nullptr);

    // Typed formulas (core/customactivation): "custom1" … "custom8", each kept as typed. They are
    // functions like the built-ins (shown, current, parameters, compared) once defined.
    [[nodiscard]] QStringList customIds() const { return m_custom.keys(); } // in slot order
    [[nodiscard]] bool isCustom(const QString &id) const { return m_custom.contains(id); }
    [[nodiscard]] QString customFormula(const QString &id) const { return m_custom.value(id); }
    // Defines id (one of customIds() or a free one) as formula. A formula that does not parse
    // changes nothing: the error, with its 1-based column, is returned and the last valid
    // formula stays.
    std::optional<actviz::ExprError> setCustomFormula(const QString &id, const QString &formula);
    // The first id no formula holds, or empty when all are taken.
    [[nodiscard]] QString freeCustomId() const;
    // Hides, forgets and undefines it; the current function and the compared pair move off it.
    void removeCustom(QString id);

    // Shown functions, in the order they were switched on (that order picks their colours).
    [[nodiscard]] const QStringList &shownFunctions() const { return m_shown; }
    [[nodiscard]] bool isShown(const QString &id) const { return m_shown.contains(id); }
    void setShown(const QString &id, bool shown);
    void setShownFunctions(const QStringList &ids);
    // Palette slot of a shown function (stable while it stays shown), or -1.
    [[nodiscard]] int colorSlot(const QString &id) const { return m_colorSlots.value(id, -1); }

    [[nodiscard]] const QString &currentFunction() const { return m_current; }
    void setCurrentFunction(const QString &id);

    // PAU's ten coefficients (core/pau.h; α and β are unused there). Setting them sets core's
    // process-wide copy and emits paramsChanged("pau"); invalid ones (not finite, |c| > 1e100)
    // change nothing and return false. resetParams("pau") restores the defaults.
    [[nodiscard]] const actviz::PauCoefficients &pauCoefficients() const { return m_pau; }
    bool setPauCoefficients(const actviz::PauCoefficients &c);

    // Each function keeps its own α/β; unset ones are the descriptor's defaults.
    [[nodiscard]] actviz::Params params(const QString &id) const;
    void setParam(const QString &id, actviz::ParamId which, double value);
    void resetParams(const QString &id);

    [[nodiscard]] double epsilon() const { return m_epsilon; }
    void setEpsilon(double epsilon);

    [[nodiscard]] bool showDerivatives() const { return m_showDerivatives; }
    void setShowDerivatives(bool on);
    [[nodiscard]] bool showSaturation() const { return m_showSaturation; }
    void setShowSaturation(bool on);
    // Bands for every shown function (each in its colour), not just the current one.
    [[nodiscard]] bool saturationForAll() const { return m_saturationForAll; }
    void setSaturationForAll(bool on);

    [[nodiscard]] double xMin() const { return m_xMin; }
    [[nodiscard]] double xMax() const { return m_xMax; }
    void setXRange(double lo, double hi);
    // Auto: the y range fits the visible curves; otherwise yMin/yMax are the user's.
    [[nodiscard]] bool yAuto() const { return m_yAuto; }
    [[nodiscard]] double yMin() const { return m_yMin; }
    [[nodiscard]] double yMax() const { return m_yMax; }
    void setYRange(double lo, double hi); // switches to manual
    void setYAuto(bool on);
    // A zoom or pan: both ranges at once (one signal), the y range becoming manual.
    void setView(double xLo, double xHi, double yLo, double yHi);
    void resetView();

    [[nodiscard]] const QString &softmaxInput() const { return m_softmaxInput; }
    void setSoftmaxInput(const QString &text);
    [[nodiscard]] double temperature() const { return m_temperature; }
    void setTemperature(double t);
    [[nodiscard]] bool logSoftmax() const { return m_logSoftmax; }
    void setLogSoftmax(bool on);
    // Softmax's alternatives on the same logits (issue 13): the map, one beside it, top-k, top-p, Gumbel.
    [[nodiscard]] const SoftmaxMapping &softmaxMapping() const { return m_softmaxMapping; }
    void setSoftmaxMapping(const SoftmaxMapping &mapping);

    // The tab on screen (and the view `actviz export` renders).
    [[nodiscard]] ViewId currentView() const { return m_view; }
    void setCurrentView(ViewId view);

    // The compare view's pair f and g; each is drawn with its own α/β from params().
    [[nodiscard]] const QString &compareF() const { return m_compareF; }
    [[nodiscard]] const QString &compareG() const { return m_compareG; }
    void setCompareFunctions(const QString &fId, const QString &gId);

    // The depth simulation's network (its activation is the current function), clamped to the
    // limits above; and σ of the Gaussian input of the activation statistics.
    [[nodiscard]] const actviz::DepthConfig &depthConfig() const { return m_depth; }
    void setDepthConfig(actviz::DepthConfig config);
    [[nodiscard]] double statsSigma() const { return m_sigma; }
    void setStatsSigma(double sigma);
    // The pre-activation overlay of the function plot (issue 13): N(μ, σ²) drawn under the curves
    // with what the current function makes of it; σ is statsSigma().
    [[nodiscard]] bool preactivationShown() const { return m_preactivation; }
    void setPreactivationShown(bool on);
    [[nodiscard]] double statsMu() const { return m_mu; }
    void setStatsMu(double mu);
    static constexpr double kMaxMu = 20.0;

    // The loss view: the binary label y ∈ {0, 1} and the 0-based target class of the softmax
    // vector (kept as set; the view clamps it to the vector's length).
    [[nodiscard]] int lossLabel() const { return m_lossLabel; }
    void setLossLabel(int y);
    [[nodiscard]] int lossClass() const { return m_lossClass; }
    void setLossClass(int k);

    // The likelihood view: the outcomes as typed (possibly invalid) and the p read out.
    [[nodiscard]] const QString &outcomes() const { return m_outcomes; }
    void setOutcomes(const QString &text);
    [[nodiscard]] double likelihoodP() const { return m_likelihoodP; }
    void setLikelihoodP(double p);

    // The naive textbook formulas drawn beside the stable ones, in this precision.
    [[nodiscard]] bool naiveOverlay() const { return m_naive; }
    void setNaiveOverlay(bool on);
    [[nodiscard]] actviz::Precision naivePrecision() const { return m_naivePrecision; }
    void setNaivePrecision(actviz::Precision precision);

    // The gated view's unit and square of (a, b), clamped.
    [[nodiscard]] const GatedSetup &gatedSetup() const { return m_gated; }
    void setGatedSetup(const GatedSetup &setup);

    // The LayerNorm-vs-DyT view's batch (seed, outlier channels) and DyT's α and γ, clamped.
    [[nodiscard]] const NormSetup &normSetup() const { return m_norm; }
    void setNormSetup(const NormSetup &setup);

    // The training view's data and network (its activation is the current function), clamped.
    [[nodiscard]] const TrainingSetup &trainingSetup() const { return m_training; }
    void setTrainingSetup(const TrainingSetup &setup);

    void resetToDefaults();

    [[nodiscard]] QJsonObject toJson() const;
    // Applies what it understands and ignores unknown keys; returns false if obj is not a state.
    bool fromJson(const QJsonObject &obj);
    void save(QSettings &settings) const;
    void load(QSettings &settings);

signals:
    void customFunctionsChanged(); // one added or removed (a new formula: paramsChanged)
    void shownFunctionsChanged();
    void currentFunctionChanged(const QString &id);
    void paramsChanged(const QString &id);
    void epsilonChanged(double epsilon);
    void derivativesToggled(bool on);
    void saturationToggled();
    void viewChanged();
    void softmaxChanged();
    void currentViewChanged(ViewId view);
    void compareChanged();
    void depthConfigChanged();
    void statsSigmaChanged(double sigma);
    void preactivationChanged(); // shown, μ or σ
    void lossChanged();
    void likelihoodChanged();
    void naiveChanged();
    void trainingChanged();
    void gatedChanged();
    void normChanged();

private:
    [[nodiscard]] bool knows(const QString &id) const;
    void writeCustomJson(QJsonObject &obj) const;
    void readCustomJson(const QJsonObject &obj); // also PAU's coefficients
    void assignColorSlot(const QString &id);
    void writeTeachingJson(QJsonObject &obj) const;
    void readTeachingJson(const QJsonObject &obj);
    static void writeTeachingDefaults(QJsonObject &obj);

    QMap<QString, QString> m_custom; // id → formula as typed
    actviz::PauCoefficients m_pau = actviz::kDefaultPauCoefficients;
    QStringList m_shown;
    QHash<QString, int> m_colorSlots;
    QString m_current;
    QHash<QString, actviz::Params> m_params;
    double m_epsilon = kDefaultEpsilon;
    bool m_showDerivatives = true;
    bool m_showSaturation = true;
    bool m_saturationForAll = false;
    double m_xMin = kDefaultXMin;
    double m_xMax = kDefaultXMax;
    bool m_yAuto = true;
    double m_yMin = -1.5;
    double m_yMax = 1.5;
    QString m_softmaxInput;
    double m_temperature = kDefaultTemperature;
    bool m_logSoftmax = false;
    SoftmaxMapping m_softmaxMapping;
    ViewId m_view = ViewId::Functions;
    QString m_compareF;
    QString m_compareG;
    actviz::DepthConfig m_depth;
    double m_sigma = kDefaultSigma;
    double m_mu = 0.0;
    bool m_preactivation = false;
    int m_lossLabel = 1;
    int m_lossClass = 0;
    QString m_outcomes;
    double m_likelihoodP = kDefaultLikelihoodP;
    bool m_naive = false;
    actviz::Precision m_naivePrecision = actviz::Precision::Float64;
    TrainingSetup m_training;
    GatedSetup m_gated;
    NormSetup m_norm;
};
