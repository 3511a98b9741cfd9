#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTreeWidget;

namespace tlens {

class ChangeHistoryModel;

// Every change set the switches wrote under the examined root, newest first, with its files and
// their state, and the Undo of the most recent one.
class HistoryPage final : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPage(QWidget *parent = nullptr);

    void setApplier(const QString &root, const QString &dataDir);
    void refresh();
    bool canUndo() const;
    ChangeHistoryModel *model() const { return m_model; }

Q_SIGNALS:
    void undoRequested();

private:
    void showDetails();

    QString m_root;
    QString m_dataDir;
    ChangeHistoryModel *m_model;
    QTableView *m_table;
    QTreeWidget *m_files;
    QLabel *m_problems;
    QLabel *m_empty;
    QSplitter *m_split;
    QPushButton *m_undo;
};

} // namespace tlens
