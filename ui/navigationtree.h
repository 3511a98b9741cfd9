#pragma once

#include <QTreeWidget>

namespace tlens {

// The window's navigation column. Rows that cannot be selected (an account's heading, a family's
// heading) are labels: the arrow, Page, Home and End keys pass over them and a click on one changes
// nothing, so the current row is always a page to show.
class NavigationTree final : public QTreeWidget {
public:
    explicit NavigationTree(QWidget *parent = nullptr);

    static bool isHeading(const QModelIndex &index);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void mousePressEvent(QMouseEvent *event) override;
    // Headings cannot be folded, so they get no fold arrow.
    void drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const override;
};

} // namespace tlens
