// SPDX-License-Identifier: MIT
// VectorLineEdit: a paste is one undo step that leaves nothing in QLineEdit's own per-character
// history; undo and redo by keys and by the context menu; typing grouped up to a separator;
// a text set from outside forgets the history.
#include "widgets/vectorlineedit.h"

#include <QAction>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestVectorLineEdit : public QObject
{
    Q_OBJECT

private:
    // The standard menu's action with this label (Qt 6.4 gives them no object names).
    static QAction *action(QMenu &menu, const char *label)
    {
        for (QAction *a : menu.actions())
            if (a->text().section(QLatin1Char('\t'), 0, 0) == QLineEdit::tr(label))
                return a;
        return nullptr;
    }

    static void paste(VectorLineEdit &edit, const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        QTest::keySequence(&edit, QKeySequence::Paste);
    }

private slots:
    void pasteOverSelectionIsOneStep()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1, 2, 3"));
        QSignalSpy edited(&edit, &QLineEdit::textEdited);
        edit.setSelection(3, 1); // the "2"
        paste(edit, QStringLiteral("20, 21"));
        QCOMPARE(edit.text(), QStringLiteral("1, 20, 21, 3"));
        QCOMPARE(edit.cursorPosition(), 9);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("1, 20, 21, 3"));
        QVERIFY(edit.isModified());
        // Nothing went through QLineEdit's per-character history.
        QVERIFY(!edit.isUndoAvailable());
        QVERIFY(edit.canUndo());

        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1, 2, 3"));
        QCOMPARE(edit.selectedText(), QStringLiteral("2")); // what the paste replaced
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edited.at(1).at(0).toString(), QStringLiteral("1, 2, 3"));
        QVERIFY(!edit.canUndo());

        QTest::keySequence(&edit, QKeySequence::Redo);
        QCOMPARE(edit.text(), QStringLiteral("1, 20, 21, 3"));
        QCOMPARE(edit.cursorPosition(), 9);
        QVERIFY(!edit.canRedo());
        // Undone again, the paste's selection comes back as the first time.
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1, 2, 3"));
        QCOMPARE(edit.selectionStart(), 3);
        QCOMPARE(edit.selectedText(), QStringLiteral("2"));
    }

    void longPasteLeavesNoPerCharacterHistory()
    {
        QStringList numbers;
        for (int i = 0; i < 1000; ++i)
            numbers << QString::number(0.001 * i * i - 3.5, 'g', 6);
        VectorLineEdit edit;
        edit.setText(QStringLiteral("2, 1, 0.1"));
        edit.selectAll();
        paste(edit, numbers.join(QStringLiteral(", ")));
        QCOMPARE(edit.text(), numbers.join(QStringLiteral(", ")));
        QVERIFY(!edit.isUndoAvailable());
        // A plain QLineEdit records the same paste character by character.
        QLineEdit plain;
        plain.setText(QStringLiteral("2, 1, 0.1"));
        plain.selectAll();
        QTest::keySequence(&plain, QKeySequence::Paste);
        QVERIFY(plain.isUndoAvailable());
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("2, 1, 0.1"));
    }

    // 1000 numbers of 36 characters (38 with the separator): QLineEdit's default maxLength (32767) kept 862 of them,
    // the last cut short, a valid shorter vector.
    void longNumbersArePastedWhole()
    {
        QStringList numbers;
        for (int i = 0; i < 1000; ++i)
            numbers << QStringLiteral("0.%1").arg(i, 34, 10, QLatin1Char('7'));
        const QString text = numbers.join(QStringLiteral(", "));
        QVERIFY(text.size() > 32767);
        VectorLineEdit edit;
        paste(edit, text);
        QCOMPARE(edit.text(), text);
    }

    void pasteKeepsMaxLength()
    {
        VectorLineEdit edit;
        edit.setMaxLength(8);
        edit.setText(QStringLiteral("1, 2"));
        edit.setCursorPosition(1);
        paste(edit, QStringLiteral("23456789"));
        QCOMPARE(edit.text(), QStringLiteral("12345, 2")); // only what fits is pasted
        QCOMPARE(edit.cursorPosition(), 5);
    }

    // Ctrl+A and the menu's Select All select everything, the cursor at the end, as QLineEdit's.
    void selectAll()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1, 2, 3"));
        edit.setCursorPosition(2);
        QTest::keySequence(&edit, QKeySequence::SelectAll);
        QCOMPARE(edit.selectedText(), QStringLiteral("1, 2, 3"));
        QCOMPARE(edit.cursorPosition(), 7);
        edit.setCursorPosition(2);
        {
            const std::unique_ptr<QMenu> menu(edit.createContextMenu());
            action(*menu, "Select All")->trigger();
        }
        QCOMPARE(edit.selectedText(), QStringLiteral("1, 2, 3"));
        paste(edit, QStringLiteral("4"));
        QCOMPARE(edit.text(), QStringLiteral("4"));
    }

    void readOnlyTakesNoPaste()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1, 2"));
        edit.setReadOnly(true);
        edit.selectAll();
        paste(edit, QStringLiteral("9"));
        edit.pasteText(QStringLiteral("9"));
        QCOMPARE(edit.text(), QStringLiteral("1, 2"));
        QVERIFY(!edit.canUndo());
    }

    // After undoing typing, the cursor stands where the typing was.
    void undoTypingPlacesTheCursor()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1, 3"));
        edit.setCursorPosition(3);
        QTest::keyClicks(&edit, QStringLiteral("22"));
        QCOMPARE(edit.text(), QStringLiteral("1, 223"));
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1, 3"));
        QCOMPARE(edit.cursorPosition(), 3);
        QVERIFY(!edit.hasSelectedText());
        QTest::keySequence(&edit, QKeySequence::Redo);
        QCOMPARE(edit.text(), QStringLiteral("1, 223"));
        QCOMPARE(edit.cursorPosition(), 5);
    }

    // A text dropped from elsewhere is one step at the drop position, as a paste.
    void dropIsOneStep()
    {
        VectorLineEdit edit;
        edit.resize(400, 30);
        edit.setText(QStringLiteral("1"));
        QMimeData data;
        QStringList many;
        for (int i = 0; i < 500; ++i)
            many << QString::number(i);
        data.setText(QStringLiteral(", ") + many.join(QStringLiteral(", ")));
        const QPointF end(edit.width() - 5, edit.height() / 2.0);
        // QApplication delivers a drop only where the drag entered and was accepted.
        QDragEnterEvent enter(end.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&edit, &enter);
        QDropEvent drop(end, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&edit, &drop);
        QCOMPARE(edit.text(), QStringLiteral("1, ") + many.join(QStringLiteral(", ")));
        QVERIFY(!edit.isUndoAvailable());
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1"));
    }

    // The clear button: clear() (a text from outside) and then textEdited of the same text.
    void clearForgetsAndLeavesNothingPending()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1"));
        edit.selectAll();
        paste(edit, QStringLiteral("2"));
        edit.clear();
        emit edit.textEdited(QString());
        QVERIFY(!edit.canUndo());
        QTest::keyClick(&edit, Qt::Key_5);
        QVERIFY(edit.canUndo());
        edit.setText(QStringLiteral("7")); // from outside again: forgotten
        QVERIFY(!edit.canUndo());
    }

    void typingIsGroupedUpToASeparator()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1"));
        edit.setCursorPosition(1);
        QTest::keyClicks(&edit, QStringLiteral(", 23, 45"));
        QCOMPARE(edit.text(), QStringLiteral("1, 23, 45"));
        QTest::keyClick(&edit, Qt::Key_Backspace); // goes with the "45" it corrects
        QCOMPARE(edit.text(), QStringLiteral("1, 23, 4"));
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1, 23, "));
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1, 23,"));
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1, "));
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1,"));
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1"));
        QVERIFY(!edit.canUndo());
        QTest::keySequence(&edit, QKeySequence::Redo);
        QCOMPARE(edit.text(), QStringLiteral("1,"));
        // A new edit drops what could be redone.
        QTest::keyClick(&edit, Qt::Key_7);
        QVERIFY(!edit.canRedo());
    }

    // The full-width semicolon of a Chinese keyboard ends a step too: the parser's separators.
    void fullWidthSeparatorEndsAStep()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1"));
        edit.setCursorPosition(1);
        QKeyEvent semicolon(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("；"));
        QCoreApplication::sendEvent(&edit, &semicolon); // QTest types ASCII only
        QTest::keyClicks(&edit, QStringLiteral("23"));
        QCOMPARE(edit.text(), QStringLiteral("1；23"));
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("1；"));
    }

    void textSetFromOutsideForgetsTheHistory()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1"));
        edit.selectAll();
        paste(edit, QStringLiteral("5, 6"));
        QVERIFY(edit.canUndo());
        edit.setText(QStringLiteral("7, 8")); // as when a lesson is loaded
        QVERIFY(!edit.canUndo());
        QTest::keySequence(&edit, QKeySequence::Undo);
        QCOMPARE(edit.text(), QStringLiteral("7, 8"));
    }

    void contextMenuUsesThisHistory()
    {
        VectorLineEdit edit;
        edit.setText(QStringLiteral("1, 2"));
        edit.selectAll();
        QGuiApplication::clipboard()->setText(QStringLiteral("3, 4"));
        {
            const std::unique_ptr<QMenu> menu(edit.createContextMenu());
            auto *undo = action(*menu, "&Undo");
            auto *paste = action(*menu, "&Paste");
            QVERIFY(undo != nullptr && paste != nullptr);
            QVERIFY(!undo->isEnabled());
            paste->trigger();
        }
        QCOMPARE(edit.text(), QStringLiteral("3, 4"));
        QVERIFY(!edit.isUndoAvailable());
        // Typed: QLineEdit's own history has a command now, which its undo would take back too.
        edit.setCursorPosition(4);
        QTest::keyClick(&edit, Qt::Key_5);
        QCOMPARE(edit.text(), QStringLiteral("3, 45"));
        {
            const std::unique_ptr<QMenu> menu(edit.createContextMenu());
            auto *undo = action(*menu, "&Undo");
            auto *redo = action(*menu, "&Redo");
            QVERIFY(undo->isEnabled());
            QVERIFY(!redo->isEnabled());
            undo->trigger();
        }
        QCOMPARE(edit.text(), QStringLiteral("3, 4"));
        QVERIFY(edit.canRedo());
        {
            const std::unique_ptr<QMenu> menu(edit.createContextMenu());
            action(*menu, "&Undo")->trigger();
        }
        QCOMPARE(edit.text(), QStringLiteral("1, 2"));
        {
            const std::unique_ptr<QMenu> menu(edit.createContextMenu());
            auto *redo = action(*menu, "&Redo");
            QVERIFY(redo->isEnabled());
            redo->trigger();
        }
        QCOMPARE(edit.text(), QStringLiteral("3, 4"));
        QVERIFY(edit.canRedo());
    }

    void historyIsBounded()
    {
        VectorLineEdit edit;
        for (size_t i = 0; i < VectorLineEdit::kMaxSteps + 50; ++i) {
            edit.selectAll();
            paste(edit, QString::number(i));
        }
        size_t steps = 0;
        while (edit.canUndo()) {
            QTest::keySequence(&edit, QKeySequence::Undo);
            ++steps;
        }
        QCOMPARE(steps, VectorLineEdit::kMaxSteps);
        QCOMPARE(edit.text(), QString::number(49));
    }

    // Long texts: the steps kept hold at most so many characters, the oldest dropped (here 1000
    // for kMaxHistoryChars: 12 texts of about 100 characters keep 10 steps).
    void historyOfLongTextsIsBounded()
    {
        VectorLineEdit edit;
        edit.setHistoryLimits(VectorLineEdit::kMaxSteps, 1000);
        const QString big(100, QLatin1Char('1'));
        for (int i = 0; i < 12; ++i) {
            edit.selectAll();
            paste(edit, big.left(big.size() - i));
        }
        int steps = 0;
        qsizetype chars = 0;
        while (edit.canUndo()) {
            QTest::keySequence(&edit, QKeySequence::Undo);
            ++steps;
            chars += edit.text().size();
        }
        QVERIFY2(chars <= 1000, qPrintable(QString::number(chars)));
        QCOMPARE(steps, 10);
        QCOMPARE(edit.text().size(), big.size() - 1); // the 2nd paste's text, before the 3rd
    }
};

QTEST_MAIN(TestVectorLineEdit)
#include "tst_vectorlineedit.moc"
