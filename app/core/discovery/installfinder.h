#pragma once

#include "catalog/catalog.h"
#include "common/useraccount.h"
#include "env/envreport.h"
#include "fs/rootfs.h"
#include "scan/scanresult.h"

namespace tlens {

// What one walk found in a home (or on the machine): every catalog tool's installed copies and the
// project folders it passed.
struct InstallIndex {
    QList<Installation> installations; // sorted by path, then tool
    QStringList projects; // folders up to three levels below the home holding a project marker
    QStringList cappedFolders; // folders with more entries than a walk reads; only the first were seen
    qint64 listings = 0; // directory listings the walk made

    QList<Installation> forTool(const QString &toolId) const;
};

// Finds installed copies of every catalog tool in one bounded walk per account (and one for the
// machine):
// - Python distributions (<name>-<version>.dist-info / .egg-info, matched against every tool's
//   `installations.pip` in one pass) and entry points in bin/, in the user site, virtualenvs,
//   pipx, pyenv, poetry and conda environments, and in project environments (`.venv`, `venv`,
//   `env`, conda `envs/*`, any folder with `pyvenv.cfg`) in folders up to three levels below the
//   home; on the machine, /usr, /usr/local and /opt/conda;
// - npm packages (`installations.npm`) in the global prefixes (npm, nvm, Volta, pnpm, Yarn
//   classic, $NPM_CONFIG_PREFIX) and in projects' node_modules up to three levels below the home;
// - Debian packages (`installations.deb`) installed according to /var/lib/dpkg/status (machine).
// It never follows a symbolic link, lists each folder it visits once and at most kMaxEntries
// entries of it, skips hidden folders other than the known ones, never descends into
// node_modules or site-packages (it only looks up the named packages there), lists at most
// kMaxFolders folders, caps every file it reads and streams the dpkg status file.
class InstallFinder final {
public:
    // `tools` empty: the whole catalog.
    explicit InstallFinder(const RootFs &fs, const QList<const ToolSpec *> &tools = {});

    static constexpr int kProjectDepth = 3;
    static constexpr qsizetype kMaxEntries = 4096;
    // Folders a home walk lists at most (a home with thousands of folders at each of its three
    // levels stops there; the folders left out are named in cappedFolders).
    static constexpr qint64 kMaxFolders = 50000;

    // One walk of the account's home. `env` (optional) gives $NPM_CONFIG_PREFIX as its start-up
    // files set it.
    InstallIndex walkHome(const UserAccount &user, const EnvReport *env = nullptr) const;
    // One walk of the machine's shared places.
    InstallIndex walkMachine() const;

    // Copies of one tool inside the user's home, or the system's copies for user == nullptr.
    QList<Installation> find(const ToolSpec &tool, const UserAccount *user) const;

    // Names (or name prefixes ending in '*') whose presence makes a folder a project folder:
    // the first part of every project-scope input's path, and the JavaScript tools' markers.
    QStringList projectMarkers() const { return m_markers; }

    // PEP 503 form: lower case, runs of '-', '_' and '.' become one '-'.
    static QString normalizedName(const QString &name);

    // Splits "mlflow_skinny-3.7.0.dist-info" or "rasa-3.6.0-py3.10.egg-info" into name and version;
    // false when the entry is not distribution metadata.
    static bool parseMetadataName(const QString &entry, QString *name, QString *version, QString *kind);

private:
    friend class InstallWalker;

    const RootFs &m_fs;
    QHash<QString, QStringList> m_pip; // normalized distribution -> tool ids
    QHash<QString, QStringList> m_entryPoints; // command -> tool ids
    QHash<QString, QStringList> m_npm; // package -> tool ids
    QHash<QString, QStringList> m_deb; // Debian package -> tool ids
    QStringList m_markers;
    QStringList m_containers; // folders that hold a marker file ("gx", ".streamlit"): not projects themselves
};

} // namespace tlens
