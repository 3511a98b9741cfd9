#pragma once

#include "catalog/catalog.h"
#include "payload/machinefacts.h"
#include "scan/scanresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

// Everything a payload is built from. Time and randomness are inputs, so the same context always
// gives the same bytes (tests and screenshots rely on it).
struct PayloadContext {
    QString toolVersion; // installed or last reported version; empty = unknown (null in the JSON)
    QString pythonVersion; // "3.10.12" from the newest report, or "3.11" from an install path
    MachineFacts machine;
    QList<Identifier> identifiers; // the real ones found for this account and machine
    QHash<QString, QString>
        env; // effective values of variables a report echoes (RAY_USAGE_STATS_SOURCE, ...)
    bool ci = false; // a CI marker variable is set (Rasa's list)
    QString workingDirectory; // the folder Rasa hashes as "directory"; the home stands in
    QString gitRemote; // `git remote get-url origin` there, for Rasa's "project"; empty = none
    qint64 nowMs = 0;
    quint64 seed = 0; // drives every new random id (session ids, partition keys)

    // The first identifier of a kind, or an empty string.
    QString identifier(const QString &kind) const;

    // Built from a finished scan for one tool status: versions from the installations and the
    // newest stored report, the machine facts of the scanned root, the identifiers, now and a
    // random seed.
    static PayloadContext fromScan(const ScanResult &result, const ToolStatus &status);
};

// The concrete next report each tool would send from this machine, and what it still sends after
// an opt-out, as pretty JSON (2-space indent) with exactly the keys the tool sends, in its order
// (spec/TOOLS.md). Values known from the machine are filled in; values a tool measures at run time
// are null, and notes() says which. "Nothing is sent" is the JSON literal null. It must never
// invent a value that would pass for a measured one, and never include a secret.
class Payloads final {
    Q_DECLARE_TR_FUNCTIONS(Payloads)
public:
    static QByteArray wouldSend(const ToolSpec &tool, const PayloadContext &context);
    static QByteArray afterOptOut(const ToolSpec &tool, const PayloadContext &context);

    // Translated sentences explaining the example: how it is wrapped or batched, which values
    // are new random ones, what the hashes are made of.
    static QStringList notes(const ToolSpec &tool, const PayloadContext &context);

    static QByteArray nothing() { return QByteArrayLiteral("null"); }
};

} // namespace tlens
