#pragma once

#include "fleet/auditsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

// One tool on one host, over all of the host's accounts.
struct FleetCell {
    bool present = false; // the host's report lists the tool
    State state = State::Disabled; // Enabled if any account collects, else Misconfigured if any is, else Off
    int accounts = 0;
    int collecting = 0; // accounts for which the tool collects
    int misconfigured = 0;
    int reports = 0; // stored reports (the most any account sees: shared ones count once)
    int identifiers = 0; // distinct identifiers over all accounts
};

struct FleetHost {
    QString name; // after its file: web1.json is "web1"
    QString file;
    AuditSnapshot snapshot;
    QList<FleetCell> cells; // one per FleetReport::tools() entry

    bool anyCollecting() const;
};

struct FleetTool {
    QString id;
    QString name;
    int collecting = 0; // hosts where some account collects
    int misconfigured = 0;
    int off = 0;
    int absent = 0; // hosts whose report does not list the tool
    int reports = 0;
    int identifiers = 0;
};

// Audit reports of many machines merged into one: a host × tool matrix with the hosts that have a
// collecting tool first, totals per tool and each host's warnings, in the formats of an audit.
// It only reads report files (never scans a machine); the window and the CLI share it.
class FleetReport final {
    Q_DECLARE_TR_FUNCTIONS(FleetReport)
public:
    enum class Format { Text, Json, Csv, Html };

    static bool parseFormat(const QString &name, Format *format);
    // The report files named: files as given, folders by their *.json files (sorted). Appends an
    // error for a path that does not exist.
    static QStringList reportFiles(const QStringList &paths, QStringList *errors);

    // Reads every report file; false (with one sentence per bad file) when any cannot be read or
    // is not an audit report, or when there is none at all. Nothing is kept on failure.
    bool load(const QStringList &paths, QStringList *errors);
    void setHosts(const QList<AuditSnapshot> &snapshots, const QStringList &names);

    const QList<FleetHost> &hosts() const { return m_hosts; }
    const QList<FleetTool> &tools() const { return m_tools; }
    int collectingHosts() const;
    bool anyCollecting() const { return collectingHosts() > 0; }

    QByteArray render(Format format) const;
    QString toText() const;
    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toHtml() const;

    static QString hostNameFor(const QString &file);

private:
    QList<FleetHost> m_hosts;
    QList<FleetTool> m_tools;
};

} // namespace tlens
