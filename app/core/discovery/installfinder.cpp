#include "installfinder.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

#include <unistd.h>

namespace tlens {

namespace {

// site-packages and bin/ of a large environment hold thousands of entries; they are read whole up
// to this bound (one listing each), other folders up to InstallFinder::kMaxEntries.
constexpr qsizetype kMaxPackageEntries = 65536;
constexpr qint64 kMaxPackageJson = 256 * 1024;
constexpr qint64 kMaxDpkgStatus = 256LL * 1024 * 1024;
constexpr qsizetype kMaxDpkgLine = 64 * 1024;

// Environment roots inside a home's known hidden folders, relative to the home. Each holds
// lib/python3*/site-packages and bin/. Project environments elsewhere are found by the walk.
const QList<QStringList> &hiddenEnvironments()
{
    static const QList<QStringList> patterns {
        { QStringLiteral(".local") }, // pip install --user; entry points in ~/.local/bin
        { QStringLiteral(".virtualenvs"), QStringLiteral("*") }, // virtualenvwrapper
        { QStringLiteral(".pyenv"), QStringLiteral("versions"), QStringLiteral("*") },
        { QStringLiteral(".pyenv"), QStringLiteral("versions"), QStringLiteral("*"), QStringLiteral("envs"),
          QStringLiteral("*") },
        { QStringLiteral(".conda"), QStringLiteral("envs"), QStringLiteral("*") },
        { QStringLiteral(".local"), QStringLiteral("share"), QStringLiteral("virtualenvs"),
          QStringLiteral("*") }, // pipenv
        { QStringLiteral(".local"), QStringLiteral("pipx"), QStringLiteral("venvs"), QStringLiteral("*") },
        { QStringLiteral(".local"), QStringLiteral("share"), QStringLiteral("pipx"), QStringLiteral("venvs"),
          QStringLiteral("*") },
        { QStringLiteral(".cache"), QStringLiteral("pypoetry"), QStringLiteral("virtualenvs"),
          QStringLiteral("*") },
    };
    return patterns;
}

// Global npm folders inside a home (npm's own prefix, nvm, pnpm, Yarn classic).
const QList<QStringList> &homeNodeModules()
{
    static const QList<QStringList> patterns {
        { QStringLiteral(".npm-global"), QStringLiteral("lib"), QStringLiteral("node_modules") },
        { QStringLiteral(".local"), QStringLiteral("lib"), QStringLiteral("node_modules") },
        { QStringLiteral(".nvm"), QStringLiteral("versions"), QStringLiteral("node"), QStringLiteral("*"),
          QStringLiteral("lib"), QStringLiteral("node_modules") },
        { QStringLiteral(".local"), QStringLiteral("share"), QStringLiteral("pnpm"), QStringLiteral("global"),
          QStringLiteral("*"), QStringLiteral("node_modules") },
        { QStringLiteral(".config"), QStringLiteral("yarn"), QStringLiteral("global"),
          QStringLiteral("node_modules") },
    };
    return patterns;
}

// Folders of a project that hold a Python environment.
bool isProjectEnvironmentName(const QString &name)
{
    return name == QLatin1String(".venv") || name == QLatin1String("venv") || name == QLatin1String("env");
}

// Markers of JavaScript projects (their tools keep settings there).
const QStringList &javaScriptMarkers()
{
    static const QStringList markers { QStringLiteral("package.json"), QStringLiteral(".yarnrc.yml"),
                                       QStringLiteral(".nuxtrc"), QStringLiteral(".env*") };
    return markers;
}

// "prefix*" matches by prefix; a bare "*" skips hidden names, as a shell glob does.
bool matches(const QString &pattern, const QString &name)
{
    if (!pattern.endsWith(QLatin1Char('*')))
        return name == pattern;
    const QStringView prefix = QStringView(pattern).chopped(1);
    if (prefix.isEmpty() && name.startsWith(QLatin1Char('.')))
        return false;
    return name.startsWith(prefix);
}

QString joinInner(const QString &dir, const QString &name)
{
    return dir == QLatin1String("/") ? QString(QLatin1Char('/') + name)
                                     : QString(dir + QLatin1Char('/') + name);
}

void appendTools(QHash<QString, QStringList> *map, const QString &key, const QString &toolId)
{
    QStringList &ids = (*map)[key];
    if (!ids.contains(toolId))
        ids.append(toolId);
}

} // namespace

// One walk: the listings made, what was found, each installation once.
class InstallWalker final {
public:
    InstallWalker(const InstallFinder &finder, InstallIndex *index)
        : m_finder(finder)
        , m_index(index)
    { }

    // Each folder is listed once per walk, however many patterns pass it.
    QList<SafeDir::Entry> list(const SafeDir &dir, qsizetype limit = InstallFinder::kMaxEntries)
    {
        const auto cached = m_listings.constFind(dir.innerPath());
        if (cached != m_listings.constEnd())
            return cached.value();
        bool truncated = false;
        QList<SafeDir::Entry> entries = dir.entries(limit, &truncated);
        ++m_index->listings;
        if (truncated)
            m_index->cappedFolders.append(dir.innerPath());
        std::sort(entries.begin(), entries.end(),
                  [](const SafeDir::Entry &a, const SafeDir::Entry &b) { return a.name < b.name; });
        if (limit <= InstallFinder::kMaxEntries)
            m_listings.insert(dir.innerPath(), entries);
        return entries;
    }

    // `what` tells apart copies recorded in one file (the Debian packages in dpkg's status file).
    void add(const QString &toolId, const QString &version, const QString &path, const QString &kind,
             const QString &what = {})
    {
        const QString key = toolId + QLatin1Char('\n') + path + QLatin1Char('\n') + what;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_index->installations.append({ toolId, version, path, kind });
    }

    // Calls `visit` for each folder below `base` matching `parts`. Literal parts are opened with
    // openChild (a link is refused); wildcards list real folders only.
    void expand(const SafeDir &base, const QStringList &parts, qsizetype index,
                const std::function<void(const SafeDir &)> &visit)
    {
        if (index == parts.size()) {
            visit(base);
            return;
        }
        const QString &part = parts.at(index);
        if (!part.contains(QLatin1Char('*'))) {
            if (const auto child = base.openChild(part))
                expand(*child, parts, index + 1, visit);
            return;
        }
        const QList<SafeDir::Entry> entries = list(base);
        for (const SafeDir::Entry &e : entries) {
            if (e.type != SafeDir::Type::Directory || !matches(part, e.name))
                continue;
            if (const auto child = base.openChild(e.name))
                expand(*child, parts, index + 1, visit);
        }
    }

    // lib/python3*/{site,dist}-packages and bin/ of one environment.
    void scanEnvironment(const SafeDir &env, bool system)
    {
        const QString envKey = env.innerPath();
        if (m_environments.contains(envKey))
            return;
        m_environments.insert(envKey);
        QHash<QString, QString> versions; // tool -> first version in this environment
        if (const auto lib = env.openChild(QStringLiteral("lib"))) {
            const QList<SafeDir::Entry> pythons = list(*lib, kMaxPackageEntries);
            for (const SafeDir::Entry &py : pythons) {
                if (py.type != SafeDir::Type::Directory || !py.name.startsWith(QLatin1String("python3")))
                    continue;
                const auto pyDir = lib->openChild(py.name);
                if (!pyDir)
                    continue;
                const QStringList siteNames = system
                    ? QStringList { QStringLiteral("dist-packages"), QStringLiteral("site-packages") }
                    : QStringList { QStringLiteral("site-packages") };
                for (const QString &siteName : siteNames) {
                    const auto site = pyDir->openChild(siteName);
                    if (site)
                        scanSitePackages(*site, &versions);
                }
            }
        }
        if (m_finder.m_entryPoints.isEmpty())
            return;
        const auto bin = env.openChild(QStringLiteral("bin"));
        if (!bin)
            return;
        const QList<SafeDir::Entry> entries = list(*bin, kMaxPackageEntries);
        for (const SafeDir::Entry &e : entries) {
            const auto it = m_finder.m_entryPoints.constFind(e.name);
            if (it == m_finder.m_entryPoints.constEnd())
                continue;
            const QString path = joinInner(bin->innerPath(), e.name);
            // A linked entry point (pipx, update-alternatives) counts when it leads to a file inside
            // the root; the link is resolved inside the root, never opened.
            const bool present = e.type == SafeDir::Type::Regular
                || (e.type == SafeDir::Type::Symlink
                    && m_finder.m_fs.resolve(path).kind == RootFs::Kind::Regular);
            if (!present)
                continue;
            for (const QString &toolId : it.value())
                add(toolId, versions.value(toolId), path, QStringLiteral("entry-point"));
        }
    }

    void scanSitePackages(const SafeDir &site, QHash<QString, QString> *versions)
    {
        const QList<SafeDir::Entry> entries = list(site, kMaxPackageEntries);
        for (const SafeDir::Entry &e : entries) {
            if (e.type != SafeDir::Type::Directory && e.type != SafeDir::Type::Regular)
                continue;
            QString name;
            QString version;
            QString kind;
            if (!InstallFinder::parseMetadataName(e.name, &name, &version, &kind))
                continue;
            const auto it = m_finder.m_pip.constFind(InstallFinder::normalizedName(name));
            if (it == m_finder.m_pip.constEnd())
                continue;
            for (const QString &toolId : it.value()) {
                add(toolId, version, joinInner(site.innerPath(), e.name), kind);
                if (!versions->contains(toolId) && !version.isEmpty())
                    versions->insert(toolId, version);
            }
        }
    }

    // Looks up the named packages in a node_modules folder (never lists it).
    void scanNodeModules(const SafeDir &modules, const QString &kind, const QStringList &only = {})
    {
        for (auto it = m_finder.m_npm.constBegin(); it != m_finder.m_npm.constEnd(); ++it) {
            const QString &package = it.key();
            if (!only.isEmpty() && !only.contains(package))
                continue;
            std::unique_ptr<SafeDir> scope;
            const SafeDir *parent = &modules;
            QString leaf = package;
            if (package.startsWith(QLatin1Char('@'))) {
                scope = modules.openChild(package.section(QLatin1Char('/'), 0, 0));
                if (!scope)
                    continue;
                parent = scope.get();
                leaf = package.section(QLatin1Char('/'), 1);
            }
            const SafeDir::Type type = parent->childType(leaf);
            const QString path = joinInner(parent->innerPath(), leaf);
            if (type == SafeDir::Type::Symlink) {
                // pnpm links its packages into a store: installed, but the link is not followed.
                for (const QString &toolId : it.value())
                    add(toolId, QString(), path, kind);
                continue;
            }
            if (type != SafeDir::Type::Directory)
                continue;
            const auto dir = parent->openChild(leaf);
            if (!dir)
                continue;
            const RootFs::ReadResult read = dir->readFile(QStringLiteral("package.json"), kMaxPackageJson);
            if (!read.ok())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(read.data);
            if (!doc.isObject())
                continue;
            const QString version = doc.object().value(QLatin1String("version")).toString().left(64);
            for (const QString &toolId : it.value())
                add(toolId, version, path, kind);
        }
    }

    // Folders up to kProjectDepth below the home: project environments, node_modules, markers.
    void visit(const SafeDir &dir, int depth)
    {
        const QList<SafeDir::Entry> entries = list(dir);
        bool isEnvironment = false;
        bool isProject = false;
        for (const SafeDir::Entry &e : entries) {
            if ((e.name == QLatin1String("pyvenv.cfg") && e.type == SafeDir::Type::Regular)
                || (e.name == QLatin1String("conda-meta") && e.type == SafeDir::Type::Directory))
                isEnvironment = true;
            if (depth > 0 && e.type != SafeDir::Type::Symlink) {
                for (const QString &marker : m_finder.m_markers) {
                    if (matches(marker, e.name))
                        isProject = true;
                }
            }
        }
        if (isProject && !m_finder.m_containers.contains(dir.innerPath().section(QLatin1Char('/'), -1)))
            m_index->projects.append(dir.innerPath());
        // A folder right below the home may be an environment (~/venv, ~/miniconda3), as may any
        // folder with pyvenv.cfg or conda-meta.
        if (isEnvironment
            || (depth == 1 && !dir.innerPath().section(QLatin1Char('/'), -1).startsWith(QLatin1Char('.'))))
            scanEnvironment(dir, false);
        for (const SafeDir::Entry &e : entries) {
            if (e.type != SafeDir::Type::Directory)
                continue; // links are never followed
            if (e.name == QLatin1String("node_modules")) {
                if (const auto modules = dir.openChild(e.name))
                    scanNodeModules(*modules, QStringLiteral("npm-project"));
                continue;
            }
            if (e.name == QLatin1String("envs")) {
                if (const auto envs = dir.openChild(e.name))
                    expand(*envs, { QStringLiteral("*") }, 0,
                           [this](const SafeDir &env) { scanEnvironment(env, false); });
                continue;
            }
            if (isProjectEnvironmentName(e.name)
                || (depth == 0 && e.name.startsWith(QLatin1String(".venv")))) {
                if (const auto env = dir.openChild(e.name))
                    scanEnvironment(*env, false);
                continue;
            }
            if (isEnvironment || depth >= InstallFinder::kProjectDepth || e.name.startsWith(QLatin1Char('.'))
                || e.name == QLatin1String("site-packages") || e.name == QLatin1String("__pycache__"))
                continue;
            if (m_index->listings >= InstallFinder::kMaxFolders) {
                if (!m_index->cappedFolders.contains(dir.innerPath()))
                    m_index->cappedFolders.append(dir.innerPath());
                return;
            }
            if (const auto child = dir.openChild(e.name))
                visit(*child, depth + 1);
        }
    }

    // Streams /var/lib/dpkg/status: stanzas of installed packages some tool names.
    void scanDpkg(const SafeDir &dpkg)
    {
        const int fd = dpkg.openRegularFile(QStringLiteral("status"));
        if (fd < 0)
            return;
        const QString path = joinInner(dpkg.innerPath(), QStringLiteral("status"));
        QByteArray package;
        QByteArray version;
        bool installed = false;
        auto endStanza = [&]() {
            if (installed && !package.isEmpty()) {
                const auto it = m_finder.m_deb.constFind(QString::fromUtf8(package));
                if (it != m_finder.m_deb.constEnd()) {
                    for (const QString &toolId : it.value())
                        add(toolId, QString::fromUtf8(version), path, QStringLiteral("deb"),
                            QString::fromUtf8(package));
                }
            }
            package.clear();
            version.clear();
            installed = false;
        };
        auto line = [&](const QByteArray &l) {
            if (l.trimmed().isEmpty()) {
                endStanza();
            } else if (l.startsWith("Package:")) {
                package = l.mid(8).trimmed();
            } else if (l.startsWith("Version:")) {
                version = l.mid(8).trimmed().left(128);
            } else if (l.startsWith("Status:")) {
                installed = l.mid(7).trimmed() == "install ok installed";
            }
        };
        QByteArray pending;
        char buffer[64 * 1024];
        qint64 total = 0;
        bool skipping = false; // inside a line longer than kMaxDpkgLine
        while (total < kMaxDpkgStatus) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            total += n;
            qsizetype start = 0;
            for (qsizetype i = 0; i < n; ++i) {
                if (buffer[i] != '\n')
                    continue;
                if (!skipping) {
                    pending.append(buffer + start, i - start);
                    line(pending);
                }
                pending.clear();
                skipping = false;
                start = i + 1;
            }
            if (!skipping)
                pending.append(buffer + start, n - start);
            if (pending.size() > kMaxDpkgLine) {
                pending.clear();
                skipping = true;
            }
        }
        ::close(fd);
        if (!skipping && !pending.isEmpty())
            line(pending);
        endStanza();
    }

private:
    const InstallFinder &m_finder;
    InstallIndex *m_index;
    QSet<QString> m_seen;
    QSet<QString> m_environments;
    QHash<QString, QList<SafeDir::Entry>> m_listings;
};

QList<Installation> InstallIndex::forTool(const QString &toolId) const
{
    QList<Installation> out;
    for (const Installation &in : installations) {
        if (in.toolId == toolId)
            out.append(in);
    }
    return out;
}

InstallFinder::InstallFinder(const RootFs &fs, const QList<const ToolSpec *> &tools)
    : m_fs(fs)
{
    QList<const ToolSpec *> list = tools;
    if (list.isEmpty()) {
        for (const ToolSpec &t : Catalog::instance().tools())
            list.append(&t);
    }
    for (const ToolSpec *t : std::as_const(list)) {
        for (const QString &d : t->distributions)
            appendTools(&m_pip, normalizedName(d), t->id);
        for (const QString &ep : t->entryPoints)
            appendTools(&m_entryPoints, ep, t->id);
        for (const QString &p : t->npmPackages)
            appendTools(&m_npm, p, t->id);
        for (const QString &p : t->debPackages)
            appendTools(&m_deb, p, t->id);
        for (const InputSpec &in : t->inputs) {
            if (in.scope != QLatin1String("project"))
                continue;
            QStringList paths = in.candidates;
            if (!in.path.isEmpty())
                paths.prepend(in.path);
            for (const QString &p : std::as_const(paths)) {
                const QString first = p.section(QLatin1Char('/'), 0, 0, QString::SectionSkipEmpty);
                if (!first.isEmpty() && !m_markers.contains(first))
                    m_markers.append(first);
                if (p.contains(QLatin1Char('/')) && !m_containers.contains(first))
                    m_containers.append(first);
            }
        }
    }
    for (const QString &m : javaScriptMarkers()) {
        if (!m_markers.contains(m))
            m_markers.append(m);
    }
}

QString InstallFinder::normalizedName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool separator = false;
    for (const QChar c : name) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')) {
            separator = true;
            continue;
        }
        if (separator && !out.isEmpty())
            out += QLatin1Char('-');
        separator = false;
        out += c.toLower();
    }
    return out;
}

bool InstallFinder::parseMetadataName(const QString &entry, QString *name, QString *version, QString *kind)
{
    QString stem;
    if (entry.endsWith(QLatin1String(".dist-info"))) {
        stem = entry.chopped(10);
        *kind = QStringLiteral("dist-info");
    } else if (entry.endsWith(QLatin1String(".egg-info"))) {
        stem = entry.chopped(9);
        *kind = QStringLiteral("egg-info");
    } else {
        return false;
    }
    const qsizetype dash = stem.indexOf(QLatin1Char('-'));
    if (dash == 0 || stem.isEmpty())
        return false;
    if (dash < 0) {
        // A development install ("ray.egg-info") names no version; a dist-info always does.
        if (*kind == QLatin1String("dist-info"))
            return false;
        *name = stem;
        version->clear();
        return true;
    }
    *name = stem.left(dash);
    *version = stem.mid(dash + 1).section(QLatin1Char('-'), 0, 0);
    return true;
}

static void sortIndex(InstallIndex *index)
{
    std::sort(index->installations.begin(), index->installations.end(),
              [](const Installation &a, const Installation &b) {
                  if (a.path != b.path)
                      return a.path < b.path;
                  return a.toolId != b.toolId ? a.toolId < b.toolId : a.version < b.version;
              });
    index->projects.sort();
}

InstallIndex InstallFinder::walkHome(const UserAccount &user, const EnvReport *env) const
{
    InstallIndex index;
    if (user.home.isEmpty())
        return index;
    const auto home = m_fs.openDir(user.home);
    if (!home)
        return index;
    InstallWalker walker(*this, &index);
    walker.visit(*home, 0);
    for (const QStringList &pattern : hiddenEnvironments())
        walker.expand(*home, pattern, 0, [&walker](const SafeDir &e) { walker.scanEnvironment(e, false); });
    if (!m_npm.isEmpty()) {
        const QString global = QStringLiteral("npm-global");
        for (const QStringList &pattern : homeNodeModules())
            walker.expand(*home, pattern, 0, [&](const SafeDir &m) { walker.scanNodeModules(m, global); });
        // Volta keeps each package in its own image: packages/<pkg>/lib/node_modules/<pkg>.
        for (auto it = m_npm.constBegin(); it != m_npm.constEnd(); ++it) {
            QStringList parts { QStringLiteral(".volta"), QStringLiteral("tools"), QStringLiteral("image"),
                                QStringLiteral("packages") };
            parts += it.key().split(QLatin1Char('/'));
            parts += { QStringLiteral("lib"), QStringLiteral("node_modules") };
            walker.expand(*home, parts, 0,
                          [&](const SafeDir &m) { walker.scanNodeModules(m, global, { it.key() }); });
        }
        if (env) {
            const auto prefix = env->effective(QStringLiteral("NPM_CONFIG_PREFIX"));
            if (prefix && prefix->value.startsWith(QLatin1Char('/'))) {
                const QString modules
                    = RootFs::cleanInner(prefix->value + QStringLiteral("/lib/node_modules"));
                const int fd = m_fs.openDirNoFollow(modules);
                if (fd >= 0) {
                    const SafeDir dir(fd, modules);
                    walker.scanNodeModules(dir, global);
                }
            }
        }
    }
    sortIndex(&index);
    return index;
}

InstallIndex InstallFinder::walkMachine() const
{
    InstallIndex index;
    InstallWalker walker(*this, &index);
    auto open = [this](const QString &inner) -> std::unique_ptr<SafeDir> {
        const int fd = m_fs.openDirNoFollow(inner);
        return fd < 0 ? nullptr : std::make_unique<SafeDir>(fd, inner);
    };
    if (!m_pip.isEmpty() || !m_entryPoints.isEmpty()) {
        for (const QString &root :
             { QStringLiteral("/usr"), QStringLiteral("/usr/local"), QStringLiteral("/opt/conda") }) {
            if (const auto dir = open(root))
                walker.scanEnvironment(*dir, true);
        }
        if (const auto conda = open(QStringLiteral("/opt/conda/envs")))
            walker.expand(*conda, { QStringLiteral("*") }, 0,
                          [&walker](const SafeDir &e) { walker.scanEnvironment(e, true); });
    }
    if (!m_npm.isEmpty()) {
        for (const QString &dir :
             { QStringLiteral("/usr/lib/node_modules"), QStringLiteral("/usr/local/lib/node_modules") }) {
            if (const auto modules = open(dir))
                walker.scanNodeModules(*modules, QStringLiteral("npm-global"));
        }
    }
    if (!m_deb.isEmpty()) {
        if (const auto dpkg = open(QStringLiteral("/var/lib/dpkg")))
            walker.scanDpkg(*dpkg);
    }
    sortIndex(&index);
    return index;
}

QList<Installation> InstallFinder::find(const ToolSpec &tool, const UserAccount *user) const
{
    const InstallIndex index = user ? walkHome(*user) : walkMachine();
    return index.forTool(tool.id);
}

} // namespace tlens
