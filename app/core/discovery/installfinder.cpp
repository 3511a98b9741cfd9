#include "installfinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace tlens {

namespace {

// A folder listing larger than this is not a place where environments live; stop there.
constexpr int kMaxWildcardMatches = 2048;

// Environment roots inside a home, relative to it. Each root holds lib/python3*/site-packages and
// bin/. Depth is fixed so the walk stays bounded whatever the home contains.
const QList<QStringList> &homeEnvironments()
{
    static const QList<QStringList> patterns {
        { QStringLiteral(".local") }, // pip install --user; entry points in ~/.local/bin
        { QStringLiteral("*") }, // ~/venv, ~/miniconda3, ~/anaconda3, ~/miniforge3 base environments
        { QStringLiteral("*"), QStringLiteral("envs"), QStringLiteral("*") }, // conda environments
        { QStringLiteral("*"), QStringLiteral(".venv") }, // a project's own environment
        { QStringLiteral("*"), QStringLiteral("venv") },
        { QStringLiteral(".venv*") },
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

struct SystemRoot {
    QString path;
    QStringList below; // environments below path (empty: path itself)
};

const QList<SystemRoot> &systemEnvironments()
{
    static const QList<SystemRoot> roots {
        { QStringLiteral("/usr"), {} },
        { QStringLiteral("/usr/local"), {} },
        { QStringLiteral("/opt/conda"), {} },
        { QStringLiteral("/opt/conda"), { QStringLiteral("envs"), QStringLiteral("*") } },
    };
    return roots;
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

QList<SafeDir::Entry> sortedEntries(const SafeDir &dir)
{
    QList<SafeDir::Entry> entries = dir.entries();
    std::sort(entries.begin(), entries.end(),
              [](const SafeDir::Entry &a, const SafeDir::Entry &b) { return a.name < b.name; });
    return entries;
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
    int matched = 0;
    const QList<SafeDir::Entry> entries = sortedEntries(base);
    for (const SafeDir::Entry &e : entries) {
        if (e.type != SafeDir::Type::Directory || !matches(part, e.name))
            continue;
        if (++matched > kMaxWildcardMatches)
            return;
        if (const auto child = base.openChild(e.name))
            expand(*child, parts, index + 1, visit);
    }
}

QString joinInner(const QString &dir, const QString &name)
{
    return dir == QLatin1String("/") ? QString(QLatin1Char('/') + name)
                                     : QString(dir + QLatin1Char('/') + name);
}

} // namespace

InstallFinder::InstallFinder(const RootFs &fs)
    : m_fs(fs)
{ }

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

QList<Installation> InstallFinder::find(const ToolSpec &tool, const UserAccount *user) const
{
    QSet<QString> wanted;
    for (const QString &d : tool.distributions)
        wanted.insert(normalizedName(d));
    QList<Installation> out;
    QSet<QString> seen;
    auto add = [&](const Installation &in) {
        if (!seen.contains(in.path)) {
            seen.insert(in.path);
            out.append(in);
        }
    };

    auto scanEnvironment = [&](const SafeDir &env, bool system) {
        QString envVersion;
        const QStringList siteNames = system
            ? QStringList { QStringLiteral("dist-packages"), QStringLiteral("site-packages") }
            : QStringList { QStringLiteral("site-packages") };
        for (const QString &siteName : siteNames) {
            expand(env, { QStringLiteral("lib"), QStringLiteral("python3*"), siteName }, 0,
                   [&](const SafeDir &site) {
                       const QList<SafeDir::Entry> entries = sortedEntries(site);
                       for (const SafeDir::Entry &e : entries) {
                           if (e.type != SafeDir::Type::Directory && e.type != SafeDir::Type::Regular)
                               continue;
                           QString name;
                           QString version;
                           QString kind;
                           if (!parseMetadataName(e.name, &name, &version, &kind)
                               || !wanted.contains(normalizedName(name)))
                               continue;
                           add({ tool.id, version, joinInner(site.innerPath(), e.name), kind });
                           if (envVersion.isEmpty())
                               envVersion = version;
                       }
                   });
        }
        if (tool.entryPoints.isEmpty())
            return;
        const auto bin = env.openChild(QStringLiteral("bin"));
        if (!bin)
            return;
        QHash<QString, SafeDir::Type> names;
        const QList<SafeDir::Entry> entries = bin->entries();
        for (const SafeDir::Entry &e : entries) {
            if (tool.entryPoints.contains(e.name))
                names.insert(e.name, e.type);
        }
        for (const QString &ep : tool.entryPoints) {
            const auto it = names.constFind(ep);
            if (it == names.constEnd())
                continue;
            const QString path = joinInner(bin->innerPath(), ep);
            // A linked entry point (pipx, update-alternatives) counts when it leads to a file inside the
            // root.
            const bool present = it.value() == SafeDir::Type::Regular
                || (it.value() == SafeDir::Type::Symlink && m_fs.resolve(path).kind == RootFs::Kind::Regular);
            if (present)
                add({ tool.id, envVersion, path, QStringLiteral("entry-point") });
        }
    };

    if (user) {
        if (user->home.isEmpty())
            return out;
        const auto home = m_fs.openDir(user->home);
        if (!home)
            return out;
        for (const QStringList &pattern : homeEnvironments())
            expand(*home, pattern, 0, [&](const SafeDir &env) { scanEnvironment(env, false); });
    } else {
        for (const SystemRoot &root : systemEnvironments()) {
            const auto dir = m_fs.openDir(root.path);
            if (dir)
                expand(*dir, root.below, 0, [&](const SafeDir &env) { scanEnvironment(env, true); });
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Installation &a, const Installation &b) { return a.path < b.path; });
    return out;
}

} // namespace tlens
