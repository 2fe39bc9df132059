// SPDX-License-Identifier: MIT
// AdaptiveGrid: panels (charts, tables) in two columns where the page is wide, and in one
// scrolling column where it is not, so that on a 1024-pixel projector every chart keeps the
// whole width and its title, axes and legend stay readable instead of being elided.
#pragma once

#include <QList>
#include <QScrollArea>

class QGridLayout;

class AdaptiveGrid : public QScrollArea
{
    Q_OBJECT
public:
    // Two columns from twoColumnWidth pixels of viewport up.
    explicit AdaptiveGrid(int twoColumnWidth, QWidget *parent = nullptr);

    // Panels fill the grid row by row. stretch: the share of height the panel's row gets;
    // oneColumnHeight: its height when the panels are stacked (the column then scrolls).
    void addPanel(QWidget *panel, int stretch, int oneColumnHeight);
    [[nodiscard]] int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Panel {
        QWidget *widget;
        int stretch;
        int oneColumnHeight;
    };
    void arrange(int columns);

    QWidget *m_content;
    QGridLayout *m_grid;
    QList<Panel> m_panels;
    int m_twoColumnWidth;
    int m_columns = 0;
};
