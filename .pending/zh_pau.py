# -*- coding: utf-8 -*-
# New English source strings of the PAU branch (branch 'pau') with their Chinese translations,
# keyed by (context, source) as tr()/QT_TRANSLATE_NOOP see them; ActivationNotes are the note's fields.
T = {
    ('ActivationNotes', '<i>f</i>(<i>x</i>) = (<i>a</i><sub>0</sub> + <i>a</i><sub>1</sub><i>x</i> + … + <i>a</i><sub>5</sub><i>x</i><sup>5</sup>) / (1 + |<i>b</i><sub>1</sub><i>x</i> + … + <i>b</i><sub>4</sub><i>x</i><sup>4</sup>|)'):
        '<i>f</i>(<i>x</i>) = (<i>a</i><sub>0</sub> + <i>a</i><sub>1</sub><i>x</i> + … + <i>a</i><sub>5</sub><i>x</i><sup>5</sup>) / (1 + |<i>b</i><sub>1</sub><i>x</i> + … + <i>b</i><sub>4</sub><i>x</i><sup>4</sup>|)',
    ('ActivationNotes', '<i>f</i>′ = (<i>P</i>′<i>Q</i> − <i>P</i>·sign(<i>S</i>)·<i>S</i>′)/<i>Q</i><sup>2</sup>, <i>S</i> = <i>b</i><sub>1</sub><i>x</i> + … + <i>b</i><sub>4</sub><i>x</i><sup>4</sup>'):
        '<i>f</i>′ = (<i>P</i>′<i>Q</i> − <i>P</i>·sign(<i>S</i>)·<i>S</i>′)/<i>Q</i><sup>2</sup>，<i>S</i> = <i>b</i><sub>1</sub><i>x</i> + … + <i>b</i><sub>4</sub><i>x</i><sup>4</sup>',
    ('ActivationNotes', '(−∞, ∞) at the default coefficients (f ≈ 0.505·x at both ends); any rational shape in general'):
        '默认系数下为 (−∞, ∞)（两端 f ≈ 0.505·x）；一般可为任意有理函数形状',
    ('ActivationNotes', '[≈ −0.059, ≈ 1.069] at the default coefficients'):
        '默认系数下为 [≈ −0.059, ≈ 1.069]',
    ('ActivationNotes', 'A learnable activation: the ten coefficients of a rational function are trained with the network, so each layer can find its own shape (close to leaky ReLU at the start, as here, or to tanh, GELU, …). The absolute value in the denominator keeps Q ≥ 1, so f has no poles (the “safe” PAU).'):
        '可学习的激活函数：有理函数的十个系数随网络一起训练，每一层都能找到自己的形状（如这里开始时接近 Leaky ReLU，也可接近 tanh、GELU 等）。分母中的绝对值保证 Q ≥ 1，因此 f 没有极点（“安全”的 PAU）。',
    ('ActivationNotes', 'Ten parameters per layer instead of none; f grows like a5/|b4|·x for large |x| (or like x² and more when the denominator’s degree drops), and f′ has small corners where S = b1x + … + b4x⁴ changes sign (at 0 and at −8.3·10⁻⁷ for the default coefficients). The fit to leaky ReLU dips below it: f′ &lt; 0 on about (−2.18, −0.23).'):
        '每层多出十个参数；|x| 很大时 f 像 a5/|b4|·x 一样增长（分母次数降低时像 x² 或更快），并且在 S = b1x + … + b4x⁴ 变号处 f′ 有小的折角（默认系数下在 0 与 −8.3·10⁻⁷ 处）。对 Leaky ReLU 的拟合会略低于它：在约 (−2.18, −0.23) 上 f′ &lt; 0。',
    ('ActivationNotes', 'Molina, Schramowski and Kersting (2020), Padé Activation Units: End-to-end Learning of Flexible Activation Functions in Deep Networks (ICLR 2020, arXiv 1907.06732): in place of ReLU in VGG, LeNet and ResNet classifiers, initialised to a fit of leaky ReLU.'):
        'Molina、Schramowski 与 Kersting（2020），Padé Activation Units: End-to-end Learning of Flexible Activation Functions in Deep Networks（ICLR 2020，arXiv 1907.06732）：在 VGG、LeNet 与 ResNet 分类网络中取代 ReLU，初始化为对 Leaky ReLU 的拟合。',
    ('PauText', 'the %1 needs %2 coefficients separated by commas, got %3'):
        '%1需要 %2 个以逗号分隔的系数，实际为 %3 个',
    ('PauText', '“%1” is beyond the range of a double'):
        '“%1”超出了双精度数的范围',
    ('PauText', '“%1” is not a number'):
        '“%1”不是数字',
    ('PauText', '“%1”: a coefficient must be finite, at most %2 in magnitude'):
        '“%1”：系数必须是有限数，绝对值不超过 %2',
    ('PauText', 'numerator'):
        '分子',
    ('PauText', 'denominator'):
        '分母',
    ('PauText', '“%1” is not “a0,a1,a2,a3,a4,a5/b1,b2,b3,b4” (6 numerator coefficients, “/”, 4 denominator coefficients)'):
        '“%1”不是“a0,a1,a2,a3,a4,a5/b1,b2,b3,b4”的形式（6 个分子系数、“/”、4 个分母系数）',
    ('PauJson', '“%1” must be an array of %2 numbers'):
        '“%1”必须是由 %2 个数字组成的数组',
    ('PauJson', '“%1” must be a number'):
        '“%1”必须是数字',
    ('PauJson', '“%1” is %2; a coefficient is at most %3 in magnitude'):
        '“%1”为 %2；系数的绝对值至多为 %3',
    ('PauJson', '“%1” must be an object with “%2” (6 numbers) and “%3” (4 numbers)'):
        '“%1”必须是含有“%2”（6 个数字）和“%3”（4 个数字）的对象',
    ('PauJson', '“%1” has an unknown key “%2”'):
        '“%1”含有未知的键“%2”',
    ('PauEditor', 'f(x) = P(x)/Q(x), P = a0 + a1·x + … + a5·x⁵, Q = 1 + |b1·x + … + b4·x⁴|'):
        'f(x) = P(x)/Q(x)，P = a0 + a1·x + … + a5·x⁵，Q = 1 + |b1·x + … + b4·x⁴|',
    ('PauEditor', 'The six numerator coefficients a0, a1, …, a5, separated by commas'):
        '分子的六个系数 a0、a1、…、a5，以逗号分隔',
    ('PauEditor', 'The four denominator coefficients b1, …, b4, separated by commas'):
        '分母的四个系数 b1、…、b4，以逗号分隔',
    ('PauEditor', 'a0 … a5'):
        'a0 … a5',
    ('PauEditor', 'b1 … b4'):
        'b1 … b4',
    ('FigureCaption', 'Coefficients a0 … a5: %1; b1 … b4: %2'):
        '系数 a0 … a5：%1；b1 … b4：%2',
    ('ExportCommand', '--pau "a0,a1,a2,a3,a4,a5/b1,b2,b3,b4" sets the coefficients of PAU (pau).\n'):
        '--pau "a0,a1,a2,a3,a4,a5/b1,b2,b3,b4" 设置 PAU（pau）的系数。\n',
}
