#pragma once

#include "fs/rootfs.h"
#include "scanresult.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace tlens {

struct ScanOptions {
    QString root = QStringLiteral("/"); // everything is read inside this root
    QString home; // a home inside the root: scan just this account (--home)
    bool allUsers = false; // every account from <root>/etc/passwd with a home (else <root>/home/*)
    bool liveEnvironment = true; // compare with this process's environment (invoking user, root "/")
    QStringList tools; // tool ids to resolve; empty means all
    QHash<QString, QByteArray> overlay; // planned file contents (see RootFs::setOverlay)
};

// Runs a whole scan: accounts, their environment sources, discovery, resolution. Pure function of
// the files under the root (plus the live environment where asked); safe to run on a worker thread.
// It must never write anything.
class Scanner final {
    Q_DECLARE_TR_FUNCTIONS(Scanner)
public:
    using Progress = std::function<void(const QString &phase, qint64 done, qint64 total)>;

    // Returns false with a message naming the root when it is not a readable directory.
    static bool checkRoot(const QString &root, QString *error);

    static ScanResult scan(const ScanOptions &options, const Progress &progress = {},
                           const std::atomic_bool *cancel = nullptr);

    // The accounts a scan covers: --home, all users, or the invoking user.
    static QList<UserAccount> accounts(const RootFs &fs, const ScanOptions &options);
};

} // namespace tlens
