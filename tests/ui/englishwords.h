// SPDX-License-Identifier: MIT
// What the zh_CN suites (tst_translation, tst_translationwindow) share: which Latin-letter words
// count as English in Chinese text (anything but a short list of function names, notation,
// formats and identifiers), and a collector of the texts that still hold some.
#pragma once

#include "exprnames.h"
#include "registry.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTextDocument>
#include <QXmlStreamReader>

namespace uitest {

inline const QString kTsFile = QStringLiteral(ACTVIZ_TEST_DATA_DIR "/../../resources/translations/actviz_zh_CN.ts");

// Words a Chinese lecturer leaves in Latin letters: function and product names, file formats,
// notation and identifiers. Compared case-insensitively; registry ids and the names a typed
// formula may use (core/exprnames.h) are added at run time.
inline const QStringList kAllowed{
    // activation names kept in their standard form
    QStringLiteral("ReLU"),
    QStringLiteral("ReLU6"),
    QStringLiteral("PReLU"),
    QStringLiteral("RReLU"),
    QStringLiteral("Leaky"),
    QStringLiteral("ELU"),
    QStringLiteral("CELU"),
    QStringLiteral("SELU"),
    QStringLiteral("GELU"),
    QStringLiteral("SiLU"),
    QStringLiteral("Swish"),
    QStringLiteral("GLU"), // the gated units and their authors (Dauphin et al. 2017, Shazeer 2020)
    QStringLiteral("Dauphin"),
    QStringLiteral("Shazeer"),
    QStringLiteral("torch"), // torch.nn.functional.glu, as code
    QStringLiteral("functional"),
    QStringLiteral("ReGLU"),
    QStringLiteral("GeGLU"),
    QStringLiteral("SwiGLU"),
    QStringLiteral("Mish"),
    QStringLiteral("Smish"),
    QStringLiteral("Snake"),
    QStringLiteral("Softplus"),
    QStringLiteral("Softsign"),
    QStringLiteral("Sigmoid"),
    QStringLiteral("Tanh"),
    QStringLiteral("Tanhshrink"),
    QStringLiteral("Softshrink"),
    QStringLiteral("Hardshrink"),
    QStringLiteral("LeCun"),
    QStringLiteral("ISRU"),
    QStringLiteral("Squareplus"),
    QStringLiteral("Sinc"),
    QStringLiteral("Softmax"),
    // softmax's alternatives (issue 13) and their authors
    QStringLiteral("sparsemax"),
    QStringLiteral("entmax"),
    QStringLiteral("Gumbel"),
    QStringLiteral("Martins"),
    QStringLiteral("Astudillo"),
    QStringLiteral("Peters"),
    QStringLiteral("Niculae"),
    QStringLiteral("Miller"),
    // mathematical notation
    QStringLiteral("max"),
    QStringLiteral("min"),
    QStringLiteral("argmax"),
    QStringLiteral("log"),
    QStringLiteral("exp"),
    QStringLiteral("sin"),
    QStringLiteral("cos"),
    QStringLiteral("sech"),
    QStringLiteral("arctan"),
    QStringLiteral("sign"),
    QStringLiteral("diag"),
    QStringLiteral("clamp"),
    QStringLiteral("onehot"),
    QStringLiteral("inf"),
    QStringLiteral("NaN"),
    QStringLiteral("Var"),
    QStringLiteral("logit"),
    QStringLiteral("logits"),
    QStringLiteral("dBCE"),
    QStringLiteral("dMSE"),
    QStringLiteral("BCE"),
    QStringLiteral("MSE"),
    // number formats, file formats, products, initialisations, the language menu, key names
    QStringLiteral("float16"),
    QStringLiteral("bfloat16"),
    QStringLiteral("float32"),
    QStringLiteral("float64"),
    QStringLiteral("PNG"),
    QStringLiteral("SVG"),
    QStringLiteral("PDF"),
    QStringLiteral("JSON"),
    QStringLiteral("DPI"),
    QStringLiteral("actviz"),
    QStringLiteral("Qt"),
    QStringLiteral("Eigen"),
    QStringLiteral("Widgets"),
    QStringLiteral("Charts"),
    QStringLiteral("MIT"),
    QStringLiteral("Okabe"),
    QStringLiteral("Ito"),
    QStringLiteral("PyTorch"),
    QStringLiteral("Xavier"),
    // The training view: the XOR problem and the optimisers keep their names in Chinese texts.
    QStringLiteral("XOR"),
    QStringLiteral("Adam"),
    QStringLiteral("SGD"),
    QStringLiteral("English"),
    QStringLiteral("Shift"),
    QStringLiteral("Ctrl"),
};

// Runs of letters, digits and '_' holding three ASCII letters in a row.
inline QStringList latinWords(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9_]+"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3}"));
    QStringList found;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString t = it.next().captured();
        if (t.contains(word))
            found.append(t);
    }
    return found;
}

// Names the teaching notes cite in Latin letters (AlexNet, Glorot, word2vec, PyTorch's
// approximate='tanh' …): every word of the finished ActivationNotes translations.
inline QStringList notesWords()
{
    QFile file(kTsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation") &&
                 context == QLatin1String("ActivationNotes"))
            words += latinWords(xml.readElementText());
    }
    return words;
}

inline QStringList allowedWords()
{
    QStringList words = kAllowed + notesWords();
    for (const actviz::Activation &a : actviz::registry())
        words.append(QString::fromUtf8(a.id.data(), static_cast<qsizetype>(a.id.size())));
    for (const actviz::ExprName &n : actviz::kExprNames)
        words.append(QString::fromUtf8(n.name.data(), static_cast<qsizetype>(n.name.size())));
    return words;
}

// The English words of text: Latin words not in the allowed list. Rich text is reduced to what
// it shows first.
inline QStringList englishWords(QString text)
{
    if (Qt::mightBeRichText(text)) {
        // tanh<sup>2</sup> is "tanh 2" to a reader, not the word "tanh2".
        static const QRegularExpression script(QStringLiteral("<(sup|sub)>"));
        text.replace(script, QStringLiteral(" <\\1>"));
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    } else {
        // A mnemonic marker splits a word ("Co&mpare"); "&&" is a literal ampersand.
        static const QRegularExpression mnemonic(QStringLiteral("&(?=[^&\\s])"));
        text.remove(mnemonic);
    }
    static const QStringList allowed = allowedWords();
    QStringList found;
    for (const QString &t : latinWords(text))
        if (!allowed.contains(t, Qt::CaseInsensitive))
            found.append(t);
    return found;
}

struct Finding {
    QString where;
    QString text;
};

// Texts with English in them, each with where it was found.
class TextCollector
{
public:
    void add(const QString &where, const QString &text)
    {
        if (!text.isEmpty() && !englishWords(text).isEmpty())
            m_findings.append({where, text});
    }
    [[nodiscard]] QString report() const
    {
        QStringList lines;
        for (const Finding &f : m_findings)
            lines.append(QStringLiteral("%1: English “%2” in “%3”")
                             .arg(f.where, englishWords(f.text).join(u' '), f.text.left(160)));
        return lines.join(u'\n');
    }
    [[nodiscard]] bool empty() const { return m_findings.isEmpty(); }

private:
    QList<Finding> m_findings;
};

} // namespace uitest
