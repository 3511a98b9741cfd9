#pragma once

#include "scan/scanresult.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QCheckBox;
class QSortFilterProxyModel;

namespace tlens {

class TimelineChart;
class TimelineModel;
class ToolStatusModel;

// The first page: is anything collecting? One row per account and tool with its state badge, the
// reason, and how much was stored; the machine summary; the chart of reports over time.
class OverviewPage final : public QWidget {
    Q_OBJECT
public:
    OverviewPage(ToolStatusModel *model, QWidget *parent = nullptr);

    void setScan(const std::shared_ptr<const ScanResult> &scan);
    void setScanning(bool scanning);

    QTableView *table() const { return m_table; }
    QString summaryText() const;
    TimelineModel *timeline() const { return m_timeline; }

    bool showsAllTools() const;

Q_SIGNALS:
    void openTool(const QString &userName, const QString &toolId);
    void showAllToolsChanged(bool all);
    void turnOffRequested(const QString &userName, const QString &toolId);

private:
    void updateButtons();
    QString currentUser() const;
    QString currentTool() const;

    ToolStatusModel *m_model;
    QLabel *m_summary;
    QLabel *m_details;
    QLabel *m_findings;
    QTableView *m_table;
    QSortFilterProxyModel *m_sorted;
    QCheckBox *m_allTools;
    QPushButton *m_open;
    QPushButton *m_turnOff;
    TimelineModel *m_timeline;
    TimelineChart *m_chart;
    QLabel *m_chartCaption;
    QLabel *m_chartEmpty;
    bool m_scanning = false;
    bool m_haveScan = false;
};

} // namespace tlens
