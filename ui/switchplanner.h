#pragma once

#include "common/useraccount.h"
#include "optout/optoutplan.h"

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

// The plan for a request, checked against the tools' own rules: which overrides remain, and which
// tools would still collect once the plan is written.
struct SwitchProposal {
    SwitchRequest request;
    OptOutPlan plan;
    QList<SwitchOverride> overrides;
    QStringList stillCollecting; // tool names the plan does not switch off
};

// Runs the opt-out planner for the window and resolves every requested tool again on the planned
// files (as `disable` does), so the dialog can say what would still keep a tool on. Safe to call
// on a worker thread; it reads, never writes.
class SwitchPlanner final {
    Q_DECLARE_TR_FUNCTIONS(SwitchPlanner)
public:
    static SwitchProposal propose(const SwitchRequest &request);
};

} // namespace tlens
