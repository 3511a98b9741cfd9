#pragma once

#include "catalog/catalog.h"
#include "common/useraccount.h"
#include "optout/optoutplan.h"
#include "scan/scanresult.h"

#include <QCoreApplication>
#include <QStringList>

namespace tlens {

// What the person asked for: switch these tools off (or on) for this account.
struct SwitchRequest {
    QString root = QStringLiteral("/");
    UserAccount account;
    QStringList toolIds;
    bool turnOn = false;
    bool fixOverrides = false; // also comment out the lines outside our files that keep a tool on
    OptOutScope scope = OptOutScope::User; // System: machine-wide files, verified for every account
    // "Turn off all" for an account: leave out tools that can only be switched for the whole machine
    // (popularity-contest) with a note, instead of failing them.
    bool skipMachineWide = false;
};

// A line outside the files Telemetry Lens manages that would keep a tool collecting after the plan.
struct SwitchOverride {
    QString toolId;
    QString toolName;
    QString file; // inner path
    int line = 0;
    QString key;
    QString text; // as written, e.g. "export RAY_USAGE_STATS_ENABLED=1"
    bool fixed = false; // the plan comments it out
};

// A tool that would not reach the requested state once the plan is written, and why.
struct SwitchBlocker {
    QString toolId;
    QString toolName;
    QString accountName;
    Input decidedBy; // the input that still decides
    QString explanation; // the resolver's sentence for the planned state
    bool fixable = false; // an assignment in a start-up file that --fix-overrides can comment out
};

// The plan for a request, checked against the tools' own rules: which overrides remain, and which
// tools would still collect (or stay off) once the plan is written.
struct SwitchProposal {
    SwitchRequest request;
    OptOutPlan plan;
    QList<SwitchOverride> overrides;
    QList<SwitchBlocker> blockers;
    QStringList stillCollecting; // tool names a disable plan does not switch off
    QStringList skipped; // translated notes on machine-wide tools left out of an account's plan
    // Machine-wide files of this computer, and this process is not root: the plan can be shown, not written.
    bool needsAdministrator = false;
};

// Plans a switch with the opt-out planner and resolves every requested tool again on the planned
// files (the same rules the audit uses), so that the CLI and the window can say what would still
// decide, and, when asked, comment out overriding lines. Safe on a worker thread; it never writes.
class SwitchPlanner final {
    Q_DECLARE_TR_FUNCTIONS(SwitchPlanner)
public:
    static SwitchProposal propose(const SwitchRequest &request);
    // Whether a tool is switched only for the whole machine (its own file is machine-wide and no
    // variable switches it per account).
    static bool isMachineWide(const ToolSpec &tool);
};

} // namespace tlens
