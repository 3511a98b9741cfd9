#pragma once

#include "fleet/auditsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tlens {

// One difference between two audits of the same machine.
struct DriftChange {
    enum class Kind {
        StartedCollecting, // the tool collects now and did not before
        StoppedCollecting,
        StateChanged, // any other change of state (off ↔ misconfigured)
        SettingChanged, // same state, another input decides it
        NewIdentifier,
        NewReports, // more stored reports than before
        ToolAdded,
        ToolGone,
        AccountAdded,
        AccountGone
    };
    Kind kind = Kind::StateChanged;
    QString user;
    QString toolId; // empty for account changes
    QString toolName;
    QString before;
    QString after;
    QString message; // translated sentence
};

// What changed between a previous audit report and the current one: the drift an administrator
// watches for (a tool that started collecting, a new identifier, another setting deciding).
// Compares snapshots only; it never scans or writes.
class AuditDrift final {
    Q_DECLARE_TR_FUNCTIONS(AuditDrift)
public:
    static QList<DriftChange> compare(const AuditSnapshot &before, const AuditSnapshot &after);
    static bool anyStartedCollecting(const QList<DriftChange> &changes);
    static QString kindName(DriftChange::Kind kind); // JSON value, e.g. "started_collecting"

    static QString toText(const QList<DriftChange> &changes, const AuditSnapshot &before);
    static QByteArray toJson(const QList<DriftChange> &changes, const AuditSnapshot &before);
};

} // namespace tlens
