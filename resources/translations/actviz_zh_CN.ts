<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/shell/aboutdialog.cpp" line="15"/>
        <source>About actviz</source>
        <translation>关于 actviz</translation>
    </message>
    <message>
        <location filename="../../ui/shell/aboutdialog.cpp" line="22"/>
        <source>&lt;h2&gt;actviz %1&lt;/h2&gt;&lt;p&gt;Plots %2 neural-network activation functions and their derivatives, shades where their gradient vanishes, and shows softmax with temperature — for teaching.&lt;/p&gt;&lt;p&gt;Numerics in double precision with stable formulas (core library, Eigen %3.%4.%5); drawing with Qt %6 Widgets and Qt Charts. Colours: the Okabe–Ito colour-blind-safe palette.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;actviz %1&lt;/h2&gt;&lt;p&gt;绘制 %2 种神经网络激活函数及其导数，标出梯度消失的区域，并演示带温度的 softmax——为教学而作。&lt;/p&gt;&lt;p&gt;数值计算采用双精度与数值稳定的公式（核心库，Eigen %3.%4.%5）；界面基于 Qt %6 的 Widgets 与 Charts 模块。配色：Okabe–Ito 色盲友好调色板。&lt;/p&gt;&lt;p&gt;以 MIT 许可证发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivationNotes</name>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="4"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="5"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="6"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="190"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="198"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="246"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="374"/>
        <source>(−∞, ∞)</source>
        <translation>(−∞, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="7"/>
        <source>{1}</source>
        <translation>{1}</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="8"/>
        <source>Passes the input through unchanged: the gradient is exactly 1 everywhere, so it neither saturates nor vanishes.</source>
        <translation>输入原样输出：导数处处恰为 1，既不饱和，也不会造成梯度消失。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="9"/>
        <source>A stack of linear layers with identity activations is still one linear map, so depth adds no expressive power.</source>
        <translation>若各层都用恒等激活，多个线性层叠加后仍只是一个线性映射，加深网络并不能增强表达能力。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="10"/>
        <source>The output layer for regression, and the logits that a softmax or sigmoid inside the loss turns into probabilities. Also the baseline that shows why hidden layers need a nonlinearity.</source>
        <translation>回归任务的输出层，以及交给损失函数（其中包含 softmax 或 sigmoid）转换为概率的 logits。也可作为对照，说明隐藏层为何需要非线性。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="12"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≥ 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≥ 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="13"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="317"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 0 &amp;nbsp;(undefined at the jump &lt;i&gt;x&lt;/i&gt; = 0; 0 is returned there)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 0 &amp;nbsp;（在跳跃点 &lt;i&gt;x&lt;/i&gt; = 0 处无定义，此处返回 0）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="14"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="39"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="47"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="175"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="199"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="207"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="279"/>
        <source>{0, 1}</source>
        <translation>{0, 1}</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="15"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="319"/>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="16"/>
        <source>The unit of Rosenblatt’s perceptron: a clean yes/no decision that is trivial to compute and to interpret.</source>
        <translation>Rosenblatt 感知机所用的单元：给出干脆利落的“是/否”判断，计算和解释都极其简单。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="17"/>
        <source>Its derivative is zero everywhere (and undefined at the jump), so gradient descent receives no signal and cannot train it.</source>
        <translation>导数处处为零（跳跃点处无定义），梯度下降得不到任何信号，因而无法训练。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="18"/>
        <source>The perceptron learning rule, and in lectures the motivation for smooth activations such as the sigmoid. Binarised networks use it in the forward pass with a straight-through gradient.</source>
        <translation>感知机学习规则；在课堂上用来说明为什么需要 sigmoid 这类平滑激活函数。二值化网络在前向传播中使用它，反向传播则借助直通估计器（STE）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="20"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="21"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)·σ(−&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 − σ(&lt;i&gt;x&lt;/i&gt;))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)·σ(−&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 − σ(&lt;i&gt;x&lt;/i&gt;))</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="22"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="183"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="254"/>
        <source>(0, 1)</source>
        <translation>(0, 1)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="23"/>
        <source>(0, 0.25]</source>
        <translation>(0, 0.25]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="24"/>
        <source>Smooth and monotonic, with outputs in (0, 1) that read as probabilities; the derivative is cheap to get from the output, σ(1 − σ).</source>
        <translation>平滑、单调，输出位于 (0, 1)，可直接解释为概率；导数可由输出直接算出：σ(1 − σ)。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="25"/>
        <source>σ′ ≤ 0.25, so every sigmoid layer scales the back-propagated gradient by at most 0.25 (before the weights) and it vanishes in deep stacks; the function saturates for |x| beyond about 5. Outputs are always positive (not zero-centred), which makes weight updates zig-zag.</source>
        <translation>σ′ ≤ 0.25，每经过一层 sigmoid，反向传播的梯度（不计权重）至多乘以 0.25，深层网络中梯度因而消失；|x| 超过约 5 后函数饱和。输出恒为正（非零中心化），使权重更新呈锯齿状。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="26"/>
        <source>The output layer of binary classification (with binary cross-entropy computed from the logits) and the gates of LSTM and GRU cells. Rarely a good choice for hidden layers today.</source>
        <translation>二分类的输出层（由 logits 直接计算二元交叉熵），以及 LSTM、GRU 单元中的门控。如今很少适合用于隐藏层。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="28"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = tanh &lt;i&gt;x&lt;/i&gt; = (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) / (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = tanh &lt;i&gt;x&lt;/i&gt; = (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) / (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="29"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1 − tanh&lt;sup&gt;2&lt;/sup&gt; &lt;i&gt;x&lt;/i&gt; = sech&lt;sup&gt;2&lt;/sup&gt; &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1 − tanh&lt;sup&gt;2&lt;/sup&gt; &lt;i&gt;x&lt;/i&gt; = sech&lt;sup&gt;2&lt;/sup&gt; &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="30"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="150"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="238"/>
        <source>(−1, 1)</source>
        <translation>(−1, 1)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="31"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="151"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="214"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="223"/>
        <source>(0, 1]</source>
        <translation>(0, 1]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="32"/>
        <source>Zero-centred, and its slope at 0 is 1, four times the sigmoid’s; it is a rescaled sigmoid: tanh x = 2σ(2x) − 1.</source>
        <translation>零中心化，在 0 处的斜率为 1，是 sigmoid 的四倍；它其实就是缩放后的 sigmoid：tanh x = 2σ(2x) − 1。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="33"/>
        <source>Still saturates: for |x| beyond about 3 the derivative is below 0.01, so gradients vanish through many layers or time steps.</source>
        <translation>仍然会饱和：|x| 超过约 3 时导数已小于 0.01，经过多层或多个时间步后梯度消失。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="34"/>
        <source>The hidden state and cell output of LSTM, GRU and plain RNNs; outputs that must lie in (−1, 1), such as the images produced by a DCGAN generator.</source>
        <translation>LSTM、GRU 及普通 RNN 的隐藏状态与细胞输出；需要输出落在 (−1, 1) 内的场合，例如 DCGAN 生成器输出的图像。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="36"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="37"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="38"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="310"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="334"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="335"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="343"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="350"/>
        <source>[0, ∞)</source>
        <translation>[0, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="40"/>
        <source>Very cheap (one comparison), gives sparse activations, and does not saturate for x &gt; 0: the gradient passes through active units unchanged.</source>
        <translation>计算极其廉价（一次比较），激活稀疏，且在 x &gt; 0 时不饱和：梯度原样穿过处于激活状态的单元。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="41"/>
        <source>Dying ReLU: a unit whose input stays negative (for example after a large update pushes its bias down) gets zero gradient and stops learning for good. Outputs are not zero-centred, and f′(0) = 0 is taken by convention.</source>
        <translation>神经元“死亡”：若某个单元的输入一直为负（例如一次过大的更新把偏置推得很低），其梯度恒为零，从此不再学习。输出非零中心化；按惯例取 f′(0) = 0。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="42"/>
        <source>The default hidden activation of CNNs and MLPs (AlexNet, VGG, ResNet), usually with He initialisation.</source>
        <translation>CNN 和 MLP 隐藏层的默认激活函数（AlexNet、VGG、ResNet），通常配合 He 初始化。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="44"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="45"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;0 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;otherwise&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;0 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;其他&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="46"/>
        <source>[0, 6]</source>
        <translation>[0, 6]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="48"/>
        <source>The bounded output keeps activations in a fixed range, which suits low-precision and quantised (fixed-point) inference.</source>
        <translation>输出有界，激活值始终处于固定区间，适合低精度与量化（定点）推理。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="49"/>
        <source>Zero gradient both below 0 and above 6, so units can die at either end; the cap of 6 is an empirical choice.</source>
        <translation>在 0 以下和 6 以上梯度都为零，单元可能在两端“死亡”；上限 6 是经验取值。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="50"/>
        <source>Mobile networks: MobileNetV1 and MobileNetV2. It is also the building block of hard-sigmoid and hard-swish.</source>
        <translation>移动端网络：MobileNetV1 和 MobileNetV2。它也是 hard-sigmoid 与 hard-swish 的基本构件。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="52"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="53"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="61"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="54"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="62"/>
        <source>(−∞, ∞) for α &gt; 0</source>
        <translation>(−∞, ∞)（α &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="55"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="63"/>
        <source>{α, 1}</source>
        <translation>{α, 1}</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="56"/>
        <source>A small slope α (default 0.01) for negative inputs keeps a gradient flowing, so units cannot die; as cheap as ReLU.</source>
        <translation>负输入一侧保留小斜率 α（默认 0.01），梯度始终能够流过，单元不会“死亡”；计算与 ReLU 一样廉价。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="57"/>
        <source>α is one more hyperparameter, and the gain over plain ReLU is often small; still not smooth at 0, where f′(0) = α is taken.</source>
        <translation>α 是额外的超参数，而相对普通 ReLU 的提升往往不大；在 0 处仍不光滑，约定 f′(0) = α。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="58"/>
        <source>GAN discriminators (DCGAN uses α = 0.2) and the YOLO detectors up to YOLOv3 (α = 0.1).</source>
        <translation>GAN 的判别器（DCGAN 取 α = 0.2），以及 YOLOv3 及更早的 YOLO 检测器（α = 0.1）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="60"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;(α is learned in training)</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;（α 在训练中学习得到）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="64"/>
        <source>Like leaky ReLU, but the negative slope α is learned (typically one per channel, initialised to 0.25), at negligible extra cost.</source>
        <translation>与 Leaky ReLU 相同，但负半轴斜率 α 由训练学习得到（通常每个通道一个，初值 0.25），额外开销可以忽略。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="65"/>
        <source>The extra parameters can overfit small data sets, and weight decay should not be applied to α, or it is pulled back towards ReLU.</source>
        <translation>额外参数在小数据集上可能过拟合；不应对 α 施加权重衰减，否则它会被拉回 0，退化为 ReLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="66"/>
        <source>Deep image classifiers (He et al. 2015, the first reported to surpass human-level accuracy on ImageNet) and face-recognition CNNs.</source>
        <translation>深层图像分类网络（He 等人 2015 年的工作，首次报告在 ImageNet 上超越人类水平）以及人脸识别 CNN。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="68"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≥ 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;s·&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;s = (α + β)/2 (evaluation mode)</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≥ 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;s·&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;s = (α + β)/2（评估模式）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="69"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;s = (α + β)/2,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;s = (α + β)/2,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="70"/>
        <source>(−∞, ∞) for α + β &gt; 0</source>
        <translation>(−∞, ∞)（α + β &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="71"/>
        <source>{s, 1}, s = (α + β)/2</source>
        <translation>{s, 1}, s = (α + β)/2</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="72"/>
        <source>In training the negative slope is drawn uniformly from [α, β] (by default [1/8, 1/3]) for every element, which acts as a regulariser; in evaluation the fixed mean slope (α + β)/2 is used, as plotted here.</source>
        <translation>训练时每个元素的负半轴斜率从 [α, β]（默认 [1/8, 1/3]）中均匀随机抽取，起到正则化作用；评估时使用固定的平均斜率 (α + β)/2，即这里画出的曲线。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="73"/>
        <source>The randomness makes training and evaluation behave differently, and the evidence for it comes from small-scale experiments; it is rarely used today.</source>
        <translation>随机性使训练与评估时的行为不一致，支持它的证据也只来自小规模实验；如今很少使用。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="74"/>
        <source>Regularising small CNNs, as in Xu et al. (2015), who compared the rectifier variants on CIFAR and the Kaggle NDSB competition data.</source>
        <translation>用于小型 CNN 的正则化，参见 Xu 等人（2015）在 CIFAR 与 Kaggle NDSB 竞赛数据上对各种整流单元的比较。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="76"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1),&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1),&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="77"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;α e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="78"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="86"/>
        <source>(−α, ∞) for α &gt; 0</source>
        <translation>(−α, ∞)（α &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="79"/>
        <source>(0, α] ∪ {1}; (0, 1] for α = 1</source>
        <translation>(0, α] ∪ {1}；α = 1 时为 (0, 1]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="80"/>
        <source>Negative outputs pull the mean activation towards zero, which speeds up learning; smooth for α = 1, and saturating at −α makes it robust to noise in very negative inputs.</source>
        <translation>负值输出把激活均值拉向零，从而加快学习；α = 1 时处处光滑，负向饱和于 −α 又使它对很负的输入中的噪声更稳健。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="81"/>
        <source>An exponential for every negative input makes it slower than ReLU; for α ≠ 1 the derivative jumps at 0 (f′(0) = α is taken).</source>
        <translation>每个负输入都要算一次指数，比 ReLU 慢；α ≠ 1 时导数在 0 处跳变（约定 f′(0) = α）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="82"/>
        <source>Proposed by Clevert et al. (2015) as a faster-learning replacement for ReLU in deep CNNs; a drop-in alternative in fully connected networks too.</source>
        <translation>由 Clevert 等人（2015）提出，作为深层 CNN 中学习更快的 ReLU 替代品；在全连接网络中也可直接替换 ReLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="84"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;) + min(0, α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;) + min(0, α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1))</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="85"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="87"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="263"/>
        <source>(0, 1] for α &gt; 0</source>
        <translation>(0, 1]（α &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="88"/>
        <source>ELU reparameterised so that the slope at 0 is 1 for every α: the function is continuously differentiable (C¹) whatever the scale α, and CELU with α = 1 is ELU.</source>
        <translation>对 ELU 重新参数化，使 0 处的斜率对任意 α 都等于 1：无论尺度 α 取何值，函数都连续可微（C¹）；α = 1 时 CELU 就是 ELU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="89"/>
        <source>It shares ELU’s exponential cost, and in practice it is rarely chosen over ELU or SiLU.</source>
        <translation>与 ELU 一样需要计算指数，实践中很少有人选它而不选 ELU 或 SiLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="90"/>
        <source>Barron (2017); available in PyTorch as nn.CELU for models that tune the negative saturation value −α without introducing a kink.</source>
        <translation>Barron（2017）提出；PyTorch 中为 nn.CELU，用于需要调节负向饱和值 −α 又不想引入折点的模型。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="92"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = λ&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;a(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1),&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;λ ≈ 1.0507, a ≈ 1.6733</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = λ&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;a(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1),&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;λ ≈ 1.0507，a ≈ 1.6733</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="93"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;λ,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;λa e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;λa ≈ 1.7581</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;λ,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;λa e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;λa ≈ 1.7581</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="94"/>
        <source>(−λa, ∞) ≈ (−1.7581, ∞)</source>
        <translation>(−λa, ∞) ≈ (−1.7581, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="95"/>
        <source>(0, λa] ≈ (0, 1.7581]</source>
        <translation>(0, λa] ≈ (0, 1.7581]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="96"/>
        <source>The constants λ and a are chosen so that the activations of a fully connected network converge to zero mean and unit variance layer after layer (self-normalising), without batch normalisation.</source>
        <translation>常数 λ 和 a 经过专门选取，使全连接网络的激活值逐层收敛到均值 0、方差 1（自归一化），无需批归一化。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="97"/>
        <source>The guarantee needs LeCun-normal initialisation, standardised inputs, plain dense layers and AlphaDropout instead of ordinary dropout; the derivative jumps at 0 (λa ≈ 1.758 on the left, λ ≈ 1.051 on the right).</source>
        <translation>这一保证要求 LeCun 正态初始化、标准化的输入、普通全连接层，并用 AlphaDropout 代替普通 dropout；导数在 0 处跳变（左侧 λa ≈ 1.758，右侧 λ ≈ 1.051）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="98"/>
        <source>Self-normalising neural networks (Klambauer et al. 2017): deep feed-forward networks, for example on tabular data, with LeCun-normal initialisation and AlphaDropout.</source>
        <translation>自归一化神经网络（Klambauer 等人，2017）：深层前馈网络（例如处理表格数据），配合 LeCun 正态初始化和 AlphaDropout。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="100"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = ½&lt;i&gt;x&lt;/i&gt;(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2)), &amp;nbsp;Φ: standard normal CDF</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = ½&lt;i&gt;x&lt;/i&gt;(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2))，&amp;nbsp;Φ：标准正态分布函数</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="101"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = Φ(&lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·φ(&lt;i&gt;x&lt;/i&gt;), &amp;nbsp;φ(&lt;i&gt;x&lt;/i&gt;) = e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;²/2&lt;/sup&gt;/√(2π)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = Φ(&lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·φ(&lt;i&gt;x&lt;/i&gt;), &amp;nbsp;φ(&lt;i&gt;x&lt;/i&gt;) = e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;²/2&lt;/sup&gt;/√(2π)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="102"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="110"/>
        <source>[≈ −0.1700, ∞)</source>
        <translation>[≈ −0.1700, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="103"/>
        <source>[≈ −0.1289, ≈ 1.1289]</source>
        <translation>[≈ −0.1289, ≈ 1.1289]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="104"/>
        <source>Smooth and slightly non-monotonic: it weights the input by Φ(x), the probability that a standard normal variable is below x: a smooth version of ReLU’s 0/1 gate. It trains well in very deep Transformers.</source>
        <translation>平滑且略微非单调：以 Φ(x)（标准正态变量小于 x 的概率）为权重对输入加权，可看作 ReLU 的 0/1 门控的平滑版本。在很深的 Transformer 中训练效果良好。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="105"/>
        <source>It needs erf, so it costs more than ReLU; not zero-centred, with a small negative dip (minimum ≈ −0.17 at x ≈ −0.75).</source>
        <translation>需要计算 erf，比 ReLU 开销大；非零中心化，负半轴有一个小凹陷（在 x ≈ −0.75 处取最小值 ≈ −0.17）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="106"/>
        <source>The feed-forward blocks of Transformers: BERT, GPT-2 and GPT-3, and Vision Transformers (ViT).</source>
        <translation>Transformer 的前馈层：BERT、GPT-2 与 GPT-3，以及视觉 Transformer（ViT）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="108"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = ½&lt;i&gt;x&lt;/i&gt;(1 + tanh &lt;i&gt;u&lt;/i&gt;), &amp;nbsp;&lt;i&gt;u&lt;/i&gt; = √(2/π)(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = ½&lt;i&gt;x&lt;/i&gt;(1 + tanh &lt;i&gt;u&lt;/i&gt;)，&amp;nbsp;&lt;i&gt;u&lt;/i&gt; = √(2/π)(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="109"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = ½(1 + tanh &lt;i&gt;u&lt;/i&gt;) + ½&lt;i&gt;x&lt;/i&gt;·sech&lt;sup&gt;2&lt;/sup&gt; &lt;i&gt;u&lt;/i&gt;·√(2/π)(1 + 0.134145&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = ½(1 + tanh &lt;i&gt;u&lt;/i&gt;) + ½&lt;i&gt;x&lt;/i&gt;·sech&lt;sup&gt;2&lt;/sup&gt; &lt;i&gt;u&lt;/i&gt;·√(2/π)(1 + 0.134145&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="111"/>
        <source>[≈ −0.1290, ≈ 1.1290]</source>
        <translation>[≈ −0.1290, ≈ 1.1290]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="112"/>
        <source>It avoids erf: this tanh formula stays within 5·10&lt;sup&gt;−4&lt;/sup&gt; of the exact GELU everywhere (the largest gap is near x = −2.7).</source>
        <translation>无需计算 erf：这个基于 tanh 的公式与精确 GELU 的差距处处小于 5·10&lt;sup&gt;−4&lt;/sup&gt;（最大差距出现在 x = −2.7 附近）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="113"/>
        <source>Only an approximation, and hardly faster on modern hardware; swapping it for the exact GELU in a pretrained model shifts the outputs slightly.</source>
        <translation>只是近似，在现代硬件上几乎不比精确形式快；在预训练模型中把它换成精确 GELU 会使输出略有偏移。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="114"/>
        <source>GPT-2 and the original BERT code; PyTorch offers it as gelu(x, approximate=&apos;tanh&apos;).</source>
        <translation>GPT-2 以及 BERT 的原始实现；PyTorch 中写作 gelu(x, approximate=&apos;tanh&apos;)。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="116"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="117"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 + &lt;i&gt;x&lt;/i&gt;·σ(−&lt;i&gt;x&lt;/i&gt;))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 + &lt;i&gt;x&lt;/i&gt;·σ(−&lt;i&gt;x&lt;/i&gt;))</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="118"/>
        <source>[≈ −0.2785, ∞)</source>
        <translation>[≈ −0.2785, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="119"/>
        <source>[≈ −0.0998, ≈ 1.0998]</source>
        <translation>[≈ −0.0998, ≈ 1.0998]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="120"/>
        <source>Smooth, non-monotonic and self-gated (the input gates itself through σ); unbounded above and bounded below, it often trains deep networks better than ReLU.</source>
        <translation>平滑、非单调，且“自门控”（输入通过 σ 为自己加门）；上无界、下有界，训练深层网络时往往优于 ReLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="121"/>
        <source>An exponential per element; the small negative dip (minimum ≈ −0.278 at x ≈ −1.28) means outputs are not sparse.</source>
        <translation>每个元素都要计算一次指数；负半轴的小凹陷（在 x ≈ −1.28 处取最小值 ≈ −0.278）使输出不再稀疏。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="122"/>
        <source>EfficientNet, YOLOv5 and later detectors, diffusion-model U-Nets, and the SwiGLU feed-forward blocks of LLaMA-style language models.</source>
        <translation>EfficientNet、YOLOv5 及之后的检测器、扩散模型的 U-Net，以及 LLaMA 类语言模型中的 SwiGLU 前馈层。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="124"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(β&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(β&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="125"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(β&lt;i&gt;x&lt;/i&gt;)(1 + β&lt;i&gt;x&lt;/i&gt;·σ(−β&lt;i&gt;x&lt;/i&gt;))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(β&lt;i&gt;x&lt;/i&gt;)(1 + β&lt;i&gt;x&lt;/i&gt;·σ(−β&lt;i&gt;x&lt;/i&gt;))</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="126"/>
        <source>[≈ −0.2785/β, ∞) for β &gt; 0</source>
        <translation>[≈ −0.2785/β, ∞)（β &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="127"/>
        <source>[≈ −0.0998, ≈ 1.0998] for β &gt; 0</source>
        <translation>[≈ −0.0998, ≈ 1.0998]（β &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="128"/>
        <source>Found by automated search (Ramachandran et al. 2017); β moves it from the linear function x/2 (β = 0) through SiLU (β = 1) towards ReLU (β → ∞), and can be learned.</source>
        <translation>通过自动搜索发现（Ramachandran 等人，2017）；β 让它从线性函数 x/2（β = 0）经过 SiLU（β = 1）逐渐接近 ReLU（β → ∞），β 也可以作为参数学习。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="129"/>
        <source>An exponential per element, and a learned β adds a parameter; on phones the sigmoid is too costly, hence the hard-swish approximation.</source>
        <translation>每个元素都要计算指数，可学习的 β 又多了一个参数；在手机上 sigmoid 开销太大，因此有了 hard-swish 近似。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="130"/>
        <source>EfficientNet (with β = 1, i.e. SiLU); MobileNetV3 uses its cheap piecewise version, hard-swish.</source>
        <translation>EfficientNet（取 β = 1，即 SiLU）；MobileNetV3 使用它的廉价分段近似 hard-swish。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="132"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(softplus(&lt;i&gt;x&lt;/i&gt;)) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(softplus(&lt;i&gt;x&lt;/i&gt;)) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="133"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = tanh(sp(&lt;i&gt;x&lt;/i&gt;)) + &lt;i&gt;x&lt;/i&gt;·sech&lt;sup&gt;2&lt;/sup&gt;(sp(&lt;i&gt;x&lt;/i&gt;))·σ(&lt;i&gt;x&lt;/i&gt;), &amp;nbsp;sp = softplus</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = tanh(sp(&lt;i&gt;x&lt;/i&gt;)) + &lt;i&gt;x&lt;/i&gt;·sech&lt;sup&gt;2&lt;/sup&gt;(sp(&lt;i&gt;x&lt;/i&gt;))·σ(&lt;i&gt;x&lt;/i&gt;)，&amp;nbsp;sp = softplus</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="134"/>
        <source>[≈ −0.3088, ∞)</source>
        <translation>[≈ −0.3088, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="135"/>
        <source>[≈ −0.1125, ≈ 1.0885]</source>
        <translation>[≈ −0.1125, ≈ 1.0885]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="136"/>
        <source>Smooth and non-monotonic like Swish, with a slightly deeper negative dip; in some benchmarks it edges out Swish and ReLU.</source>
        <translation>与 Swish 一样平滑且非单调，负半轴凹陷略深；在部分基准测试中略胜 Swish 和 ReLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="137"/>
        <source>The most expensive of the family (an exp, a log and a tanh per element), and its advantage is small and not consistent across tasks.</source>
        <translation>在同类函数中开销最大（每个元素需计算 exp、log 和 tanh 各一次），优势不大，在不同任务上也不稳定。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="138"/>
        <source>Misra (2019); the YOLOv4 backbone (CSPDarknet53) and other object detectors.</source>
        <translation>Misra（2019）提出；用于 YOLOv4 的主干网络（CSPDarknet53）及其他目标检测器。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="140"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = (1/β)·ln(1 + e&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = (1/β)·ln(1 + e&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="141"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(β&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(β&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="142"/>
        <source>(0, ∞) for β &gt; 0</source>
        <translation>(0, ∞)（β &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="143"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="271"/>
        <source>(0, 1) for β &gt; 0</source>
        <translation>(0, 1)（β &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="144"/>
        <source>A smooth ReLU whose derivative is exactly the sigmoid; outputs are strictly positive, and a larger β makes it closer to ReLU.</source>
        <translation>平滑版的 ReLU，其导数恰好是 sigmoid；输出严格为正，β 越大越接近 ReLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="145"/>
        <source>Never exactly zero, so no sparsity; it costs an exp and a log, and the gradient still vanishes for very negative inputs.</source>
        <translation>输出永远不为零，没有稀疏性；需要计算 exp 和 log，且输入很负时梯度仍会消失。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="146"/>
        <source>Making an output positive: variances and scales of probabilistic models (e.g. the σ of a Gaussian output in a VAE or in regression) and Poisson rates; also inside Mish.</source>
        <translation>保证输出为正：概率模型中的方差与尺度参数（例如 VAE 或回归中高斯输出的 σ）以及泊松分布的速率；Mish 中也用到它。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="148"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / (1 + |&lt;i&gt;x&lt;/i&gt;|)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / (1 + |&lt;i&gt;x&lt;/i&gt;|)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="149"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + |&lt;i&gt;x&lt;/i&gt;|)&lt;sup&gt;2&lt;/sup&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + |&lt;i&gt;x&lt;/i&gt;|)&lt;sup&gt;2&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="152"/>
        <source>Zero-centred like tanh but with no exponential; it approaches ±1 only polynomially (the gap shrinks like 1/|x|), so it saturates more gently than tanh.</source>
        <translation>与 tanh 一样零中心化，但无需计算指数；它只以多项式速度趋近 ±1（差距按 1/|x| 缩小），饱和比 tanh 更缓和。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="153"/>
        <source>Rarely used: the derivative still decays like 1/x², so gradients vanish for large inputs, and in practice it has not beaten tanh or ReLU.</source>
        <translation>很少使用：导数仍按 1/x² 衰减，大输入时梯度照样消失，实践中也没有胜过 tanh 或 ReLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="154"/>
        <source>Studied as a cheaper tanh in early deep-learning work (Bergstra et al. 2009; Glorot and Bengio 2010); Keras still offers it.</source>
        <translation>在早期深度学习研究中作为更廉价的 tanh 替代品被研究过（Bergstra 等人，2009；Glorot 与 Bengio，2010）；Keras 至今仍提供它。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="156"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = relu6(&lt;i&gt;x&lt;/i&gt; + 3)/6 = min(max(0, (&lt;i&gt;x&lt;/i&gt; + 3)/6), 1)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = relu6(&lt;i&gt;x&lt;/i&gt; + 3)/6 = min(max(0, (&lt;i&gt;x&lt;/i&gt; + 3)/6), 1)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="157"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1/6,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;−3 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;otherwise&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1/6,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;−3 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;其他&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="158"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="351"/>
        <source>[0, 1]</source>
        <translation>[0, 1]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="159"/>
        <source>{0, 1/6}</source>
        <translation>{0, 1/6}</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="160"/>
        <source>A piecewise-linear sigmoid with no exponential: cheap to compute, also in fixed-point arithmetic, which suits quantised mobile models.</source>
        <translation>分段线性的 sigmoid，无需指数运算：计算开销小，在定点运算中同样容易实现，适合量化的移动端模型。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="161"/>
        <source>The gradient is exactly zero outside (−3, 3) (hard saturation) and only 1/6 inside. Definitions differ: this is PyTorch’s, while older Keras versions used 0.2x + 0.5.</source>
        <translation>在 (−3, 3) 之外梯度恰为零（硬饱和），区间内斜率也只有 1/6。各框架定义不一：此处采用 PyTorch 的定义，旧版 Keras 用的是 0.2x + 0.5。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="162"/>
        <source>The gates of MobileNetV3 (its squeeze-and-excitation blocks) and the building block of hard-swish.</source>
        <translation>MobileNetV3 中的门控（squeeze-and-excitation 模块），以及 hard-swish 的组成部分。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="164"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·relu6(&lt;i&gt;x&lt;/i&gt; + 3)/6</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·relu6(&lt;i&gt;x&lt;/i&gt; + 3)/6</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="165"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:xx-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; −3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;(2&lt;i&gt;x&lt;/i&gt; + 3)/6,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;−3 ≤ &lt;i&gt;x&lt;/i&gt; ≤ 3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 3&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:xx-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; −3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;(2&lt;i&gt;x&lt;/i&gt; + 3)/6,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;−3 ≤ &lt;i&gt;x&lt;/i&gt; ≤ 3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 3&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="166"/>
        <source>[−0.375, ∞)</source>
        <translation>[−0.375, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="167"/>
        <source>[−0.5, 1.5]</source>
        <translation>[−0.5, 1.5]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="168"/>
        <source>A cheap piecewise approximation of Swish (no exponential) that keeps most of its accuracy and survives quantisation well.</source>
        <translation>Swish 的廉价分段近似（无需指数运算），保留了其大部分精度，量化后表现依然良好。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="169"/>
        <source>Not smooth: the derivative jumps at ±3, where this program, like PyTorch, takes the middle branch (−½ at −3, 3/2 at 3); non-monotonic, with minimum −0.375 at x = −1.5.</source>
        <translation>不光滑：导数在 ±3 处跳变，本程序与 PyTorch 一样取中间一段的值（−3 处为 −½，3 处为 3/2）；非单调，在 x = −1.5 处取最小值 −0.375。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="170"/>
        <source>The deeper layers of MobileNetV3 (Howard et al. 2019) and other efficient networks for phones.</source>
        <translation>MobileNetV3（Howard 等人，2019）的较深层，以及其他面向手机的高效网络。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="172"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = clamp(&lt;i&gt;x&lt;/i&gt;, −1, 1) = max(−1, min(1, &lt;i&gt;x&lt;/i&gt;))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = clamp(&lt;i&gt;x&lt;/i&gt;, −1, 1) = max(−1, min(1, &lt;i&gt;x&lt;/i&gt;))</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="173"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;−1 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;otherwise&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;−1 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;其他&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="174"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="286"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="287"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="294"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="295"/>
        <source>[−1, 1]</source>
        <translation>[−1, 1]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="176"/>
        <source>Zero-centred, the identity on (−1, 1), and as cheap as a clamp.</source>
        <translation>零中心化，在 (−1, 1) 上就是恒等映射，计算只是一次截断。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="177"/>
        <source>The gradient is exactly zero for |x| ≥ 1, so saturated units stop learning (hard saturation).</source>
        <translation>|x| ≥ 1 时梯度恰为零，饱和的单元不再学习（硬饱和）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="178"/>
        <source>Older NLP networks (Collobert et al. 2011); its derivative is the clipped straight-through gradient used to train binarised networks.</source>
        <translation>较早的 NLP 网络（Collobert 等人，2011）；它的导数正是训练二值化网络时所用的截断直通梯度。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="180"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = ln σ(&lt;i&gt;x&lt;/i&gt;) = −ln(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) = −softplus(−&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = ln σ(&lt;i&gt;x&lt;/i&gt;) = −ln(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) = −softplus(−&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="181"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(−&lt;i&gt;x&lt;/i&gt;) = 1 − σ(&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = σ(−&lt;i&gt;x&lt;/i&gt;) = 1 − σ(&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="182"/>
        <source>(−∞, 0)</source>
        <translation>(−∞, 0)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="184"/>
        <source>The log-probability of a sigmoid output computed stably in one step, without forming σ(x) and then taking its log; the gradient tends to 1, not 0, as x → −∞.</source>
        <translation>一步稳定地算出 sigmoid 输出的对数概率，无需先算 σ(x) 再取对数；当 x → −∞ 时梯度趋于 1 而不是 0。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="185"/>
        <source>Always negative and unbounded below: not a hidden-layer activation in practice.</source>
        <translation>输出恒为负且下方无界：实践中不作为隐藏层激活函数。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="186"/>
        <source>Inside losses: binary cross-entropy with logits, the negative-sampling loss of word2vec, and pairwise preference losses such as the Bradley–Terry reward-model loss and DPO, −ln σ(r&lt;sub&gt;w&lt;/sub&gt; − r&lt;sub&gt;l&lt;/sub&gt;).</source>
        <translation>用在损失函数内部：带 logits 的二元交叉熵、word2vec 的负采样损失，以及奖励模型（Bradley–Terry）和 DPO 等成对偏好损失 −ln σ(r&lt;sub&gt;w&lt;/sub&gt; − r&lt;sub&gt;l&lt;/sub&gt;)。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="188"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − tanh &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − tanh &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="189"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = tanh&lt;sup&gt;2&lt;/sup&gt; &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = tanh&lt;sup&gt;2&lt;/sup&gt; &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="191"/>
        <source>[0, 1)</source>
        <translation>[0, 1)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="192"/>
        <source>Smooth, odd and monotonic; it suppresses small inputs (≈ x³/3 near 0) and passes large ones shifted by ∓1.</source>
        <translation>平滑、单调的奇函数；抑制小输入（在 0 附近约为 x³/3），大输入则平移 ∓1 后通过。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="193"/>
        <source>Near 0, where most pre-activations lie, the derivative tanh² x ≈ x² is almost zero, so learning there is very slow; rarely used.</source>
        <translation>大多数预激活值都落在 0 附近，而那里的导数 tanh² x ≈ x² 几乎为零，学习非常缓慢；很少使用。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="194"/>
        <source>A smooth shrinkage in sparse-coding-style models; PyTorch offers it as nn.Tanhshrink, but modern architectures seldom use it.</source>
        <translation>稀疏编码类模型中的平滑收缩函数；PyTorch 提供 nn.Tanhshrink，但现代网络结构中很少使用。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="196"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:xx-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; − λ,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; λ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; + λ,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; −λ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;otherwise&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:xx-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; − λ,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; λ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; + λ,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; −λ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;其他&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="197"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="205"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;|&lt;i&gt;x&lt;/i&gt;| &gt; λ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;|&lt;i&gt;x&lt;/i&gt;| ≤ λ&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;|&lt;i&gt;x&lt;/i&gt;| &gt; λ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;|&lt;i&gt;x&lt;/i&gt;| ≤ λ&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="200"/>
        <source>Soft thresholding, the proximal operator of λ‖x‖&lt;sub&gt;1&lt;/sub&gt;: it sets small values exactly to zero (sparsity) and is continuous.</source>
        <translation>即软阈值，λ‖x‖&lt;sub&gt;1&lt;/sub&gt; 的近端算子：把小值精确置零（稀疏性），且函数连续。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="201"/>
        <source>Zero gradient on the dead zone [−λ, λ], and large values are biased towards zero by λ.</source>
        <translation>在死区 [−λ, λ] 内梯度为零，且大值也被整体向零收缩 λ，产生偏差。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="202"/>
        <source>ISTA and unrolled sparse-coding networks (LISTA), and wavelet denoising.</source>
        <translation>ISTA 算法与展开式稀疏编码网络（LISTA），以及小波去噪。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="204"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;|&lt;i&gt;x&lt;/i&gt;| &gt; λ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;|&lt;i&gt;x&lt;/i&gt;| ≤ λ&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;|&lt;i&gt;x&lt;/i&gt;| &gt; λ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;|&lt;i&gt;x&lt;/i&gt;| ≤ λ&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="206"/>
        <source>(−∞, −λ) ∪ {0} ∪ (λ, ∞)</source>
        <translation>(−∞, −λ) ∪ {0} ∪ (λ, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="208"/>
        <source>Hard thresholding: it keeps large values unchanged (no shrinkage bias, unlike softshrink) and zeroes small ones.</source>
        <translation>即硬阈值：大值原样保留（不像 softshrink 那样带来收缩偏差），小值直接置零。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="209"/>
        <source>Discontinuous at ±λ, with zero gradient on [−λ, λ]; f(±λ) = 0 by convention.</source>
        <translation>在 ±λ 处不连续，[−λ, λ] 上梯度为零；按约定 f(±λ) = 0。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="210"/>
        <source>Iterative hard thresholding for sparse recovery (an L0 penalty) and denoising; rare as a network activation.</source>
        <translation>稀疏恢复中的迭代硬阈值算法（对应 L0 惩罚）以及去噪；很少用作网络的激活函数。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="212"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;²&lt;/sup&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;²&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="213"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = −2&lt;i&gt;x&lt;/i&gt;·e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;²&lt;/sup&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = −2&lt;i&gt;x&lt;/i&gt;·e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;²&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="215"/>
        <source>[−√(2/e), √(2/e)] ≈ [−0.8578, 0.8578]</source>
        <translation>[−√(2/e), √(2/e)] ≈ [−0.8578, 0.8578]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="216"/>
        <source>Smooth and localised: it responds only to inputs near 0, a bump rather than a switch.</source>
        <translation>平滑且局部化：只对 0 附近的输入有响应，是一个“鼓包”而不是开关。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="217"/>
        <source>Non-monotonic and not zero-centred, and the gradient vanishes quickly for |x| beyond about 2.</source>
        <translation>非单调、非零中心化，|x| 超过约 2 后梯度迅速消失。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="218"/>
        <source>Radial-basis-function (RBF) networks; occasionally implicit neural representations, as an alternative to sine activations.</source>
        <translation>径向基函数（RBF）网络；偶尔用于隐式神经表示，作为正弦激活的替代。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="220"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = arctan &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = arctan &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="221"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + &lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + &lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="222"/>
        <source>(−π/2, π/2)</source>
        <translation>(−π/2, π/2)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="224"/>
        <source>Zero-centred and smooth with slope 1 at 0; its derivative decays only like 1/x², so it saturates more slowly than tanh.</source>
        <translation>零中心化、平滑，0 处斜率为 1；导数只按 1/x² 衰减，饱和比 tanh 慢。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="225"/>
        <source>Rarely used: the range ±π/2 is unusual, it offers no clear advantage over tanh, and it still saturates.</source>
        <translation>很少使用：值域 ±π/2 不够常规，相比 tanh 没有明显优势，而且仍会饱和。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="226"/>
        <source>Small networks, and textbook comparisons of S-shaped functions.</source>
        <translation>小型网络，以及教材中对各种 S 形函数的比较。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="228"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = 1.7159·tanh(2&lt;i&gt;x&lt;/i&gt;/3)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = 1.7159·tanh(2&lt;i&gt;x&lt;/i&gt;/3)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="229"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1.7159·(2/3)·sech&lt;sup&gt;2&lt;/sup&gt;(2&lt;i&gt;x&lt;/i&gt;/3)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1.7159·(2/3)·sech&lt;sup&gt;2&lt;/sup&gt;(2&lt;i&gt;x&lt;/i&gt;/3)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="230"/>
        <source>(−1.7159, 1.7159)</source>
        <translation>(−1.7159, 1.7159)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="231"/>
        <source>(0, ≈ 1.1439]</source>
        <translation>(0, ≈ 1.1439]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="232"/>
        <source>Scaled so that f(±1) ≈ ±1 with a gain close to 1 there: with standardised inputs and targets of ±1, units stay out of saturation, as LeCun et al. (1998) recommended.</source>
        <translation>经过缩放，使 f(±1) ≈ ±1 且在该处增益接近 1：输入标准化、目标取 ±1 时，单元不会陷入饱和，这正是 LeCun 等人（1998）的建议。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="233"/>
        <source>Still a tanh: it saturates and gradients vanish in deep stacks; largely superseded by ReLU-type units with normalisation.</source>
        <translation>本质仍是 tanh：会饱和，深层网络中梯度消失；基本已被 ReLU 类单元加归一化所取代。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="234"/>
        <source>Classic multilayer perceptrons and early convolutional networks that follow “Efficient BackProp” (LeCun et al. 1998).</source>
        <translation>遵循《Efficient BackProp》（LeCun 等人，1998）建议的经典多层感知机和早期卷积网络。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="236"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = 2σ(&lt;i&gt;x&lt;/i&gt;) − 1 = tanh(&lt;i&gt;x&lt;/i&gt;/2)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = 2σ(&lt;i&gt;x&lt;/i&gt;) − 1 = tanh(&lt;i&gt;x&lt;/i&gt;/2)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="237"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 2σ(&lt;i&gt;x&lt;/i&gt;)σ(−&lt;i&gt;x&lt;/i&gt;) = ½·sech&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;x&lt;/i&gt;/2)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 2σ(&lt;i&gt;x&lt;/i&gt;)σ(−&lt;i&gt;x&lt;/i&gt;) = ½·sech&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;x&lt;/i&gt;/2)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="239"/>
        <source>(0, 0.5]</source>
        <translation>(0, 0.5]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="240"/>
        <source>The sigmoid shifted and stretched to be zero-centred, with outputs in (−1, 1) (the “bipolar sigmoid”).</source>
        <translation>将 sigmoid 平移并拉伸成零中心化的形式，输出在 (−1, 1) 内（即“双极性 sigmoid”）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="241"/>
        <source>f′ ≤ 0.5, so gradients still vanish in deep stacks; it is just tanh with half the slope and offers nothing tanh does not.</source>
        <translation>f′ ≤ 0.5，深层网络中梯度依然消失；它只是斜率减半的 tanh，并无 tanh 不具备的优点。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="242"/>
        <source>Older neural-network textbooks and toolboxes; today tanh is used instead.</source>
        <translation>常见于较早的神经网络教材和工具箱；如今一般直接使用 tanh。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="244"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = (√(&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + 1) − 1)/2 + &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = (√(&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + 1) − 1)/2 + &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="245"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / (2√(&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + 1)) + 1</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / (2√(&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + 1)) + 1</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="247"/>
        <source>(0.5, 1.5)</source>
        <translation>(0.5, 1.5)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="248"/>
        <source>Smooth and monotonic, with a derivative always between ½ and 3/2: it never saturates and never dies.</source>
        <translation>平滑且单调，导数始终介于 ½ 与 3/2 之间：既不会饱和，也不会“死亡”。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="249"/>
        <source>Rarely used: it is almost linear (slope ½ far to the left, 3/2 far to the right), so it adds little nonlinearity, and it is not zero-centred.</source>
        <translation>很少使用：它几乎是线性的（最左侧斜率 ½，最右侧 3/2），提供的非线性很有限，而且非零中心化。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="250"/>
        <source>Seen mainly in catalogues and comparisons of activation functions, as a smooth function that neither saturates nor gives sparse outputs.</source>
        <translation>主要出现在激活函数的汇总与比较中，作为一个既不饱和、输出也不稀疏的平滑函数。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="252"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = 1 − exp(−e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = 1 − exp(−e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="253"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = exp(&lt;i&gt;x&lt;/i&gt; − e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = exp(&lt;i&gt;x&lt;/i&gt; − e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="255"/>
        <source>(0, 1/e] ≈ (0, 0.3679]</source>
        <translation>(0, 1/e] ≈ (0, 0.3679]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="256"/>
        <source>An asymmetric S-curve with a clear statistical meaning: 1 − exp(−e&lt;sup&gt;x&lt;/sup&gt;) is the probability of at least one event when the count is Poisson with rate e&lt;sup&gt;x&lt;/sup&gt;.</source>
        <translation>一条非对称的 S 形曲线，统计意义明确：当事件数服从速率为 e&lt;sup&gt;x&lt;/sup&gt; 的泊松分布时，1 − exp(−e&lt;sup&gt;x&lt;/sup&gt;) 正是至少发生一次事件的概率。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="257"/>
        <source>It saturates towards 1 doubly exponentially fast, its slope is at most 1/e ≈ 0.37, and it is not zero-centred.</source>
        <translation>以双指数速度向 1 饱和，斜率最大只有 1/e ≈ 0.37，而且非零中心化。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="258"/>
        <source>The complementary log-log link of generalised linear models, e.g. discrete-time survival and dose–response models; rare in neural networks.</source>
        <translation>广义线性模型中的互补双对数（cloglog）连接函数，例如离散时间生存模型和剂量反应模型；在神经网络中很少见。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="260"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / √(1 + α&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / √(1 + α&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="261"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = (1 + α&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)&lt;sup&gt;−3/2&lt;/sup&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = (1 + α&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;)&lt;sup&gt;−3/2&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="262"/>
        <source>(−1/√α, 1/√α) for α &gt; 0</source>
        <translation>(−1/√α, 1/√α)（α &gt; 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="264"/>
        <source>A tanh-like, zero-centred squashing function built from a square root only (no exponential); α sets the range ±1/√α.</source>
        <translation>类似 tanh 的零中心化压缩函数，只用到平方根（无需指数）；α 决定值域 ±1/√α。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="265"/>
        <source>It still saturates (f′ decays like |x|&lt;sup&gt;−3&lt;/sup&gt;), and it is rarely used: the speed advantage over tanh matters only on some hardware.</source>
        <translation>仍会饱和（f′ 按 |x|&lt;sup&gt;−3&lt;/sup&gt; 衰减），且很少使用：相对 tanh 的速度优势只在部分硬件上才有意义。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="266"/>
        <source>Proposed with ISRLU (Carlile et al. 2017) as a cheaper replacement for tanh and sigmoid in recurrent networks.</source>
        <translation>与 ISRLU 一同提出（Carlile 等人，2017），用作循环网络中 tanh 和 sigmoid 的廉价替代。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="268"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = (&lt;i&gt;x&lt;/i&gt; + √(&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + β))/2</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = (&lt;i&gt;x&lt;/i&gt; + √(&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + β))/2</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="269"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = (1 + &lt;i&gt;x&lt;/i&gt; / √(&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + β))/2 &amp;nbsp;(½ at &lt;i&gt;x&lt;/i&gt; = 0 when β = 0)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = (1 + &lt;i&gt;x&lt;/i&gt; / √(&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + β))/2 &amp;nbsp;（β = 0 时在 &lt;i&gt;x&lt;/i&gt; = 0 处取 ½）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="270"/>
        <source>(0, ∞) for β &gt; 0; [0, ∞) for β = 0</source>
        <translation>(0, ∞)（β &gt; 0 时）；[0, ∞)（β = 0 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="272"/>
        <source>A softplus-like smooth ReLU that needs only multiplications, additions and one square root, so it is fast where exp and log are slow; β = 0 gives ReLU exactly.</source>
        <translation>类似 softplus 的平滑 ReLU，只需乘法、加法和一次开方，在 exp 与 log 较慢的硬件上速度很快；β = 0 时恰好就是 ReLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="273"/>
        <source>Rarely used; its left tail decays only like β/(4|x|), far more slowly than the e&lt;sup&gt;x&lt;/sup&gt; of softplus.</source>
        <translation>很少使用；左侧尾部只按 β/(4|x|) 衰减，比 softplus 的 e&lt;sup&gt;x&lt;/sup&gt; 慢得多。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="274"/>
        <source>Barron (2021); a drop-in replacement for softplus when speed matters.</source>
        <translation>Barron（2021）提出；注重速度时可直接替换 softplus。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="276"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; α&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;β,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ α&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt;,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; α&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;β,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ α&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="277"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; α&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ α&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;2&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:x-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; α&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; ≤ α&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="278"/>
        <source>{β} ∪ (α, ∞)</source>
        <translation>{β} ∪ (α, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="280"/>
        <source>Generalises ReLU (α = β = 0 gives ReLU): values at or below the threshold α are replaced by β.</source>
        <translation>ReLU 的推广（α = β = 0 时即为 ReLU）：不超过阈值 α 的值一律替换为 β。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="281"/>
        <source>Discontinuous at α unless α = β, with zero gradient at and below the threshold.</source>
        <translation>除非 α = β，否则在 α 处不连续，且在阈值及其以下梯度为零。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="282"/>
        <source>PyTorch’s nn.Threshold: a utility that clips small values to a constant, rather than a trainable hidden activation.</source>
        <translation>PyTorch 中的 nn.Threshold：用来把较小的值截为常数的工具，而不是需要训练的隐藏层激活。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="284"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = sin &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = sin &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="285"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = cos &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = cos &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="288"/>
        <source>Smooth, zero-centred and periodic: a network of sines represents fine detail, and its derivatives of every order are again well behaved.</source>
        <translation>平滑、零中心化且具有周期性：由正弦构成的网络能够表示精细的细节，其任意阶导数也都表现良好。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="289"/>
        <source>Non-monotonic and periodic, so many inputs map to the same output and the loss has many local minima; it needs a special initialisation to train.</source>
        <translation>非单调且周期性，许多不同输入对应同一输出，损失函数存在大量局部极小值；需要特殊的初始化才能训练好。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="290"/>
        <source>SIREN (Sitzmann et al. 2020) and other implicit neural representations of images, shapes and signals, with sin(ω&lt;sub&gt;0&lt;/sub&gt;x) and ω&lt;sub&gt;0&lt;/sub&gt; = 30.</source>
        <translation>SIREN（Sitzmann 等人，2020）等用于表示图像、形状和信号的隐式神经表示，采用 sin(ω&lt;sub&gt;0&lt;/sub&gt;x)，ω&lt;sub&gt;0&lt;/sub&gt; = 30。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="292"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = cos &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = cos &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="293"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = −sin &lt;i&gt;x&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = −sin &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="296"/>
        <source>Smooth and periodic; cos(wx + b) with random w and b gives random Fourier features that approximate a Gaussian kernel.</source>
        <translation>平滑且具有周期性；取随机 w、b 的 cos(wx + b) 构成随机傅里叶特征，可以近似高斯核。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="297"/>
        <source>Even rather than odd: cos 0 = 1, so it is not zero-centred and has zero slope at the origin; non-monotonic, with the same training difficulties as sin.</source>
        <translation>它是偶函数而非奇函数：cos 0 = 1，因此非零中心化，且在原点处斜率为零；非单调，训练难点与 sin 相同。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="298"/>
        <source>Random Fourier feature layers (Rahimi and Recht 2007); otherwise rare, since it is only a phase-shifted sine.</source>
        <translation>随机傅里叶特征层（Rahimi 与 Recht，2007）；除此之外很少使用，毕竟它只是相移后的正弦。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="300"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = sin &lt;i&gt;x&lt;/i&gt; / &lt;i&gt;x&lt;/i&gt; &amp;nbsp;(1 at &lt;i&gt;x&lt;/i&gt; = 0)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = sin &lt;i&gt;x&lt;/i&gt; / &lt;i&gt;x&lt;/i&gt; &amp;nbsp;（&lt;i&gt;x&lt;/i&gt; = 0 处为 1）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="301"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = (&lt;i&gt;x&lt;/i&gt; cos &lt;i&gt;x&lt;/i&gt; − sin &lt;i&gt;x&lt;/i&gt;) / &lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; &amp;nbsp;(0 at &lt;i&gt;x&lt;/i&gt; = 0)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = (&lt;i&gt;x&lt;/i&gt; cos &lt;i&gt;x&lt;/i&gt; − sin &lt;i&gt;x&lt;/i&gt;) / &lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; &amp;nbsp;（&lt;i&gt;x&lt;/i&gt; = 0 处为 0）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="302"/>
        <source>[≈ −0.2172, 1]</source>
        <translation>[≈ −0.2172, 1]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="303"/>
        <source>[≈ −0.4362, ≈ 0.4362]</source>
        <translation>[≈ −0.4362, ≈ 0.4362]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="304"/>
        <source>Smooth, with a main peak at 0 and ripples that decay like 1/|x|: the unnormalised sinc of signal processing.</source>
        <translation>平滑，在 0 处有一个主峰，两侧的波纹按 1/|x| 衰减：即信号处理中未归一化的 sinc 函数。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="305"/>
        <source>Non-monotonic with infinitely many local extrema, so the loss surface is rugged; rarely used in networks.</source>
        <translation>非单调，具有无穷多个局部极值，使损失曲面崎岖不平；在神经网络中很少使用。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="306"/>
        <source>Signal processing (the impulse response of the ideal low-pass filter); listed among activation functions and occasionally studied in research.</source>
        <translation>信号处理（理想低通滤波器的冲激响应）；被列入激活函数的汇总，偶尔出现在研究中。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="308"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = |&lt;i&gt;x&lt;/i&gt;|</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = |&lt;i&gt;x&lt;/i&gt;|</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="309"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = sign &lt;i&gt;x&lt;/i&gt; &amp;nbsp;(0 at &lt;i&gt;x&lt;/i&gt; = 0)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = sign &lt;i&gt;x&lt;/i&gt; &amp;nbsp;（&lt;i&gt;x&lt;/i&gt; = 0 处为 0）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="311"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="318"/>
        <source>{−1, 0, 1}</source>
        <translation>{−1, 0, 1}</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="312"/>
        <source>A symmetric rectifier: the gradient has magnitude 1 everywhere except at 0, so units never die.</source>
        <translation>对称的整流函数：除 0 点外梯度的绝对值处处为 1，因此单元不会“死亡”。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="313"/>
        <source>Not monotonic, and it discards the sign; it has a kink at 0, where f′(0) = 0 is taken (as in PyTorch).</source>
        <translation>非单调，且丢弃了符号信息；在 0 处有折点，与 PyTorch 一样约定 f′(0) = 0。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="314"/>
        <source>Rectification in early convolutional feature extractors (Jarrett et al. 2009), and wherever only the magnitude of a feature matters.</source>
        <translation>早期卷积特征提取器中的整流操作（Jarrett 等人，2009），以及只关心特征幅值的场合。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="316"/>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:xx-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; = 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;−1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;0&apos; style=&apos;white-space:nowrap&apos;&gt;&lt;tr&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) =&amp;nbsp;&lt;/td&gt;&lt;td rowspan=&apos;3&apos; valign=&apos;middle&apos;&gt;&lt;span style=&apos;font-size:xx-large&apos;&gt;{&lt;/span&gt;&lt;/td&gt;&lt;td&gt;1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &gt; 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;0,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; = 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;−1,&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;i&gt;x&lt;/i&gt; &amp;lt; 0&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="320"/>
        <source>Binary ±1 outputs let multiplications become XNOR and bit-count operations, which makes binarised networks very fast and small.</source>
        <translation>输出为 ±1 的二值，乘法可以变成 XNOR 与位计数运算，使二值化网络又快又小。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="321"/>
        <source>The derivative is zero everywhere (undefined at 0), so training needs a surrogate gradient such as the straight-through estimator.</source>
        <translation>导数处处为零（0 处无定义），训练时需要直通估计器之类的替代梯度。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="322"/>
        <source>Binarised neural networks such as BinaryConnect, BinaryNet and XNOR-Net, trained with the hardtanh gradient as a straight-through estimate.</source>
        <translation>BinaryConnect、BinaryNet、XNOR-Net 等二值化神经网络，训练时以 hardtanh 的梯度作为直通估计。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="324"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="325"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="326"/>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="327"/>
        <source>(0, ∞)</source>
        <translation>(0, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="328"/>
        <source>Strictly positive and smooth: it turns a log-scale quantity into a positive one, and it is its own derivative.</source>
        <translation>严格为正且平滑：把对数尺度的量变成正数，而且它的导数就是它自身。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="329"/>
        <source>Unbounded and fast-growing: e&lt;sup&gt;x&lt;/sup&gt; overflows in double precision above x ≈ 709.78 (in float32 above x ≈ 88.72), and gradients explode.</source>
        <translation>无界且增长极快：双精度下 x 超过约 709.78（float32 下超过约 88.72）时 e&lt;sup&gt;x&lt;/sup&gt; 溢出，梯度也会爆炸。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="330"/>
        <source>Output layers for positive quantities: Poisson rates (the log link) and standard deviations predicted as log σ; also the numerator of softmax.</source>
        <translation>输出正值量的输出层：泊松速率（对数连接）以及以 log σ 形式预测的标准差；也是 softmax 的分子。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="332"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)&lt;sup&gt;2&lt;/sup&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)&lt;sup&gt;2&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="333"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 2·max(0, &lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 2·max(0, &lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="336"/>
        <source>As cheap as ReLU, but C¹: the square removes the corner at 0, and large activations grow quadratically, which the Primer architecture search found trains language models faster at the same cost.</source>
        <translation>和 ReLU 一样便宜，但它是 C¹ 的：平方消除了 0 处的折角，较大的激活值按平方增长；Primer 的结构搜索发现，在相同计算量下它能更快地训练语言模型。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="337"/>
        <source>Dead for x &amp;lt; 0 like ReLU, and unbounded with a gradient that grows with x, so activations and gradients can explode without normalisation.</source>
        <translation>和 ReLU 一样在 x &amp;lt; 0 时“死亡”，且无上界、梯度随 x 增大，因此没有归一化时激活值和梯度都可能爆炸。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="338"/>
        <source>So et al. (2021), Primer (arXiv 2109.08668): the feed-forward blocks of Transformer language models; used again in recent open LLM training recipes.</source>
        <translation>So 等人（2021），Primer（arXiv 2109.08668）：Transformer 语言模型的前馈层；近年的开源大模型训练方案中再次使用。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="340"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;s&lt;/i&gt;·max(0, &lt;i&gt;x&lt;/i&gt;)&lt;sup&gt;2&lt;/sup&gt; + &lt;i&gt;b&lt;/i&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;s&lt;/i&gt;·max(0, &lt;i&gt;x&lt;/i&gt;)&lt;sup&gt;2&lt;/sup&gt; + &lt;i&gt;b&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="341"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 2&lt;i&gt;s&lt;/i&gt;·max(0, &lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 2&lt;i&gt;s&lt;/i&gt;·max(0, &lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="342"/>
        <source>[&lt;i&gt;b&lt;/i&gt;, ∞) (≈ −0.4472 at the defaults)</source>
        <translation>[&lt;i&gt;b&lt;/i&gt;, ∞)（默认参数下 ≈ −0.4472）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="344"/>
        <source>ReLU² with a scale and a bias chosen so that a standard normal input comes out with mean 0 and variance 1 (s = 1/√1.25, b = −s/2): it keeps the statistics of the signal while costing fewer operations than GELU.</source>
        <translation>带缩放和偏置的 ReLU²：s 与 b 的取值使标准正态输入的输出均值为 0、方差为 1（s = 1/√1.25，b = −s/2），既保持信号的统计量，运算又比 GELU 少。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="345"/>
        <source>Still dead for x &amp;lt; 0 and unbounded above; s and b are usually learnt, so the defaults are only where training starts.</source>
        <translation>在 x &amp;lt; 0 时仍会“死亡”，且无上界；s 和 b 通常是可学习的，默认值只是训练的起点。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="346"/>
        <source>Yu et al. (2022), MetaFormer Baselines for Vision (arXiv 2210.13452): the MLP blocks of CAFormer and ConvFormer.</source>
        <translation>Yu 等人（2022），MetaFormer Baselines for Vision（arXiv 2210.13452）：CAFormer 与 ConvFormer 的 MLP 块。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="348"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = 0 for &lt;i&gt;x&lt;/i&gt; ≤ −1, (&lt;i&gt;x&lt;/i&gt; + 1)&lt;sup&gt;2&lt;/sup&gt;/4 for −1 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 1, &lt;i&gt;x&lt;/i&gt; for &lt;i&gt;x&lt;/i&gt; ≥ 1</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = 0（&lt;i&gt;x&lt;/i&gt; ≤ −1），(&lt;i&gt;x&lt;/i&gt; + 1)&lt;sup&gt;2&lt;/sup&gt;/4（−1 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 1），&lt;i&gt;x&lt;/i&gt;（&lt;i&gt;x&lt;/i&gt; ≥ 1）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="349"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 0, (&lt;i&gt;x&lt;/i&gt; + 1)/2, 1 on the same three pieces</source>
        <translation>在同样的三段上 &lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 0、(&lt;i&gt;x&lt;/i&gt; + 1)/2、1</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="352"/>
        <source>A softplus made of polynomial pieces: exactly 0 left of −1 (sparse outputs, like ReLU), exactly x right of 1, and a quadratic bridge between, so f and f′ are continuous (C¹) with no exp or log.</source>
        <translation>由多项式拼成的 softplus：−1 左侧恰为 0（像 ReLU 一样输出稀疏），1 右侧恰为 x，中间用二次曲线连接，因此 f 与 f′ 都连续（C¹），且不需要 exp 或 log。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="353"/>
        <source>f′ has corners at ±1 and is exactly 0 for x ≤ −1, so units can die as with ReLU.</source>
        <translation>f′ 在 ±1 处有折角，x ≤ −1 时恰为 0，因此单元会像 ReLU 一样“死亡”。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="354"/>
        <source>The sparse counterpart of softplus from the sparsemax family (Fenchel–Young losses, Blondel, Martins and Niculae 2020); jax.nn.sparse_plus and keras.activations.sparse_plus.</source>
        <translation>softplus 在 sparsemax 家族中的稀疏对应物（Fenchel–Young 损失，Blondel、Martins 与 Niculae 2020）；即 jax.nn.sparse_plus 与 keras.activations.sparse_plus。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="356"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = α&lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + σ(β&lt;i&gt;x&lt;/i&gt;)))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = α&lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + σ(β&lt;i&gt;x&lt;/i&gt;)))</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="357"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = α(tanh &lt;i&gt;L&lt;/i&gt; + β&lt;i&gt;x&lt;/i&gt;·σ(β&lt;i&gt;x&lt;/i&gt;)σ(−β&lt;i&gt;x&lt;/i&gt;)·sech&lt;sup&gt;2&lt;/sup&gt;&lt;i&gt;L&lt;/i&gt;/(1 + σ(β&lt;i&gt;x&lt;/i&gt;))), &amp;nbsp;&lt;i&gt;L&lt;/i&gt; = ln(1 + σ(β&lt;i&gt;x&lt;/i&gt;))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = α(tanh &lt;i&gt;L&lt;/i&gt; + β&lt;i&gt;x&lt;/i&gt;·σ(β&lt;i&gt;x&lt;/i&gt;)σ(−β&lt;i&gt;x&lt;/i&gt;)·sech&lt;sup&gt;2&lt;/sup&gt;&lt;i&gt;L&lt;/i&gt;/(1 + σ(β&lt;i&gt;x&lt;/i&gt;)))，&amp;nbsp;&lt;i&gt;L&lt;/i&gt; = ln(1 + σ(β&lt;i&gt;x&lt;/i&gt;))</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="358"/>
        <source>[≈ −0.2500, ∞) at α = β = 1</source>
        <translation>[≈ −0.2500, ∞)（α = β = 1 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="359"/>
        <source>[≈ −0.0892, ≈ 0.6369] at α = β = 1</source>
        <translation>[≈ −0.0892, ≈ 0.6369]（α = β = 1 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="360"/>
        <source>Mish with σ(x) in place of eˣ inside the logarithm: smooth, non-monotonic with a shallow dip (minimum ≈ −0.25 at x ≈ −1.39), and its slope for large x is tanh(ln 2) = 0.6 rather than 1, which keeps activations smaller.</source>
        <translation>把 Mish 对数里的 eˣ 换成 σ(x)：光滑、非单调，有一个浅谷（x ≈ −1.39 处最小值 ≈ −0.25）；x 很大时斜率为 tanh(ln 2) = 0.6 而不是 1，使激活值较小。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="361"/>
        <source>Costs an exp, a log and a tanh per element; written naively as log(1 + σ(βx)) it loses the tail for x ≪ 0 (log1p keeps it), and its gains over Mish are small.</source>
        <translation>每个元素要算一次 exp、log 和 tanh；若朴素地写成 log(1 + σ(βx))，x ≪ 0 时会丢失尾部（log1p 能保住），相对 Mish 的提升也很小。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="362"/>
        <source>Wang, Ren and Wang (2022), Smish: a novel activation function for deep learning methods, Electronics 11(4):540; image classification CNNs.</source>
        <translation>Wang、Ren 与 Wang（2022），Smish: a novel activation function for deep learning methods，Electronics 11(4):540；用于图像分类卷积网络。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="364"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = α&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + &lt;i&gt;x&lt;/i&gt;/2 for &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, β(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1 − &lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;/2 for &lt;i&gt;x&lt;/i&gt; ≤ 0</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = α&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; + &lt;i&gt;x&lt;/i&gt;/2（&lt;i&gt;x&lt;/i&gt; &amp;gt; 0），β(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1 − &lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;/2（&lt;i&gt;x&lt;/i&gt; ≤ 0）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="365"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 2α&lt;i&gt;x&lt;/i&gt; + ½ for &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, β(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1) + ½ for &lt;i&gt;x&lt;/i&gt; ≤ 0</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 2α&lt;i&gt;x&lt;/i&gt; + ½（&lt;i&gt;x&lt;/i&gt; &amp;gt; 0），β(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1) + ½（&lt;i&gt;x&lt;/i&gt; ≤ 0）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="366"/>
        <source>[≈ −0.2058, ∞) at α = β = 0.8</source>
        <translation>[≈ −0.2058, ∞)（α = β = 0.8 时）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="367"/>
        <source>(½ − β, ∞)</source>
        <translation>(½ − β, ∞)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="368"/>
        <source>Derived by integrating a gradient chosen on purpose: linearly growing on the right (like ReLU², no saturation) and ELU-like on the left, where it stays non-zero and even turns negative, so no unit dies. Both halves meet at 0 with slope ½, so it is C¹ whatever α and β are.</source>
        <translation>由刻意选定的梯度积分而来：右侧梯度线性增长（像 ReLU² 一样不饱和），左侧像 ELU，梯度保持非零甚至变为负值，因此不会有单元“死亡”。两半在 0 处以斜率 ½ 相接，所以无论 α、β 取何值都是 C¹ 的。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="369"/>
        <source>Two trainable parameters per layer, an exp on the negative side, and an output that rises again for very negative x (slope ½ − β), which is unusual for an activation.</source>
        <translation>每层两个可训练参数，负半轴要算 exp，并且 x 非常负时输出会重新上升（斜率 ½ − β），这对激活函数来说并不常见。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="370"/>
        <source>Huang and Schlag (2024), Deriving Activation Functions Using Integration (arXiv 2411.13010): the feed-forward blocks of LLaMA-style language models, where it beat ReLU² and SwiGLU at equal compute.</source>
        <translation>Huang 与 Schlag（2024），Deriving Activation Functions Using Integration（arXiv 2411.13010）：LLaMA 式语言模型的前馈层，在相同计算量下优于 ReLU² 和 SwiGLU。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="372"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; + sin&lt;sup&gt;2&lt;/sup&gt;(α&lt;i&gt;x&lt;/i&gt;)/α</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; + sin&lt;sup&gt;2&lt;/sup&gt;(α&lt;i&gt;x&lt;/i&gt;)/α</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="373"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1 + sin(2α&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = 1 + sin(2α&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="375"/>
        <source>[0, 2]</source>
        <translation>[0, 2]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="376"/>
        <source>The identity plus a ripple of period π/α: it grows like x, so it never saturates, yet a network built from it can extrapolate periodic data with a trend, which ReLU, tanh and even sin x alone cannot. f′ touches 0 once per period but never stays there, so f never decreases.</source>
        <translation>恒等函数加上周期为 π/α 的波纹：它像 x 一样增长，因此从不饱和，但由它构成的网络能外推带趋势的周期数据，这是 ReLU、tanh 甚至单独的 sin x 都做不到的。f′ 每个周期触及 0 一次但从不停留，所以 f 从不下降。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="377"/>
        <source>α must suit the data’s frequency (it is usually learnt per channel); the touch points of f′ = 0 recur for ever, and sin costs more than a comparison.</source>
        <translation>α 必须与数据的频率相配（通常按通道学习）；f′ = 0 的触点永远重复出现，而且 sin 比一次比较更费时。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="378"/>
        <source>Ziyin, Hartwig and Ueda (2020), Neural Networks Fail to Learn Periodic Functions and How to Fix It (arXiv 2006.08195); BigVGAN and other neural vocoders for audio.</source>
        <translation>Ziyin、Hartwig 与 Ueda（2020），Neural Networks Fail to Learn Periodic Functions and How to Fix It（arXiv 2006.08195）；BigVGAN 等音频神经声码器。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="380"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = γ·tanh(α&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = γ·tanh(α&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="381"/>
        <source>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = γα·sech&lt;sup&gt;2&lt;/sup&gt;(α&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;x&lt;/i&gt;) = γα·sech&lt;sup&gt;2&lt;/sup&gt;(α&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="382"/>
        <source>(−γ, γ)</source>
        <translation>(−γ, γ)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="383"/>
        <source>(0, γα] (peak at &lt;i&gt;x&lt;/i&gt; = 0)</source>
        <translation>(0, γα]（在 &lt;i&gt;x&lt;/i&gt; = 0 处取峰值）</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="384"/>
        <source>Dynamic Tanh replaces LayerNorm in Transformers: an element-wise squashing with a learnt steepness α (0.5 at initialisation) that needs no mean or variance over the tokens, so it is cheaper and trains to the same accuracy in the paper&apos;s vision and language models.</source>
        <translation>动态 Tanh（DyT）在 Transformer 中取代 LayerNorm：逐元素的压缩，陡度 α 可学习（初始为 0.5），不需要对词元求均值和方差，因此更便宜，在论文的视觉与语言模型中能训练到同样的精度。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="385"/>
        <source>Large inputs are squashed to ±γ, where the gradient vanishes (at α = 0.5, γ = 1, |f′| &amp;lt; 0.05 beyond |x| ≈ 3.6); α must be tuned, especially for large language models.</source>
        <translation>较大的输入被压缩到 ±γ，那里梯度消失（α = 0.5、γ = 1 时，|x| 超过约 3.6 后 |f′| &amp;lt; 0.05）；α 需要调节，对大语言模型尤其如此。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="386"/>
        <source>Zhu, Chen, He, LeCun and Liu (2025), Transformers without Normalization (arXiv 2503.10622): in place of LayerNorm in ViT, ConvNeXt, DiT and LLaMA.</source>
        <translation>Zhu、Chen、He、LeCun 与 Liu（2025），Transformers without Normalization（arXiv 2503.10622）：在 ViT、ConvNeXt、DiT 与 LLaMA 中取代 LayerNorm。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="388"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = (&lt;i&gt;a&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; + &lt;i&gt;a&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt; + … + &lt;i&gt;a&lt;/i&gt;&lt;sub&gt;5&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;5&lt;/sup&gt;) / (1 + |&lt;i&gt;b&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt; + … + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;4&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;4&lt;/sup&gt;|)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = (&lt;i&gt;a&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; + &lt;i&gt;a&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt; + … + &lt;i&gt;a&lt;/i&gt;&lt;sub&gt;5&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;5&lt;/sup&gt;) / (1 + |&lt;i&gt;b&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt; + … + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;4&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;4&lt;/sup&gt;|)</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="389"/>
        <source>&lt;i&gt;f&lt;/i&gt;′ = (&lt;i&gt;P&lt;/i&gt;′&lt;i&gt;Q&lt;/i&gt; − &lt;i&gt;P&lt;/i&gt;·sign(&lt;i&gt;S&lt;/i&gt;)·&lt;i&gt;S&lt;/i&gt;′)/&lt;i&gt;Q&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;, &lt;i&gt;S&lt;/i&gt; = &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt; + … + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;4&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;4&lt;/sup&gt;</source>
        <translation>&lt;i&gt;f&lt;/i&gt;′ = (&lt;i&gt;P&lt;/i&gt;′&lt;i&gt;Q&lt;/i&gt; − &lt;i&gt;P&lt;/i&gt;·sign(&lt;i&gt;S&lt;/i&gt;)·&lt;i&gt;S&lt;/i&gt;′)/&lt;i&gt;Q&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;，&lt;i&gt;S&lt;/i&gt; = &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt; + … + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;4&lt;/sub&gt;&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;4&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="390"/>
        <source>(−∞, ∞) at the default coefficients (f ≈ 0.505·x at both ends); any rational shape in general</source>
        <translation>默认系数下为 (−∞, ∞)（两端 f ≈ 0.505·x）；一般可为任意有理函数形状</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="391"/>
        <source>[≈ −0.059, ≈ 1.069] at the default coefficients</source>
        <translation>默认系数下为 [≈ −0.059, ≈ 1.069]</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="392"/>
        <source>A learnable activation: the ten coefficients of a rational function are trained with the network, so each layer can find its own shape (close to leaky ReLU at the start, as here, or to tanh, GELU, …). The absolute value in the denominator keeps Q ≥ 1, so f has no poles (the “safe” PAU).</source>
        <translation>可学习的激活函数：有理函数的十个系数随网络一起训练，每一层都能找到自己的形状（如这里开始时接近 Leaky ReLU，也可接近 tanh、GELU 等）。分母中的绝对值保证 Q ≥ 1，因此 f 没有极点（“安全”的 PAU）。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="393"/>
        <source>Ten parameters per layer instead of none; f grows like a5/|b4|·x for large |x| (or like x² and more when the denominator’s degree drops), and f′ has small corners where S = b1x + … + b4x⁴ changes sign (at 0 and at −8.3·10⁻⁷ for the default coefficients). The fit to leaky ReLU dips below it: f′ &amp;lt; 0 on about (−2.18, −0.23).</source>
        <translation>每层多出十个参数；|x| 很大时 f 像 a5/|b4|·x 一样增长（分母次数降低时像 x² 或更快），并且在 S = b1x + … + b4x⁴ 变号处 f′ 有小的折角（默认系数下在 0 与 −8.3·10⁻⁷ 处）。对 Leaky ReLU 的拟合会略低于它：在约 (−2.18, −0.23) 上 f′ &amp;lt; 0。</translation>
    </message>
    <message>
        <location filename="../../build/resources/activation_notes_lupdate.cpp" line="394"/>
        <source>Molina, Schramowski and Kersting (2020), Padé Activation Units: End-to-end Learning of Flexible Activation Functions in Deep Networks (ICLR 2020, arXiv 1907.06732): in place of ReLU in VGG, LeNet and ResNet classifiers, initialised to a fit of leaky ReLU.</source>
        <translation>Molina、Schramowski 与 Kersting（2020），Padé Activation Units: End-to-end Learning of Flexible Activation Functions in Deep Networks（ICLR 2020，arXiv 1907.06732）：在 VGG、LeNet 与 ResNet 分类网络中取代 ReLU，初始化为对 Leaky ReLU 的拟合。</translation>
    </message>
</context>
<context>
    <name>ActivationStatsPanel</name>
    <message>
        <location filename="../../ui/widgets/activationstatspanel.cpp" line="22"/>
        <source>Input spread &amp;σ of X ~ N(0, σ²)</source>
        <translation>X ~ N(0, σ²) 的输入尺度 σ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/activationstatspanel.cpp" line="24"/>
        <source>The standard deviation of the pre-activations fed to the function</source>
        <translation>送入激活函数的预激活值的标准差</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <location filename="../../ui/state/appstate.cpp" line="161"/>
        <source>the ends of a range must be finite numbers</source>
        <translation>范围的两端必须是有限的数</translation>
    </message>
    <message>
        <location filename="../../ui/state/appstate.cpp" line="163"/>
        <source>the low end must be below the high end (got %1 … %2)</source>
        <translation>下限必须小于上限（实际为 %1 … %2）</translation>
    </message>
    <message>
        <location filename="../../ui/state/appstate.cpp" line="166"/>
        <source>the range %1 … %2 is wider than the largest double (hi − lo overflows)</source>
        <translation>范围 %1 … %2 的宽度超过了最大的双精度浮点数（上限 − 下限 溢出）</translation>
    </message>
    <message>
        <location filename="../../ui/state/appstate.cpp" line="169"/>
        <source>the range %1 … %2 is too narrow to plot: it must be at least %3 wide (%4 of its larger end, and at least %5)</source>
        <translation>范围 %1 … %2 太窄，无法绘制：宽度至少应为 %3（较大一端绝对值的 %4 倍，且不小于 %5）</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <location filename="../../ui/state/atomicwrite.cpp" line="20"/>
        <source>the disk is full (%1 bytes to write, %2 bytes free in “%3”)</source>
        <translation>磁盘已满（需要写入 %1 字节，“%3”中只剩 %2 字节可用）</translation>
    </message>
    <message>
        <location filename="../../ui/state/atomicwrite.cpp" line="25"/>
        <source>the file would be larger than this system allows</source>
        <translation>文件大小将超出此系统允许的上限</translation>
    </message>
    <message>
        <location filename="../../ui/state/atomicwrite.cpp" line="27"/>
        <source>“%1” is read-only</source>
        <translation>“%1”是只读的</translation>
    </message>
    <message>
        <location filename="../../ui/state/atomicwrite.cpp" line="29"/>
        <source>no permission to write in “%1” (%2)</source>
        <translation>没有在“%1”中写入的权限（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/state/atomicwrite.cpp" line="68"/>
        <source>the folder “%1” does not exist</source>
        <translation>文件夹“%1”不存在</translation>
    </message>
    <message>
        <location filename="../../ui/state/atomicwrite.cpp" line="70"/>
        <source>“%1” is a folder</source>
        <translation>“%1”是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/state/atomicwrite.cpp" line="76"/>
        <source>the file on disk has %1 bytes instead of %2</source>
        <translation>磁盘上的文件大小为 %1 字节，而不是 %2 字节</translation>
    </message>
</context>
<context>
    <name>BinaryLossChart</name>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="41"/>
        <source>logit z (prediction p = σ(z))</source>
        <translation>logit z（预测 p = σ(z)）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="42"/>
        <source>loss L</source>
        <translation>损失 L</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="42"/>
        <source>gradient dL/dz</source>
        <translation>梯度 dL/dz</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="87"/>
        <source>binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="87"/>
        <source>dBCE/dz = p − y</source>
        <translation>dBCE/dz = p − y</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="88"/>
        <source>squared error (p − y)²</source>
        <translation>平方误差 (p − y)²</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="88"/>
        <source>dMSE/dz = 2(p − y)·p(1 − p)</source>
        <translation>dMSE/dz = 2(p − y)·p(1 − p)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="89"/>
        <source>Loss for label y = %1</source>
        <translation>标签 y = %1 时的损失</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="89"/>
        <source>Gradient for label y = %1</source>
        <translation>标签 y = %1 时的梯度</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="110"/>
        <source>confidently wrong (z = %1, p = %2)
BCE = %3: keeps growing
MSE = %4: flat</source>
        <translation>自信地犯错（z = %1，p = %2）
BCE = %3：持续增大
MSE = %4：趋于平坦</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/binarylosschart.cpp" line="113"/>
        <source>confidently wrong (z = %1)
BCE gradient %2: full push
MSE gradient %3: vanished</source>
        <translation>自信地犯错（z = %1）
BCE 梯度 %2：全力纠正
MSE 梯度 %3：已消失</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="41"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="42"/>
        <source>difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="81"/>
        <source>max %1 = %2
at x = %3</source>
        <translation>最大 %1 = %2
位于 x = %3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="97"/>
        <source>f − g = %1 − %2</source>
        <translation>f − g = %1 − %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="98"/>
        <source>f′ − g′</source>
        <translation>f′ − g′</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="99"/>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 对比</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="108"/>
        <source>%1 compared with %2: %3</source>
        <translation>%1 与 %2 对比：%3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="147"/>
        <source>|f − g|</source>
        <translation>|f − g|</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/comparechart.cpp" line="149"/>
        <source>|f′ − g′|</source>
        <translation>|f′ − g′|</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="56"/>
        <source>First function f</source>
        <translation>第一个函数 f</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="57"/>
        <source>Second function g</source>
        <translation>第二个函数 g</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="69"/>
        <source>S&amp;wap</source>
        <translation>交换(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="70"/>
        <source>Exchange f and g</source>
        <translation>交换 f 与 g</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="73"/>
        <source>&amp;f:</source>
        <translation>f(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="75"/>
        <source>&amp;g:</source>
        <translation>g(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="76"/>
        <source>&amp;x from</source>
        <translation>x 从(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="76"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="150"/>
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="152"/>
        <source>β = %1</source>
        <translation>β = %1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="154"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (no parameters)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（无参数）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="155"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="159"/>
        <source> · max |f − g| = &lt;b&gt;%1&lt;/b&gt; at x = %2 · max |f′ − g′| = &lt;b&gt;%3&lt;/b&gt; at x = %4</source>
        <translation> · max |f − g| = &lt;b&gt;%1&lt;/b&gt;，位于 x = %2 · max |f′ − g′| = &lt;b&gt;%3&lt;/b&gt;，位于 x = %4</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/compareview.cpp" line="163"/>
        <source>f = %1, g = %2 on [%3, %4]%5</source>
        <translation>f = %1，g = %2，区间 [%3, %4]%5</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="14"/>
        <source>Identity</source>
        <translation>恒等函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="15"/>
        <source>Binary step</source>
        <translation>阶跃函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="16"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="17"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="18"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="19"/>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="20"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="21"/>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="22"/>
        <source>RReLU (eval)</source>
        <translation>RReLU（推理模式）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="23"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="24"/>
        <source>CELU</source>
        <translation>CELU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="25"/>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="26"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="27"/>
        <source>GELU (tanh approx.)</source>
        <translation>GELU（tanh 近似）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="28"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="29"/>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="30"/>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="31"/>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="32"/>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="33"/>
        <source>Hard sigmoid</source>
        <translation>硬 Sigmoid</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="34"/>
        <source>Hard swish</source>
        <translation>硬 Swish</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="35"/>
        <source>Hard tanh</source>
        <translation>硬 Tanh</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="36"/>
        <source>Log-sigmoid</source>
        <translation>对数 Sigmoid</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="37"/>
        <source>Tanhshrink</source>
        <translation>Tanhshrink</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="38"/>
        <source>Softshrink</source>
        <translation>Softshrink</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="39"/>
        <source>Hardshrink</source>
        <translation>Hardshrink</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="40"/>
        <source>Gaussian</source>
        <translation>高斯函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="41"/>
        <source>Arctan</source>
        <translation>反正切</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="42"/>
        <source>LeCun tanh</source>
        <translation>LeCun tanh</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="43"/>
        <source>Symmetric sigmoid</source>
        <translation>对称 Sigmoid</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="44"/>
        <source>Bent identity</source>
        <translation>弯曲恒等函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="45"/>
        <source>Log-log</source>
        <translation>双对数函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="46"/>
        <source>ISRU</source>
        <translation>ISRU</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="47"/>
        <source>Squareplus</source>
        <translation>Squareplus</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="48"/>
        <source>Threshold</source>
        <translation>阈值函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="49"/>
        <source>Sinusoid</source>
        <translation>正弦函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="50"/>
        <source>Cosine</source>
        <translation>余弦函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="51"/>
        <source>Sinc</source>
        <translation>Sinc</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="52"/>
        <source>Absolute value</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="53"/>
        <source>Sign</source>
        <translation>符号函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="54"/>
        <source>Exponential</source>
        <translation>指数函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="55"/>
        <source>everywhere</source>
        <translation>处处</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="56"/>
        <source>1 if x ≥ 0, else 0</source>
        <translation>x ≥ 0 时为 1，否则为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="57"/>
        <source>0 (undefined at 0; 0 is returned)</source>
        <translation>0（在 0 处无定义，取 0）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="58"/>
        <source>jump at 0: f(0) = 1; f&apos; is 0 everywhere, 0 included</source>
        <translation>在 0 处跳变：f(0) = 1；f&apos; 处处为 0（含 0 点）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="59"/>
        <source>1 if x &gt; 0, else 0</source>
        <translation>x &gt; 0 时为 1，否则为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="60"/>
        <source>1 if 0 &lt; x &lt; 6, else 0</source>
        <translation>0 &lt; x &lt; 6 时为 1，否则为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="61"/>
        <source>x if x &gt; 0, else αx</source>
        <translation>x &gt; 0 时为 x，否则为 αx</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="62"/>
        <source>1 if x &gt; 0, else α</source>
        <translation>x &gt; 0 时为 1，否则为 α</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="63"/>
        <source>negative slope</source>
        <translation>负半轴斜率</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="64"/>
        <source>x if x &gt; 0, else αx (α learned in training)</source>
        <translation>x &gt; 0 时为 x，否则为 αx（α 在训练中学习）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="65"/>
        <source>learned negative slope</source>
        <translation>可学习的负半轴斜率</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="66"/>
        <source>x if x ≥ 0, else s·x with s = (α + β)/2</source>
        <translation>x ≥ 0 时为 x，否则为 s·x，其中 s = (α + β)/2</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="67"/>
        <source>1 if x &gt; 0, else s = (α + β)/2</source>
        <translation>x &gt; 0 时为 1，否则为 s = (α + β)/2</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="68"/>
        <source>f&apos;(0) = (α + β)/2 (evaluated as leaky_relu with that slope)</source>
        <translation>f&apos;(0) = (α + β)/2（按此斜率的 leaky_relu 计算）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="69"/>
        <source>lower bound of the random slope</source>
        <translation>随机斜率的下界</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="70"/>
        <source>upper bound of the random slope</source>
        <translation>随机斜率的上界</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="71"/>
        <source>x if x &gt; 0, else α(e^x − 1)</source>
        <translation>x &gt; 0 时为 x，否则为 α(e^x − 1)</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="72"/>
        <source>1 if x &gt; 0, else α·e^x</source>
        <translation>x &gt; 0 时为 1，否则为 α·e^x</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="73"/>
        <source>f&apos;(0) = α (kink at 0 unless α = 1)</source>
        <translation>f&apos;(0) = α（α ≠ 1 时 0 处有折点）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="74"/>
        <source>negative saturation value</source>
        <translation>负向饱和值</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="75"/>
        <source>1 if x &gt; 0, else e^(x/α)</source>
        <translation>x &gt; 0 时为 1，否则为 e^(x/α)</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="76"/>
        <source>f&apos;(0) = 1: C¹ for every α</source>
        <translation>f&apos;(0) = 1：对任意 α 均为 C¹ 光滑</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="77"/>
        <source>λ·(x if x &gt; 0, else a(e^x − 1)), λ ≈ 1.0507, a ≈ 1.6733</source>
        <translation>λ·(x &gt; 0 时为 x，否则为 a(e^x − 1))，λ ≈ 1.0507，a ≈ 1.6733</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="78"/>
        <source>λ if x &gt; 0, else λ·a·e^x</source>
        <translation>x &gt; 0 时为 λ，否则为 λ·a·e^x</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="79"/>
        <source>f&apos;(0) = λ·a ≈ 1.7581 (the left branch)</source>
        <translation>f&apos;(0) = λ·a ≈ 1.7581（取左侧分支）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="80"/>
        <source>x → 0⁻ (and at 0)</source>
        <translation>x → 0⁻（以及 x = 0 处）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="81"/>
        <source>x·Φ(x), Φ the standard normal CDF</source>
        <translation>x·Φ(x)，Φ 为标准正态分布的累积分布函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="82"/>
        <source>sharpness (β = 1: SiLU; β → ∞: ReLU)</source>
        <translation>陡峭度（β = 1：SiLU；β → ∞：ReLU）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="83"/>
        <source>sharpness (β → ∞: ReLU)</source>
        <translation>陡峭度（β → ∞：ReLU）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="84"/>
        <source>1/6 if −3 &lt; x &lt; 3, else 0</source>
        <translation>−3 &lt; x &lt; 3 时为 1/6，否则为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="85"/>
        <source>f&apos;(−3) = −½ and f&apos;(3) = 3/2 (the middle branch, as PyTorch)</source>
        <translation>f&apos;(−3) = −½，f&apos;(3) = 3/2（取中间分支，与 PyTorch 一致）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="86"/>
        <source>1 if −1 &lt; x &lt; 1, else 0</source>
        <translation>−1 &lt; x &lt; 1 时为 1，否则为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="87"/>
        <source>x − λ if x &gt; λ; x + λ if x &lt; −λ; else 0 (λ = α)</source>
        <translation>x &gt; λ 时为 x − λ；x &lt; −λ 时为 x + λ；否则为 0（λ = α）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="88"/>
        <source>1 if |x| &gt; λ, else 0</source>
        <translation>|x| &gt; λ 时为 1，否则为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="89"/>
        <source>threshold λ</source>
        <translation>阈值 λ</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="90"/>
        <source>x if |x| &gt; λ, else 0 (λ = α)</source>
        <translation>|x| &gt; λ 时为 x，否则为 0（λ = α）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="91"/>
        <source>jumps at ±λ: f(±λ) = 0, f&apos;(±λ) = 0</source>
        <translation>在 ±λ 处跳变：f(±λ) = 0，f&apos;(±λ) = 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="92"/>
        <source>saturation (range ±1/√α)</source>
        <translation>饱和度（值域 ±1/√α）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="93"/>
        <source>smooth for β &gt; 0; for β = 0 (ReLU) f&apos;(0) = ½</source>
        <translation>β &gt; 0 时光滑；β = 0（即 ReLU）时 f&apos;(0) = ½</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="94"/>
        <source>curvature at 0 (β = 0: ReLU)</source>
        <translation>0 处的弯曲程度（β = 0：ReLU）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="95"/>
        <source>x if x &gt; α, else β</source>
        <translation>x &gt; α 时为 x，否则为 β</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="96"/>
        <source>1 if x &gt; α, else 0</source>
        <translation>x &gt; α 时为 1，否则为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="97"/>
        <source>jump at α unless α = β: f(α) = β, f&apos;(α) = 0</source>
        <translation>α ≠ β 时在 α 处跳变：f(α) = β，f&apos;(α) = 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="98"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="99"/>
        <source>replacement value</source>
        <translation>替换值</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="100"/>
        <source>jump at 0: f(0) = 0; f&apos; is 0 everywhere, 0 included</source>
        <translation>在 0 处跳变：f(0) = 0；f&apos; 处处为 0（含 0 点）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="101"/>
        <source>unbounded (x → ∞)</source>
        <translation>无界（x → ∞）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="102"/>
        <source>sin x / x (1 at x = 0)</source>
        <translation>sin x / x（x = 0 时为 1）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="103"/>
        <source>(x cos x − sin x)/x² (0 at x = 0)</source>
        <translation>(x cos x − sin x)/x²（x = 0 时为 0）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="104"/>
        <source>sign(x) (0 at x = 0)</source>
        <translation>sign(x)（x = 0 时为 0）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="105"/>
        <source>−1, 0 or 1</source>
        <translation>−1、0 或 1</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="107"/>
        <source>Sparse plus</source>
        <translation>稀疏 Softplus</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="108"/>
        <source>scale s (1/√1.25: unit variance)</source>
        <translation>缩放 s（1/√1.25：单位方差）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="109"/>
        <source>bias b (−s/2: zero mean)</source>
        <translation>偏置 b（−s/2：零均值）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="110"/>
        <source>0 if x ≤ −1, (x + 1)²/4 if −1 &lt; x &lt; 1, x if x ≥ 1</source>
        <translation>x ≤ −1 时为 0，−1 &lt; x &lt; 1 时为 (x + 1)²/4，x ≥ 1 时为 x</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="111"/>
        <source>0 if x ≤ −1, (x + 1)/2 if −1 &lt; x &lt; 1, 1 if x ≥ 1</source>
        <translation>x ≤ −1 时为 0，−1 &lt; x &lt; 1 时为 (x + 1)/2，x ≥ 1 时为 1</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="112"/>
        <source>scale α</source>
        <translation>缩放 α</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="113"/>
        <source>sharpness β</source>
        <translation>陡度 β</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="114"/>
        <source>steepness α (0.5 at initialisation)</source>
        <translation>陡度 α（初始化时为 0.5）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="115"/>
        <source>scale γ</source>
        <translation>缩放 γ</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="116"/>
        <source>α·x² + x/2 if x &gt; 0, else β·(eˣ − 1 − x) + x/2</source>
        <translation>x &gt; 0 时为 α·x² + x/2，否则为 β·(eˣ − 1 − x) + x/2</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="117"/>
        <source>2α·x + ½ if x &gt; 0, else β·(eˣ − 1) + ½</source>
        <translation>x &gt; 0 时为 2α·x + ½，否则为 β·(eˣ − 1) + ½</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="118"/>
        <source>positive curvature α_p</source>
        <translation>正侧曲率 α_p</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="119"/>
        <source>negative scale α_n</source>
        <translation>负侧缩放 α_n</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="120"/>
        <source>frequency α (ripples of period π/α)</source>
        <translation>频率 α（波纹周期为 π/α）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="121"/>
        <source>x = (π/4 + kπ)/α</source>
        <translation>x = (π/4 + kπ)/α</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="123"/>
        <source>α in the formula</source>
        <translation>公式中的 α</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="124"/>
        <source>β in the formula</source>
        <translation>公式中的 β</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="125"/>
        <source>the branch the condition picks at a tie (max(0, x)′(0) = 1)</source>
        <translation>条件在相等处选取的分支（max(0, x)′(0) = 1）</translation>
    </message>
    <message>
        <location filename="../../ui/text/coretext.cpp" line="139"/>
        <source>Custom %1</source>
        <translation>自定义 %1</translation>
    </message>
</context>
<context>
    <name>CrossEntropyChart</name>
    <message>
        <location filename="../../ui/teaching/crossentropychart.cpp" line="28"/>
        <source>probability s = softmax(z/T)</source>
        <translation>概率 s = softmax(z/T)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/crossentropychart.cpp" line="29"/>
        <source>gradient ∂CE/∂z = (s − onehot)/T</source>
        <translation>梯度 ∂CE/∂z = (s − onehot)/T</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/crossentropychart.cpp" line="40"/>
        <source>entry</source>
        <translation>分量</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/crossentropychart.cpp" line="42"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/crossentropychart.cpp" line="92"/>
        <source>z%1 ✓</source>
        <translation>z%1 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/crossentropychart.cpp" line="92"/>
        <source>z%1</source>
        <translation>z%1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/crossentropychart.cpp" line="107"/>
        <source>Cross-entropy −ln s&lt;sub&gt;%1&lt;/sub&gt; = %2%3</source>
        <translation>交叉熵 −ln s&lt;sub&gt;%1&lt;/sub&gt; = %2%3</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/crossentropychart.cpp" line="110"/>
        <source> (T = %1)</source>
        <translation>（T = %1）</translation>
    </message>
</context>
<context>
    <name>CustomFormulaEditor</name>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="104"/>
        <source>e.g. x*tanh(softplus(x))</source>
        <translation>例如 x*tanh(softplus(x))</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="105"/>
        <source>Formula of the custom function</source>
        <translation>自定义函数的公式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="106"/>
        <source>Type f(x). Each change that parses is plotted at once; an error keeps the last valid formula on the plot.</source>
        <translation>输入 f(x)。每次修改只要能解析就立即重画；出错时图上保留上一个有效的公式。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="108"/>
        <source>&lt;small&gt;Use x, α (alpha), β (beta), numbers, + − * / ^, exp log log1p expm1 sqrt abs sin cos tanh erf sigmoid softplus max min, and if(x &amp;gt; 0, a, b).&lt;/small&gt;</source>
        <translation>&lt;small&gt;可用：x、α（alpha）、β（beta）、数字、+ − * / ^、exp log log1p expm1 sqrt abs sin cos tanh erf sigmoid softplus max min，以及 if(x &amp;gt; 0, a, b)。&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="110"/>
        <source>Remove this formula</source>
        <translation>删除这个公式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="111"/>
        <source>Delete the custom function (the list entry and its curve)</source>
        <translation>删除这个自定义函数（列表中的条目及其曲线）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="131"/>
        <source>&lt;b&gt;Custom %1&lt;/b&gt;: f(x) =</source>
        <translation>&lt;b&gt;自定义 %1&lt;/b&gt;：f(x) =</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="164"/>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="166"/>
        <source>the exact derivative, worked out symbolically (not a finite difference)</source>
        <translation>精确导数，由符号求导得出（不是有限差分）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customformulaeditor.cpp" line="178"/>
        <source>The plot keeps the last valid formula: %1</source>
        <translation>图上保留上一个有效的公式：%1</translation>
    </message>
</context>
<context>
    <name>DepthActivationChart</name>
    <message>
        <location filename="../../ui/teaching/depthactivationchart.cpp" line="24"/>
        <source>layer l</source>
        <translation>层 l</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthactivationchart.cpp" line="25"/>
        <source>activation a&lt;sub&gt;l&lt;/sub&gt;</source>
        <translation>激活值 a&lt;sub&gt;l&lt;/sub&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthactivationchart.cpp" line="30"/>
        <source>Simulated activations per layer</source>
        <translation>各层激活值（模拟）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthactivationchart.cpp" line="31"/>
        <source>mean of a&lt;sub&gt;l&lt;/sub&gt;</source>
        <translation>a&lt;sub&gt;l&lt;/sub&gt; 的均值</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthactivationchart.cpp" line="32"/>
        <source>std of a&lt;sub&gt;l&lt;/sub&gt;</source>
        <translation>a&lt;sub&gt;l&lt;/sub&gt; 的标准差</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthactivationchart.cpp" line="33"/>
        <source>fraction with f′ = 0</source>
        <translation>f′ = 0 的比例</translation>
    </message>
</context>
<context>
    <name>DepthBoundChart</name>
    <message>
        <location filename="../../ui/teaching/depthboundchart.cpp" line="21"/>
        <source>depth L (layers)</source>
        <translation>深度 L（层数）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthboundchart.cpp" line="24"/>
        <source>Gradient bound (max |f′|)&lt;sup&gt;L&lt;/sup&gt; after L layers</source>
        <translation>经过 L 层后的梯度上界 (max |f′|)&lt;sup&gt;L&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthboundchart.cpp" line="25"/>
        <source>(max |f′|)&lt;sup&gt;L&lt;/sup&gt;</source>
        <translation>(max |f′|)&lt;sup&gt;L&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthboundchart.cpp" line="117"/>
        <source>%1: %2ᴸ</source>
        <translation>%1：%2ᴸ</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthboundchart.cpp" line="119"/>
        <source>%1: f′ = 0, nothing passes</source>
        <translation>%1：f′ = 0，梯度无法通过</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthboundchart.cpp" line="121"/>
        <source>%1: f′ unbounded</source>
        <translation>%1：f′ 无界</translation>
    </message>
</context>
<context>
    <name>DepthControls</name>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="31"/>
        <source>Units per layer (also the input dimension)</source>
        <translation>每层单元数（也是输入维度）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="32"/>
        <source>Number of layers L</source>
        <translation>层数 L</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="33"/>
        <source>The same seed gives the same weights and inputs</source>
        <translation>相同的随机种子给出相同的权重和输入</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="34"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="35"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="36"/>
        <source>Var(W) = 1/width (Glorot)</source>
        <translation>Var(W) = 1/宽度（Glorot）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="37"/>
        <source>Var(W) = 2/width (Kaiming)</source>
        <translation>Var(W) = 2/宽度（Kaiming）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="38"/>
        <source>Variance of the Gaussian weights before the gain: Xavier 1/width, He 2/width</source>
        <translation>乘以增益之前高斯权重的方差：Xavier 为 1/宽度，He 为 2/宽度</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="39"/>
        <source>&amp;Gain on the weights&apos; standard deviation</source>
        <translation>权重标准差的增益(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="48"/>
        <source>&amp;Width</source>
        <translation>宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="49"/>
        <source>De&amp;pth L</source>
        <translation>深度 L(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="50"/>
        <source>&amp;Initialisation</source>
        <translation>初始化(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="52"/>
        <source>S&amp;eed</source>
        <translation>随机种子(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="88"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="89"/>
        <source>The network uses the current function: click another in the list</source>
        <translation>网络使用当前函数：在列表中点击可换用其他函数</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthcontrols.cpp" line="91"/>
        <source>Activation: &lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(the current function)&lt;/span&gt;</source>
        <translation>激活函数：&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;（当前函数）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DepthGradientChart</name>
    <message>
        <location filename="../../ui/teaching/depthgradientchart.cpp" line="23"/>
        <source>layer l (1 = next to the input)</source>
        <translation>层 l（1 = 紧挨输入层）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthgradientchart.cpp" line="28"/>
        <source>Simulated gradients per layer</source>
        <translation>各层梯度（模拟）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthgradientchart.cpp" line="29"/>
        <source>|gradient|</source>
        <translation>|梯度|</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthgradientchart.cpp" line="31"/>
        <source>mean |∂Loss/∂z&lt;sub&gt;l&lt;/sub&gt;|</source>
        <translation>平均 |∂损失/∂z&lt;sub&gt;l&lt;/sub&gt;|</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthgradientchart.cpp" line="32"/>
        <source>RMS ∂Loss/∂W&lt;sub&gt;l&lt;/sub&gt;</source>
        <translation>∂损失/∂W&lt;sub&gt;l&lt;/sub&gt; 的均方根</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <location filename="../../ui/teaching/depthview.cpp" line="59"/>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthview.cpp" line="76"/>
        <source>Click a function in the list to simulate a network of it.</source>
        <translation>在列表中点击一个函数，模拟由它构成的网络。</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthview.cpp" line="85"/>
        <source>The simulation failed: %1</source>
        <translation>模拟失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthview.cpp" line="95"/>
        <source> · the gradient at layer 1 is %1 × the one at layer %2</source>
        <translation> · 第 1 层的梯度是第 %2 层的 %1 倍</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthview.cpp" line="98"/>
        <source>%1 network, %2 units × %3 layers, %4 init, gain %5, seed %6, batch %7 — computed in %8&#xa0;ms%9</source>
        <translation>%1 网络，%2 单元 × %3 层，%4 初始化，增益 %5，随机种子 %6，批量 %7——用时 %8&#xa0;毫秒%9</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthview.cpp" line="102"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/depthview.cpp" line="102"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
</context>
<context>
    <name>EpsilonControl</name>
    <message>
        <location filename="../../ui/widgets/epsiloncontrol.cpp" line="15"/>
        <source>&amp;Shade saturated regions</source>
        <translation>标出饱和区(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/epsiloncontrol.cpp" line="16"/>
        <source>For &amp;every shown function</source>
        <translation>对所有显示的函数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/epsiloncontrol.cpp" line="18"/>
        <source>&amp;ε — shade where |f′(x)| &lt; ε</source>
        <translation>ε——标出 |f′(x)| &lt; ε 的区域(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/epsiloncontrol.cpp" line="19"/>
        <source>Saturated: |f′(x)| &lt; ε (translucent band). Dead: f′(x) = 0 exactly (hatched band).</source>
        <translation>饱和：|f′(x)| &lt; ε（半透明色带）。死区：f′(x) 恰为 0（斜线色带）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/epsiloncontrol.cpp" line="21"/>
        <source>Shade the x-intervals where the current function passes almost no gradient</source>
        <translation>标出当前函数几乎不传递梯度的 x 区间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/epsiloncontrol.cpp" line="22"/>
        <source>Shade the bands of every shown function in its colour, not only the current one</source>
        <translation>用各自的颜色标出所有显示函数的色带，而不只是当前函数</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="162"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="172"/>
        <source>%1: %2 (got “%3”)</source>
        <translation>%1：%2（收到的是“%3”）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="191"/>
        <source>unknown function “%1”; valid ids: %2</source>
        <translation>未知函数“%1”；有效的 id：%2</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="197"/>
        <source>name at least one function</source>
        <translation>至少指定一个函数</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="219"/>
        <location filename="../../ui/export/exportcommand.cpp" line="278"/>
        <source>expected a number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的数</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportarguments.cpp" line="42"/>
        <source>expected a finite number</source>
        <translation>应为有限的数</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportarguments.cpp" line="57"/>
        <source>expected LO:HI with LO &lt; HI (got “%1”)</source>
        <translation>应为 LO:HI 且 LO &lt; HI（收到的是“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportarguments.cpp" line="62"/>
        <source>expected LO:HI with LO &lt; HI: %1 (got “%2”)</source>
        <translation>应为 LO:HI 且 LO &lt; HI：%1（收到的是“%2”）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportarguments.cpp" line="39"/>
        <source>“%1” is beyond the range of a double (±1.8e308)</source>
        <translation>“%1”超出了双精度浮点数的范围（±1.8e308）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="111"/>
        <source>--pau &quot;a0,a1,a2,a3,a4,a5/b1,b2,b3,b4&quot; sets the coefficients of PAU (pau).
</source>
        <translation>--pau &quot;a0,a1,a2,a3,a4,a5/b1,b2,b3,b4&quot; 设置 PAU（pau）的系数。
</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="113"/>
        <source>Exit status: 0 when the file is written, 1 when it cannot be written (disk full, no permission,
missing folder; an existing file is then left as it was), 2 on a bad argument or lesson.</source>
        <translation>退出状态：文件写入成功时为 0；无法写入时为 1（磁盘已满、没有权限、
文件夹不存在；此时已有的文件保持原样）；参数或课件有误时为 2。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="194"/>
        <source>“%1” is named twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="203"/>
        <source>at most %1 typed formulas</source>
        <translation>最多 %1 个输入的公式</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="90"/>
        <source>usage: actviz export FILE [--functions id,id,…] [--expr FORMULA]… [--derivatives] [--saturation]
                     [--epsilon E] [--alpha A] [--beta B] [--xrange LO:HI] [--yrange LO:HI]
                     [--size WxH] [--dpr N] [--title TEXT] [--transparent] [--softmax VALUES] [--temperature T]
FILE ends in .png, .svg or .pdf. --softmax exports the softmax view instead of the plot.
--expr plots a typed formula f(x) (as custom1, custom2, … after the lesson&apos;s), with --functions
or alone; e.g. --expr &apos;x*tanh(softplus(x))&apos;. See “actviz eval --help” for what a formula may use.
--size: from %1x%2 to %3x%3 logical pixels; the smallest figure of each view is
  %4,
  with --caption %5.
--dpr from 0.5 to 4; the image may have at most %6 pixels in all (width × height × dpr²,
e.g. 10000x10000 at --dpr 1).
A range is at least %7 of its larger end wide, and at least %8 (see “actviz --help” for how
numbers are read).
</source>
        <translation>用法：actviz export FILE [--functions id,id,…] [--expr FORMULA]… [--derivatives] [--saturation]
                     [--epsilon E] [--alpha A] [--beta B] [--xrange LO:HI] [--yrange LO:HI]
                     [--size WxH] [--dpr N] [--title TEXT] [--transparent] [--softmax VALUES] [--temperature T]
FILE 以 .png、.svg 或 .pdf 结尾。--softmax 导出 softmax 视图，而不是函数图像。
--expr 画出输入的公式 f(x)（依次记为 custom1、custom2 …，排在课件中的公式之后），可与 --functions
同用，也可单独使用；例如 --expr &apos;x*tanh(softplus(x))&apos;。公式可用的写法见“actviz eval --help”。
--size：从 %1x%2 到 %3x%3 个逻辑像素；各视图的最小尺寸为
  %4，
  加 --caption 时为 %5。
--dpr：0.5 到 4；图像总共最多 %6 个像素（宽 × 高 × dpr²，
例如 --dpr 1 时的 10000x10000）。
范围的宽度至少为其较大端点绝对值的 %7 倍，且至少为 %8（数的写法见“actviz --help”）。
</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="157"/>
        <source>%1 is given twice; give it once</source>
        <translation>%1 给出了两次；只能给出一次</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="172"/>
        <location filename="../../ui/export/exportcommand.cpp" line="233"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="249"/>
        <source>expected WxH from %1x%2 to %3x%3</source>
        <translation>应为 WxH，从 %1x%2 到 %3x%3</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="259"/>
        <source>expected a number from 0.5 to 4</source>
        <translation>应为 0.5 到 4 之间的数</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="291"/>
        <source>takes no value</source>
        <translation>不接受值</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="299"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="303"/>
        <source>unexpected argument “%1” (the output file is “%2”)</source>
        <translation>多余的参数“%1”（输出文件是“%2”）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="307"/>
        <source>FILE: name the output file (.png, .svg or .pdf)</source>
        <translation>FILE：请指定输出文件（.png、.svg 或 .pdf）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="309"/>
        <source>FILE: “%1” must end in .png, .svg or .pdf</source>
        <translation>FILE：“%1”必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="332"/>
        <source>%1: %2 is outside the domain of %3 (%4)</source>
        <translation>%1：%2 超出了 %3 的定义域（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="337"/>
        <source>%1: none of %2 has a parameter %3</source>
        <translation>%1：%2 中没有任何函数带有参数 %3</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="346"/>
        <source>--size: %1</source>
        <translation>--size：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportcommand.cpp" line="389"/>
        <source>Run “actviz export --help” for the options.</source>
        <translation>运行“actviz export --help”查看所有选项。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="35"/>
        <source>Export softmax view</source>
        <translation>导出 softmax 视图</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="32"/>
        <source>Export plot</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="26"/>
        <source>&amp;Print the notes under the figure</source>
        <translation>在图下方附上讲解(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="38"/>
        <source>Export depth view</source>
        <translation>导出深度视图</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="41"/>
        <source>Export comparison</source>
        <translation>导出对比图</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="44"/>
        <source>Export loss view</source>
        <translation>导出损失视图</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="47"/>
        <source>Export likelihood view</source>
        <translation>导出似然视图</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="50"/>
        <source>Export training view</source>
        <translation>导出训练视图</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="53"/>
        <source>Export gated units</source>
        <translation>导出门控单元</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="56"/>
        <source>Export LayerNorm vs DyT</source>
        <translation>导出 LayerNorm 与 DyT</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="59"/>
        <source>The teaching note of the view: the current function&apos;s formula, ranges, pros, cons and use, or the view&apos;s read-out</source>
        <translation>该视图的教学说明：当前函数的公式、值域、优缺点与用途，或该视图的读数</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="65"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="68"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="69"/>
        <source>2× (high DPI)</source>
        <translation>2×（高 DPI）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="70"/>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="71"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="72"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="73"/>
        <source>optional, printed above the figure</source>
        <translation>可选，显示在图的上方</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="76"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="85"/>
        <source>&amp;File (.png, .svg, .pdf):</source>
        <translation>文件（.png、.svg、.pdf）(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="87"/>
        <source>&amp;Size (width × height):</source>
        <translation>尺寸（宽 × 高）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="91"/>
        <source>&amp;Pixel ratio:</source>
        <translation>像素比(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="92"/>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="93"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="94"/>
        <source>Caption:</source>
        <translation>图注：</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="111"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export/exportdialog.cpp" line="119"/>
        <source>The file name must end in .png, .svg or .pdf</source>
        <translation>文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="254"/>
        <source>the figure may be at most %1×%1 pixels (got %2×%3)</source>
        <translation>图最大为 %1×%1 像素（实际为 %2×%3）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="259"/>
        <source>the %1 view with its caption needs a figure of at least %2×%3 pixels (got %4×%5)</source>
        <translation>带说明文字的 %1 视图至少需要 %2×%3 像素的图（实际为 %4×%5）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="260"/>
        <source>the %1 view needs a figure of at least %2×%3 pixels (got %4×%5)</source>
        <translation>%1 视图至少需要 %2×%3 像素的图（实际为 %4×%5）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="267"/>
        <source>the pixel ratio must be from 0.5 to 4 (got %1)</source>
        <translation>像素比必须在 0.5 到 4 之间（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="274"/>
        <source>the image would have %1 pixels (%2×%3 at pixel ratio %4); at most %5 are allowed — make it smaller or lower the pixel ratio (--dpr)</source>
        <translation>图像将有 %1 个像素（%2×%3，像素比 %4）；最多允许 %5 个——请缩小尺寸或降低像素比（--dpr）</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="71"/>
        <source>The softmax of this vector cannot be computed.</source>
        <translation>无法计算该向量的 softmax。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="155"/>
        <source>Jacobian ∂sᵢ/∂zⱼ</source>
        <translation>雅可比矩阵 ∂sᵢ/∂zⱼ</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="301"/>
        <source>Cannot write “%1”: unknown format “%2” (use .png, .svg or .pdf).</source>
        <translation>无法写入“%1”：未知格式“%2”（请使用 .png、.svg 或 .pdf）。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="303"/>
        <location filename="../../ui/export/exporter.cpp" line="356"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="309"/>
        <source>Cannot export “%1”: %2</source>
        <translation>无法导出“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="318"/>
        <source>Cannot export “%1”: not enough memory for a %2×%3 image.</source>
        <translation>无法导出“%1”：内存不足，无法生成 %2×%3 的图像。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="326"/>
        <source>Cannot export “%1”: the PNG encoder failed.</source>
        <translation>无法导出“%1”：PNG 编码失败。</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="332"/>
        <source>actviz figure</source>
        <translation>actviz 图</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="333"/>
        <source>Exported by actviz</source>
        <translation>由 actviz 导出</translation>
    </message>
    <message>
        <location filename="../../ui/export/exporter.cpp" line="353"/>
        <source>Cannot export “%1”: the %2 data came out incomplete; nothing was written.</source>
        <translation>无法导出“%1”：生成的 %2 数据不完整；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ExprText</name>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="22"/>
        <source>unknown name “%1” at column %2; did you mean %3?</source>
        <translation>第 %2 列的名称“%1”未知；是不是 %3？</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="23"/>
        <source>unknown name “%1” at column %2</source>
        <translation>第 %2 列的名称“%1”未知</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="25"/>
        <source>unexpected character %1 at column %2</source>
        <translation>第 %2 列出现意外的字符 %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="27"/>
        <source>the formula ends too early (column %1)</source>
        <translation>公式提前结束（第 %1 列）</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="28"/>
        <source>unexpected %1 at column %2</source>
        <translation>第 %2 列出现意外的 %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="30"/>
        <source>the formula ends too early: a number, a name or “(” is missing at column %1</source>
        <translation>公式提前结束：第 %1 列缺少数字、名称或“(”</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="32"/>
        <source>expected a number, a name or “(” at column %1, found %2</source>
        <translation>第 %1 列应为数字、名称或“(”，实际是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="34"/>
        <source>the formula ends too early: %1 is missing at column %2</source>
        <translation>公式提前结束：第 %2 列缺少 %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="36"/>
        <source>expected %1 at column %2, found %3</source>
        <translation>第 %2 列应为 %1，实际是 %3</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="37"/>
        <source>%1 at column %2 is not a function</source>
        <translation>第 %2 列的 %1 不是函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="39"/>
        <source>%1 at column %2 needs its arguments in parentheses, e.g. %3</source>
        <translation>第 %2 列的 %1 需要用括号写出参数，例如 %3</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="41"/>
        <source>%1 at column %2 takes %3 argument(s), not %4</source>
        <translation>第 %2 列的 %1 接受 %3 个参数，而不是 %4 个</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="43"/>
        <source>the first argument of if at column %1 must be a comparison such as x &gt; 0 (%2)</source>
        <translation>第 %1 列 if 的第一个参数必须是比较，例如 x &gt; 0（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="45"/>
        <source>a comparison (%1) at column %2 is allowed only as the first argument of if(…)</source>
        <translation>比较（%1）出现在第 %2 列，但只能作为 if(…) 的第一个参数</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="47"/>
        <source>the formula nests deeper than %1 levels at column %2</source>
        <translation>公式在第 %2 列嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="49"/>
        <source>the formula is longer than %1 characters</source>
        <translation>公式超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="50"/>
        <source>the formula is empty</source>
        <translation>公式为空</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="51"/>
        <source>%1 at column %2 is not a number</source>
        <translation>第 %2 列的 %1 不是数</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="54"/>
        <source>%1 at column %2 is beyond the range of a double (±1.7976931348623157e308); write inf or -inf for infinity</source>
        <translation>第 %2 列的 %1 超出 double 的范围（±1.7976931348623157e308）；无穷大请写 inf 或 -inf</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="57"/>
        <source>the formula does not depend on x: a constant is not an activation</source>
        <translation>公式与 x 无关：常数不是激活函数</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="60"/>
        <source>log(1 + exp(%1)) overflows for large arguments and loses the tail for very negative ones: write softplus(%2) instead.</source>
        <translation>log(1 + exp(%1)) 在自变量很大时上溢，在很负时丢失尾部：请改写为 softplus(%2)。</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="63"/>
        <source>log(1 + u) loses digits when u is tiny (1 + u rounds first): write log1p(%1) instead.</source>
        <translation>u 很小时 log(1 + u) 会丢失有效数字（1 + u 先被舍入）：请改写为 log1p(%1)。</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="66"/>
        <source>1/(1 + exp(−u)) overflows inside exp for very negative u: write sigmoid(%1) instead.</source>
        <translation>u 很负时 1/(1 + exp(−u)) 在 exp 内上溢：请改写为 sigmoid(%1)。</translation>
    </message>
    <message>
        <location filename="../../ui/text/exprtext.cpp" line="69"/>
        <source>exp(u) − 1 cancels when u is near 0: write expm1(%1) instead.</source>
        <translation>u 接近 0 时 exp(u) − 1 发生相消：请改写为 expm1(%1)。</translation>
    </message>
</context>
<context>
    <name>FigureCaption</name>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="40"/>
        <source>sparsemax(z/T) = [z&lt;sub&gt;i&lt;/sub&gt;/T − τ]&lt;sub&gt;+&lt;/sub&gt; with Σ = 1, the Euclidean projection onto the probability simplex: exact zeros outside its support (Martins and Astudillo 2016).</source>
        <translation>sparsemax(z/T) = [z&lt;sub&gt;i&lt;/sub&gt;/T − τ]&lt;sub&gt;+&lt;/sub&gt;，且 Σ = 1：到概率单纯形上的欧氏投影，支撑集以外恰为 0（Martins 与 Astudillo 2016）。</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="44"/>
        <source>1.5-entmax(z/T) = [z&lt;sub&gt;i&lt;/sub&gt;/(2T) − τ]&lt;sub&gt;+&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; with Σ = 1: sparse like sparsemax, smooth inside its support (Peters, Niculae and Martins 2019).</source>
        <translation>1.5-entmax(z/T) = [z&lt;sub&gt;i&lt;/sub&gt;/(2T) − τ]&lt;sub&gt;+&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;，且 Σ = 1：像 sparsemax 一样稀疏，在支撑集内光滑（Peters、Niculae 与 Martins 2019）。</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="48"/>
        <source>softmax₁(z/T)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / (1 + Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;): the probabilities may sum to less than 1 (Miller 2023).</source>
        <translation>softmax₁(z/T)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / (1 + Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;)：各概率之和可以小于 1（Miller 2023）。</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="61"/>
        <source>Beside it, in green:</source>
        <translation>旁边绿色的是：</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="63"/>
        <source>Only the %1 largest logits take part.</source>
        <translation>只有最大的 %1 个 logit 参与。</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="66"/>
        <source>Top-p %1: the most probable entries until they hold %1, renormalised.</source>
        <translation>累积概率 %1：取概率最大的若干项，直到它们合计达到 %1，再重新归一化。</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="69"/>
        <source>Gumbel-softmax: Gumbel noise from seed %1 added to z.</source>
        <translation>Gumbel-softmax：在 z 上加入由种子 %1 生成的 Gumbel 噪声。</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="83"/>
        <source>Coefficients a0 … a5: %1; b1 … b4: %2</source>
        <translation>系数 a0 … a5：%1；b1 … b4：%2</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="91"/>
        <source>For a sigmoid output p = σ(z), binary cross-entropy −[y ln p + (1 − y) ln(1 − p)] has the gradient p − y with respect to the logit: a confidently wrong prediction is corrected at full strength. The squared error’s gradient 2(p − y)·p(1 − p) carries the sigmoid’s slope p(1 − p), which vanishes exactly there. For a softmax output, cross-entropy −ln s&lt;sub&gt;k&lt;/sub&gt; has the gradient s − onehot(k).</source>
        <translation>对 sigmoid 输出 p = σ(z)，二元交叉熵 −[y ln p + (1 − y) ln(1 − p)] 对 logit 的梯度为 p − y：自信的错误预测会被全力纠正。平方误差的梯度 2(p − y)·p(1 − p) 带有 sigmoid 的斜率 p(1 − p)，而它恰恰在那里消失。对 softmax 输出，交叉熵 −ln s&lt;sub&gt;k&lt;/sub&gt; 的梯度为 s − onehot(k)。</translation>
    </message>
    <message>
        <location filename="../../ui/export/figurecaption.cpp" line="54"/>
        <source>softmax(z/T)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;, computed with max z subtracted first so that no exponential overflows.</source>
        <translation>softmax(z/T)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;/T&lt;/sup&gt;，计算前先减去 max z，因此指数不会溢出。</translation>
    </message>
</context>
<context>
    <name>FunctionChart</name>
    <message>
        <location filename="../../ui/plot/functionchart.cpp" line="74"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionchart.cpp" line="75"/>
        <source>f(x), f′(x)</source>
        <translation>f(x), f′(x)</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionchart.cpp" line="360"/>
        <source>%1′</source>
        <translation>%1′</translation>
    </message>
</context>
<context>
    <name>FunctionListPanel</name>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="47"/>
        <source>Classic</source>
        <translation>经典</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="47"/>
        <source>ReLU family</source>
        <translation>ReLU 家族</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="48"/>
        <source>Smooth modern</source>
        <translation>现代平滑函数</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="48"/>
        <source>Hard / piecewise</source>
        <translation>硬饱和 / 分段函数</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="49"/>
        <source>Shrink</source>
        <translation>收缩函数</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="49"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="50"/>
        <source>The 2020s</source>
        <translation>2020 年代</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="60"/>
        <source>+ &amp;New formula…</source>
        <translation>+ 新建公式(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="62"/>
        <source>Filter functions…</source>
        <translation>筛选函数…</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="65"/>
        <source>Show only functions whose name or id contains this text</source>
        <translation>只显示名称或 id 包含此文本的函数</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="73"/>
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="79"/>
        <source>Type your own activation f(x): it is plotted with its exact derivative like the built-ins</source>
        <translation>输入你自己的激活函数 f(x)：它会像内置函数一样连同精确导数一起画出</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="122"/>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="173"/>
        <source>%1 (id: %2)
f(x) = %3</source>
        <translation>%1（id：%2）
f(x) = %3</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="144"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/plot/functionlistpanel.cpp" line="172"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>GatedChart</name>
    <message>
        <location filename="../../ui/teaching/gatedchart.cpp" line="33"/>
        <source>gate input a</source>
        <translation>门输入 a</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/gatedchart.cpp" line="34"/>
        <source>value b</source>
        <translation>值 b</translation>
    </message>
</context>
<context>
    <name>GatedText</name>
    <message>
        <location filename="../../ui/text/gatedtext.cpp" line="42"/>
        <source>Bilinear</source>
        <translation>双线性</translation>
    </message>
    <message>
        <location filename="../../ui/text/gatedtext.cpp" line="67"/>
        <source>both inputs learn</source>
        <translation>两个输入都在学习</translation>
    </message>
    <message>
        <location filename="../../ui/text/gatedtext.cpp" line="69"/>
        <source>the gate is saturated: only b learns</source>
        <translation>门已饱和：只有 b 在学习</translation>
    </message>
    <message>
        <location filename="../../ui/text/gatedtext.cpp" line="71"/>
        <source>dead: neither input learns</source>
        <translation>死区：两个输入都不学习</translation>
    </message>
    <message>
        <location filename="../../ui/text/gatedtext.cpp" line="78"/>
        <source>&lt;b&gt;▨&lt;/b&gt; gate saturated: |∂f/∂a| &amp;lt; ε, the gate input a gets no gradient &amp;nbsp; &lt;b&gt;▩&lt;/b&gt; dead: |∂f/∂a| and |∂f/∂b| &amp;lt; ε &amp;nbsp; (ε = %1)</source>
        <translation>&lt;b&gt;▨&lt;/b&gt; 门饱和：|∂f/∂a| &amp;lt; ε，门输入 a 得不到梯度 &amp;nbsp; &lt;b&gt;▩&lt;/b&gt; 死区：|∂f/∂a| 与 |∂f/∂b| 都 &amp;lt; ε &amp;nbsp;（ε = %1）</translation>
    </message>
    <message>
        <location filename="../../ui/text/gatedtext.cpp" line="86"/>
        <source>a = %1, b = %2: &amp;nbsp; &lt;i&gt;f&lt;/i&gt; = %3 &amp;nbsp; ∂&lt;i&gt;f&lt;/i&gt;/∂a = %4 &amp;nbsp; ∂&lt;i&gt;f&lt;/i&gt;/∂b = %5 &amp;nbsp; — %6</source>
        <translation>a = %1，b = %2： &amp;nbsp; &lt;i&gt;f&lt;/i&gt; = %3 &amp;nbsp; ∂&lt;i&gt;f&lt;/i&gt;/∂a = %4 &amp;nbsp; ∂&lt;i&gt;f&lt;/i&gt;/∂b = %5 &amp;nbsp; — %6</translation>
    </message>
    <message>
        <location filename="../../ui/text/gatedtext.cpp" line="93"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): the feed-forward block of a transformer splits its hidden vector into a gate &lt;i&gt;a&lt;/i&gt; and a value &lt;i&gt;b&lt;/i&gt; and outputs &lt;i&gt;f&lt;/i&gt;(a, b) = %3. The unit has two inputs, so one curve cannot show it: the maps colour &lt;i&gt;f&lt;/i&gt; and its two partial derivatives over the square, red above 0 and blue below.&lt;/p&gt;&lt;p&gt;∂&lt;i&gt;f&lt;/i&gt;/∂b = g(a) is how much of the value passes; ∂&lt;i&gt;f&lt;/i&gt;/∂a = g′(a)·b is the gate’s own gradient, which vanishes where g saturates and along b = 0, where there is nothing to gate. ReGLU is dead for every a &amp;lt; 0; GLU saturates on both sides; GeGLU and SwiGLU let a little gradient through for a &amp;lt; 0.&lt;/p&gt;&lt;p&gt;Mind the order: PyTorch’s &lt;code&gt;torch.nn.functional.glu(x)&lt;/code&gt; splits x into halves (first, second) and returns first·σ(second), the gate second.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;（%2）：Transformer 的前馈块把隐藏向量分成门 &lt;i&gt;a&lt;/i&gt; 和值 &lt;i&gt;b&lt;/i&gt; 两半，输出 &lt;i&gt;f&lt;/i&gt;(a, b) = %3。这个单元有两个输入，一条曲线画不出它：热图在正方形上为 &lt;i&gt;f&lt;/i&gt; 及其两个偏导数着色，大于 0 为红色，小于 0 为蓝色。&lt;/p&gt;&lt;p&gt;∂&lt;i&gt;f&lt;/i&gt;/∂b = g(a) 表示值能通过多少；∂&lt;i&gt;f&lt;/i&gt;/∂a = g′(a)·b 是门自身的梯度，它在 g 饱和处消失，也在 b = 0 一线上消失——那里没有可以控制的值。ReGLU 在所有 a &amp;lt; 0 处都是死区；GLU 两侧都会饱和；GeGLU 与 SwiGLU 在 a &amp;lt; 0 时仍放过少量梯度。&lt;/p&gt;&lt;p&gt;注意顺序：PyTorch 的 &lt;code&gt;torch.nn.functional.glu(x)&lt;/code&gt; 把 x 分成前后两半，返回 前一半·σ(后一半)，门在后一半。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GatedView</name>
    <message>
        <location filename="../../ui/teaching/gatedview.cpp" line="30"/>
        <source>Gated unit</source>
        <translation>门控单元</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/gatedview.cpp" line="31"/>
        <source>&amp;Square ±</source>
        <translation>正方形 ±(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/gatedview.cpp" line="33"/>
        <source>The half-width of the square: a and b both run from minus to plus this value</source>
        <translation>正方形的半宽：a 与 b 都从这个值的负数取到正数</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/gatedview.cpp" line="34"/>
        <source>&amp;ε</source>
        <translation>&amp;ε</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/gatedview.cpp" line="36"/>
        <source>A gradient smaller than ε counts as vanished (the same ε as the function plot’s bands)</source>
        <translation>小于 ε 的梯度视为已消失（与函数图中阴影带使用同一个 ε）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/gatedview.cpp" line="43"/>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/gatedview.cpp" line="140"/>
        <source>Point at a map to read &lt;i&gt;f&lt;/i&gt; and both partial derivatives there.</source>
        <translation>将鼠标指向任一热图，即可读出该点的 &lt;i&gt;f&lt;/i&gt; 及两个偏导数。</translation>
    </message>
</context>
<context>
    <name>InputText</name>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="30"/>
        <source>Type at least one number.</source>
        <translation>请至少输入一个数。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="32"/>
        <source>Entry %1 is empty (two separators in a row, or one at an end).</source>
        <translation>第 %1 项为空（连续出现两个分隔符，或分隔符位于末尾）。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="34"/>
        <source>Entry %1 (“%2”) is not a number.</source>
        <translation>第 %1 项（“%2”）不是数。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="36"/>
        <source>Entry %1 (“%2”): NaN is not allowed.</source>
        <translation>第 %1 项（“%2”）：不允许 NaN。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="38"/>
        <source>Entry %1 (“%2”): only −inf (a masked entry) is allowed, not +inf.</source>
        <translation>第 %1 项（“%2”）：只允许 −inf（屏蔽的分量），不允许 +inf。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="40"/>
        <source>Entry %1 (“%2”) is beyond the range of a double (±1.8e308); write −inf to mask an entry.</source>
        <translation>第 %1 项（“%2”）超出了双精度浮点数的范围（±1.8e308）；若要屏蔽某个分量，请写 −inf。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="44"/>
        <source>The vector has %1 entries; at most %2 are allowed.</source>
        <translation>向量有 %1 个分量；最多允许 %2 个。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="46"/>
        <source>Every entry is −inf: nothing is left to normalise.</source>
        <translation>所有分量都是 −inf：没有可以归一化的分量。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="48"/>
        <source>The brackets [ ] do not match.</source>
        <translation>方括号 [ ] 不匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="66"/>
        <source>Entry %1 (%2) is not 0 or 1: an outcome is 1 (success) or 0 (failure).</source>
        <translation>第 %1 项（%2）不是 0 或 1：结果只能是 1（成功）或 0（失败）。</translation>
    </message>
    <message>
        <location filename="../../ui/text/inputtext.cpp" line="71"/>
        <source>Entry %1 (“%2”) is not 0 or 1: an outcome is 1 (success) or 0 (failure).</source>
        <translation>第 %1 项（“%2”）不是 0 或 1：结果只能是 1（成功）或 0（失败）。</translation>
    </message>
</context>
<context>
    <name>JacobianHeatmap</name>
    <message>
        <location filename="../../ui/softmax/jacobianheatmap.cpp" line="14"/>
        <source>Softmax Jacobian heatmap</source>
        <translation>softmax 雅可比矩阵热图</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/jacobianheatmap.cpp" line="67"/>
        <source>∂s%1/∂z%2 = %3</source>
        <translation>∂s%1/∂z%2 = %3</translation>
    </message>
</context>
<context>
    <name>JacobianPainter</name>
    <message>
        <location filename="../../ui/softmax/jacobianpainter.cpp" line="136"/>
        <source>i\j</source>
        <translation>i\j</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/jacobianpainter.cpp" line="153"/>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/jacobianpainter.cpp" line="155"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/jacobianpainter.cpp" line="164"/>
        <source>No Jacobian to show.</source>
        <translation>没有可显示的雅可比矩阵。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/widgets/languagemenu.cpp" line="10"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="56"/>
        <source>&amp;Open lesson…</source>
        <translation>打开课件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="58"/>
        <source>Open a lesson file: functions, parameters, ranges, view and language</source>
        <translation>打开课件文件：函数、参数、范围、视图和语言</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="60"/>
        <source>&amp;Save lesson…</source>
        <translation>保存课件(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="62"/>
        <source>Save everything on screen as a lesson file to open again later</source>
        <translation>把屏幕上的全部设置保存为课件文件，以后可再次打开</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="64"/>
        <source>E&amp;xample lessons</source>
        <translation>示例课件(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="121"/>
        <source>Lesson: %1</source>
        <translation>课件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="137"/>
        <source>Open lesson</source>
        <translation>打开课件</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="138"/>
        <source>actviz lessons (*.json);;All files (*)</source>
        <translation>actviz 课件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="150"/>
        <source>Cannot open lesson</source>
        <translation>无法打开课件</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="151"/>
        <source>The lesson “%1” was not opened:
%2</source>
        <translation>课件“%1”未能打开：
%2</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="163"/>
        <source>lesson.json</source>
        <translation>课件.json</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="166"/>
        <source>Save lesson</source>
        <translation>保存课件</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="166"/>
        <source>actviz lessons (*.json)</source>
        <translation>actviz 课件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="173"/>
        <source>Cannot save lesson</source>
        <translation>无法保存课件</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="174"/>
        <source>The lesson “%1” was not saved:
%2</source>
        <translation>课件“%1”未能保存：
%2</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonactions.cpp" line="178"/>
        <source>Lesson saved to %1</source>
        <translation>课件已保存到 %1</translation>
    </message>
</context>
<context>
    <name>LessonExport</name>
    <message>
        <location filename="../../ui/lesson/lessonexport.cpp" line="38"/>
        <source>--lesson needs a lesson file</source>
        <translation>--lesson 需要一个课件文件</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonexport.cpp" line="41"/>
        <source>--lesson: “%1”: %2</source>
        <translation>--lesson：“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonexport.cpp" line="51"/>
        <source>--lesson: “state.softmax”: %1</source>
        <translation>--lesson：“state.softmax”：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonexport.cpp" line="54"/>
        <source>--lesson: “state.outcomes”: %1</source>
        <translation>--lesson：“state.outcomes”：%1</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonexport.cpp" line="63"/>
        <source>--lang: “%1” is not one of %2</source>
        <translation>--lang：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonexport.cpp" line="77"/>
        <source>--lesson LESSON.json starts from a saved lesson (the other options override it);
--lang en|zh_CN sets the language of the figure&apos;s texts (default: the lesson&apos;s, else en).</source>
        <translation>--lesson LESSON.json 以保存的课件为起点（其他选项可覆盖其中的设置）；
--lang en|zh_CN 设置图中文字的语言（默认：课件中的语言，否则为 en）。</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="68"/>
        <source>this is not an actviz lesson (it needs &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>这不是 actviz 课件（需要 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="72"/>
        <source>the lesson has no “version”</source>
        <translation>课件缺少“version”</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="77"/>
        <source>this lesson was written by a newer actviz (version %1); this build reads up to %2</source>
        <translation>此课件由更新版本的 actviz 写入（版本 %1）；当前版本最高只能读取版本 %2</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="81"/>
        <source>version %1 is not a lesson version (the first is 1)</source>
        <translation>版本 %1 不是有效的课件版本（第一个版本是 1）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="88"/>
        <source>“language” must be one of %1, not “%2”</source>
        <translation>“language”必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="91"/>
        <source>“view” must be one of %1, not “%2”</source>
        <translation>“view”必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="176"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="178"/>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="180"/>
        <source>the file is %1 bytes; a lesson may have at most %2</source>
        <translation>文件大小为 %1 字节；课件最多只能有 %2 字节</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="187"/>
        <location filename="../../ui/lesson/lessonfile.cpp" line="194"/>
        <source>the file is larger than %1 bytes</source>
        <translation>文件大于 %1 字节</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="208"/>
        <source>the number %1 at character %2 is beyond the range of a double (±1.8e308)</source>
        <translation>第 %2 个字符处的数 %1 超出了双精度浮点数的范围（±1.8e308）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="218"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：第 %2 个字符处%1</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="220"/>
        <source>not an actviz lesson: the file must hold one JSON object</source>
        <translation>不是 actviz 课件：文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="226"/>
        <source>unknown key “%1”</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="238"/>
        <source>the lesson has no “state”</source>
        <translation>课件缺少“state”</translation>
    </message>
</context>
<context>
    <name>LessonStateCheck</name>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="40"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="29"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="74"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="241"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="33"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="99"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="150"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="156"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="23"/>
        <source>null</source>
        <translation>空值 (null)</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="25"/>
        <source>true/false</source>
        <translation>布尔值 (true/false)</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="27"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="59"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="125"/>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="31"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="37"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="62"/>
        <source>“%1” is %2, outside the allowed %3 … %4</source>
        <translation>“%1”为 %2，超出了允许范围 %3 … %4</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="69"/>
        <source>a list of two numbers [low, high]</source>
        <translation>由两个数组成的列表 [下限, 上限]</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="71"/>
        <source>“%1”: the low end must be below the high end, got %2</source>
        <translation>“%1”：下限必须小于上限，实际为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="74"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="82"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="85"/>
        <source>a list of function ids</source>
        <translation>由函数 id 组成的列表</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="87"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="154"/>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="220"/>
        <source>“%1”: unknown function id “%2”</source>
        <translation>“%1”：未知的函数 id“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="89"/>
        <source>“%1”: “%2” is listed twice</source>
        <translation>“%1”：“%2”出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="108"/>
        <source>“%1”: “%2” is not a shown function</source>
        <translation>“%1”：“%2”不是正在显示的函数</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="111"/>
        <source>“%1”: each shown function needs its own colour from 0 to %2</source>
        <translation>“%1”：每个显示的函数都需要各自的颜色编号（0 到 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="117"/>
        <source>“%1”: give a colour for every shown function, or leave the key out</source>
        <translation>“%1”：请为每个显示的函数指定颜色，或者省略此键</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="133"/>
        <source>“%1”: %2 has no %3 (only its default %4 may be written)</source>
        <translation>“%1”：%2 没有参数 %3（只能写入其默认值 %4）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="139"/>
        <source>“%1”: %2 is outside the domain of %3 (%4)</source>
        <translation>“%1”：%2 超出了 %3 的定义域（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="161"/>
        <source>“%1.%2”: unknown key “%3” (use alpha and beta)</source>
        <translation>“%1.%2”：未知的键“%3”（请使用 alpha 和 beta）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="193"/>
        <source>an object of formulas</source>
        <translation>由公式组成的对象</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="198"/>
        <source>“%1”: “%2” is not a custom function id (custom1 … custom%3)</source>
        <translation>“%1”：“%2”不是自定义函数的 id（custom1 … custom%3）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="202"/>
        <source>a formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="206"/>
        <source>“%1.%2”: %3</source>
        <translation>“%1.%2”：%3</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="218"/>
        <source>a function id</source>
        <translation>函数 id</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="235"/>
        <source>“auto” or a list of two numbers</source>
        <translation>“auto”或由两个数组成的列表</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="250"/>
        <source>“%1” has an unknown key “%2”</source>
        <translation>“%1”含有未知的键“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="260"/>
        <source>a list of the right kind of values</source>
        <translation>元素类型正确的列表</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="328"/>
        <source>“%1” must be %2, not %3</source>
        <translation>“%1”必须是%2，而不是 %3</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="329"/>
        <source>“%1” must be %2, not %3 (%4)</source>
        <translation>“%1”必须是%2，而不是%3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="340"/>
        <source>a whole number from 1</source>
        <translation>不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="343"/>
        <source>“%1” is %2; this build&apos;s state has version %3</source>
        <translation>“%1”为 %2；当前版本的状态格式为版本 %3</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="362"/>
        <source>“state” has an unknown key “%1”</source>
        <translation>“state”含有未知的键“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="383"/>
        <source>“%1”: width × batch × layers is %2, more than the %3 the simulation can hold</source>
        <translation>“%1”：宽度 × 批量 × 层数为 %2，超过了模拟所能容纳的 %3</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonstatecheck.cpp" line="396"/>
        <source>“%1”: %2 is not a value actviz accepts here</source>
        <translation>“%1”：actviz 在此处不接受值 %2</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="98"/>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="99"/>
        <source>Sigmoid and tanh saturate: where |f′| &lt; ε almost no gradient passes, and sigmoid&apos;s f′ never exceeds 0.25, so a deep stack of them multiplies the gradient away. ReLU keeps f′ = 1 for x &gt; 0.</source>
        <translation>Sigmoid 和 tanh 会饱和：在 |f′| &lt; ε 的区域几乎没有梯度通过；sigmoid 的 f′ 从不超过 0.25，层层相乘后梯度在深层网络中消失。ReLU 在 x &gt; 0 时保持 f′ = 1。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="103"/>
        <source>The ReLU family</source>
        <translation>ReLU 家族</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="104"/>
        <source>ReLU, Leaky ReLU, ELU and SELU side by side: what each does for negative inputs, where the derivative is zero (dead) and how α changes the negative side.</source>
        <translation>ReLU、Leaky ReLU、ELU 与 SELU 并列对比：各自如何处理负输入、导数在哪里为零（死区），以及 α 如何改变负半轴。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="107"/>
        <source>Softmax and temperature</source>
        <translation>Softmax 与温度</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="108"/>
        <source>The same logits at a low temperature: softmax(z/T) sharpens towards the argmax as T falls and flattens towards uniform as T grows. Move the temperature slider.</source>
        <translation>同一组 logits 在低温下：T 降低时 softmax(z/T) 向 argmax 集中，T 升高时趋于均匀分布。试着拖动温度滑块。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="111"/>
        <source>GELU versus ReLU</source>
        <translation>GELU 与 ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="112"/>
        <source>GELU, its tanh approximation, SiLU and ReLU near zero: the smooth functions dip below zero for small negative x and have no kink, ReLU has a corner and a dead half.</source>
        <translation>零点附近的 GELU、它的 tanh 近似、SiLU 与 ReLU：平滑函数在较小的负 x 处略低于零且没有折点；ReLU 有一个尖角，负半轴是死区。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="115"/>
        <source>Why non-linearity</source>
        <translation>为什么需要非线性</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="116"/>
        <source>A network with two hidden layers and the identity as activation tries to separate XOR: press Play. However long it trains, stacked linear layers are one linear map and draw one straight boundary. Now tick tanh or ReLU in the function list, make it current and play again: the boundary bends around the four clusters.</source>
        <translation>一个有两个隐藏层、以恒等函数为激活函数的网络尝试分开 XOR：按“播放”。无论训练多久，堆叠的线性层仍是一个线性映射，只能画出一条直线边界。现在在函数列表中勾选 tanh 或 ReLU，把它设为当前函数后再播放：边界会绕着四个点簇弯曲。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="121"/>
        <source>Mish typed as a formula</source>
        <translation>以公式输入的 Mish</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="122"/>
        <source>Mish typed as x*tanh(softplus(x)) (Custom 1) beside the built-in Mish: the two curves and their dashed derivatives lie exactly on top of each other, because actviz differentiates a typed formula symbolically. Untick one to see the other underneath. Look at the shallow dip to −0.31 near x = −1.19, and at f′, which turns slightly negative left of it and overshoots 1 (up to 1.09 near x = 1.5).</source>
        <translation>把 Mish 输入为 x*tanh(softplus(x))（自定义 1），与内置的 Mish 并排：两条曲线及其虚线导数完全重合，因为 actviz 对输入的公式做符号求导。取消勾选其中一个，就能看到下面的另一个。注意 x = −1.19 附近下探到 −0.31 的浅谷，以及 f′：它在浅谷左侧略为负，并超过 1（在 x = 1.5 附近达到 1.09）。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="128"/>
        <source>Smish: log(1 + σ) or log1p(σ)</source>
        <translation>Smish：log(1 + σ) 还是 log1p(σ)</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="129"/>
        <source>Smish, αx·tanh(log(1 + σ(βx))), typed twice beside Mish: Custom 1 as the paper writes it, Custom 2 with log1p. On the plot the two coincide, and f′ tends to tanh(log 2) = 0.6 for large x, not to 1 as Mish&apos;s does. The difference is in the digits: for x ≪ 0, 1 + σ(βx) is rounded before log sees it, so Custom 1 is off in the fourth digit at x = −30 and exactly 0 below x ≈ −36.8, where log1p keeps the tail. Custom 1&apos;s notes point this out.</source>
        <translation>Smish，即 αx·tanh(log(1 + σ(βx)))，与 Mish 并排输入了两次：自定义 1 按论文的写法，自定义 2 用 log1p。两者在图上重合，x 很大时 f′ 趋于 tanh(log 2) = 0.6，而不像 Mish 那样趋于 1。差别在数位上：x ≪ 0 时，1 + σ(βx) 在 log 看到它之前就被舍入，所以自定义 1 在 x = −30 处第四位有效数字就错了，在 x ≈ −36.8 以下恰为 0，而 log1p 保住了尾部。自定义 1 的讲解会指出这一点。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="135"/>
        <source>Snake: a periodic derivative</source>
        <translation>Snake：周期性的导数</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="136"/>
        <source>Snake, x + sin²(αx)/α (Custom 1), is the identity plus a ripple: it grows like x, so it never saturates, yet it can model periodic data with a trend, which neither x nor sin x does alone. Its derivative f′ = 1 + sin(2αx) is periodic between 0 and 2: once per period π/α it touches 0 (the thin shaded bands) but never stays there, so f never decreases. α is the frequency: raise it and the ripples come faster and smaller (height 1/α); lower it and they grow slow and large.</source>
        <translation>Snake，即 x + sin²(αx)/α（自定义 1），是恒等函数加上一道波纹：它像 x 一样增长，因此从不饱和，却能拟合带趋势的周期数据，这是 x 和 sin x 单独都做不到的。它的导数 f′ = 1 + sin(2αx) 在 0 与 2 之间周期变化：每个周期 π/α 触及 0 一次（细的阴影带），但从不停留，所以 f 从不下降。α 是频率：调大它，波纹更密更小（高度 1/α）；调小它，波纹更缓更大。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="143"/>
        <source>A rational function with abs</source>
        <translation>带 abs 的有理函数</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="144"/>
        <source>(x + x²/2)/(1 + |x|) (Custom 1), beside softsign x/(1 + |x|), which is built the same way. abs puts a kink at 0 into the formula, yet f′ does not jump there: the numerator is 0 at x = 0, so both sides have slope 1 and the properties still say C¹. The kink shows one step later, as a corner in the dashed f′ (its slope jumps from 3 to −1); softsign&apos;s f′ has the same corner. For large |x| the function grows like |x|/2, so it is not monotonic: its minimum is −0.27 at x = 1 − √3.</source>
        <translation>(x + x²/2)/(1 + |x|)（自定义 1），与构造方式相同的 softsign x/(1 + |x|) 并排。abs 在公式的 0 处引入一个折点，但 f′ 在那里并不跳变：x = 0 时分子为 0，两侧斜率都是 1，所以性质表仍显示 C¹。折点晚一阶才显现：虚线 f′ 在那里有一个拐角（其斜率从 3 跳到 −1）；softsign 的 f′ 也有同样的拐角。|x| 很大时函数像 |x|/2 一样增长，因此它不单调：最小值 −0.27 位于 x = 1 − √3。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="151"/>
        <source>A leaky variant that becomes ELU</source>
        <translation>一个会变成 ELU 的 Leaky 变体</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="152"/>
        <source>if(x &gt; 0, x, α·expm1(x)) (Custom 1) with α = 0.2, beside Leaky ReLU (α = 0.2) and ELU. Just left of 0 it leaks like Leaky ReLU, with slope α, but further left it levels off at −α like ELU instead of falling for ever. Its f′ jumps from 0.2 to 1 at the kink, so it is not C¹. Drag α to 1: the curve lands on ELU, its f′ = eˣ meets 1 at 0 and the jump is gone: with α = 1 this formula is ELU.</source>
        <translation>if(x &gt; 0, x, α·expm1(x))（自定义 1），α = 0.2，与 Leaky ReLU（α = 0.2）和 ELU 并排。在 0 的左侧附近，它像 Leaky ReLU 一样以斜率 α 泄漏，但再往左它像 ELU 一样趋于 −α，而不是一直下降。它的 f′ 在折点处从 0.2 跳到 1，因此不是 C¹。把 α 拖到 1：曲线与 ELU 重合，f′ = eˣ 在 0 处与 1 相接，跳变消失：α = 1 时这个公式就是 ELU。</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="158"/>
        <source>Activations of the 2020s</source>
        <translation>2020 年代的激活函数</translation>
    </message>
    <message>
        <location filename="../../ui/lesson/lessonfile.cpp" line="159"/>
        <source>Six activations from recent papers, with their dashed derivatives. ReLU² (Primer) and StarReLU (MetaFormer) square ReLU: no corner at 0, but still dead for x &lt; 0; StarReLU&apos;s scale and bias give a standard normal input mean 0 and variance 1. Sparse plus is a softplus made of polynomial pieces, exactly 0 left of −1 and exactly x right of 1. Smish is Mish with σ inside the logarithm: its slope tends to 0.6, not 1. xIELU is integrated from a chosen gradient: quadratic on the right, ELU-like on the left, where it rises again far out. DyT, γ·tanh(αx), replaces LayerNorm in Transformers: the band shows where it saturates; drag α to see the band move.</source>
        <translation>近年论文中的六个激活函数及其虚线导数。ReLU²（Primer）与 StarReLU（MetaFormer）把 ReLU 平方：0 处不再有折角，但 x &lt; 0 时仍然“死亡”；StarReLU 的缩放与偏置使标准正态输入的输出均值为 0、方差为 1。稀疏 Softplus 由多项式拼成：−1 左侧恰为 0，1 右侧恰为 x。Smish 是把 σ 放进对数里的 Mish：它的斜率趋于 0.6 而不是 1。xIELU 由选定的梯度积分而来：右侧为二次，左侧像 ELU，在很远的左侧又重新上升。DyT，即 γ·tanh(αx)，在 Transformer 中取代 LayerNorm：阴影带标出它饱和的区域；拖动 α 看阴影带如何移动。</translation>
    </message>
</context>
<context>
    <name>LikelihoodChart</name>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="48"/>
        <source>success probability p</source>
        <translation>成功概率 p</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="49"/>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="116"/>
        <source>likelihood L(p)</source>
        <translation>似然 L(p)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="50"/>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="115"/>
        <source>log-likelihood ln L(p)</source>
        <translation>对数似然 ln L(p)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="113"/>
        <source>relative likelihood L(p)/L(k/n)</source>
        <translation>相对似然 L(p)/L(k/n)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="114"/>
        <source>likelihood L(p) = p&lt;sup&gt;k&lt;/sup&gt;(1 − p)&lt;sup&gt;n−k&lt;/sup&gt;</source>
        <translation>似然 L(p) = p&lt;sup&gt;k&lt;/sup&gt;(1 − p)&lt;sup&gt;n−k&lt;/sup&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="116"/>
        <source>L(p)/L(k/n)</source>
        <translation>L(p)/L(k/n)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="140"/>
        <source>Bernoulli likelihood: k = %1 successes in n = %2 trials</source>
        <translation>伯努利似然：n = %2 次试验中成功 k = %1 次</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="143"/>
        <source>maximum at p = k/n = %1
ln L = %2</source>
        <translation>最大值位于 p = k/n = %1
ln L = %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="144"/>
        <source>maximum at p = k/n = %1
L = %2</source>
        <translation>最大值位于 p = k/n = %1
L = %2</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodchart.cpp" line="154"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
</context>
<context>
    <name>LikelihoodView</name>
    <message>
        <location filename="../../ui/teaching/likelihoodview.cpp" line="30"/>
        <source>outcomes, e.g. 1,0,1,0,0,0,1,0,0,0</source>
        <translation>试验结果，例如 1,0,1,0,0,0,1,0,0,0</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodview.cpp" line="31"/>
        <source>1 for a success, 0 for a failure, separated by commas or spaces</source>
        <translation>1 表示成功，0 表示失败，用逗号或空格分隔</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodview.cpp" line="32"/>
        <source>Outcomes</source>
        <translation>试验结果</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodview.cpp" line="33"/>
        <source>&amp;Probability p to read out</source>
        <translation>读取概率 p(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodview.cpp" line="43"/>
        <source>&amp;Outcomes:</source>
        <translation>试验结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/likelihoodview.cpp" line="68"/>
        <source>⚠ %1 The chart still shows the last valid outcomes.</source>
        <translation>⚠ %1 图中仍显示上一组有效的试验结果。</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="36"/>
        <source>y = &amp;1 (positive)</source>
        <translation>y = 1（正类）(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="37"/>
        <source>y = &amp;0 (negative)</source>
        <translation>y = 0（负类）(&amp;0)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="48"/>
        <source>Binary: p = σ(z), label y</source>
        <translation>二分类：p = σ(z)，标签 y</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="58"/>
        <source>logits, e.g. 2.0, 1.0, 0.1</source>
        <translation>logits，例如 2.0, 1.0, 0.1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="59"/>
        <source>The same vector as the Softmax tab</source>
        <translation>与 Softmax 标签页相同的向量</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="60"/>
        <source>Logits</source>
        <translation>logits 向量</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="62"/>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="63"/>
        <source>The correct class: its probability should go to 1</source>
        <translation>正确类别：它的概率应趋于 1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="64"/>
        <source>Multi-class: softmax, target</source>
        <translation>多分类：softmax，目标类别</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="66"/>
        <source>&amp;Vector z:</source>
        <translation>向量 z(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="68"/>
        <source>&amp;Target class:</source>
        <translation>目标类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/lossview.cpp" line="100"/>
        <source>⚠ %1 The chart still shows the last valid vector.</source>
        <translation>⚠ %1 图中仍显示上一个有效的向量。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="65"/>
        <source>actviz — activation functions</source>
        <translation>actviz——激活函数</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="68"/>
        <source>&amp;Functions</source>
        <translation>函数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="78"/>
        <source>&amp;Softmax</source>
        <translation>Softmax(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="79"/>
        <source>&amp;Depth</source>
        <translation>深度(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="80"/>
        <source>Co&amp;mpare</source>
        <translation>对比(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="81"/>
        <source>L&amp;oss</source>
        <translation>损失(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="82"/>
        <source>Li&amp;kelihood</source>
        <translation>似然(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="83"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="84"/>
        <source>&amp;Gated units</source>
        <translation>门控单元(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="85"/>
        <source>Layer&amp;Norm vs DyT</source>
        <translation>LayerNorm 与 DyT(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="99"/>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="100"/>
        <source>Properties</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="108"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="109"/>
        <source>Notes</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="146"/>
        <source>Tick functions to plot them; click a name to edit its α and β.</source>
        <translation>勾选函数即可绘制；点击函数名可编辑其 α 和 β。</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="154"/>
        <source>Range not applied: %1</source>
        <translation>未应用该坐标范围：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="187"/>
        <source>x from −1000 to 1000</source>
        <translation>x 从 −1000 到 1000</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="189"/>
        <source>Where the naive sigmoid, tanh and softplus overflow (beyond ±88.7 in float32, ±709.8 in float64)</source>
        <translation>朴素的 sigmoid、tanh 和 softplus 在哪里溢出（float32 超过 ±88.7，float64 超过 ±709.8）</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="18"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="22"/>
        <source>&amp;Export plot…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="23"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="24"/>
        <source>Export &amp;softmax view…</source>
        <translation>导出 softmax 视图(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="25"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="27"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="30"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="31"/>
        <source>&amp;Copy plot image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="32"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="34"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="35"/>
        <source>&amp;Derivatives</source>
        <translation>导数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="37"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="38"/>
        <source>&amp;Saturation bands</source>
        <translation>饱和区色带(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="40"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="51"/>
        <source>Reset &amp;view</source>
        <translation>重置坐标范围(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="52"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="53"/>
        <source>Reset to &amp;defaults…</source>
        <translation>恢复默认设置(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="69"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindowmenus.cpp" line="70"/>
        <source>&amp;About actviz</source>
        <translation>关于 actviz(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="298"/>
        <source>activations.png</source>
        <translation>激活函数.png</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="317"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="319"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="303"/>
        <source>softmax.png</source>
        <translation>softmax.png</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="329"/>
        <source>Plot image copied to the clipboard</source>
        <translation>图像已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="335"/>
        <source>Reset to defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="336"/>
        <source>Show sigmoid, tanh and relu again and reset every parameter, ε, the ranges and the softmax vector?</source>
        <translation>重新显示 sigmoid、tanh 和 relu，并重置所有参数、ε、坐标范围和 softmax 向量吗？</translation>
    </message>
</context>
<context>
    <name>NaiveBands</name>
    <message>
        <location filename="../../ui/naive/naivebands.cpp" line="81"/>
        <source>naive %1 (%2): no failure in this x range</source>
        <translation>朴素 %1（%2）：在此 x 范围内没有失效</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivebands.cpp" line="91"/>
        <source>x &lt; %1</source>
        <translation>x &lt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivebands.cpp" line="93"/>
        <source>x &gt; %1</source>
        <translation>x &gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivebands.cpp" line="95"/>
        <source>%1 &lt; x &lt; %2</source>
        <translation>%1 &lt; x &lt; %2</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivebands.cpp" line="98"/>
        <source>%1 for %2, in %3 pieces</source>
        <translation>%2 时%1（分 %3 段）</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivebands.cpp" line="99"/>
        <source>%1 for %2</source>
        <translation>%2 时%1</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivebands.cpp" line="101"/>
        <location filename="../../ui/naive/naivebands.cpp" line="103"/>
        <source>naive %1 (%2): %3</source>
        <translation>朴素 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivebands.cpp" line="200"/>
        <source>f′: %1</source>
        <translation>f′：%1</translation>
    </message>
</context>
<context>
    <name>NaiveControls</name>
    <message>
        <location filename="../../ui/naive/naivecontrols.cpp" line="15"/>
        <source>&amp;Naive formulas in</source>
        <translation>朴素公式，精度(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivecontrols.cpp" line="18"/>
        <source>Also evaluate the textbook formulas as written — 1/(1 + e^−x), (eˣ − e^−x)/(eˣ + e^−x), ln(1 + eˣ), softmax without subtracting the maximum — and mark where they overflow, give NaN, underflow or lose their digits</source>
        <translation>同时按教科书原样计算公式——1/(1 + e^−x)、(eˣ − e^−x)/(eˣ + e^−x)、ln(1 + eˣ)、不减去最大值的 softmax——并标出它们上溢、得到 NaN、下溢或丢失有效数字的位置</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivecontrols.cpp" line="22"/>
        <source>With the derivatives shown, f′ too, as σ(1 − σ), 1 − tanh² and eˣ/(1 + eˣ).</source>
        <translation>显示导数时也计算 f′，按 σ(1 − σ)、1 − tanh² 和 eˣ/(1 + eˣ) 计算。</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naivecontrols.cpp" line="25"/>
        <source>Precision of the naive formulas</source>
        <translation>朴素公式的浮点精度</translation>
    </message>
</context>
<context>
    <name>NaiveOverlay</name>
    <message>
        <location filename="../../ui/naive/naiveoverlay.cpp" line="181"/>
        <source>%1 naive (%2)</source>
        <translation>%1 朴素公式（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naiveoverlay.cpp" line="189"/>
        <source>%1′ naive: %2</source>
        <translation>%1′ 朴素公式：%2</translation>
    </message>
    <message>
        <location filename="../../ui/naive/naiveoverlay.cpp" line="208"/>
        <source>%1′ = %2</source>
        <translation>%1′ = %2</translation>
    </message>
</context>
<context>
    <name>NaiveSoftmaxPanel</name>
    <message>
        <location filename="../../ui/naive/naivesoftmaxpanel.cpp" line="42"/>
        <source>The naive softmax needs a valid vector.</source>
        <translation>朴素 softmax 需要一个有效的向量。</translation>
    </message>
</context>
<context>
    <name>NormExportOptions</name>
    <message>
        <location filename="../../ui/export/normexportoptions.cpp" line="20"/>
        <source>expected a whole number of channels from 0 to %1</source>
        <translation>应为 0 到 %1 之间的整数个通道</translation>
    </message>
    <message>
        <location filename="../../ui/export/normexportoptions.cpp" line="30"/>
        <source>expected fit or α,γ with α from %1 to %2 and γ from %3 to %4</source>
        <translation>应为 fit 或 α,γ（α 在 %1 到 %2 之间，γ 在 %3 到 %4 之间）</translation>
    </message>
</context>
<context>
    <name>NormText</name>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="11"/>
        <source>LayerNorm of %1 tokens × %2 channels, and DyT γ·tanh(αx)</source>
        <translation>%1 个词元 × %2 个通道的 LayerNorm，以及 DyT γ·tanh(αx)</translation>
    </message>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="16"/>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="21"/>
        <source>LayerNorm output</source>
        <translation>LayerNorm 输出</translation>
    </message>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="28"/>
        <source>token scale %1</source>
        <translation>词元尺度 %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="33"/>
        <source>DyT: α = %1, γ = %2</source>
        <translation>DyT：α = %1，γ = %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="38"/>
        <source>Residual RMS of DyT against LayerNorm: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (least squares: %2 at α = %3, γ = %4; LayerNorm’s output has RMS %5)</source>
        <translation>DyT 相对 LayerNorm 的残差均方根：&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;（最小二乘：α = %3、γ = %4 时为 %2；LayerNorm 输出的均方根为 %5）</translation>
    </message>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="47"/>
        <source>Outlier channels (%1 here) carry large values of a fixed sign in every token (the “massive activations” of trained transformers): they inflate each token’s σ, so the rest of the token is squeezed towards 0 while the outliers land far out on flat shoulders.</source>
        <translation>离群通道（此处 %1 个）在每个词元中都取符号固定的大值（即训练后的 Transformer 中的“巨量激活”）：它们抬高了每个词元的 σ，于是词元的其余部分被挤向 0，而离群值落在远处平坦的“肩部”上。</translation>
    </message>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="51"/>
        <source>Without outlier channels the S comes from the tokens’ different scales alone.</source>
        <translation>没有离群通道时，S 形只来自各词元尺度的不同。</translation>
    </message>
    <message>
        <location filename="../../ui/text/normtext.cpp" line="52"/>
        <source>&lt;p&gt;&lt;b&gt;LayerNorm beside DyT&lt;/b&gt; (Zhu et al. 2025, “Transformers without Normalization”): LayerNorm maps each token to (x − μ)/√(σ² + ε), a &lt;i&gt;straight line&lt;/i&gt; of slope 1/σ per token. Each colour here is a group of tokens. Tokens with a large scale have a large σ and a flat line, and only they reach large |x|; so far out, the points lie low, and the union of all lines bends like an S. %1&lt;/p&gt;&lt;p&gt;DyT replaces LayerNorm by γ·tanh(αx) elementwise, with no statistics over the token: &lt;b&gt;Fit&lt;/b&gt; chooses α and γ by least squares. The curve follows the outline, not each token’s line: the residual is what a token-wise normalisation knows and an elementwise function cannot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;LayerNorm 与 DyT 对照&lt;/b&gt;（Zhu 等人 2025，Transformers without Normalization）：LayerNorm 把每个词元映射为 (x − μ)/√(σ² + ε)，对每个词元而言是一条斜率为 1/σ 的&lt;i&gt;直线&lt;/i&gt;。图中每种颜色是一组词元。尺度大的词元 σ 大、直线平缓，而且只有它们能到达很大的 |x|；因此在远处点都落得较低，所有直线合在一起便弯成 S 形。%1&lt;/p&gt;&lt;p&gt;DyT 用逐元素的 γ·tanh(αx) 取代 LayerNorm，不需要在词元内做任何统计：&lt;b&gt;拟合&lt;/b&gt;按最小二乘选出 α 和 γ。曲线描出的是整体轮廓，而不是每个词元的直线：残差正是按词元归一化所知道、而逐元素函数无从知道的部分。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NormView</name>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="28"/>
        <source>&amp;Fit</source>
        <translation>拟合(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="35"/>
        <source>The seed of the synthetic batch of tokens: the same seed draws the same batch</source>
        <translation>合成词元批次的随机种子：同一种子生成同一批次</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="37"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="38"/>
        <source>Channels with a large value of a fixed sign in every token, like the massive activations of trained transformers</source>
        <translation>在每个词元中都取符号固定的大值的通道，如同训练后的 Transformer 中的巨量激活</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="40"/>
        <source>&amp;α</source>
        <translation>&amp;α</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="42"/>
        <source>DyT’s steepness α: tanh(αx) bends at about |x| = 1/α</source>
        <translation>DyT 的陡度 α：tanh(αx) 大约在 |x| = 1/α 处弯折</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="43"/>
        <source>&amp;γ</source>
        <translation>&amp;γ</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="45"/>
        <source>DyT’s scale γ: the height of tanh’s shoulders</source>
        <translation>DyT 的尺度 γ：tanh 两肩的高度</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="46"/>
        <source>Set α and γ to the least-squares fit of γ·tanh(αx) to LayerNorm’s outputs</source>
        <translation>把 α 和 γ 设为 γ·tanh(αx) 对 LayerNorm 输出的最小二乘拟合值</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="53"/>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/normview.cpp" line="55"/>
        <source>&amp;Outlier channels:</source>
        <translation>离群通道(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/widgets/notespanel.cpp" line="21"/>
        <source>Notes on the current function</source>
        <translation>当前函数的讲解</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notespanel.cpp" line="61"/>
        <source>Click a function in the list to read its notes.</source>
        <translation>在列表中点击一个函数，查看它的讲解。</translation>
    </message>
</context>
<context>
    <name>NotesText</name>
    <message>
        <location filename="../../ui/text/notestext.cpp" line="30"/>
        <source>Numerics:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <location filename="../../ui/text/notestext.cpp" line="32"/>
        <source>Your own activation. Its derivative is exact: actviz differentiates the formula symbolically (sum, product, quotient and chain rules) and simplifies the result, so every f′ on the plot, in the saturation bands and in the depth and training views is the true slope, not a finite difference.</source>
        <translation>你自己的激活函数。它的导数是精确的：actviz 对公式做符号求导（和、积、商与链式法则）并化简结果，所以图上、饱和带中以及深度和训练视图里的每个 f′ 都是真实的斜率，而不是有限差分。</translation>
    </message>
    <message>
        <location filename="../../ui/text/notestext.cpp" line="37"/>
        <source>Where max, min, abs or if switches branch, f has a kink (marked like the built-ins&apos; kinks); there f′ is the slope of the branch the condition picks (typed as max(0, x), ReLU gets f′(0) = 1; the built-in relu has 0, PyTorch&apos;s convention).</source>
        <translation>在 max、min、abs 或 if 切换分支的地方，f 有一个折点（与内置函数的折点一样标出）；那里的 f′ 取条件所选分支的斜率（输入 max(0, x) 得到的 ReLU 有 f′(0) = 1；内置的 relu 取 0，即 PyTorch 的约定）。</translation>
    </message>
    <message>
        <location filename="../../ui/text/notestext.cpp" line="53"/>
        <source>&lt;p style=&apos;margin:0&apos;&gt;Output range %1 · derivative range %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin:0&apos;&gt;值域 %1 · 导数的值域 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/text/notestext.cpp" line="67"/>
        <source>Pros:</source>
        <translation>优点：</translation>
    </message>
    <message>
        <location filename="../../ui/text/notestext.cpp" line="68"/>
        <source>Cons:</source>
        <translation>缺点：</translation>
    </message>
    <message>
        <location filename="../../ui/text/notestext.cpp" line="69"/>
        <source>Typical use:</source>
        <translation>典型用途：</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="25"/>
        <source>&amp;Reset parameters</source>
        <translation>重置参数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="35"/>
        <source>Restore the default α and β of the current function</source>
        <translation>恢复当前函数默认的 α 和 β</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="80"/>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="82"/>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="82"/>
        <source>linear</source>
        <translation>线性刻度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="83"/>
        <source>default %1, slider %2 … %3 (%4)</source>
        <translation>默认值 %1，滑块范围 %2 … %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="89"/>
        <source>; valid: %1</source>
        <translation>；有效取值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="98"/>
        <source>No function selected.</source>
        <translation>未选择函数。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="105"/>
        <source>Parameters of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的参数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="106"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="107"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/parameterpanel.cpp" line="111"/>
        <source>This function has no parameters α, β.</source>
        <translation>此函数没有参数 α、β。</translation>
    </message>
</context>
<context>
    <name>PauEditor</name>
    <message>
        <location filename="../../ui/widgets/paueditor.cpp" line="19"/>
        <source>f(x) = P(x)/Q(x), P = a0 + a1·x + … + a5·x⁵, Q = 1 + |b1·x + … + b4·x⁴|</source>
        <translation>f(x) = P(x)/Q(x)，P = a0 + a1·x + … + a5·x⁵，Q = 1 + |b1·x + … + b4·x⁴|</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paueditor.cpp" line="21"/>
        <source>The six numerator coefficients a0, a1, …, a5, separated by commas</source>
        <translation>分子的六个系数 a0、a1、…、a5，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paueditor.cpp" line="22"/>
        <source>The four denominator coefficients b1, …, b4, separated by commas</source>
        <translation>分母的四个系数 b1、…、b4，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paueditor.cpp" line="30"/>
        <source>a0 … a5</source>
        <translation>a0 … a5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paueditor.cpp" line="31"/>
        <source>b1 … b4</source>
        <translation>b1 … b4</translation>
    </message>
</context>
<context>
    <name>PauJson</name>
    <message>
        <location filename="../../ui/state/paujson.cpp" line="28"/>
        <source>“%1” must be an array of %2 numbers</source>
        <translation>“%1”必须是由 %2 个数字组成的数组</translation>
    </message>
    <message>
        <location filename="../../ui/state/paujson.cpp" line="34"/>
        <source>“%1” must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <location filename="../../ui/state/paujson.cpp" line="36"/>
        <source>“%1” is %2; a coefficient is at most %3 in magnitude</source>
        <translation>“%1”为 %2；系数的绝对值至多为 %3</translation>
    </message>
    <message>
        <location filename="../../ui/state/paujson.cpp" line="55"/>
        <source>“%1” must be an object with “%2” (6 numbers) and “%3” (4 numbers)</source>
        <translation>“%1”必须是含有“%2”（6 个数字）和“%3”（4 个数字）的对象</translation>
    </message>
    <message>
        <location filename="../../ui/state/paujson.cpp" line="60"/>
        <source>“%1” has an unknown key “%2”</source>
        <translation>“%1”含有未知的键“%2”</translation>
    </message>
</context>
<context>
    <name>PauText</name>
    <message>
        <location filename="../../ui/text/pautext.cpp" line="30"/>
        <source>the %1 needs %2 coefficients separated by commas, got %3</source>
        <translation>%1需要 %2 个以逗号分隔的系数，实际为 %3 个</translation>
    </message>
    <message>
        <location filename="../../ui/text/pautext.cpp" line="38"/>
        <source>“%1” is beyond the range of a double</source>
        <translation>“%1”超出了双精度数的范围</translation>
    </message>
    <message>
        <location filename="../../ui/text/pautext.cpp" line="40"/>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/text/pautext.cpp" line="42"/>
        <source>“%1”: a coefficient must be finite, at most %2 in magnitude</source>
        <translation>“%1”：系数必须是有限数，绝对值不超过 %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/pautext.cpp" line="55"/>
        <source>numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <location filename="../../ui/text/pautext.cpp" line="57"/>
        <source>denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../../ui/text/pautext.cpp" line="66"/>
        <source>“%1” is not “a0,a1,a2,a3,a4,a5/b1,b2,b3,b4” (6 numerator coefficients, “/”, 4 denominator coefficients)</source>
        <translation>“%1”不是“a0,a1,a2,a3,a4,a5/b1,b2,b3,b4”的形式（6 个分子系数、“/”、4 个分母系数）</translation>
    </message>
</context>
<context>
    <name>PlotControls</name>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="50"/>
        <source>&amp;Derivatives</source>
        <translation>导数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="51"/>
        <source>Left end of the x range</source>
        <translation>x 范围的左端</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="52"/>
        <source>Right end of the x range</source>
        <translation>x 范围的右端</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="53"/>
        <source>&amp;Auto</source>
        <translation>自动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="54"/>
        <source>Bottom of the y range</source>
        <translation>y 范围的下端</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="55"/>
        <source>Top of the y range</source>
        <translation>y 范围的上端</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="57"/>
        <source>Draw f′ as a dashed line in the colour of f</source>
        <translation>用与 f 相同颜色的虚线绘制 f′</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="58"/>
        <source>Fit the y range to the visible curves</source>
        <translation>使 y 范围适应可见的曲线</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="63"/>
        <source>&amp;x from</source>
        <translation>x 从(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="34"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plotcontrols.cpp" line="64"/>
        <source>&amp;y from</source>
        <translation>y 从(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <location filename="../../ui/plot/plotview.cpp" line="54"/>
        <source>Wheel: zoom about the cursor (Shift: x only) · drag: pan · double-click: reset view</source>
        <translation>滚轮：以光标为中心缩放（按住 Shift 只缩放 x）· 拖动：平移 · 双击：重置坐标范围</translation>
    </message>
    <message>
        <location filename="../../ui/plot/plotview.cpp" line="217"/>
        <location filename="../../ui/plot/plotview.cpp" line="218"/>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <location filename="../../ui/plot/plotview.cpp" line="226"/>
        <source>%1: f = %2, f′ = %3</source>
        <translation>%1：f = %2，f′ = %3</translation>
    </message>
    <message>
        <location filename="../../ui/plot/plotview.cpp" line="227"/>
        <source>%1: f = %2</source>
        <translation>%1：f = %2</translation>
    </message>
</context>
<context>
    <name>PreactivationControls</name>
    <message>
        <location filename="../../ui/widgets/preactivationcontrols.cpp" line="51"/>
        <source>&amp;Pre-activations X ~ N(μ, σ²)</source>
        <translation>预激活 X ~ N(μ, σ²)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preactivationcontrols.cpp" line="52"/>
        <source>Draw the distribution of the inputs under the curves, with how much of it the current function leaves dead (f′ = 0) or saturated (|f′| &lt; ε), and E[f(X)], Var[f(X)]</source>
        <translation>在曲线下方画出输入的分布，并给出当前函数使其中多少处于“死亡”（f′ = 0）或饱和（|f′| &lt; ε），以及 E[f(X)]、Var[f(X)]</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preactivationcontrols.cpp" line="54"/>
        <source>Mean μ of the pre-activations (a bias shifts it)</source>
        <translation>预激活的均值 μ（偏置会使它平移）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preactivationcontrols.cpp" line="55"/>
        <source>Standard deviation σ (shared with the depth view&apos;s activation statistics)</source>
        <translation>标准差 σ（与深度视图的激活统计共用）</translation>
    </message>
</context>
<context>
    <name>PreactivationOverlay</name>
    <message>
        <location filename="../../ui/plot/preactivationoverlay.cpp" line="62"/>
        <source>X ~ N(μ = %1, σ = %2)</source>
        <translation>X ~ N(μ = %1, σ = %2)</translation>
    </message>
    <message>
        <location filename="../../ui/plot/preactivationoverlay.cpp" line="66"/>
        <source>%1 into %2: %3 dead (f′ = 0), %4 saturated (|f′| &lt; %5), E[f] = %6, Var[f] = %7</source>
        <translation>%1 输入 %2：%3 死亡（f′ = 0），%4 饱和（|f′| &lt; %5），E[f] = %6，Var[f] = %7</translation>
    </message>
    <message>
        <location filename="../../ui/plot/preactivationoverlay.cpp" line="72"/>
        <source>%1 into %2: %3</source>
        <translation>%1 输入 %2：%3</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../ui/shell/presentationmode.cpp" line="12"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presentationmode.cpp" line="13"/>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presentationmode.cpp" line="17"/>
        <source>Full screen with larger text and no side panels, for a projector (F11 or Esc to leave)</source>
        <translation>全屏、放大文字并隐藏侧边面板，适合投影仪（再按 F11 即可退出）</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="92"/>
        <source>f′(0) = %1 at the current α, β</source>
        <translation>当前 α、β 下 f′(0) = %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="94"/>
        <source>f′(0) = %1 at the current α</source>
        <translation>当前 α 下 f′(0) = %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="96"/>
        <source>f′(0) = %1 at the current β</source>
        <translation>当前 β 下 f′(0) = %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="98"/>
        <source>f′(0) = %1</source>
        <translation>f′(0) = %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="114"/>
        <source>Click a function in the list to see its properties.</source>
        <translation>在列表中点击一个函数，查看它的性质。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="118"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="118"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="125"/>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="126"/>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="141"/>
        <source>properties</source>
        <translation>性质</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="141"/>
        <source>not computed: %1</source>
        <translation>未计算：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="145"/>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="169"/>
        <source>range</source>
        <translation>值域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="145"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="146"/>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="170"/>
        <source>f′(0)</source>
        <translation>f′(0)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="150"/>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="173"/>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="151"/>
        <source>x in %1%2, %3%4</source>
        <translation>x ∈ %1%2, %3%4</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="154"/>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="174"/>
        <source>max |f′|</source>
        <translation>max |f′|</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="154"/>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="174"/>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="155"/>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="175"/>
        <source>monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="156"/>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="176"/>
        <source>zero-centred</source>
        <translation>以零为中心</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="178"/>
        <source>At the default parameters.</source>
        <translation>以上为默认参数下的性质。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="163"/>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="177"/>
        <source>smooth (C¹)</source>
        <translation>光滑（C¹）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="164"/>
        <source>Range, max |f′| and monotonic are computed on a grid over x ∈ [−10⁶, 10⁶].</source>
        <translation>值域、max |f′| 与单调性是在 x ∈ [−10⁶, 10⁶] 的网格上计算的。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="166"/>
        <source>At %1.</source>
        <translation>在 %1 时。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/propertiespanel.cpp" line="181"/>
        <source>f′ at kinks</source>
        <translation>f′ 在折点处</translation>
    </message>
</context>
<context>
    <name>ReadoutText</name>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="53"/>
        <source>n = %1 trials, k = %2 successes, maximum at p = k/n = &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;At p = &lt;b&gt;%4&lt;/b&gt;: L(p) = p&lt;sup&gt;%2&lt;/sup&gt;(1 − p)&lt;sup&gt;%5&lt;/sup&gt; = &lt;b&gt;%6&lt;/b&gt; · ln L(p) = &lt;b&gt;%7&lt;/b&gt; · P(%2 successes in %1 trials) = C(%1, %2)·L(p) = &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>n = %1 次试验，k = %2 次成功，最大值位于 p = k/n = &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;在 p = &lt;b&gt;%4&lt;/b&gt; 处：L(p) = p&lt;sup&gt;%2&lt;/sup&gt;(1 − p)&lt;sup&gt;%5&lt;/sup&gt; = &lt;b&gt;%6&lt;/b&gt; · ln L(p) = &lt;b&gt;%7&lt;/b&gt; · P(%1 次试验中成功 %2 次) = C(%1, %2)·L(p) = &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="70"/>
        <source>No function is selected.</source>
        <translation>未选择函数。</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="74"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: the statistics cannot be computed (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：无法计算统计量（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="83"/>
        <source>E[&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;X&lt;/i&gt;)]</source>
        <translation>E[&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;X&lt;/i&gt;)]</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="83"/>
        <source>0 for a zero-centred output</source>
        <translation>输出以零为中心时为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="84"/>
        <source>Var[&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;X&lt;/i&gt;)]</source>
        <translation>Var[&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;X&lt;/i&gt;)]</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="85"/>
        <source>E[&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;X&lt;/i&gt;)²]</source>
        <translation>E[&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;X&lt;/i&gt;)²]</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="85"/>
        <source>carried to the next layer</source>
        <translation>传给下一层</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="86"/>
        <source>E[&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;X&lt;/i&gt;)]</source>
        <translation>E[&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;X&lt;/i&gt;)]</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="87"/>
        <source>E[&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;X&lt;/i&gt;)²]</source>
        <translation>E[&lt;i&gt;f&lt;/i&gt;′(&lt;i&gt;X&lt;/i&gt;)²]</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="87"/>
        <source>scales the gradient² per layer</source>
        <translation>每层对梯度² 的缩放</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="88"/>
        <source>dead, &lt;i&gt;f&lt;/i&gt;′ = 0</source>
        <translation>死区，&lt;i&gt;f&lt;/i&gt;′ = 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="88"/>
        <source>of the inputs</source>
        <translation>占输入的比例</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="89"/>
        <source>saturated, |&lt;i&gt;f&lt;/i&gt;′| &amp;lt; ε</source>
        <translation>饱和，|&lt;i&gt;f&lt;/i&gt;′| &amp;lt; ε</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="89"/>
        <source>ε = %1</source>
        <translation>ε = %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="93"/>
        <source>forward gain σ/√E[&lt;i&gt;f&lt;/i&gt;²]</source>
        <translation>前向增益 σ/√E[&lt;i&gt;f&lt;/i&gt;²]</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="93"/>
        <source>keeps Var[z] = σ²</source>
        <translation>使 Var[z] = σ² 保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="95"/>
        <source>backward gain 1/√E[&lt;i&gt;f&lt;/i&gt;′²]</source>
        <translation>反向增益 1/√E[&lt;i&gt;f&lt;/i&gt;′²]</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="96"/>
        <source>keeps the gradient&apos;s scale</source>
        <translation>使梯度尺度保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="98"/>
        <source>Gauss–Hermite quadrature, 100 nodes</source>
        <translation>高斯–埃尔米特求积，100 个节点</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="99"/>
        <source>adaptive Gauss–Kronrod between the kinks</source>
        <translation>在折点之间做自适应高斯–克朗罗德求积</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="100"/>
        <source>&lt;b&gt;%1&lt;/b&gt; with &lt;i&gt;X&lt;/i&gt; ~ N(0, %2²)&lt;table style=&apos;margin-top:4px&apos;&gt;%3&lt;/table&gt;&lt;p style=&apos;color:gray; margin-top:4px&apos;&gt;%4.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，&lt;i&gt;X&lt;/i&gt; ~ N(0, %2²)&lt;table style=&apos;margin-top:4px&apos;&gt;%3&lt;/table&gt;&lt;p style=&apos;color:gray; margin-top:4px&apos;&gt;%4。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="118"/>
        <source>&lt;b&gt;Naive softmax&lt;/b&gt; e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; in %1, without subtracting max z (temperature 1): %2 of %3 entries wrong</source>
        <translation>&lt;b&gt;朴素 softmax&lt;/b&gt; e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;，精度 %1，未减去 max z（温度为 1）：%3 个分量中有 %2 个出错</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="136"/>
        <source>&lt;tr&gt;&lt;td&gt;z%1 = %2&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;stable: %3&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;naive: %4&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;z%1 = %2&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;稳定算法：%3&lt;/td&gt;&lt;td style=&apos;padding-left:16px&apos;&gt;朴素算法：%4&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="148"/>
        <source>overflow to ∞</source>
        <translation>上溢为 ∞</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="150"/>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="152"/>
        <source>underflow to 0</source>
        <translation>下溢为 0</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="154"/>
        <source>digits lost</source>
        <translation>有效数字丢失</translation>
    </message>
    <message>
        <location filename="../../ui/text/readouttext.cpp" line="158"/>
        <source>fine</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>SaturationBands</name>
    <message>
        <location filename="../../ui/plot/saturationbands.cpp" line="88"/>
        <source>%1: no |f′| &lt; ε bands at this zoom (f′ oscillates too often to shade)</source>
        <translation>%1：在当前缩放下没有 |f′| &lt; ε 色带（f′ 振荡过于频繁，无法标出）</translation>
    </message>
    <message>
        <location filename="../../ui/plot/saturationbands.cpp" line="128"/>
        <source>every shown function: |f′| &lt; %1</source>
        <translation>所有显示的函数：|f′| &lt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/plot/saturationbands.cpp" line="129"/>
        <source>%1: |f′| &lt; %2</source>
        <translation>%1：|f′| &lt; %2</translation>
    </message>
    <message>
        <location filename="../../ui/plot/saturationbands.cpp" line="130"/>
        <source>dead: f′ = 0</source>
        <translation>死区：f′ = 0</translation>
    </message>
</context>
<context>
    <name>SoftmaxChart</name>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="37"/>
        <source> · top-%1</source>
        <translation> · 前 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="39"/>
        <source> · top-p %1</source>
        <translation> · 累积概率 %1</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="41"/>
        <source> · Gumbel, seed %1</source>
        <translation> · Gumbel，种子 %1</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="50"/>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="226"/>
        <source>probability softmax(z/T)</source>
        <translation>概率 softmax(z/T)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="69"/>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="75"/>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="311"/>
        <source>logit z</source>
        <translation>logit z</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="74"/>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="85"/>
        <source>entry</source>
        <translation>分量</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="137"/>
        <source>z%1</source>
        <translation>z%1</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="146"/>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="154"/>
        <source>softmax(z/T)</source>
        <translation>softmax(z/T)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="148"/>
        <source>sparsemax(z/T)</source>
        <translation>sparsemax(z/T)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="150"/>
        <source>1.5-entmax(z/T)</source>
        <translation>1.5-entmax(z/T)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="152"/>
        <source>softmax₁(z/T)</source>
        <translation>softmax₁(z/T)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="226"/>
        <source>log-probability log softmax(z/T)</source>
        <translation>对数概率 log softmax(z/T)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="230"/>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="238"/>
        <source>%1%2 · support %3/%4</source>
        <translation>%1%2 · 支撑集 %3/%4</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="246"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="246"/>
        <source>log s</source>
        <translation>log s</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxchart.cpp" line="246"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/softmax/softmaxchart.cpp" line="312"/>
        <source>logit z (%n beyond the axis, not drawn)</source>
        <translation>
            <numerusform>logit z（%n 个超出坐标轴，未画出）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoftmaxMapControls</name>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="83"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="89"/>
        <source>softmax, or an alternative on the same logits: sparsemax (exact zeros), 1.5-entmax (sparse and smooth), softmax₁ (may sum to less than 1)</source>
        <translation>softmax，或在同一组 logit 上的替代映射：sparsemax（恰有零）、1.5-entmax（稀疏且光滑）、softmax₁（和可以小于 1）</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="91"/>
        <source>A second map drawn beside the first, in green</source>
        <translation>画在第一个旁边的第二个映射，绿色</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="92"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="93"/>
        <source>Only the k largest logits take part (0: all)</source>
        <translation>只有最大的 k 个 logit 参与（0：全部）</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="94"/>
        <source>Nucleus: the most probable entries until they hold p, renormalised (1: all)</source>
        <translation>核采样：取概率最大的若干项，直到它们合计达到 p，再重新归一化（1：全部）</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="95"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="96"/>
        <source>Gumbel-softmax: add Gumbel noise drawn from this seed to z (a sample; lower T for nearly one-hot)</source>
        <translation>Gumbel-softmax：在 z 上加入由此种子生成的 Gumbel 噪声（一次采样；调低 T 则接近独热）</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="98"/>
        <source>&amp;Map</source>
        <translation>映射(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="98"/>
        <source>Be&amp;side it</source>
        <translation>旁边(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="98"/>
        <source>Top-&amp;k</source>
        <translation>前 k 个(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="98"/>
        <source>Top-&amp;p</source>
        <translation>累积概率 p(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxmapcontrols.cpp" line="98"/>
        <source>&amp;Gumbel seed</source>
        <translation>Gumbel 种子(&amp;G)</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="33"/>
        <source>&amp;Log-softmax</source>
        <translation>对数 softmax(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="41"/>
        <source>logits, e.g. 2.0, 1.0, 0.1</source>
        <translation>logits，例如 2.0, 1.0, 0.1</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="42"/>
        <source>Numbers separated by commas, semicolons or spaces; -inf masks an entry</source>
        <translation>用逗号、分号或空格分隔的数；-inf 表示屏蔽该分量</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="43"/>
        <source>Logits</source>
        <translation>logits 向量</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="44"/>
        <source>&amp;Temperature T (softmax of z/T)</source>
        <translation>温度 T（对 z/T 做 softmax）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="53"/>
        <source>&amp;Vector z:</source>
        <translation>向量 z(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="143"/>
        <source>&lt;b&gt;Jacobian&lt;/b&gt; ∂s&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = (diag(s) − s·sᵀ)/T</source>
        <translation>&lt;b&gt;雅可比矩阵&lt;/b&gt; ∂s&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = (diag(s) − s·sᵀ)/T</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="162"/>
        <source>%1 entries · support %2 · argmax z%3 with p = %4 · sum %5 · T = %6</source>
        <translation>%1 项 · 支撑集 %2 · 最大项 z%3，p = %4 · 总和 %5 · T = %6</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="118"/>
        <source>⚠ %1 The chart still shows the last valid vector.</source>
        <translation>⚠ %1 图中仍显示上一个有效的向量。</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="144"/>
        <source>&lt;b&gt;Jacobian&lt;/b&gt; ∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; of %1 = (diag(q) − q·qᵀ/Σq)/T on the support</source>
        <translation>%1 的&lt;b&gt;雅可比矩阵&lt;/b&gt; ∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = (diag(q) − q·qᵀ/Σq)/T（在支撑集上）</translation>
    </message>
    <message>
        <location filename="../../ui/softmax/softmaxview.cpp" line="157"/>
        <source>%1 entries · argmax z%2 with s = %3 · T = %4</source>
        <translation>%1 个分量 · argmax 为 z%2，s = %3 · T = %4</translation>
    </message>
</context>
<context>
    <name>TeachingFigure</name>
    <message>
        <location filename="../../ui/teaching/teachingfigure.cpp" line="64"/>
        <source>no function to simulate</source>
        <translation>没有可模拟的函数</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teachingfigure.cpp" line="83"/>
        <source>&lt;p&gt;&lt;b&gt;Simulated network&lt;/b&gt;: %1, %2 units × %3 layers, %4 initialisation, gain %5, seed %6, batch %7 of N(0, 1) inputs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;模拟网络&lt;/b&gt;：%1，%2 单元 × %3 层，%4 初始化，增益 %5，随机种子 %6，批量为 %7 个 N(0, 1) 输入。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teachingfigure.cpp" line="88"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teachingfigure.cpp" line="88"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/teachingfigure.cpp" line="193"/>
        <source>this view is drawn by the exporter itself</source>
        <translation>此视图由导出器自行绘制</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="86"/>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="162"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="87"/>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="88"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="91"/>
        <source>XOR</source>
        <translation>XOR 异或</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="92"/>
        <source>Two circles</source>
        <translation>双圆环</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="93"/>
        <source>Two spirals</source>
        <translation>双螺旋</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="94"/>
        <source>Gaussian blobs</source>
        <translation>高斯团</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="95"/>
        <source>Two moons</source>
        <translation>双月牙</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="102"/>
        <source>The same seed gives the same points, weights and mini-batches</source>
        <translation>相同的种子给出相同的数据点、权重和小批量</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="107"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="108"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="109"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="110"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="115"/>
        <source>full</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="116"/>
        <source>Rows per update; “full” uses the whole training set</source>
        <translation>每次更新使用的样本数；“全部”表示使用整个训练集</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="119"/>
        <source>An exported figure (File → Export, actviz export) trains afresh from the seed for this many epochs, so the same lesson always gives the same figure</source>
        <translation>导出的图（文件 → 导出，或命令行导出）会从种子开始重新训练这么多轮，因此同一课件总是得到同一张图</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="125"/>
        <source>slow (20 steps/s)</source>
        <translation>慢（每秒 20 步）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="126"/>
        <source>watch (200 steps/s)</source>
        <translation>观察（每秒 200 步）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="127"/>
        <source>fast (2000 steps/s)</source>
        <translation>快（每秒 2000 步）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="128"/>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="130"/>
        <source>How fast the network learns on screen</source>
        <translation>网络在屏幕上学习的速度</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="132"/>
        <source>Train continuously (a worker thread; the window stays responsive)</source>
        <translation>持续训练（在工作线程中进行，窗口保持响应）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="133"/>
        <source>One update</source>
        <translation>更新一次</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="134"/>
        <source>New weights from the seed, step 0</source>
        <translation>按种子重新生成权重，回到第 0 步</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="139"/>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="140"/>
        <source>Sa&amp;mples</source>
        <translation>样本数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="141"/>
        <source>&amp;Noise</source>
        <translation>噪声(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="142"/>
        <source>S&amp;eed</source>
        <translation>种子(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="143"/>
        <source>Hidden &amp;layers</source>
        <translation>隐藏层数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="144"/>
        <source>&amp;Units</source>
        <translation>单元数(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="145"/>
        <source>&amp;Init</source>
        <translation>初始化(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="146"/>
        <source>&amp;Optimiser</source>
        <translation>优化器(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="147"/>
        <source>Le&amp;arning rate</source>
        <translation>学习率(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="148"/>
        <source>&amp;Batch</source>
        <translation>批大小(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="149"/>
        <source>Export epochs</source>
        <translation>导出轮数</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="150"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="162"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="207"/>
        <source>Units in each hidden layer, now [%1]; a change sets every layer</source>
        <translation>每个隐藏层的单元数，目前为 [%1]；修改它会同时设定所有层</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="216"/>
        <source>Activation: &lt;b&gt;%1&lt;/b&gt; (the current function)</source>
        <translation>激活函数：&lt;b&gt;%1&lt;/b&gt;（当前函数）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcontrols.cpp" line="217"/>
        <source>Choose an activation in the function list.</source>
        <translation>请在函数列表中选择一个激活函数。</translation>
    </message>
</context>
<context>
    <name>TrainingFigure</name>
    <message>
        <location filename="../../ui/teaching/trainingfigure.cpp" line="60"/>
        <source>no function is selected for the network</source>
        <translation>没有为网络选择函数</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingfigure.cpp" line="66"/>
        <source>this network cannot train: %1</source>
        <translation>此网络无法训练：%1</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingfigure.cpp" line="121"/>
        <source>Hidden layers [%1] of %2, trained for %3 of the %4 epochs asked (an export stops at %5 steps) from seed %6. </source>
        <translation>隐藏层 [%1]，激活函数 %2，从种子 %6 开始训练了所要求 %4 轮中的 %3 轮（导出最多训练 %5 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingfigure.cpp" line="128"/>
        <source>Hidden layers [%1] of %2, trained for %3 epochs from seed %4. </source>
        <translation>隐藏层 [%1]，激活函数 %2，从种子 %4 开始训练了 %3 轮。</translation>
    </message>
</context>
<context>
    <name>TrainingGradientChart</name>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="68"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="71"/>
        <source>Gradient per hidden layer</source>
        <translation>各隐藏层的梯度</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="72"/>
        <source>mean |∂L/∂W|</source>
        <translation>平均 |∂L/∂W|</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="89"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
</context>
<context>
    <name>TrainingLossChart</name>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="28"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="29"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="33"/>
        <source>Cross-entropy loss</source>
        <translation>交叉熵损失</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="34"/>
        <source>training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingcharts.cpp" line="35"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
</context>
<context>
    <name>TrainingPainter</name>
    <message>
        <location filename="../../ui/teaching/trainingpainter.cpp" line="34"/>
        <source>step %1 · epoch %2 · loss %3 (test %4) · accuracy %5 (test %6)</source>
        <translation>第 %1 步 · 第 %2 轮 · 损失 %3（测试 %4）· 准确率 %5（测试 %6）</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingpainter.cpp" line="101"/>
        <source>&lt;tr&gt;&lt;td colspan=&apos;4&apos; style=&apos;color:gray&apos;&gt;The gradients appear with the first step (Step or Play).&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;4&apos; style=&apos;color:gray&apos;&gt;第一步之后显示梯度（单步或播放）。&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingpainter.cpp" line="105"/>
        <source>&lt;p style=&apos;color:#C03000&apos;&gt;⚠ The loss is no longer a number: the weights diverged. Lower the learning rate and reset.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#C03000&apos;&gt;⚠ 损失已不再是一个数：权重发散了。请降低学习率并重置。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingpainter.cpp" line="107"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;table cellpadding=&apos;3&apos; style=&apos;margin-top:4px&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;layer&lt;/th&gt;&lt;th&gt;mean |∂L/∂W|&lt;/th&gt;&lt;th&gt;dead (f′ = 0)&lt;/th&gt;&lt;th&gt;saturated (|f′| &amp;lt; %2)&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;table cellpadding=&apos;3&apos; style=&apos;margin-top:4px&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;层&lt;/th&gt;&lt;th&gt;平均 |∂L/∂W|&lt;/th&gt;&lt;th&gt;死亡（f′ = 0）&lt;/th&gt;&lt;th&gt;饱和（|f′| &amp;lt; %2）&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../../ui/teaching/trainingview.cpp" line="36"/>
        <source>Decision boundary and data</source>
        <translation>决策边界与数据</translation>
    </message>
    <message>
        <location filename="../../ui/teaching/trainingview.cpp" line="83"/>
        <source>⚠ This network cannot train: %1</source>
        <translation>⚠ 此网络无法训练：%1</translation>
    </message>
</context>
<context>
    <name>ViewExportOptions</name>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="90"/>
        <source>expected a whole number of epochs from %1 to %2</source>
        <translation>轮数应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="99"/>
        <source>expected 1 to %1 comma-separated unit counts from 1 to %2, e.g. 8,8</source>
        <translation>应为 1 到 %1 个以逗号分隔的单元数，每个在 1 到 %2 之间，例如 8,8</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="105"/>
        <source>at most %1 hidden layers</source>
        <translation>最多 %1 个隐藏层</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="110"/>
        <source>expected a learning rate from %1 to %2</source>
        <translation>学习率应在 %1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="117"/>
        <source>expected adam or sgd</source>
        <translation>应为 adam 或 sgd</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="122"/>
        <source>expected a batch size from 1 to %1, or 0 for the whole training set</source>
        <translation>批大小应在 1 到 %1 之间，或为 0 表示整个训练集</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="128"/>
        <source>expected a noise level from 0 to %1</source>
        <translation>噪声应在 0 到 %1 之间</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="145"/>
        <source>unknown gated unit “%1”; valid units: %2</source>
        <translation>未知的门控单元“%1”；可用的单元：%2</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="152"/>
        <source>expected a half-width from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的半宽</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="241"/>
        <source>unknown view; valid views: %1</source>
        <translation>未知视图；有效的视图：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="246"/>
        <source>expected %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="252"/>
        <source>expected two function ids, f,g</source>
        <translation>应为两个函数 id：f,g</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="255"/>
        <source>unknown function “%1”; valid ids: %2</source>
        <translation>未知函数“%1”；有效的 id：%2</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="266"/>
        <source>expected a probability from 0 to 1</source>
        <translation>应为 0 到 1 之间的概率</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="271"/>
        <source>expected a whole number of layers from %1 to %2</source>
        <translation>层数应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="278"/>
        <source>expected a whole number of units from %1 to %2</source>
        <translation>单元数应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="285"/>
        <source>expected xavier or he</source>
        <translation>应为 xavier 或 he</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="291"/>
        <location filename="../../ui/export/viewexportoptions.cpp" line="302"/>
        <source>expected a number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的数</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="296"/>
        <source>expected a whole number from 0 to %1</source>
        <translation>应为 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="307"/>
        <source>expected a class number from 1 (the first entry of the vector)</source>
        <translation>应为从 1 开始的类别编号（1 即向量的第一个分量）</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="312"/>
        <source>expected 0 or 1</source>
        <translation>应为 0 或 1</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="325"/>
        <source>%1 does not apply to the %2 view</source>
        <translation>%1 不适用于 %2 视图</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="329"/>
        <source>--target: class %1, but the vector has %2 entries</source>
        <translation>--target：类别 %1，但向量只有 %2 个分量</translation>
    </message>
    <message>
        <location filename="../../ui/export/viewexportoptions.cpp" line="336"/>
        <source>       --view functions|softmax|depth|compare|loss|likelihood|training|gated|norm   (default:
              functions, or softmax with --softmax); options that do not apply to the chosen view
              are refused
  functions: --naive [float16|bfloat16|float32|float64] (with --derivatives the naive f′ too)
  softmax:   --naive [float16|bfloat16|float32|float64]
  depth:     --functions (bound; the first is simulated) --depth L --width W --init xavier|he
             --gain G --seed S --sigma S --alpha A --beta B --epsilon E
  compare:   --compare f,g --xrange LO:HI --alpha A --beta B
  loss:      --label 0|1 --softmax VALUES --target K (1-based class) --temperature T
  likelihood: --samples 1,0,… --p P
  training:  --dataset xor|circles|spirals|blobs|moons --noise N --layers 8,8 --functions (the
             first is the activation) --alpha A --beta B --init xavier|he --optimizer adam|sgd
             --rate R --batch B (0: all) --seed S --epochs N --epsilon E
  gated:     --gate glu|bilinear|reglu|geglu|swiglu --square R (a, b from −R to R) --epsilon E
  norm:      --seed S --outliers N (0 to 16) --dyt fit|A,G (DyT&apos;s α and γ; fit: least squares)
  any view:  --caption (the view&apos;s teaching note under the figure)</source>
        <translation>       --view functions|softmax|depth|compare|loss|likelihood|training|gated|norm   （默认：
              functions；给出 --softmax 时为 softmax）；不适用于所选视图的选项
              会被拒绝
  functions：--naive [float16|bfloat16|float32|float64]（同时给出 --derivatives 时也画朴素 f′）
  softmax：  --naive [float16|bfloat16|float32|float64]
  depth：    --functions（绘制上界；模拟第一个函数）--depth L --width W --init xavier|he
             --gain G --seed S --sigma S --alpha A --beta B --epsilon E
  compare：  --compare f,g --xrange LO:HI --alpha A --beta B
  loss：     --label 0|1 --softmax VALUES --target K（从 1 起的类别）--temperature T
  likelihood：--samples 1,0,… --p P
  training： --dataset xor|circles|spirals|blobs|moons --noise N --layers 8,8 --functions（第一个
             为激活函数）--alpha A --beta B --init xavier|he --optimizer adam|sgd
             --rate R --batch B（0：全部）--seed S --epochs N --epsilon E
  gated：    --gate glu|bilinear|reglu|geglu|swiglu --square R（a、b 从 −R 到 R）--epsilon E
  norm：     --seed S --outliers N（0 到 16）--dyt fit|A,G（DyT 的 α 和 γ；fit：最小二乘拟合）
  任意视图： --caption（在图下方附上该视图的讲解）</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <location filename="../../ui/shell/windowlauncher.cpp" line="79"/>
        <source>--lang needs a value: %1</source>
        <translation>--lang 需要一个值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/windowlauncher.cpp" line="83"/>
        <source>--lang: “%1” is not one of %2</source>
        <translation>--lang：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../../ui/shell/windowlauncher.cpp" line="88"/>
        <source>unexpected argument “%1” (the window takes --lang en|zh_CN and one lesson file ending in .json)</source>
        <translation>多余的参数“%1”（窗口只接受 --lang en|zh_CN 和一个以 .json 结尾的课件文件）</translation>
    </message>
</context>
</TS>
