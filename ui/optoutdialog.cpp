#include "optoutdialog.h"

#include "diffhighlighter.h"
#include "statestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tlens {

namespace {

QString iconCell(const QString &icon)
{
    return QStringLiteral("<td valign=\"top\"><img src=\"") + icon
        + QStringLiteral("\" width=\"14\" height=\"14\"></td>");
}

// A tool's files, saying which of them it shares with other tools of the plan, so that the
// per-tool lines do not add up to more files than the plan writes.
QString toolFilesText(const OptOutPlan &plan, const ToolOutcome &tool)
{
    const int files = int(tool.files.size());
    const int shared = plan.sharedFileCount(tool.toolId);
    const QString name = tool.name.toHtmlEscaped();
    if (shared == 0)
        return OptOutDialog::tr("<b>%1</b>: %n file(s) change.", nullptr, files).arg(name);
    if (shared == files)
        return OptOutDialog::tr(
                   "<b>%1</b>: its setting goes into %n shared file(s), written once for all tools.", nullptr,
                   files)
            .arg(name);
    return OptOutDialog::tr("<b>%1</b>: %n file(s) change, %2 of them shared with other tools.", nullptr,
                            files)
        .arg(name)
        .arg(shared);
}

} // namespace

OptOutDialog::OptOutDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_outcomes(new QLabel(this))
    , m_overrides(new QLabel(this))
    , m_fixOverrides(new QCheckBox(this))
    , m_blockers(new QLabel(this))
    , m_administrator(new QLabel(this))
    , m_files(new QListWidget(this))
    , m_reason(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_notes(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_confirm(nullptr)
{
    setObjectName(QStringLiteral("optOutDialog"));
    setModal(true);
    resize(940, 640);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    for (QLabel *label : { m_outcomes, m_overrides, m_blockers, m_administrator, m_notes }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QPalette attention = m_overrides->palette();
    attention.setColor(QPalette::Window, StateStyle::attentionBackground(attention));
    for (QLabel *label : { m_overrides, m_blockers, m_administrator }) {
        label->setAutoFillBackground(true);
        label->setPalette(attention);
        label->setMargin(6);
    }
    m_fixOverrides->setObjectName(QStringLiteral("fixOverrides"));
    m_fixOverrides->setText(tr("Also &comment out these lines (undo puts them back)"));
    connect(m_fixOverrides, &QCheckBox::toggled, this, [this](bool fix) {
        SwitchRequest again = m_proposal.request;
        again.fixOverrides = fix;
        replan(again);
    });
    m_outcomes->setObjectName(QStringLiteral("outcomes"));
    m_overrides->setObjectName(QStringLiteral("overrides"));
    m_blockers->setObjectName(QStringLiteral("blockers"));
    m_administrator->setObjectName(QStringLiteral("administratorNote"));

    m_scope->setObjectName(QStringLiteral("scopeChoice"));
    m_scope->setAccessibleName(tr("Where to write the setting"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->addItem(QString(), QVariant::fromValue(int(OptOutScope::User)));
    m_scope->addItem(tr("Every account: the machine-wide files in /etc"),
                     QVariant::fromValue(int(OptOutScope::System)));
    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        SwitchRequest again = m_proposal.request;
        again.scope = OptOutScope(m_scope->itemData(index).toInt());
        replan(again);
    });
    auto *scopeLabel = new QLabel(tr("&Write for:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch(1);

    m_files->setObjectName(QStringLiteral("changedFiles"));
    m_files->setAccessibleName(tr("Files that will change"));
    m_files->setTextElideMode(Qt::ElideMiddle);
    m_files->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setAccessibleName(tr("Exact changes of the selected file"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setTabChangesFocus(true);
    new DiffHighlighter(m_diff->document());
    connect(m_files, &QListWidget::currentRowChanged, this, &OptOutDialog::showFile);

    auto *diffPane = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_reason);
    diffLayout->addWidget(m_diff, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_files);
    split->addWidget(diffPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({ 280, 640 });

    m_buttons->setStandardButtons(QDialogButtonBox::Cancel);
    m_confirm = m_buttons->addButton(tr("Write changes"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filesCaption
        = new QLabel(tr("&Files that will change — select one to see exactly what is written:"), this);
    filesCaption->setBuddy(m_files);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(scopeRow);
    layout->addWidget(m_outcomes);
    layout->addWidget(m_overrides);
    layout->addWidget(m_fixOverrides);
    layout->addWidget(m_blockers);
    layout->addWidget(m_administrator);
    layout->addWidget(filesCaption);
    layout->addWidget(split, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_buttons);
}

void OptOutDialog::setProposal(const SwitchProposal &proposal)
{
    m_proposal = proposal;
    const OptOutPlan &plan = proposal.plan;
    QStringList names;
    for (const ToolOutcome &t : plan.tools)
        names.append(t.name);
    const bool on = proposal.request.turnOn;
    const bool machine = proposal.request.scope == OptOutScope::System;
    const QString account = proposal.request.account.name;
    setWindowTitle(on ? tr("Turn telemetry on again") : tr("Turn telemetry off"));
    const QString who = machine ? tr("every account") : account;
    m_heading->setText(on ? tr("Turn on %1 for %2").arg(names.join(QStringLiteral(", ")), who)
                          : tr("Turn off %1 for %2").arg(names.join(QStringLiteral(", ")), who));
    m_scope->setItemText(0, tr("%1 only: the account's own files").arg(account));
    m_scope->setCurrentIndex(machine ? 1 : 0);

    QString html = QStringLiteral("<table cellspacing=\"3\">");
    QStringList notes;
    for (const QString &skipped : proposal.skipped)
        notes.append(QStringLiteral("• ") + skipped.toHtmlEscaped());
    for (const ToolOutcome &t : plan.tools) {
        QString text;
        QString icon;
        switch (t.status) {
        case ToolOutcome::Status::Planned:
            icon = on
                ? QStringLiteral(":/icons/state-collecting.svg")
                : (proposal.stillCollecting.contains(t.name) ? QStringLiteral(":/icons/state-warning.svg")
                                                             : QStringLiteral(":/icons/state-off.svg"));
            text = toolFilesText(plan, t);
            if (!on && proposal.stillCollecting.contains(t.name))
                text += QLatin1Char(' ') + tr("It would still collect afterwards (see below).");
            break;
        case ToolOutcome::Status::AlreadyDone:
            icon = !on && proposal.stillCollecting.contains(t.name)
                ? QStringLiteral(":/icons/state-warning.svg")
                : QStringLiteral(":/icons/state-off.svg");
            text = tr("<b>%1</b>: nothing to change, its files already say so.").arg(t.name.toHtmlEscaped());
            if (!on && proposal.stillCollecting.contains(t.name))
                text += QLatin1Char(' ') + tr("It still collects because of a line elsewhere (see below).");
            break;
        case ToolOutcome::Status::Failed:
            icon = QStringLiteral(":/icons/state-warning.svg");
            text = tr("<b>%1</b>: left alone. %2").arg(t.name.toHtmlEscaped(), t.error.toHtmlEscaped());
            break;
        }
        html += QStringLiteral("<tr>") + iconCell(icon) + QStringLiteral("<td>") + text
            + QStringLiteral("</td></tr>");
        for (const QString &n : t.notes)
            notes.append(QStringLiteral("• ") + n.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (plan.hasSharedFiles())
        html += tr("In all, %n file(s) change; a file shared by several tools is written once.", nullptr,
                   int(plan.changes.size()));
    m_outcomes->setText(html);

    QStringList open;
    QStringList done;
    for (const SwitchOverride &o : proposal.overrides) {
        const QString line = tr("<code>%1</code> in %2 line %3 keeps %4 collecting.")
                                 .arg(o.text.toHtmlEscaped(), o.file.toHtmlEscaped())
                                 .arg(o.line)
                                 .arg(o.toolName.toHtmlEscaped());
        (o.fixed ? done : open).append(line);
    }
    if (open.isEmpty() && done.isEmpty()) {
        m_overrides->hide();
        m_fixOverrides->hide();
    } else {
        QString text = QStringLiteral("<table cellspacing=\"3\"><tr>")
            + iconCell(QStringLiteral(":/icons/state-warning.svg")) + QStringLiteral("<td>");
        if (!open.isEmpty())
            text
                += tr("A setting outside the files Telemetry Lens manages takes precedence over the opt-out:")
                + QStringLiteral("<br>") + open.join(QStringLiteral("<br>")) + QStringLiteral("<br>")
                + tr("Telemetry Lens changes such a line only if you ask it to: it comments the line out "
                     "with a marker.");
        if (!done.isEmpty()) {
            if (!open.isEmpty())
                text += QStringLiteral("<br>");
            text += tr("These lines are commented out by this change:") + QStringLiteral("<br>")
                + done.join(QStringLiteral("<br>"));
        }
        text += QStringLiteral("</td></tr></table>");
        m_overrides->setText(text);
        m_overrides->show();
        m_fixOverrides->show();
        m_fixOverrides->blockSignals(true);
        m_fixOverrides->setChecked(proposal.request.fixOverrides);
        m_fixOverrides->blockSignals(false);
    }

    // What would still decide, beyond the lines that can be commented out above (other accounts'
    // settings for a machine-wide switch, a setting that is not an assignment).
    QStringList blockers;
    for (const SwitchBlocker &b : proposal.blockers) {
        bool listed = false;
        for (const SwitchOverride &o : proposal.overrides)
            listed = listed
                || (b.accountName == account && o.toolId == b.toolId && o.file == b.decidedBy.file
                    && o.line == b.decidedBy.line);
        if (!listed)
            blockers.append(on ? tr("%1 would stay off for %2: %3")
                                     .arg(b.toolName.toHtmlEscaped(), b.accountName.toHtmlEscaped(),
                                          b.explanation.toHtmlEscaped())
                               : tr("%1 would still collect for %2: %3")
                                     .arg(b.toolName.toHtmlEscaped(), b.accountName.toHtmlEscaped(),
                                          b.explanation.toHtmlEscaped()));
    }
    m_blockers->setVisible(!blockers.isEmpty());
    m_blockers->setText(QStringLiteral("<table cellspacing=\"3\"><tr>")
                        + iconCell(QStringLiteral(":/icons/state-warning.svg")) + QStringLiteral("<td>")
                        + blockers.join(QStringLiteral("<br>")) + QStringLiteral("</td></tr></table>"));

    m_administrator->setVisible(proposal.needsAdministrator);
    if (proposal.needsAdministrator) {
        const QString command = QStringLiteral("sudo telemetry-lens %1 %2 --scope system")
                                    .arg(on ? QStringLiteral("enable") : QStringLiteral("disable"),
                                         proposal.request.toolIds.join(QLatin1Char(' ')));
        m_administrator->setText(
            tr("Only an administrator can change the machine-wide files. Nothing can be written from this "
               "window; run this in a terminal instead:")
            + QStringLiteral("<br><code>") + command.toHtmlEscaped() + QStringLiteral("</code>"));
    }

    const QString keep
        = m_files->currentItem() ? m_files->currentItem()->data(Qt::UserRole).toString() : QString();
    m_files->blockSignals(true);
    m_files->clear();
    int select = 0;
    for (int i = 0; i < plan.changes.size(); ++i) {
        const FileChange &c = plan.changes.at(i);
        QString label = shortPath(c.path);
        if (c.creates())
            label = tr("%1 (new file)").arg(label);
        else if (c.removes())
            label = tr("%1 (removed)").arg(label);
        auto *item = new QListWidgetItem(label, m_files);
        item->setData(Qt::UserRole, c.path);
        item->setToolTip(c.path + QLatin1Char('\n') + c.reasons.join(QLatin1Char('\n')));
        if (c.path == keep)
            select = i;
    }
    m_files->blockSignals(false);
    if (plan.changes.isEmpty()) {
        m_reason->clear();
        m_diff->setPlainText(tr("No file needs to change."));
    } else {
        m_files->setCurrentRow(select);
        showFile(select);
    }
    if (!on)
        notes.append(QStringLiteral("• ")
                     + tr("Every file is backed up first; Undo (Ctrl+Z) puts the exact previous bytes back.")
                           .toHtmlEscaped());
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_confirm->setText(on ? tr("&Turn on — write %n file(s)", nullptr, int(plan.changes.size()))
                          : tr("&Turn off — write %n file(s)", nullptr, int(plan.changes.size())));
    updateConfirm();
}

void OptOutDialog::showFile(int row)
{
    if (row < 0 || row >= m_proposal.plan.changes.size())
        return;
    const FileChange &c = m_proposal.plan.changes.at(row);
    QStringList why = c.reasons;
    if (c.path != c.target)
        why.append(tr("%1 is a link; the file written is %2.").arg(c.path, c.target));
    m_reason->setText(why.join(QLatin1Char(' ')));
    m_diff->setPlainText(c.diff);
}

QString OptOutDialog::shortPath(const QString &path) const
{
    const QString home = m_proposal.request.account.home;
    if (!home.isEmpty() && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

void OptOutDialog::replan(const SwitchRequest &request)
{
    setBusy(true);
    auto *watcher = new QFutureWatcher<SwitchProposal>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        setProposal(watcher->result());
        setBusy(false);
    });
    watcher->setFuture(QtConcurrent::run(&SwitchPlanner::propose, request));
}

void OptOutDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_fixOverrides->setEnabled(!busy);
    m_scope->setEnabled(!busy);
    updateConfirm();
}

void OptOutDialog::updateConfirm()
{
    m_confirm->setEnabled(!m_busy && !m_proposal.plan.isEmpty() && !m_proposal.needsAdministrator);
}

QString OptOutDialog::diffText() const
{
    QStringList parts;
    for (const FileChange &c : m_proposal.plan.changes)
        parts.append(c.diff);
    return parts.join(QLatin1Char('\n'));
}

QStringList OptOutDialog::files() const
{
    QStringList out;
    for (const FileChange &c : m_proposal.plan.changes)
        out.append(c.path);
    return out;
}

} // namespace tlens
