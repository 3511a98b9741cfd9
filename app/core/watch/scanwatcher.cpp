#include "scanwatcher.h"

#include "fs/rootfs.h"

#include "catalog/catalog.h"
#include "env/envsources.h"

#include <QSet>

#include <algorithm>

namespace tlens {

namespace {

// Ordered, de-duplicated inner paths that exist inside the root.
class PathSet {
public:
    explicit PathSet(const RootFs &fs)
        : m_fs(fs)
    { }

    // The file itself when it exists, and the nearest existing folder above it (which reports its
    // creation, deletion or replacement by rename, as editors and atomic writers do).
    void addFile(const QString &inner)
    {
        if (inner.isEmpty())
            return;
        const QString clean = RootFs::cleanInner(inner);
        const RootFs::Resolved r = m_fs.resolve(clean);
        if (r.kind == RootFs::Kind::Regular)
            add(r.inner);
        addNearestFolder(RootFs::parentOf(clean));
    }

    void addNearestFolder(QString inner)
    {
        for (int depth = 0; depth < 64; ++depth) {
            const RootFs::Resolved r = m_fs.resolve(inner);
            if (r.kind == RootFs::Kind::Directory) {
                add(r.inner);
                return;
            }
            if (inner == QLatin1String("/"))
                return;
            inner = RootFs::parentOf(inner);
        }
    }

    void addFolder(const QString &inner)
    {
        const RootFs::Resolved r = m_fs.resolve(RootFs::cleanInner(inner));
        if (r.kind == RootFs::Kind::Directory)
            add(r.inner);
    }

    // The container and its newest sub-folders (report folder names sort by time for every tool).
    void addContainer(const QString &inner)
    {
        const RootFs::Resolved r = m_fs.resolve(RootFs::cleanInner(inner));
        if (r.kind != RootFs::Kind::Directory)
            return;
        add(r.inner);
        QStringList names = m_fs.entries(r.inner);
        std::sort(names.begin(), names.end(), std::greater<>());
        int taken = 0;
        for (const QString &name : std::as_const(names)) {
            if (taken >= ScanWatcher::kNewestFoldersWatched)
                break;
            const QString child = r.inner == QLatin1String("/") ? QString(QLatin1Char('/') + name)
                                                                : QString(r.inner + QLatin1Char('/') + name);
            const RootFs::Resolved c = m_fs.resolve(child, r.inner);
            // A link (session_latest) is reported through its target, which is listed on its own.
            if (c.kind == RootFs::Kind::Directory && !c.viaSymlink) {
                add(c.inner);
                ++taken;
            }
        }
    }

    QStringList paths() const { return m_paths; }

private:
    void add(const QString &inner)
    {
        if (m_paths.size() < ScanWatcher::kMaxWatched && !m_seen.contains(inner)) {
            m_seen.insert(inner);
            m_paths.append(inner);
        }
    }

    const RootFs &m_fs;
    QStringList m_paths;
    QSet<QString> m_seen;
};

QString expandHome(const QString &path, const QString &home)
{
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")))
        return home + path.mid(1);
    return path;
}

} // namespace

ScanWatcher::ScanWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultQuietMs);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ScanWatcher::noteChange);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ScanWatcher::noteChange);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_paused || m_pending.isEmpty())
            return;
        const QStringList paths = m_pending;
        m_pending.clear();
        Q_EMIT changed(paths);
    });
}

void ScanWatcher::noteChange(const QString &path)
{
    m_touched.insert(path);
    if (!m_pending.contains(path))
        m_pending.append(path);
    // Restarting the timer on every event folds a burst into one signal.
    m_debounce.start();
}

void ScanWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && !m_pending.isEmpty())
        m_debounce.start();
}

QStringList ScanWatcher::pathsToWatch(const ScanResult &result, const ScanOptions &options)
{
    RootFs fs(options.root);
    PathSet set(fs);
    // Report folders first: they are what changes most and what the user waits to see.
    QStringList containers;
    const auto addArtifacts = [&](const QList<Artifact> &artifacts) {
        for (const Artifact &a : artifacts) {
            if (a.kind == QLatin1String("report")) {
                const QString container = RootFs::parentOf(RootFs::parentOf(a.path));
                if (!containers.contains(container))
                    containers.append(container);
            } else {
                set.addFile(a.path);
            }
        }
    };
    for (const MachineToolData &m : result.machine.tools) {
        for (const QString &location : m.locations) {
            set.addNearestFolder(RootFs::cleanInner(location));
            if (!containers.contains(RootFs::cleanInner(location)))
                containers.append(RootFs::cleanInner(location));
        }
        addArtifacts(m.artifacts);
    }
    for (const UserScan &user : result.users) {
        for (const ToolStatus &tool : user.tools)
            addArtifacts(tool.artifacts);
    }
    for (const QString &c : std::as_const(containers))
        set.addContainer(c);

    // Settings: every input read from a file, every config file the catalog names (even when it
    // does not exist yet), and the start-up files of each account's shell and session.
    const EnvSources envSources(fs);
    for (const UserScan &user : result.users) {
        for (const ToolStatus &tool : user.tools) {
            for (const Input &in : tool.inputs)
                set.addFile(in.file);
            if (const ToolSpec *spec = Catalog::instance().tool(tool.toolId)) {
                for (const InputSpec &is : spec->inputs) {
                    if (is.kind == QLatin1String("config") && is.path.startsWith(QLatin1Char('~')))
                        set.addFile(expandHome(is.path, user.account.home));
                }
            }
        }
        const EnvReport env = envSources.read(user.account);
        for (const EnvSourceFile &f : env.files) {
            if (f.exists)
                set.addFile(f.path);
        }
        set.addFolder(user.account.home);
    }
    return set.paths();
}

void ScanWatcher::setPaths(const QString &root, const QStringList &innerPaths)
{
    QString base = root;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QSet<QString> wanted;
    for (const QString &inner : innerPaths)
        wanted.insert(inner == QLatin1String("/") ? (base.isEmpty() ? QStringLiteral("/") : base)
                                                  : base + inner);

    // A watched file that was replaced (an atomic save) lost its kernel watch: watch it afresh.
    QStringList stale;
    const QStringList current = m_watcher.files() + m_watcher.directories();
    QSet<QString> have;
    for (const QString &p : current) {
        if (wanted.contains(p) && !m_touched.contains(p))
            have.insert(p);
        else
            stale.append(p);
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    QStringList add;
    for (const QString &p : std::as_const(wanted)) {
        if (!have.contains(p))
            add.append(p);
    }
    if (!add.isEmpty())
        m_watcher.addPaths(add);
    m_touched.clear();
}

QStringList ScanWatcher::watchedPaths() const
{
    return m_watcher.files() + m_watcher.directories();
}

} // namespace tlens
