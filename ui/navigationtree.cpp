#include "navigationtree.h"

#include <QMouseEvent>

namespace tlens {

NavigationTree::NavigationTree(QWidget *parent)
    : QTreeWidget(parent)
{ }

bool NavigationTree::isHeading(const QModelIndex &index)
{
    return index.isValid() && !(index.flags() & Qt::ItemIsSelectable);
}

QModelIndex NavigationTree::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex from = currentIndex();
    QModelIndex to = QTreeWidget::moveCursor(cursorAction, modifiers);
    if (!isHeading(to))
        return to;
    if (cursorAction == MoveLeft || cursorAction == MoveRight)
        return from; // from a tool to its heading: stay on the tool
    // Keep going the same way past the headings (Home lands on the first page, not a heading).
    const bool down = cursorAction == MoveDown || cursorAction == MoveNext || cursorAction == MovePageDown
        || cursorAction == MoveHome;
    while (isHeading(to))
        to = down ? indexBelow(to) : indexAbove(to);
    // Nothing selectable that way: stay.
    return to.isValid() ? to : from;
}

void NavigationTree::mousePressEvent(QMouseEvent *event)
{
    if (isHeading(indexAt(event->position().toPoint()))) {
        event->accept();
        return;
    }
    QTreeWidget::mousePressEvent(event);
}

void NavigationTree::drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const
{
    if (!isHeading(index))
        QTreeWidget::drawBranches(painter, rect, index);
}

} // namespace tlens
