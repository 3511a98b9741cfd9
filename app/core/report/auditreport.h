#pragma once

#include "scan/scanresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace tlens {

// Turns a ScanResult into the audit formats people and machines read: text (terminal), JSON
// (schema_version 1, stable keys), CSV (one row per account and tool), a self-contained HTML
// page and OpenMetrics for monitoring. Secret values never reach any format (inputs arrive masked). It must
// not scan or read files.
class AuditReport final {
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
public:
    enum class Format { Text, Json, Csv, Html, OpenMetrics };

    explicit AuditReport(const ScanResult &result);

    static bool parseFormat(const QString &name, Format *format);

    QByteArray render(Format format) const;
    // Writes the report to `device` as it is produced: a machine with tens of thousands of stored
    // reports is written without holding the whole document in memory. Returns false on a write error.
    bool write(Format format, QIODevice *device) const;
    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toHtml() const;
    QString toText(bool details = true) const;
    // Text lists the tools present for each account (and those the catalog always lists); with
    // allTools every supported tool. JSON always lists every tool, with "present".
    void setAllTools(bool allTools) { m_allTools = allTools; }

    // Reports a user sees for a tool: the machine's shared ones plus the user's own.
    static QList<Artifact> reportsFor(const ScanResult &result, const ToolStatus &tool);
    static QList<Identifier> identifiersFor(const ScanResult &result, const ToolStatus &tool);
    // "3 of 4 tools collecting", counting the tools listed for the account (the machine's included)
    static QString summaryLine(const ScanResult &result, const UserScan &user);
    static bool anyEnabled(const ScanResult &result);
    static QString timeText(qint64 ms); // ISO 8601 UTC, "" for 0
    static QString sendStatusLabel(SendStatus status); // translated

private:
    const ScanResult &m_result;
    bool m_allTools = false;
};

} // namespace tlens
