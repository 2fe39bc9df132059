// SPDX-License-Identifier: MIT
// PresentationMode: the window for a projector — full screen, the side panels hidden, every
// font (the charts' too) half as large again — toggled by F11 or View → Presentation mode and
// left with F11 or Esc. Leaving puts the panels, the window state and the fonts back.
#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>

class QAction;
class QMainWindow;

class PresentationMode : public QObject
{
    Q_OBJECT
public:
    static constexpr qreal kFontScale = 1.5;

    // Owned by window; adds the F11 and Esc shortcuts to it.
    explicit PresentationMode(QMainWindow *window);
    ~PresentationMode() override;

    [[nodiscard]] QAction *action() const { return m_action; }
    [[nodiscard]] bool isOn() const { return m_on; }
    void setOn(bool on);

private:
    QMainWindow *m_window;
    QAction *m_action;
    QAction *m_leave;
    bool m_on = false;
    QByteArray m_dockState;
    Qt::WindowStates m_windowState;
    QFont m_font;
};
