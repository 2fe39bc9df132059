// SPDX-License-Identifier: MIT
// FlowLayout: lays its items out left to right and wraps to a new row when the width runs out,
// like words in a paragraph (after Qt's Flow Layout example). Rows of controls above a plot
// stay on one line on a wide screen and wrap instead of being clipped on a projector (1024 px).
#pragma once

#include <QLayout>
#include <QList>

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 12);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    [[nodiscard]] int count() const override { return static_cast<int>(m_items.size()); }
    [[nodiscard]] QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    [[nodiscard]] Qt::Orientations expandingDirections() const override { return {}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (or only measures, when dryRun); returns the height used.
    int arrange(const QRect &rect, bool dryRun) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};
