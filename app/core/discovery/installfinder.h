#pragma once

#include "catalog/catalog.h"
#include "common/useraccount.h"
#include "fs/rootfs.h"
#include "scan/scanresult.h"

namespace tlens {

// Finds installed copies of a tool: Python distributions (<name>-<version>.dist-info / .egg-info)
// and command-line entry points, in a fixed, bounded set of places (a home's user site, virtual
// and conda environments at well-known depths, the system's Python folders). Wildcards match only
// real folders, never symbolic links, so the walk stays cheap and inside the scanned tree. It must
// never search a whole home or follow a link out of the root.
class InstallFinder final {
public:
    explicit InstallFinder(const RootFs &fs);

    // Copies inside the user's home, or the system's copies for user == nullptr; sorted by path.
    QList<Installation> find(const ToolSpec &tool, const UserAccount *user) const;

    // PEP 503 form: lower case, runs of '-', '_' and '.' become one '-'.
    static QString normalizedName(const QString &name);

    // Splits "mlflow_skinny-3.7.0.dist-info" or "rasa-3.6.0-py3.10.egg-info" into name and version;
    // false when the entry is not distribution metadata.
    static bool parseMetadataName(const QString &entry, QString *name, QString *version, QString *kind);

private:
    const RootFs &m_fs;
};

} // namespace tlens
