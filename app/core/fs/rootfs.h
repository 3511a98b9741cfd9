#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace tlens {

class SafeDir;

// Read-only, hostile-tolerant access to a filesystem tree that is treated as "/" (a mounted image
// under --root, or the live system). Symlinks are resolved component by component *inside* the
// root: an absolute link target is re-rooted, ".." never climbs above the root, so nothing outside
// the root is ever opened. Only regular files are opened for reading (FIFOs, devices and
// directories are reported, never opened), and files above a size cap are reported, not loaded.
// It must never write, and never follow a link out of the confinement a caller asks for.
class RootFs final {
    Q_DECLARE_TR_FUNCTIONS(RootFs)
public:
    enum class Kind { Missing, Regular, Directory, Special, Loop, Escapes, Denied, NotDirectory };

    struct Resolved {
        QString inner; // the resolved path as seen inside the root
        Kind kind = Kind::Missing;
        bool viaSymlink = false; // some component was a symlink
        QString errorText;
        bool exists() const
        {
            return kind == Kind::Regular || kind == Kind::Directory || kind == Kind::Special;
        }
    };

    enum class ReadStatus { Ok, Missing, NotRegular, TooLarge, Unreadable, Escapes };

    struct ReadResult {
        QByteArray data;
        ReadStatus status = ReadStatus::Missing;
        QString resolved; // the path inside the root that was read (after links)
        qint64 size = 0;
        qint64 mtimeMs = 0;
        qint64 ownerUid = -1;
        uint mode = 0;
        QString errorText; // translated, names the file; empty when Ok or Missing
        bool ok() const { return status == ReadStatus::Ok; }
    };

    static constexpr qint64 kDefaultMaxBytes = 4 * 1024 * 1024;

    explicit RootFs(const QString &root = QStringLiteral("/"));

    QString root() const { return m_root; }
    bool isHostRoot() const { return m_root == QLatin1String("/"); }

    // Host path of an inner path without resolving anything (for messages and for writers that
    // resolve separately).
    QString hostPath(const QString &inner) const;

    // Resolves every symlink inside the root. With a non-empty confine (an inner directory), a path
    // that ends outside it is reported as Escapes.
    Resolved resolve(const QString &inner, const QString &confine = {}) const;

    ReadResult readFile(const QString &inner, qint64 maxBytes = kDefaultMaxBytes,
                        const QString &confine = {}) const;

    // Opens a directory for fast, link-safe iteration of its children (see SafeDir).
    std::unique_ptr<SafeDir> openDir(const QString &inner, const QString &confine = {}) const;

    // Names in a directory (resolved inside the root), sorted; empty when it is not a directory.
    QStringList entries(const QString &innerDir) const;

    // The files of a folder whose names match `pattern`, as run-parts --list --regex lists them: in
    // lexical order, folders left out. At most `limit` paths (inner); *truncated tells if more matched.
    QStringList filesMatching(const QString &innerDir, const QString &pattern, qsizetype limit = 256,
                              bool *truncated = nullptr) const;

    // For writers: opens the inner folder `inner` walking from the root with O_NOFOLLOW |
    // O_DIRECTORY, so that a link anywhere on the way makes it fail instead of being followed.
    // Returns a descriptor the caller closes, or -1 with errno set. Opening is not writing.
    int openDirNoFollow(const QString &inner) const;

    // Planned contents that readFile() and entries() see instead of the disk, keyed by resolved
    // inner path: the opt-out planner re-resolves every tool against the files it is about to write.
    void setOverlay(const QHash<QString, QByteArray> &files) { m_overlay = files; }
    const QHash<QString, QByteArray> &overlay() const { return m_overlay; }

    bool isDirectory(const QString &inner) const { return resolve(inner).kind == Kind::Directory; }

    static QString cleanInner(const QString &inner);
    // Whether inner path `path` is `dir` or lies below it (both already clean).
    static bool isInside(const QString &path, const QString &dir);
    // The folder holding an inner path ("/" for a top-level entry).
    static QString parentOf(const QString &inner);
    static QString describe(ReadStatus status);

private:
    int walk(const QString &inner, QString *resolvedInner, Kind *kind, bool *viaLink,
             QString *lastName) const;

    QString m_root;
    QHash<QString, QByteArray> m_overlay;
};

// A directory opened by file descriptor. Children are opened relative to it with O_NOFOLLOW: a
// symlink child is never followed (the caller sees it as a link), so a hostile temp directory
// cannot redirect reads elsewhere. Used on hot paths (thousands of report folders).
class SafeDir final {
public:
    enum class Type { Unknown, Regular, Directory, Symlink, Special };
    struct Entry {
        QString name;
        Type type = Type::Unknown;
    };

    explicit SafeDir(int fd, QString inner);
    ~SafeDir();
    SafeDir(const SafeDir &) = delete;
    SafeDir &operator=(const SafeDir &) = delete;

    QString innerPath() const { return m_inner; }
    QList<Entry> entries() const;
    // At most `limit` entries, in the order the file system lists them; *truncated says whether
    // more were left unread. Bounded walks use it so that a huge folder costs a bounded listing.
    QList<Entry> entries(qsizetype limit, bool *truncated) const;
    // The type of one child without following it (a link is reported as Symlink); Unknown when
    // it does not exist.
    Type childType(const QString &name) const;
    std::unique_ptr<SafeDir> openChild(const QString &name) const;
    // Opens a regular child file for streaming reads (never a link, FIFO or device): a descriptor
    // the caller closes, or -1.
    int openRegularFile(const QString &name) const;
    RootFs::ReadResult readFile(const QString &name, qint64 maxBytes = RootFs::kDefaultMaxBytes) const;
    qint64 ownerUid() const;

private:
    int m_fd;
    QString m_inner;
};

} // namespace tlens
