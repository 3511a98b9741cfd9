#pragma once

#include "catalog/catalog.h"
#include "common/useraccount.h"
#include "env/envreport.h"
#include "fs/rootfs.h"
#include "scan/scanresult.h"

#include <QCoreApplication>

#include <optional>

namespace tlens {

// What one discovery pass found for one tool in one place.
struct DiscoveredData {
    QList<Artifact> artifacts;
    QList<Identifier> identifiers; // de-duplicated by (kind, value)
    QList<Installation> installations;
    QList<Warning> warnings; // e.g. "report-local-path", "client-id-mac"
    Findings findings; // one per bad file; never stops the pass
    qint64 filesRead = 0;
};

// Finds every local record a tool left: Ray session reports, Skyplane client id and event
// reports, the MLflow installation id, Rasa's global config, installed copies and their versions.
// All reads go through RootFs; reports in temp folders are read link-safely (a link inside a
// scanned temp folder is never followed), large files are reported, not loaded, and a bad file
// yields a Finding, never an abort. Artifacts hold summaries only (memory stays small); the raw
// report is re-read on demand with readReport().
// Ray session folders without usage_stats.json (Ray writes none while collection is off, nor in a
// cluster's first minute) are listed as artifacts of kind "session" with sent Unknown, so a user
// sees that Ray ran without reporting. Bad report files become Findings and are not listed.
class Discovery final {
    Q_DECLARE_TR_FUNCTIONS(Discovery)
public:
    explicit Discovery(const RootFs &fs);

    // The Ray temp folder a user's clusters write to: $RAY_TMPDIR/ray, else $TMPDIR/ray, else /tmp/ray
    // (values taken from the user's effective environment).
    static QString rayTempDir(const EnvReport &env);

    // Every <rayTemp>/session_*/usage_stats.json (session_latest and other links skipped).
    // Parsing is spread over the available cores.
    DiscoveredData rayReports(const QString &rayTemp) const;

    // Every /tmp/skyplane/usage/<client>/<session>/usage_stats.json.
    DiscoveredData skyplaneReports(const QString &usageDir = QStringLiteral("/tmp/skyplane/usage")) const;

    // Identifier and data files inside a home: ~/.skyplane/host_uuid, MLflow telemetry.json (honouring
    // XDG_CONFIG_HOME from env), Rasa global.yml / legacy config.yml, Ray config (as a "config" artifact).
    DiscoveredData userFiles(const ToolSpec &tool, const UserAccount &user, const EnvReport &env) const;

    // Installed copies: dist-info/egg-info under the home (~/.local/lib/python3*/site-packages,
    // virtualenvs and conda envs up to a bounded depth) or, with user == nullptr, the system
    // (/usr/lib/python3*/dist-packages, /usr/local/lib/python3*/{dist,site}-packages) and entry
    // points in the usual bin folders.
    QList<Installation> installations(const ToolSpec &tool, const UserAccount *user) const;

    // The stored report as raw bytes (for the "sent" view), read safely; empty on failure. The
    // report's folder must stay inside the folder above it and the file must not be a link.
    QByteArray readReport(const QString &innerPath, QString *error = nullptr) const;

    // The "client-id-mac" warning when a Skyplane client id is 20 zeros and a real MAC address.
    static std::optional<Warning> clientIdWarning(const QString &clientId, const QString &file);

private:
    void rayFiles(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                  DiscoveredData *data) const;
    void skyplaneFiles(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                       DiscoveredData *data) const;
    void mlflowFiles(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                     DiscoveredData *data) const;
    void rasaFiles(const ToolSpec &tool, const UserAccount &user, DiscoveredData *data) const;

    const RootFs &m_fs;
};

} // namespace tlens
