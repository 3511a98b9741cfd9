#pragma once

#include "scan/scanresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

// One tool of one account as an audit report recorded it.
struct SnapshotTool {
    QString id;
    QString name;
    State state = State::Disabled;
    QString decidedBy; // the deciding input as written ("RAY_USAGE_STATS_ENABLED=1"), or its kind
    QString decidedWhere; // file:line of the deciding input, empty for defaults
    int reports = 0; // stored reports the account sees (the machine's shared ones included)
    QStringList identifiers; // "kind=value", the account's own and the machine's
    QStringList warnings;
};

struct SnapshotUser {
    QString name;
    QString home;
    QList<SnapshotTool> tools;
    QStringList warnings;

    const SnapshotTool *tool(const QString &id) const;
};

// An audit report (`audit --format json`, schema_version 1) read back: what fleet merging and drift
// comparison need of it, and nothing that was not in the file. It never scans or writes anything;
// a file that is not such a report is rejected with a sentence naming the file.
struct AuditSnapshot {
    Q_DECLARE_TR_FUNCTIONS(AuditSnapshot)
public:
    QString source; // the file it was read from
    QString hostName; // as the report recorded it
    QString generatedAt; // ISO 8601, as recorded
    QString root;
    QList<SnapshotUser> users;
    QStringList warnings; // machine-wide warnings and the files the audit could not use

    const SnapshotUser *user(const QString &name) const;
    bool anyCollecting() const;
    // Every warning of the report, each once: the accounts', the tools' and the machine's.
    QStringList allWarnings() const;

    static bool parse(const QByteArray &json, const QString &source, AuditSnapshot *snapshot, QString *error);
    static bool load(const QString &path, AuditSnapshot *snapshot, QString *error);
    // The snapshot an audit report of `result` would give when read back.
    static AuditSnapshot fromScan(const ScanResult &result);
};

} // namespace tlens
