#include "copysupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMap>
#include <QMenu>
#include <QTableView>
#include <QTreeView>

namespace tlens {

namespace {

bool columnHidden(const QAbstractItemView *view, int column)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isColumnHidden(column);
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isColumnHidden(column);
    return false;
}

int visualColumn(const QAbstractItemView *view, int column)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader()->visualIndex(column);
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header()->visualIndex(column);
    return column;
}

} // namespace

QString CopySupport::selectionText(const QAbstractItemView *view)
{
    if (!view->selectionModel())
        return {};
    QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && view->currentIndex().isValid())
        indexes.append(view->currentIndex());
    // Rows in the order they are shown (visualRect works for sorted tables and trees alike), cells
    // in header order.
    QMap<qint64, QMap<int, QString>> rows;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (columnHidden(view, index.column()))
            continue;
        const QRect rect = view->visualRect(index);
        const qint64 key = rect.isValid() ? qint64(rect.top()) : (qint64(1) << 40) + index.row();
        rows[key][visualColumn(view, index.column())] = index.data(Qt::DisplayRole).toString();
    }
    QStringList lines;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList cells;
        for (const QString &cell : it.value())
            cells.append(cell);
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void CopySupport::install(QAbstractItemView *view)
{
    auto *copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectionText(view);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, copy](const QPoint &pos) {
        const QModelIndex under = view->indexAt(pos);
        QMenu menu(view);
        if (under.isValid()) {
            const QString value = under.data(Qt::DisplayRole).toString();
            QAction *one = menu.addAction(
                tr("Copy \"%1\"").arg(value.size() > 40 ? value.left(37) + QStringLiteral("…") : value));
            QObject::connect(one, &QAction::triggered, view,
                             [value] { QApplication::clipboard()->setText(value); });
        }
        menu.addAction(copy);
        // Actions the view's owner added (open, request deletion, ...) follow the copy actions.
        const QList<QAction *> extra = view->actions();
        bool separated = false;
        for (QAction *a : extra) {
            if (a == copy || a->property("tlensNoMenu").toBool())
                continue;
            if (!separated) {
                menu.addSeparator();
                separated = true;
            }
            menu.addAction(a);
        }
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

} // namespace tlens
