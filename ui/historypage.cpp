#include "historypage.h"

#include "copysupport.h"

#include "models/changehistorymodel.h"
#include "optout/changeapplier.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tlens {

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeHistoryModel(this))
    , m_table(new QTableView(this))
    , m_files(new QTreeWidget(this))
    , m_problems(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo the most recent change"), this))
{
    setObjectName(QStringLiteral("historyPage"));
    auto *title = new QLabel(tr("History of changes"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *intro = new QLabel(
        tr("Every change the switches wrote, newest first. Each file was backed up before it was changed; "
           "undo puts back its exact previous bytes and removes files the change created."),
        this);
    intro->setWordWrap(true);
    m_empty->setText(
        tr("No change has been made yet. Turning a tool off (or on again) records a change set here."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->hide();

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Change sets"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeHistoryModel::ToolsColumn, QHeaderView::Stretch);
    CopySupport::install(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showDetails);

    m_files->setObjectName(QStringLiteral("historyFiles"));
    m_files->setAccessibleName(tr("Files of the selected change set"));
    m_files->setHeaderLabels({ tr("File"), tr("State"), tr("Note") });
    m_files->setRootIsDecorated(false);
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->header()->setStretchLastSection(true);
    CopySupport::install(m_files);

    m_undo->setAccessibleName(tr("Undo the most recent change set"));
    connect(m_undo, &QPushButton::clicked, this, &HistoryPage::undoRequested);

    m_split = new QSplitter(Qt::Vertical, this);
    auto *split = m_split;
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_files);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_problems);
    layout->addWidget(m_empty, 1);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
}

void HistoryPage::setApplier(const QString &root, const QString &dataDir)
{
    m_root = root;
    m_dataDir = dataDir;
    refresh();
}

void HistoryPage::refresh()
{
    if (m_root.isEmpty())
        return;
    const QString keep = m_table->currentIndex().isValid()
        ? m_table->currentIndex().data(ChangeHistoryModel::ChangeSetIdRole).toString()
        : QString();
    QStringList problems;
    const ChangeApplier applier(m_root, m_dataDir);
    m_model->setChangeSets(applier.history(&problems));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_empty->setVisible(m_model->rowCount() == 0);
    m_split->setVisible(m_model->rowCount() > 0);
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->changeSet(r).id == keep)
            row = r;
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    else
        m_files->clear();
    m_undo->setEnabled(canUndo());
}

bool HistoryPage::canUndo() const
{
    return m_model->undoableRow() >= 0;
}

void HistoryPage::showDetails()
{
    m_files->clear();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const ChangeSet &set = m_model->changeSet(current.row());
    for (const JournalFile &file : set.files) {
        QString note = file.message;
        if (note.isEmpty() && !file.existed)
            note = tr("created by the change");
        else if (note.isEmpty() && file.removes)
            note = tr("removed by the change");
        new QTreeWidgetItem(m_files, { file.path, ChangeJournal::stateText(file.state), note });
    }
}

} // namespace tlens
