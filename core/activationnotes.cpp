// SPDX-License-Identifier: MIT
// The teaching notes, one per registry function, in the registry's order. Formulas and
// derivatives say what core/activations_*.cpp computes: where f' has a kink, the inequality of
// each case shows which branch the kink point takes (PyTorch's convention, as the descriptors'
// kinkConvention says), e.g. relu'(0) = 0, hardswish'(±3) from the middle branch, rrelu in
// evaluation mode with slope (α + β)/2.
#include "activationnotes.h"

#include <array>

namespace actviz {

namespace {

// Each string is the source text of a message in resources/translations/actviz_zh_CN.ts:
// lupdate matches on the exact text, so editing one here leaves its translation behind until
// the .ts is updated too (tests/core/tst_activationnotes checks that none is missing).
constexpr std::array kNotes = {
    ActivationNote{
        .id = "identity",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = 1"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Passes the input through unchanged: the gradient is exactly 1 everywhere, so it "
                                  "neither saturates nor vanishes."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "A stack of linear layers with identity activations is still one linear map, so "
                                  "depth adds no expressive power."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "The output layer for regression, and the logits that a softmax or sigmoid "
                                        "inside the loss turns into probabilities. Also the baseline that shows why "
                                        "hidden layers need a nonlinearity."),
    },
    ActivationNote{
        .id = "step",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='2' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='2' valign='middle'><span "
                                         "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> ≥ 0</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> &lt; 0</td></tr></table>"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = 0 &nbsp;(undefined at the jump <i>x</i> = 0; 0 "
                                                 "is returned there)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0, 1}"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The unit of Rosenblatt’s perceptron: a clean yes/no decision that is trivial to "
                                  "compute and to interpret."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Its derivative is zero everywhere (and undefined at the jump), so gradient "
                                  "descent receives no signal and cannot train it."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "The perceptron learning rule, and in lectures the motivation for smooth "
                                        "activations such as the sigmoid. Binarised networks use it in the forward "
                                        "pass with a straight-through gradient."),
    },
    ActivationNote{
        .id = "sigmoid",
        .formulaHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = σ(<i>x</i>) = 1 / (1 + e<sup>−<i>x</i></sup>)"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = σ(<i>x</i>)·σ(−<i>x</i>) = σ(<i>x</i>)(1 − "
                                                 "σ(<i>x</i>))"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 0.25]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth and monotonic, with outputs in (0, 1) that read as probabilities; the "
                                  "derivative is cheap to get from the output, σ(1 − σ)."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "σ′ ≤ 0.25, so every sigmoid layer scales the back-propagated gradient by at most "
                                  "0.25 (before the weights) and it vanishes in deep stacks; the function saturates "
                                  "for |x| beyond about 5. Outputs are always positive (not zero-centred), which "
                                  "makes weight updates zig-zag."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "The output layer of binary classification (with binary cross-entropy "
                                        "computed from the logits) and the gates of LSTM and GRU cells. Rarely a "
                                        "good choice for hidden layers today."),
    },
    ActivationNote{
        .id = "tanh",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<i>f</i>(<i>x</i>) = tanh <i>x</i> = (e<sup><i>x</i></sup> − "
                                         "e<sup>−<i>x</i></sup>) / (e<sup><i>x</i></sup> + e<sup>−<i>x</i></sup>)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<i>f</i>′(<i>x</i>) = 1 − tanh<sup>2</sup> <i>x</i> = sech<sup>2</sup> "
                                            "<i>x</i>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−1, 1)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Zero-centred, and its slope at 0 is 1, four times the sigmoid’s; it is a "
                                  "rescaled sigmoid: tanh x = 2σ(2x) − 1."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Still saturates: for |x| beyond about 3 the derivative is below 0.01, so "
                                  "gradients vanish through many layers or time steps."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "The hidden state and cell output of LSTM, GRU and plain RNNs; outputs that "
                                        "must lie in (−1, 1), such as the images produced by a DCGAN generator."),
    },
    ActivationNote{
        .id = "relu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = max(0, <i>x</i>)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> > 0</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> ≤ 0</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[0, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Very cheap (one comparison), gives sparse activations, and does not saturate for "
                                  "x > 0: the gradient passes through active units unchanged."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Dying ReLU: a unit whose input stays negative (for example after a large update "
                                  "pushes its bias down) gets zero gradient and stops learning for good. Outputs "
                                  "are not zero-centred, and f′(0) = 0 is taken by convention."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "The default hidden activation of CNNs and MLPs (AlexNet, VGG, ResNet), "
                                        "usually with He initialisation."),
    },
    ActivationNote{
        .id = "relu6",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = min(max(0, <i>x</i>), 6)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td>0 &lt; <i>x</i> &lt; 6</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                            "<td>otherwise</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[0, 6]"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The bounded output keeps activations in a fixed range, which suits low-precision "
                                  "and quantised (fixed-point) inference."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Zero gradient both below 0 and above 6, so units can die at either end; the cap "
                                  "of 6 is an empirical choice."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Mobile networks: MobileNetV1 and MobileNetV2. It is also the building "
                                        "block of hard-sigmoid and hard-swish."),
    },
    ActivationNote{
        .id = "leaky_relu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='2' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='2' valign='middle'><span "
                                         "style='font-size:x-large'>{</span></td><td><i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> > 0</td></tr><tr><td>α<i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> ≤ 0</td></tr></table>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> > 0</td></tr><tr><td>α,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> ≤ 0</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, ∞) for α > 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{α, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "A small slope α (default 0.01) for negative inputs keeps a gradient flowing, so "
                                  "units cannot die; as cheap as ReLU."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "α is one more hyperparameter, and the gain over plain ReLU is often small; still "
                                  "not smooth at 0, where f′(0) = α is taken."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "GAN discriminators (DCGAN uses α = 0.2) and the YOLO detectors up to "
                                                 "YOLOv3 (α = 0.1)."),
    },
    ActivationNote{
        .id = "prelu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='2' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='2' valign='middle'><span "
                                         "style='font-size:x-large'>{</span></td><td><i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> > 0</td></tr><tr><td>α<i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> ≤ 0</td></tr></table>(α is learned in training)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> > 0</td></tr><tr><td>α,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> ≤ 0</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, ∞) for α > 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{α, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Like leaky ReLU, but the negative slope α is learned (typically one per channel, "
                                  "initialised to 0.25), at negligible extra cost."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The extra parameters can overfit small data sets, and weight decay should not be "
                                  "applied to α, or it is pulled back towards ReLU."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Deep image classifiers (He et al. 2015, the first reported to surpass "
                                        "human-level accuracy on ImageNet) and face-recognition CNNs."),
    },
    ActivationNote{
        .id = "rrelu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='2' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='2' valign='middle'><span "
                                         "style='font-size:x-large'>{</span></td><td><i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> ≥ 0</td></tr><tr><td>s·<i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> &lt; 0</td></tr></table>s = (α + β)/2 (evaluation mode)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> > 0</td></tr><tr><td>s = (α + β)/2,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> ≤ 0</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, ∞) for α + β > 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{s, 1}, s = (α + β)/2"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "In training the negative slope is drawn uniformly from [α, β] (by default [1/8, "
                                  "1/3]) for every element, which acts as a regulariser; in evaluation the fixed "
                                  "mean slope (α + β)/2 is used, as plotted here."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The randomness makes training and evaluation behave differently, and the "
                                  "evidence for it comes from small-scale experiments; it is rarely used today."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "Regularising small CNNs, as in Xu et al. (2015), who compared the "
                                                 "rectifier variants on CIFAR and the Kaggle NDSB competition data."),
    },
    ActivationNote{
        .id = "elu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='2' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='2' valign='middle'><span "
                                         "style='font-size:x-large'>{</span></td><td><i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> > 0</td></tr><tr>"
                                         "<td>α(e<sup><i>x</i></sup> − 1),&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> ≤ 0</td></tr></table>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> > 0</td></tr><tr>"
                                            "<td>α e<sup><i>x</i></sup>,&nbsp;&nbsp;</td><td><i>x</i> ≤ 0</td></tr>"
                                            "</table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−α, ∞) for α > 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, α] ∪ {1}; (0, 1] for α = 1"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Negative outputs pull the mean activation towards zero, which speeds up "
                                  "learning; smooth for α = 1, and saturating at −α makes it robust to noise in "
                                  "very negative inputs."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "An exponential for every negative input makes it slower than ReLU; for α ≠ 1 the "
                                  "derivative jumps at 0 (f′(0) = α is taken)."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Proposed by Clevert et al. (2015) as a faster-learning replacement for "
                                        "ReLU in deep CNNs; a drop-in alternative in fully connected networks too."),
    },
    ActivationNote{
        .id = "celu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<i>f</i>(<i>x</i>) = max(0, <i>x</i>) + min(0, α(e<sup><i>x</i>/α</sup> − "
                                         "1))"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> > 0</td></tr><tr>"
                                            "<td>e<sup><i>x</i>/α</sup>,&nbsp;&nbsp;</td><td><i>x</i> ≤ 0</td></tr>"
                                            "</table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−α, ∞) for α > 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1] for α > 0"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "ELU reparameterised so that the slope at 0 is 1 for every α: the function is "
                                  "continuously differentiable (C¹) whatever the scale α, and CELU with α = 1 is "
                                  "ELU."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "It shares ELU’s exponential cost, and in practice it is rarely chosen over ELU "
                                  "or SiLU."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Barron (2017); available in PyTorch as nn.CELU for models that tune the "
                                        "negative saturation value −α without introducing a kink."),
    },
    ActivationNote{
        .id = "selu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='2' valign='middle'><i>f</i>(<i>x</i>) = λ&nbsp;</td>"
                                         "<td rowspan='2' valign='middle'><span "
                                         "style='font-size:x-large'>{</span></td><td><i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> > 0</td></tr><tr>"
                                         "<td>a(e<sup><i>x</i></sup> − 1),&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> ≤ 0</td></tr></table>λ ≈ 1.0507, a ≈ 1.6733"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>λ,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> > 0</td></tr><tr>"
                                            "<td>λa e<sup><i>x</i></sup>,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> ≤ 0</td></tr></table>λa ≈ 1.7581"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−λa, ∞) ≈ (−1.7581, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, λa] ≈ (0, 1.7581]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The constants λ and a are chosen so that the activations of a fully connected "
                                  "network converge to zero mean and unit variance layer after layer "
                                  "(self-normalising), without batch normalisation."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The guarantee needs LeCun-normal initialisation, standardised inputs, plain "
                                  "dense layers and AlphaDropout instead of ordinary dropout; the derivative jumps "
                                  "at 0 (λa ≈ 1.758 on the left, λ ≈ 1.051 on the right)."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Self-normalising neural networks (Klambauer et al. 2017): deep "
                                        "feed-forward networks, for example on tabular data, with LeCun-normal "
                                        "initialisation and AlphaDropout."),
    },
    ActivationNote{
        .id = "gelu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i>·Φ(<i>x</i>) = ½<i>x</i>(1 + "
                                                            "erf(<i>x</i>/√2)), &nbsp;Φ: standard normal CDF"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = Φ(<i>x</i>) + <i>x</i>·φ(<i>x</i>), "
                                                 "&nbsp;φ(<i>x</i>) = e<sup>−<i>x</i>²/2</sup>/√(2π)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.1700, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.1289, ≈ 1.1289]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth and slightly non-monotonic: it weights the input by Φ(x), the probability "
                                  "that a standard normal variable is below x: a smooth version of ReLU’s 0/1 gate. "
                                  "It trains well in very deep Transformers."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "It needs erf, so it costs more than ReLU; not zero-centred, with a small "
                                  "negative dip (minimum ≈ −0.17 at x ≈ −0.75)."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "The feed-forward blocks of Transformers: BERT, GPT-2 and GPT-3, and Vision "
                                        "Transformers (ViT)."),
    },
    ActivationNote{
        .id = "gelu_tanh",
        .formulaHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = ½<i>x</i>(1 + tanh <i>u</i>), &nbsp;<i>u</i> = "
                                                 "√(2/π)(<i>x</i> + 0.044715<i>x</i><sup>3</sup>)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = ½(1 + tanh <i>u</i>) + "
                                                               "½<i>x</i>·sech<sup>2</sup> <i>u</i>·√(2/π)(1 + "
                                                               "0.134145<i>x</i><sup>2</sup>)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.1700, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.1290, ≈ 1.1290]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "It avoids erf: this tanh formula stays within 5·10<sup>−4</sup> of the exact "
                                  "GELU everywhere (the largest gap is near x = −2.7)."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Only an approximation, and hardly faster on modern hardware; swapping it for the "
                                  "exact GELU in a pretrained model shifts the outputs slightly."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "GPT-2 and the original BERT code; PyTorch offers it as gelu(x, "
                                                 "approximate='tanh')."),
    },
    ActivationNote{
        .id = "silu",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i>·σ(<i>x</i>)"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = σ(<i>x</i>)(1 + <i>x</i>·σ(−<i>x</i>))"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.2785, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.0998, ≈ 1.0998]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth, non-monotonic and self-gated (the input gates itself through σ); "
                                  "unbounded above and bounded below, it often trains deep networks better than "
                                  "ReLU."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "An exponential per element; the small negative dip (minimum ≈ −0.278 at x ≈ "
                                  "−1.28) means outputs are not sparse."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "EfficientNet, YOLOv5 and later detectors, diffusion-model U-Nets, and the "
                                        "SwiGLU feed-forward blocks of LLaMA-style language models."),
    },
    ActivationNote{
        .id = "swish",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i>·σ(β<i>x</i>)"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = σ(β<i>x</i>)(1 + β<i>x</i>·σ(−β<i>x</i>))"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.2785/β, ∞) for β > 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.0998, ≈ 1.0998] for β > 0"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Found by automated search (Ramachandran et al. 2017); β moves it from the linear "
                                  "function x/2 (β = 0) through SiLU (β = 1) towards ReLU (β → ∞), and can be "
                                  "learned."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "An exponential per element, and a learned β adds a parameter; on phones the "
                                  "sigmoid is too costly, hence the hard-swish approximation."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "EfficientNet (with β = 1, i.e. SiLU); MobileNetV3 uses its cheap piecewise "
                                        "version, hard-swish."),
    },
    ActivationNote{
        .id = "mish",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i>·tanh(softplus(<i>x</i>)) = "
                                                            "<i>x</i>·tanh(ln(1 + e<sup><i>x</i></sup>))"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = tanh(sp(<i>x</i>)) + "
                                                 "<i>x</i>·sech<sup>2</sup>(sp(<i>x</i>))·σ(<i>x</i>), &nbsp;sp = "
                                                 "softplus"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.3088, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.1125, ≈ 1.0885]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth and non-monotonic like Swish, with a slightly deeper negative dip; in "
                                  "some benchmarks it edges out Swish and ReLU."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The most expensive of the family (an exp, a log and a tanh per element), and its "
                                  "advantage is small and not consistent across tasks."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "Misra (2019); the YOLOv4 backbone (CSPDarknet53) and other object "
                                                 "detectors."),
    },
    ActivationNote{
        .id = "softplus",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = (1/β)·ln(1 + e<sup>β<i>x</i></sup>)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = σ(β<i>x</i>)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, ∞) for β > 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1) for β > 0"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "A smooth ReLU whose derivative is exactly the sigmoid; outputs are strictly "
                                  "positive, and a larger β makes it closer to ReLU."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Never exactly zero, so no sparsity; it costs an exp and a log, and the gradient "
                                  "still vanishes for very negative inputs."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Making an output positive: variances and scales of probabilistic models "
                                        "(e.g. the σ of a Gaussian output in a VAE or in regression) and Poisson "
                                        "rates; also inside Mish."),
    },
    ActivationNote{
        .id = "softsign",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i> / (1 + |<i>x</i>|)"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = 1 / (1 + |<i>x</i>|)<sup>2</sup>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−1, 1)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Zero-centred like tanh but with no exponential; it approaches ±1 only "
                                  "polynomially (the gap shrinks like 1/|x|), so it saturates more gently than "
                                  "tanh."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Rarely used: the derivative still decays like 1/x², so gradients vanish for "
                                  "large inputs, and in practice it has not beaten tanh or ReLU."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Studied as a cheaper tanh in early deep-learning work (Bergstra et al. "
                                        "2009; Glorot and Bengio 2010); Keras still offers it."),
    },
    ActivationNote{
        .id = "hardsigmoid",
        .formulaHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = relu6(<i>x</i> + 3)/6 = min(max(0, (<i>x</i> + "
                                                 "3)/6), 1)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1/6,&nbsp;&nbsp;</td>"
                                            "<td>−3 &lt; <i>x</i> &lt; 3</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                            "<td>otherwise</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[0, 1]"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0, 1/6}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "A piecewise-linear sigmoid with no exponential: cheap to compute, also in "
                                  "fixed-point arithmetic, which suits quantised mobile models."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The gradient is exactly zero outside (−3, 3) (hard saturation) and only 1/6 "
                                  "inside. Definitions differ: this is PyTorch’s, while older Keras versions used "
                                  "0.2x + 0.5."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "The gates of MobileNetV3 (its squeeze-and-excitation blocks) and the "
                                                 "building block of hard-swish."),
    },
    ActivationNote{
        .id = "hardswish",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i>·relu6(<i>x</i> + 3)/6"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='3' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='3' valign='middle'><span "
                                            "style='font-size:xx-large'>{</span></td><td>0,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> &lt; −3</td></tr><tr>"
                                            "<td>(2<i>x</i> + 3)/6,&nbsp;&nbsp;</td><td>−3 ≤ <i>x</i> ≤ 3</td></tr>"
                                            "<tr><td>1,&nbsp;&nbsp;</td><td><i>x</i> > 3</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[−0.375, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[−0.5, 1.5]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "A cheap piecewise approximation of Swish (no exponential) that keeps most of its "
                                  "accuracy and survives quantisation well."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Not smooth: the derivative jumps at ±3, where this program, like PyTorch, takes "
                                  "the middle branch (−½ at −3, 3/2 at 3); non-monotonic, with minimum −0.375 at x "
                                  "= −1.5."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "The deeper layers of MobileNetV3 (Howard et al. 2019) and other efficient "
                                        "networks for phones."),
    },
    ActivationNote{
        .id = "hardtanh",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<i>f</i>(<i>x</i>) = clamp(<i>x</i>, −1, 1) = max(−1, min(1, <i>x</i>))"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td>−1 &lt; <i>x</i> &lt; 1</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                            "<td>otherwise</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[−1, 1]"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes", "Zero-centred, the identity on (−1, 1), and as cheap as a clamp."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The gradient is exactly zero for |x| ≥ 1, so saturated units stop learning (hard "
                                  "saturation)."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Older NLP networks (Collobert et al. 2011); its derivative is the clipped "
                                        "straight-through gradient used to train binarised networks."),
    },
    ActivationNote{
        .id = "logsigmoid",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<i>f</i>(<i>x</i>) = ln σ(<i>x</i>) = −ln(1 + e<sup>−<i>x</i></sup>) = "
                                         "−softplus(−<i>x</i>)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = σ(−<i>x</i>) = 1 − σ(<i>x</i>)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, 0)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1)"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The log-probability of a sigmoid output computed stably in one step, without "
                                  "forming σ(x) and then taking its log; the gradient tends to 1, not 0, as x → −∞."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Always negative and unbounded below: not a hidden-layer activation in practice."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Inside losses: binary cross-entropy with logits, the negative-sampling "
                                        "loss of word2vec, and pairwise preference losses such as the Bradley–Terry "
                                        "reward-model loss and DPO, −ln σ(r<sub>w</sub> − r<sub>l</sub>)."),
    },
    ActivationNote{
        .id = "tanhshrink",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i> − tanh <i>x</i>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = tanh<sup>2</sup> <i>x</i>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[0, 1)"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth, odd and monotonic; it suppresses small inputs (≈ x³/3 near 0) and passes "
                                  "large ones shifted by ∓1."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Near 0, where most pre-activations lie, the derivative tanh² x ≈ x² is almost "
                                  "zero, so learning there is very slow; rarely used."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "A smooth shrinkage in sparse-coding-style models; PyTorch offers it as "
                                        "nn.Tanhshrink, but modern architectures seldom use it."),
    },
    ActivationNote{
        .id = "softshrink",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='3' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='3' valign='middle'><span "
                                         "style='font-size:xx-large'>{</span></td>"
                                         "<td><i>x</i> − λ,&nbsp;&nbsp;</td><td><i>x</i> > λ</td></tr><tr>"
                                         "<td><i>x</i> + λ,&nbsp;&nbsp;</td><td><i>x</i> &lt; −λ</td></tr><tr>"
                                         "<td>0,&nbsp;&nbsp;</td><td>otherwise</td></tr></table>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td>|<i>x</i>| > λ</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                            "<td>|<i>x</i>| ≤ λ</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Soft thresholding, the proximal operator of λ‖x‖<sub>1</sub>: it sets small "
                                  "values exactly to zero (sparsity) and is continuous."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Zero gradient on the dead zone [−λ, λ], and large values are biased towards zero "
                                  "by λ."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "ISTA and unrolled sparse-coding networks (LISTA), and wavelet denoising."),
    },
    ActivationNote{
        .id = "hardshrink",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='2' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='2' valign='middle'><span "
                                         "style='font-size:x-large'>{</span></td><td><i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td>|<i>x</i>| > λ</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                         "<td>|<i>x</i>| ≤ λ</td></tr></table>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td>|<i>x</i>| > λ</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                            "<td>|<i>x</i>| ≤ λ</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, −λ) ∪ {0} ∪ (λ, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Hard thresholding: it keeps large values unchanged (no shrinkage bias, unlike "
                                  "softshrink) and zeroes small ones."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Discontinuous at ±λ, with zero gradient on [−λ, λ]; f(±λ) = 0 by convention."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "Iterative hard thresholding for sparse recovery (an L0 penalty) and "
                                                 "denoising; rare as a network activation."),
    },
    ActivationNote{
        .id = "gaussian",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = e<sup>−<i>x</i>²</sup>"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = −2<i>x</i>·e<sup>−<i>x</i>²</sup>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1]"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[−√(2/e), √(2/e)] ≈ [−0.8578, 0.8578]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth and localised: it responds only to inputs near 0, a bump rather than a "
                                  "switch."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Non-monotonic and not zero-centred, and the gradient vanishes quickly for |x| "
                                  "beyond about 2."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "Radial-basis-function (RBF) networks; occasionally implicit neural "
                                                 "representations, as an alternative to sine activations."),
    },
    ActivationNote{
        .id = "arctan",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = arctan <i>x</i>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = 1 / (1 + <i>x</i><sup>2</sup>)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−π/2, π/2)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Zero-centred and smooth with slope 1 at 0; its derivative decays only like 1/x², "
                                  "so it saturates more slowly than tanh."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Rarely used: the range ±π/2 is unusual, it offers no clear advantage over tanh, "
                                  "and it still saturates."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "Small networks, and textbook comparisons of S-shaped functions."),
    },
    ActivationNote{
        .id = "lecun_tanh",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = 1.7159·tanh(2<i>x</i>/3)"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = 1.7159·(2/3)·sech<sup>2</sup>(2<i>x</i>/3)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−1.7159, 1.7159)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, ≈ 1.1439]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Scaled so that f(±1) ≈ ±1 with a gain close to 1 there: with standardised inputs "
                                  "and targets of ±1, units stay out of saturation, as LeCun et al. (1998) "
                                  "recommended."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Still a tanh: it saturates and gradients vanish in deep stacks; largely "
                                  "superseded by ReLU-type units with normalisation."),
        .typicalUse =
            QT_TRANSLATE_NOOP("ActivationNotes", "Classic multilayer perceptrons and early convolutional networks that "
                                                 "follow “Efficient BackProp” (LeCun et al. 1998)."),
    },
    ActivationNote{
        .id = "symmetric_sigmoid",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = 2σ(<i>x</i>) − 1 = tanh(<i>x</i>/2)"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = 2σ(<i>x</i>)σ(−<i>x</i>) = "
                                                               "½·sech<sup>2</sup>(<i>x</i>/2)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−1, 1)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 0.5]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The sigmoid shifted and stretched to be zero-centred, with outputs in (−1, 1) "
                                  "(the “bipolar sigmoid”)."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "f′ ≤ 0.5, so gradients still vanish in deep stacks; it is just tanh with half "
                                  "the slope and offers nothing tanh does not."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Older neural-network textbooks and toolboxes; today tanh is used instead."),
    },
    ActivationNote{
        .id = "bent_identity",
        .formulaHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = (√(<i>x</i><sup>2</sup> + 1) − 1)/2 + <i>x</i>"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = <i>x</i> / (2√(<i>x</i><sup>2</sup> + 1)) + 1"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−∞, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0.5, 1.5)"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth and monotonic, with a derivative always between ½ and 3/2: it never "
                                  "saturates and never dies."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Rarely used: it is almost linear (slope ½ far to the left, 3/2 far to the "
                                  "right), so it adds little nonlinearity, and it is not zero-centred."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Seen mainly in catalogues and comparisons of activation functions, as a "
                                        "smooth function that neither saturates nor gives sparse outputs."),
    },
    ActivationNote{
        .id = "loglog",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = 1 − exp(−e<sup><i>x</i></sup>)"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = exp(<i>x</i> − e<sup><i>x</i></sup>)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1/e] ≈ (0, 0.3679]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "An asymmetric S-curve with a clear statistical meaning: 1 − exp(−e<sup>x</sup>) "
                                  "is the probability of at least one event when the count is Poisson with rate "
                                  "e<sup>x</sup>."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "It saturates towards 1 doubly exponentially fast, its slope is at most 1/e ≈ "
                                  "0.37, and it is not zero-centred."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "The complementary log-log link of generalised linear models, e.g. "
                                        "discrete-time survival and dose–response models; rare in neural networks."),
    },
    ActivationNote{
        .id = "isru",
        .formulaHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = <i>x</i> / √(1 + α<i>x</i><sup>2</sup>)"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = (1 + α<i>x</i><sup>2</sup>)<sup>−3/2</sup>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(−1/√α, 1/√α) for α > 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1] for α > 0"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "A tanh-like, zero-centred squashing function built from a square root only (no "
                                  "exponential); α sets the range ±1/√α."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "It still saturates (f′ decays like |x|<sup>−3</sup>), and it is rarely used: the "
                                  "speed advantage over tanh matters only on some hardware."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Proposed with ISRLU (Carlile et al. 2017) as a cheaper replacement for "
                                        "tanh and sigmoid in recurrent networks."),
    },
    ActivationNote{
        .id = "squareplus",
        .formulaHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = (<i>x</i> + √(<i>x</i><sup>2</sup> + β))/2"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = (1 + <i>x</i> / √(<i>x</i><sup>2</sup> + β))/2 "
                                                 "&nbsp;(½ at <i>x</i> = 0 when β = 0)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, ∞) for β > 0; [0, ∞) for β = 0"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, 1) for β > 0"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "A softplus-like smooth ReLU that needs only multiplications, additions and one "
                                  "square root, so it is fast where exp and log are slow; β = 0 gives ReLU exactly."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Rarely used; its left tail decays only like β/(4|x|), far more slowly than the "
                                  "e<sup>x</sup> of softplus."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Barron (2021); a drop-in replacement for softplus when speed matters."),
    },
    ActivationNote{
        .id = "threshold",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='2' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='2' valign='middle'><span "
                                         "style='font-size:x-large'>{</span></td><td><i>x</i>,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> > α</td></tr><tr><td>β,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> ≤ α</td></tr></table>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                            "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                            "<td rowspan='2' valign='middle'><i>f</i>′(<i>x</i>) =&nbsp;</td>"
                                            "<td rowspan='2' valign='middle'><span "
                                            "style='font-size:x-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> > α</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                            "<td><i>x</i> ≤ α</td></tr></table>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "{β} ∪ (α, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Generalises ReLU (α = β = 0 gives ReLU): values at or below the threshold α are "
                                  "replaced by β."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Discontinuous at α unless α = β, with zero gradient at and below the threshold."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "PyTorch’s nn.Threshold: a utility that clips small values to a constant, "
                                        "rather than a trainable hidden activation."),
    },
    ActivationNote{
        .id = "sinusoid",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = sin <i>x</i>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = cos <i>x</i>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[−1, 1]"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[−1, 1]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth, zero-centred and periodic: a network of sines represents fine detail, "
                                  "and its derivatives of every order are again well behaved."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Non-monotonic and periodic, so many inputs map to the same output and the loss "
                                  "has many local minima; it needs a special initialisation to train."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "SIREN (Sitzmann et al. 2020) and other implicit neural representations of "
                                        "images, shapes and signals, with sin(ω<sub>0</sub>x) and ω<sub>0</sub> = "
                                        "30."),
    },
    ActivationNote{
        .id = "cosine",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = cos <i>x</i>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = −sin <i>x</i>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[−1, 1]"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[−1, 1]"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Smooth and periodic; cos(wx + b) with random w and b gives random Fourier "
                                  "features that approximate a Gaussian kernel."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Even rather than odd: cos 0 = 1, so it is not zero-centred and has zero slope at "
                                  "the origin; non-monotonic, with the same training difficulties as sin."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Random Fourier feature layers (Rahimi and Recht 2007); otherwise rare, "
                                        "since it is only a phase-shifted sine."),
    },
    ActivationNote{
        .id = "sinc",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<i>f</i>(<i>x</i>) = sin <i>x</i> / <i>x</i> &nbsp;(1 at <i>x</i> = 0)"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = (<i>x</i> cos <i>x</i> − sin <i>x</i>) / "
                                                 "<i>x</i><sup>2</sup> &nbsp;(0 at <i>x</i> = 0)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.2172, 1]"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "[≈ −0.4362, ≈ 0.4362]"),
        .pros =
            QT_TRANSLATE_NOOP("ActivationNotes", "Smooth, with a main peak at 0 and ripples that decay like 1/|x|: the "
                                                 "unnormalised sinc of signal processing."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Non-monotonic with infinitely many local extrema, so the loss surface is rugged; "
                                  "rarely used in networks."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Signal processing (the impulse response of the ideal low-pass filter); "
                                        "listed among activation functions and occasionally studied in research."),
    },
    ActivationNote{
        .id = "abs",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = |<i>x</i>|"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = sign <i>x</i> &nbsp;(0 at <i>x</i> = 0)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "[0, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{−1, 0, 1}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "A symmetric rectifier: the gradient has magnitude 1 everywhere except at 0, so "
                                  "units never die."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Not monotonic, and it discards the sign; it has a kink at 0, where f′(0) = 0 is "
                                  "taken (as in PyTorch)."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Rectification in early convolutional feature extractors (Jarrett et al. "
                                        "2009), and wherever only the magnitude of a feature matters."),
    },
    ActivationNote{
        .id = "sign",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes",
                                         "<table cellspacing='0' cellpadding='0' style='white-space:nowrap'><tr>"
                                         "<td rowspan='3' valign='middle'><i>f</i>(<i>x</i>) =&nbsp;</td>"
                                         "<td rowspan='3' valign='middle'><span "
                                         "style='font-size:xx-large'>{</span></td><td>1,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> > 0</td></tr><tr><td>0,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> = 0</td></tr><tr><td>−1,&nbsp;&nbsp;</td>"
                                         "<td><i>x</i> &lt; 0</td></tr></table>"),
        .derivativeHtml =
            QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = 0 &nbsp;(undefined at the jump <i>x</i> = 0; 0 "
                                                 "is returned there)"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "{−1, 0, 1}"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "{0}"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Binary ±1 outputs let multiplications become XNOR and bit-count operations, "
                                  "which makes binarised networks very fast and small."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "The derivative is zero everywhere (undefined at 0), so training needs a "
                                  "surrogate gradient such as the straight-through estimator."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Binarised neural networks such as BinaryConnect, BinaryNet and XNOR-Net, "
                                        "trained with the hardtanh gradient as a straight-through estimate."),
    },
    ActivationNote{
        .id = "exponential",
        .formulaHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>(<i>x</i>) = e<sup><i>x</i></sup>"),
        .derivativeHtml = QT_TRANSLATE_NOOP("ActivationNotes", "<i>f</i>′(<i>x</i>) = e<sup><i>x</i></sup>"),
        .outputRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, ∞)"),
        .derivativeRange = QT_TRANSLATE_NOOP("ActivationNotes", "(0, ∞)"),
        .pros = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Strictly positive and smooth: it turns a log-scale quantity into a positive one, "
                                  "and it is its own derivative."),
        .cons = QT_TRANSLATE_NOOP("ActivationNotes",
                                  "Unbounded and fast-growing: e<sup>x</sup> overflows in double precision above x "
                                  "≈ 709.78 (in float32 above x ≈ 88.72), and gradients explode."),
        .typicalUse = QT_TRANSLATE_NOOP("ActivationNotes",
                                        "Output layers for positive quantities: Poisson rates (the log link) and "
                                        "standard deviations predicted as log σ; also the numerator of softmax."),
    },
};

} // namespace

std::span<const ActivationNote> notes()
{
    return kNotes;
}

const ActivationNote *findNote(std::string_view id)
{
    for (const ActivationNote &note : kNotes)
        if (note.id == id)
            return &note;
    return nullptr;
}

} // namespace actviz
