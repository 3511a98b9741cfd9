#pragma once

#include "optout/switchplanner.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tlens {

// The one confirmation before anything is written: what each tool's outcome will be, the exact
// diff of every file that changes (secrets masked), and, when a line outside Telemetry Lens's files
// would keep a tool on, an explicit choice to comment it out too. It also offers the machine-wide
// switch (files in /etc, checked against every account). Accepting it is the only way the window
// writes a setting. It never writes by itself.
class OptOutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit OptOutDialog(QWidget *parent = nullptr);

    void setProposal(const SwitchProposal &proposal);
    const SwitchProposal &proposal() const { return m_proposal; }
    // Works the proposal out again on a worker thread (the person chose to fix overrides, or the
    // machine-wide scope); nothing can be confirmed until it is back.
    void replan(const SwitchRequest &request);
    bool isBusy() const { return m_busy; }

    QString diffText() const; // every file's diff, as shown
    QStringList files() const; // paths that change
    QCheckBox *fixOverridesBox() const { return m_fixOverrides; }
    QComboBox *scopeBox() const { return m_scope; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void setBusy(bool busy);
    void showFile(int row);
    QString shortPath(const QString &path) const;
    void updateConfirm();

    SwitchProposal m_proposal;
    bool m_busy = false;
    QLabel *m_heading;
    QComboBox *m_scope;
    QLabel *m_outcomes;
    QLabel *m_overrides;
    QCheckBox *m_fixOverrides;
    QLabel *m_blockers;
    QLabel *m_administrator;
    QListWidget *m_files;
    QLabel *m_reason;
    QPlainTextEdit *m_diff;
    QLabel *m_notes;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
};

} // namespace tlens
