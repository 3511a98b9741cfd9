#pragma once

#include "catalog/catalog.h"
#include "common/useraccount.h"
#include "discovery.h"
#include "env/envreport.h"
#include "fs/rootfs.h"

#include <QCoreApplication>

namespace tlens {

// Reads the records a catalog entry describes as data: for each record the first path candidate
// whose variables are set (~, $HOME, $XDG_*, the tool's own variables from the account's
// environment), the value at the record's pointer (JSON pointer, YAML or INI key path, or the whole
// file), and what that identifier reveals. Secret files are listed, never read. A file that cannot
// be parsed becomes a Finding; nothing is ever written.
class RecordReader final {
    Q_DECLARE_TR_FUNCTIONS(RecordReader)
public:
    explicit RecordReader(const RootFs &fs);

    void read(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
              DiscoveredData *data) const;
    // The records of a machine-wide tool (machine_records "system-files") at absolute paths
    // (/etc/popularity-contest.conf): they belong to the machine, so read() leaves them out.
    void readMachine(const ToolSpec &tool, DiscoveredData *data) const;

    // Records that live inside an installed package ("<site-packages>/deepchecks/.user_id"): read
    // once for each site-packages folder that holds one of the tool's distributions.
    void readInstalled(const ToolSpec &tool, const QList<Installation> &installations,
                       DiscoveredData *data) const;

    // The first candidate whose variables are all set, expanded; empty when none is.
    static QString expand(const QStringList &candidates, const UserAccount &user, const EnvReport &env);

    // The value at `pointer` in a file of `format`; sets *error when the file cannot be parsed.
    static QString valueAt(const QString &format, const QString &pointer, const QByteArray &data,
                           QString *error);

private:
    void readRecord(const ToolSpec &tool, const RecordSpec &rec, const QString &path,
                    DiscoveredData *data) const;
    static Warning writtenWhileDisabled(const ToolSpec &tool, const QString &path);
    static bool isMachineRecord(const ToolSpec &tool, const RecordSpec &rec);

    const RootFs &m_fs;
};

} // namespace tlens
