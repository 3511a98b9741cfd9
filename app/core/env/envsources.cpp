#include "envsources.h"

#include "envparser.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringDecoder>

namespace tlens {

namespace {

using Syntax = EnvSources::Syntax;

QString graphicalContext()
{
    return QStringLiteral("graphical");
}
QString loginContext()
{
    return QStringLiteral("login");
}
QString interactiveContext()
{
    return QStringLiteral("interactive");
}
QString otherShellContext()
{
    return QStringLiteral("other-shell");
}
QString shadowedContext()
{
    return QStringLiteral("shadowed");
}

bool isInside(const QString &path, const QString &dir)
{
    return !dir.isEmpty() && RootFs::isInside(path, dir);
}

QString join(const QString &dir, const QString &name)
{
    return dir == QLatin1String("/") ? QString(QLatin1Char('/') + name)
                                     : QString(dir + QLatin1Char('/') + name);
}

// A place in the order in which the session and the shell read their files.
struct Place {
    QString path;
    QString context;
    Syntax syntax = Syntax::Posix;
    bool wanted = true; // the session or shell reads this place
    QString note; // why not, when !wanted
};

// One read() call: keeps the files read so far, so each is read once however often it is sourced.
class Reader final {
public:
    Reader(const RootFs &fs, const UserAccount &user)
        : m_fs(fs)
        , m_user(user)
        , m_shell(user.shellName())
    {
        if (!user.home.isEmpty()) {
            m_home = RootFs::cleanInner(user.home);
            m_homeResolved = m_fs.resolve(m_home).inner;
        }
    }

    EnvReport run()
    {
        const QList<Place> places = order();

        // One application per file: at its last wanted place.
        QList<RootFs::ReadResult> reads;
        QHash<QString, qsizetype> lastPlace;
        for (qsizetype i = 0; i < places.size(); ++i) {
            reads.append(load(places[i].path));
            if (places[i].wanted && exists(reads[i]))
                lastPlace.insert(reads[i].resolved, i);
        }
        for (auto it = lastPlace.cbegin(); it != lastPlace.cend(); ++it)
            m_ownPlaces.insert(it.key());

        QList<EnvEvent> applied;
        for (qsizetype i = 0; i < places.size(); ++i) {
            const Place &p = places[i];
            EnvSourceFile f;
            f.path = p.path;
            f.context = p.context;
            f.exists = exists(reads[i]);
            f.applied = f.exists && p.wanted && lastPlace.value(reads[i].resolved, -1) == i;
            if (f.exists && !p.wanted) {
                f.note = p.note;
            } else if (f.exists && !f.applied) {
                f.note = EnvSources::tr("Read once, at its later place in the order (%1).")
                             .arg(places[lastPlace.value(reads[i].resolved)].context);
            }
            m_report.files.append(f);
            if (f.applied)
                applyFile(p.path, p.syntax, p.context, false, false, 0, {}, &applied, true);
        }
        EnvParser::resolveExports(applied);
        take(applied, &m_report.assignments);

        for (const Place &p : otherShellFiles()) {
            const RootFs::ReadResult r = load(p.path);
            if (!exists(r) || m_appliedResolved.contains(r.resolved))
                continue;
            EnvSourceFile f;
            f.path = p.path;
            f.context = otherShellContext();
            f.exists = true;
            f.note = p.note;
            m_report.files.append(f);
            QList<EnvEvent> events;
            applyFile(p.path, p.syntax, otherShellContext(), false, false, 0, {}, &events, false);
            EnvParser::resolveExports(events);
            take(events, &m_report.otherShell);
        }

        QSet<QString> skipped;
        for (qsizetype i = 0; i < places.size(); ++i) {
            const Place &p = places[i];
            const QString resolved = reads[i].resolved;
            if (p.wanted || !exists(reads[i]) || m_appliedResolved.contains(resolved)
                || skipped.contains(resolved))
                continue;
            skipped.insert(resolved);
            QList<EnvEvent> events;
            applyFile(p.path, p.syntax, shadowedContext(), false, false, 0, {}, &events, false);
            EnvParser::resolveExports(events);
            take(events, &m_report.notApplied);
        }
        return std::move(m_report);
    }

private:
    static bool exists(const RootFs::ReadResult &r) { return r.status != RootFs::ReadStatus::Missing; }

    static void take(QList<EnvEvent> &events, QList<EnvAssignment> *out)
    {
        out->reserve(out->size() + events.size());
        for (EnvEvent &e : events) {
            if (e.kind == EnvEvent::Kind::Assign)
                out->append(std::move(e.assignment));
        }
    }

    QString homeFile(const QString &relative) const { return join(m_home, relative); }

    QString shellLabel() const
    {
        if (!m_shell.isEmpty())
            return m_shell;
        return m_user.shell.isEmpty() ? EnvSources::tr("an unknown shell")
                                      : QFileInfo(m_user.shell).fileName();
    }

    // Debian and Ubuntu display managers (Xsession) read ~/.profile. An image that names no
    // distribution is taken to be one of them, the platform this dashboard targets.
    bool debianDisplayManager() const
    {
        if (m_fs.resolve(QStringLiteral("/etc/debian_version")).kind == RootFs::Kind::Regular)
            return true;
        RootFs::ReadResult r = m_fs.readFile(QStringLiteral("/etc/os-release"), 64 * 1024);
        if (!r.ok())
            r = m_fs.readFile(QStringLiteral("/usr/lib/os-release"), 64 * 1024);
        if (!r.ok())
            return true;
        const QList<QByteArray> lines = r.data.split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("ID=") && !line.startsWith("ID_LIKE="))
                continue;
            const QByteArray value = line.mid(line.indexOf('=') + 1).toLower();
            if (value.contains("debian") || value.contains("ubuntu"))
                return true;
        }
        return false;
    }

    void addGlob(QList<Place> *places, const QString &dir, const QString &suffix, const QString &context,
                 Syntax syntax) const
    {
        const QStringList names = m_fs.entries(dir);
        for (const QString &name : names) {
            if (name.startsWith(QLatin1Char('.')) || !name.endsWith(suffix))
                continue;
            places->append({ join(dir, name), context, syntax, true, {} });
        }
    }

    // systemd's environment.d: the *.conf files of every directory, ordered by file name; of files
    // with the same name, only the one in the directory that comes first here is read.
    void addEnvironmentD(QList<Place> *places) const
    {
        const QStringList dirs
            = { homeFile(QStringLiteral(".config/environment.d")), QStringLiteral("/etc/environment.d"),
                QStringLiteral("/run/environment.d"), QStringLiteral("/usr/local/lib/environment.d"),
                QStringLiteral("/usr/lib/environment.d") };
        QMap<QString, QStringList> byName; // name -> directories holding it, first one wins
        for (const QString &dir : dirs) {
            const QStringList names = m_fs.entries(dir);
            for (const QString &name : names) {
                if (!name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".conf")))
                    byName[name].append(dir);
            }
        }
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            const QString winner = join(it.value().first(), it.key());
            places->append({ winner, graphicalContext(), Syntax::EnvironmentD, true, {} });
            for (qsizetype k = 1; k < it.value().size(); ++k)
                places->append({ join(it.value().at(k), it.key()), graphicalContext(), Syntax::EnvironmentD,
                                 false,
                                 EnvSources::tr("%1 has the same name and replaces it.").arg(winner) });
        }
    }

    // The ZDOTDIR a zsh start-up file sets, as a literal path, when it does so unconditionally.
    QString zdotdirSetIn(const QString &path)
    {
        const RootFs::ReadResult r = load(path);
        if (!r.ok())
            return {};
        const QList<EnvAssignment> list
            = EnvSources::parse(r.data, Syntax::Posix, path, QStringLiteral("zsh"), nullptr, m_home);
        QString dir;
        for (const EnvAssignment &a : list) {
            if (a.key != QLatin1String("ZDOTDIR") || a.conditional)
                continue;
            dir = a.op == EnvAssignment::Op::Set && a.literal && a.value.startsWith(QLatin1Char('/'))
                ? RootFs::cleanInner(a.value)
                : QString();
        }
        return dir;
    }

    QList<Place> order()
    {
        QList<Place> places;
        const bool hasHome = !m_home.isEmpty();
        places.append(
            { QStringLiteral("/etc/environment"), graphicalContext(), Syntax::EnvironmentFile, true, {} });
        if (hasHome) {
            places.append({ homeFile(QStringLiteral(".pam_environment")),
                            graphicalContext(),
                            Syntax::PamEnvironment,
                            true,
                            {} });
            addEnvironmentD(&places);
            const bool debian = debianDisplayManager();
            places.append(
                { homeFile(QStringLiteral(".profile")), graphicalContext(), Syntax::Posix, debian,
                  debian ? QString()
                         : EnvSources::tr("Only the display managers of Debian and Ubuntu read ~/.profile; "
                                          "this system's does not.") });
        }
        if (m_shell == QLatin1String("bash") || m_shell == QLatin1String("sh")) {
            places.append({ QStringLiteral("/etc/profile"), loginContext(), Syntax::Posix, true, {} });
            addGlob(&places, QStringLiteral("/etc/profile.d"), QStringLiteral(".sh"), loginContext(),
                    Syntax::Posix);
        }
        if (m_shell == QLatin1String("bash")) {
            const QStringList login = { QStringLiteral(".bash_profile"), QStringLiteral(".bash_login"),
                                        QStringLiteral(".profile") };
            qsizetype first = -1;
            for (qsizetype k = 0; hasHome && k < login.size() && first < 0; ++k) {
                if (exists(load(homeFile(login[k]))))
                    first = k;
            }
            for (qsizetype k = 0; hasHome && k < login.size(); ++k) {
                const bool wanted = first < 0 || k == first;
                places.append({ homeFile(login[k]), loginContext(), Syntax::Posix, wanted,
                                wanted
                                    ? QString()
                                    : EnvSources::tr("bash reads only the first existing of ~/.bash_profile, "
                                                     "~/.bash_login and ~/.profile, which here is %1.")
                                          .arg(homeFile(login[first])) });
            }
            places.append(
                { QStringLiteral("/etc/bash.bashrc"), interactiveContext(), Syntax::Posix, true, {} });
            if (hasHome)
                places.append(
                    { homeFile(QStringLiteral(".bashrc")), interactiveContext(), Syntax::Posix, true, {} });
        } else if (m_shell == QLatin1String("sh") && hasHome) {
            places.append({ homeFile(QStringLiteral(".profile")), loginContext(), Syntax::Posix, true, {} });
        } else if (m_shell == QLatin1String("zsh")) {
            // A login zsh reads zshenv, zprofile, zshrc and zlogin, the system's file before the
            // user's; the user's come from $ZDOTDIR, which a zshenv may set (default: the home).
            const QString zsh = QStringLiteral("zsh");
            const QString etcZshenv = QStringLiteral("/etc/zsh/zshenv");
            places.append({ etcZshenv, zsh, Syntax::Posix, true, {} });
            QString dotdir = m_home;
            // The user's file in `dir`, and the one in the home when ZDOTDIR moved it elsewhere.
            auto addUserFile = [&](const QString &dir, const QString &name, const QString &context) {
                if (dir.isEmpty())
                    return;
                const QString path = join(dir, QLatin1Char('.') + name);
                places.append({ path, context, Syntax::Posix, true, {} });
                if (hasHome && dir != m_home)
                    places.append(
                        { homeFile(QLatin1Char('.') + name), context, Syntax::Posix, false,
                          EnvSources::tr("zsh reads %1 instead: ZDOTDIR is set to %2.").arg(path, dir) });
            };
            if (const QString set = zdotdirSetIn(etcZshenv); !set.isEmpty())
                dotdir = set;
            addUserFile(dotdir, QStringLiteral("zshenv"), zsh);
            if (!dotdir.isEmpty()) {
                if (const QString set = zdotdirSetIn(join(dotdir, QStringLiteral(".zshenv"))); !set.isEmpty())
                    dotdir = set;
            }
            const std::pair<const char *, QString> rest[] = { { "zprofile", loginContext() },
                                                              { "zshrc", interactiveContext() },
                                                              { "zlogin", loginContext() } };
            for (const auto &[name, context] : rest) {
                places.append(
                    { QStringLiteral("/etc/zsh/") + QLatin1String(name), context, Syntax::Posix, true, {} });
                addUserFile(dotdir, QLatin1String(name), context);
            }
        } else if (m_shell == QLatin1String("fish")) {
            // Universal variables (`set -Ux`) are loaded first; a `set -gx` in a config file shadows them.
            const QString fish = QStringLiteral("fish");
            if (hasHome)
                places.append({ homeFile(QStringLiteral(".config/fish/fish_variables")),
                                fish,
                                Syntax::FishUniversal,
                                true,
                                {} });
            places.append({ QStringLiteral("/etc/fish/config.fish"), fish, Syntax::Fish, true, {} });
            if (hasHome) {
                addGlob(&places, homeFile(QStringLiteral(".config/fish/conf.d")), QStringLiteral(".fish"),
                        fish, Syntax::Fish);
                places.append(
                    { homeFile(QStringLiteral(".config/fish/config.fish")), fish, Syntax::Fish, true, {} });
            }
        }
        return places;
    }

    QList<Place> otherShellFiles() const
    {
        QList<Place> files;
        if (m_home.isEmpty())
            return files;
        auto add = [&](const QString &shell, const QStringList &paths, Syntax syntax) {
            if (m_shell == shell)
                return;
            const QString note
                = EnvSources::tr("Only %1 reads this file, but %2 logs in with %3.")
                      .arg(shell, m_user.name.isEmpty() ? EnvSources::tr("this user") : m_user.name,
                           shellLabel());
            for (const QString &path : paths)
                files.append({ path, otherShellContext(), syntax, false, note });
        };
        add(QStringLiteral("bash"),
            { homeFile(QStringLiteral(".bash_profile")), homeFile(QStringLiteral(".bash_login")),
              homeFile(QStringLiteral(".bashrc")) },
            Syntax::Posix);
        add(QStringLiteral("zsh"),
            { homeFile(QStringLiteral(".zshenv")), homeFile(QStringLiteral(".zprofile")),
              homeFile(QStringLiteral(".zshrc")), homeFile(QStringLiteral(".zlogin")) },
            Syntax::Posix);
        if (m_shell != QLatin1String("fish")) {
            QList<Place> confD;
            addGlob(&confD, homeFile(QStringLiteral(".config/fish/conf.d")), QStringLiteral(".fish"),
                    otherShellContext(), Syntax::Fish);
            QStringList paths;
            for (const Place &p : std::as_const(confD))
                paths.append(p.path);
            paths.append(homeFile(QStringLiteral(".config/fish/config.fish")));
            add(QStringLiteral("fish"), paths, Syntax::Fish);
            add(QStringLiteral("fish"), { homeFile(QStringLiteral(".config/fish/fish_variables")) },
                Syntax::FishUniversal);
        }
        return files;
    }

    RootFs::ReadResult load(const QString &path)
    {
        const auto it = m_cache.constFind(path);
        if (it != m_cache.constEnd())
            return it.value();
        const RootFs::ReadResult r = m_fs.readFile(path, EnvSources::kMaxFileBytes);
        m_cache.insert(path, r);
        return r;
    }

    void addFinding(const QString &path, const QString &code, const QString &message,
                    Finding::Severity severity)
    {
        const QString key = path + QLatin1Char('\n') + code;
        if (m_findingKeys.contains(key))
            return;
        m_findingKeys.insert(key);
        Finding f;
        f.path = path;
        f.code = code;
        f.message = message;
        f.severity = severity;
        m_report.findings.append(f);
    }

    void reportRead(const QString &path, const RootFs::ReadResult &r)
    {
        switch (r.status) {
        case RootFs::ReadStatus::Ok:
        case RootFs::ReadStatus::Missing:
            return;
        case RootFs::ReadStatus::TooLarge:
            addFinding(
                path, QStringLiteral("too-large"),
                EnvSources::tr("%1 is larger than %2 bytes, far more than a start-up file needs, so its "
                               "environment settings were not read. Check what wrote it, then shrink or "
                               "remove it.")
                    .arg(path)
                    .arg(EnvSources::kMaxFileBytes),
                Finding::Severity::Warning);
            return;
        case RootFs::ReadStatus::NotRegular:
            addFinding(
                path, QStringLiteral("not-regular"),
                EnvSources::tr("%1 is not a regular file (a directory, FIFO or device), so it was not read; "
                               "the shell cannot use it either. Remove it or replace it with a regular file.")
                    .arg(path),
                Finding::Severity::Warning);
            return;
        case RootFs::ReadStatus::Unreadable:
        case RootFs::ReadStatus::Escapes:
            addFinding(path, QStringLiteral("unreadable"),
                       EnvSources::tr("%1 could not be read, so its environment settings are unknown: %2")
                           .arg(path, r.errorText.isEmpty() ? RootFs::describe(r.status) : r.errorText),
                       Finding::Severity::Warning);
            return;
        }
    }

    bool decode(const QString &path, const RootFs::ReadResult &r, Syntax syntax, QString *text)
    {
        if (r.data.contains('\0')) {
            addFinding(
                path, QStringLiteral("binary"),
                EnvSources::tr("%1 contains binary data, not text, so it was skipped; a shell cannot use it "
                               "either. Check what wrote it and restore it from a backup.")
                    .arg(path),
                Finding::Severity::Warning);
            return false;
        }
        // The shell takes a byte order mark as part of the first word, so it is kept: the first
        // line then fails here as it does in the shell.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        *text = decoder(r.data);
        if (r.data.startsWith("\xEF\xBB\xBF")) {
            addFinding(
                path, QStringLiteral("byte-order-mark"),
                EnvSources::tr("%1 starts with a byte order mark (BOM), which the shell reads as part of the "
                               "first command, so the first line has no effect. Save the file as UTF-8 "
                               "without BOM.")
                    .arg(path),
                Finding::Severity::Warning);
        }
        if (decoder.hasError()) {
            addFinding(
                path, QStringLiteral("invalid-utf8"),
                EnvSources::tr("%1 is not valid UTF-8; it was read as far as possible with the invalid bytes "
                               "replaced. Save it as UTF-8 so that every setting is recognised.")
                    .arg(path),
                Finding::Severity::Warning);
        }
        if (text->contains(QLatin1String("\r\n"))) {
            text->replace(QLatin1String("\r\n"), QLatin1String("\n"));
            if (syntax != Syntax::EnvironmentD) {
                addFinding(
                    path, QStringLiteral("crlf"),
                    EnvSources::tr("%1 has Windows (CRLF) line endings. Its settings are shown without the "
                                   "carriage returns, but the shell keeps one at the end of each value, so "
                                   "a tool may not recognise a setting such as \"1\". Convert the file with "
                                   "dos2unix.")
                        .arg(path),
                    Finding::Severity::Warning);
            }
        }
        return true;
    }

    void reportProblems(const QString &path, const QList<EnvParseProblem> &problems)
    {
        for (const EnvParseProblem &p : problems) {
            if (p.kind == EnvParseProblem::Kind::Unterminated) {
                addFinding(
                    path, QStringLiteral("unterminated-quote"),
                    EnvSources::tr("%1 line %2: a quote or bracket opened here is never closed, so the shell "
                                   "stops with a syntax error and settings from this line on do not apply. "
                                   "Close the quote.")
                        .arg(path)
                        .arg(p.line),
                    Finding::Severity::Warning);
            } else {
                addFinding(
                    path, QStringLiteral("malformed-line"),
                    EnvSources::tr("%1 line %2 is not a KEY=VALUE assignment and is ignored (%n such line(s) "
                                   "in the file). Correct or remove it.",
                                   nullptr, p.count)
                        .arg(path)
                        .arg(p.line),
                    Finding::Severity::Info);
            }
        }
    }

    // Parses one file and appends its events to `stream`, following literal `source` commands.
    void applyFile(const QString &path, Syntax syntax, const QString &context, bool conditional,
                   bool allExport, int depth, QStringList chain, QList<EnvEvent> *stream, bool intoApplied)
    {
        const RootFs::ReadResult r = load(path);
        if (!r.ok()) {
            reportRead(path, r);
            return;
        }
        QString text;
        if (!decode(path, r, syntax, &text))
            return;
        if (intoApplied)
            m_appliedResolved.insert(r.resolved);
        chain.append(r.resolved);
        EnvParser::Options options;
        options.file = path;
        options.context = context;
        options.home = m_home;
        options.conditional = conditional;
        options.allExport = allExport;
        EnvParseResult parsed = EnvParser::parse(text, syntax, options);
        reportProblems(path, parsed.problems);
        for (EnvEvent &e : parsed.events) {
            if (e.kind == EnvEvent::Kind::Source)
                follow(path, e, syntax, context, depth, chain, stream, intoApplied);
            else
                stream->append(std::move(e));
        }
    }

    void follow(const QString &from, const EnvEvent &e, Syntax syntax, const QString &context, int depth,
                const QStringList &chain, QList<EnvEvent> *stream, bool intoApplied)
    {
        if (!e.targetLiteral)
            return;
        QString target = e.target;
        if (!target.startsWith(QLatin1Char('/'))) {
            if (m_home.isEmpty())
                return;
            target = join(m_home, target);
        }
        target = RootFs::cleanInner(target);
        const RootFs::ReadResult r = load(target);
        if (!exists(r))
            return;
        if (!isInside(r.resolved, m_homeResolved) && !isInside(r.resolved, QStringLiteral("/etc")))
            return;
        if (m_ownPlaces.contains(r.resolved))
            return; // applied at its own place in the order
        if (chain.contains(r.resolved)) {
            addFinding(
                from, QStringLiteral("source-loop"),
                EnvSources::tr("%1 line %2 sources %3, which is already being read (a loop); it was read "
                               "once. Remove the loop.")
                    .arg(from)
                    .arg(e.assignment.line)
                    .arg(target),
                Finding::Severity::Info);
            return;
        }
        if (depth + 1 > EnvSources::kMaxSourceDepth) {
            addFinding(
                from, QStringLiteral("source-depth"),
                EnvSources::tr("%1 line %2 sources files more than %3 levels deep; %4 and what it sources "
                               "were not read. Flatten the chain of source commands.")
                    .arg(from)
                    .arg(e.assignment.line)
                    .arg(EnvSources::kMaxSourceDepth)
                    .arg(target),
                Finding::Severity::Warning);
            return;
        }
        EnvSourceFile f;
        f.path = target;
        f.context = context;
        f.exists = true;
        f.applied = intoApplied;
        f.note = (e.assignment.conditional ? EnvSources::tr("Sourced conditionally from %1 line %2.")
                                           : EnvSources::tr("Sourced from %1 line %2."))
                     .arg(from)
                     .arg(e.assignment.line);
        m_report.files.append(f);
        applyFile(target, syntax, context, e.assignment.conditional, e.allExport, depth + 1, chain, stream,
                  intoApplied);
        // /etc/profile runs /etc/profile.d/*.sh through a computed path; do it for it.
        if (r.resolved == QLatin1String("/etc/profile") && syntax == Syntax::Posix) {
            QList<Place> profileD;
            addGlob(&profileD, QStringLiteral("/etc/profile.d"), QStringLiteral(".sh"), context,
                    Syntax::Posix);
            for (const Place &p : std::as_const(profileD)) {
                const RootFs::ReadResult pr = load(p.path);
                if (!exists(pr) || m_ownPlaces.contains(pr.resolved))
                    continue;
                EnvSourceFile pf;
                pf.path = p.path;
                pf.context = context;
                pf.exists = true;
                pf.applied = intoApplied;
                pf.note = EnvSources::tr("Run by /etc/profile.");
                m_report.files.append(pf);
                applyFile(p.path, Syntax::Posix, context, e.assignment.conditional, false, depth + 2, chain,
                          stream, intoApplied);
            }
        }
    }

    const RootFs &m_fs;
    const UserAccount &m_user;
    QString m_shell;
    QString m_home;
    QString m_homeResolved;
    QHash<QString, RootFs::ReadResult> m_cache;
    QSet<QString> m_ownPlaces; // resolved paths applied at their own place
    QSet<QString> m_appliedResolved; // every file applied, at its place or sourced
    QSet<QString> m_findingKeys;
    EnvReport m_report;
};

QString decodeLenient(const QByteArray &text)
{
    QString s = QString::fromUtf8(text);
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return s;
}

} // namespace

EnvSources::EnvSources(const RootFs &fs)
    : m_fs(fs)
{ }

EnvReport EnvSources::read(const UserAccount &user) const
{
    Reader reader(m_fs, user);
    return reader.run();
}

QList<EnvAssignment> EnvSources::parse(const QByteArray &text, Syntax syntax, const QString &file,
                                       const QString &context, QStringList *sourcedFiles, const QString &home)
{
    EnvParser::Options options;
    options.file = file;
    options.context = context;
    options.home = home.isEmpty() ? QString() : RootFs::cleanInner(home);
    EnvParseResult parsed = EnvParser::parse(decodeLenient(text), syntax, options);
    EnvParser::resolveExports(parsed.events);
    QList<EnvAssignment> out;
    out.reserve(parsed.events.size());
    for (EnvEvent &e : parsed.events) {
        if (e.kind == EnvEvent::Kind::Assign)
            out.append(std::move(e.assignment));
        else if (e.kind == EnvEvent::Kind::Source && e.targetLiteral && sourcedFiles)
            sourcedFiles->append(e.target);
    }
    return out;
}

} // namespace tlens
