#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tlens {

class FleetModel;

// Audit reports of many machines (a folder of `audit --format json` files, as audit.yml fetches
// them) in one view: the host × tool matrix, collecting hosts first, and the warnings of the
// selected host. It only reads the report files.
class FleetPage final : public QWidget {
    Q_OBJECT
public:
    explicit FleetPage(QWidget *parent = nullptr);

    // Reads the reports; false with the reasons (one per bad file) in `error`, keeping what was shown.
    bool openReports(const QStringList &paths, QString *error);
    FleetModel *model() const { return m_model; }
    int hostCount() const;
    QTableView *table() const { return m_table; }

private:
    void showWarnings();

    FleetModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_summary;
    QTableView *m_table;
    QPlainTextEdit *m_warnings;
};

} // namespace tlens
