#include "optoutplanner.h"

#include "discovery/recordreader.h"
#include "fileoptoutwriters.h"
#include "formats/tomledit.h"
#include "overridefixer.h"
#include "rasaconfigeditor.h"
#include "rayconfigeditor.h"
#include "resolve/grammar.h"
#include "secretmasker.h"
#include "skyplaneconfigeditor.h"
#include "ultralyticssettingseditor.h"
#include "unifieddiff.h"
#include "yamlbooleditor.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <functional>
#include <sys/stat.h>

namespace tlens {

namespace {

void addUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

// What a value of an opt-out variable does, by the grammar the catalog gives it: true when it
// switches the tool off.
bool disablesBy(const QString &grammar, const QString &value)
{
    const GrammarSpec *data = Catalog::instance().grammar(grammar);
    if (data && data->rule.isEmpty())
        return Grammar::judgeText(grammar, QString(), value, QString()).effect == Grammar::Effect::Disables;
    const QString v = value.toLower();
    if (grammar == QLatin1String("ray-env"))
        return value == QLatin1String("0");
    if (grammar == QLatin1String("skyplane-bool"))
        return SkyplaneConfigEditor::parseFlag(value) == false;
    if (grammar == QLatin1String("mlflow-disable"))
        return v == QLatin1String("true") || v == QLatin1String("1");
    if (grammar == QLatin1String("mlflow-do-not-track"))
        return v == QLatin1String("true");
    if (grammar == QLatin1String("rasa-env"))
        return v != QLatin1String("true");
    return false;
}

// The value Telemetry Lens writes for an env grammar to switch a tool off.
QString disablingValue(const QString &grammar)
{
    if (grammar == QLatin1String("ray-env"))
        return QStringLiteral("0");
    if (grammar == QLatin1String("skyplane-bool") || grammar == QLatin1String("rasa-env"))
        return QStringLiteral("false");
    if (grammar == QLatin1String("mlflow-disable"))
        return QStringLiteral("true");
    return {};
}

} // namespace

// The files a plan is being built on: their bytes on disk and as planned so far.
struct OptOutPlanner::Work {
    struct File {
        FileChange change;
        QString blocked; // why the file must not be written; empty when it may be
        QString unreadable; // why its content is unknown; empty when it was read
    };

    explicit Work(const RootFs &fs)
        : m_fs(fs)
    { }

    // Index of the file in `files`, loading it first. Follows the rules for dotfile links: a link is
    // written through when it leads to a regular file inside `confine`.
    int load(const QString &path, const QString &confine, uint newMode)
    {
        const QString clean = RootFs::cleanInner(path);
        const RootFs::Resolved r = m_fs.resolve(clean);
        for (int i = 0; i < files.size(); ++i) {
            if (files.at(i).change.target == r.inner || files.at(i).change.path == clean)
                return i;
        }
        File f;
        f.change.path = clean;
        f.change.target = r.inner;
        f.change.confine = confine;
        f.change.mode = newMode;
        const bool link = isLink(clean);
        switch (r.kind) {
        case RootFs::Kind::Regular: {
            const RootFs::ReadResult read = m_fs.readFile(r.inner);
            if (read.ok()) {
                f.change.oldBytes = read.data;
                f.change.newBytes = read.data;
                f.change.mode = read.mode;
            } else {
                f.unreadable = read.errorText.isEmpty() ? OptOutPlanner::tr("%1 could not be read (%2).")
                                                              .arg(clean, RootFs::describe(read.status))
                                                        : read.errorText;
            }
            break;
        }
        case RootFs::Kind::Missing:
            if (link)
                f.blocked
                    = OptOutPlanner::tr(
                          "%1 is a link to %2, which does not exist; it was left alone. Create the file "
                          "it points to, or remove the link, and try again.")
                          .arg(clean, r.inner);
            break;
        case RootFs::Kind::NotDirectory:
            f.blocked = OptOutPlanner::tr("%1 cannot be created: part of its path is a file, not a folder.")
                            .arg(clean);
            break;
        case RootFs::Kind::Directory:
        case RootFs::Kind::Special:
            f.blocked
                = OptOutPlanner::tr("%1 is not a regular file (a folder, FIFO or device); it was left alone.")
                      .arg(clean);
            f.unreadable = f.blocked;
            break;
        case RootFs::Kind::Loop:
            f.blocked
                = OptOutPlanner::tr("%1 is a loop of symbolic links; fix or remove the link.").arg(clean);
            f.unreadable = f.blocked;
            break;
        case RootFs::Kind::Denied:
        case RootFs::Kind::Escapes:
            f.blocked = OptOutPlanner::tr("%1 could not be examined: permission denied.").arg(clean);
            f.unreadable = f.blocked;
            break;
        }
        if (f.blocked.isEmpty() && !RootFs::isInside(r.inner, m_fs.resolve(confine).inner)) {
            f.blocked
                = OptOutPlanner::tr(
                      "%1 is a link to %2, outside %3. Telemetry Lens writes only inside %3, so it left "
                      "both unchanged: change %2 by hand, or replace the link with a file.")
                      .arg(clean, r.inner, confine);
        }
        files.append(f);
        return int(files.size() - 1);
    }

    // Runs an editor on a file. Returns the error that fails the tool, or an empty string. A file
    // that need not change is never refused, even when it could not be written.
    QString edit(int index, const std::function<EditResult(const std::optional<QByteArray> &)> &editor,
                 bool required, const QString &toolId, const QString &reason, ToolOutcome *outcome)
    {
        File &f = files[index];
        if (!f.unreadable.isEmpty()) {
            if (required)
                return f.unreadable;
            outcome->notes.append(OptOutPlanner::tr("%1 Check it by hand.").arg(f.unreadable));
            return {};
        }
        const EditResult result = editor(f.change.newBytes);
        if (!result.ok)
            return result.error;
        outcome->notes += result.notes;
        if (result.bytes == f.change.newBytes)
            return {};
        if (!f.blocked.isEmpty())
            return f.blocked;
        f.change.newBytes = result.bytes;
        addUnique(f.change.toolIds, toolId);
        addUnique(f.change.reasons, reason);
        return {};
    }

    QList<File> files;

private:
    bool isLink(const QString &clean) const
    {
        const RootFs::Resolved parent = m_fs.resolve(RootFs::parentOf(clean));
        if (parent.kind != RootFs::Kind::Directory)
            return false;
        const QString name = clean.mid(clean.lastIndexOf(QLatin1Char('/')) + 1);
        struct stat st { };
        const QString host = m_fs.hostPath(parent.inner == QLatin1String("/")
                                               ? QString(QLatin1Char('/') + name)
                                               : QString(parent.inner + QLatin1Char('/') + name));
        return ::lstat(QFile::encodeName(host).constData(), &st) == 0 && S_ISLNK(st.st_mode);
    }

    const RootFs &m_fs;
};

OptOutPlanner::OptOutPlanner(const RootFs &fs, UserAccount user, EnvReport env, const Catalog &catalog)
    : m_fs(fs)
    , m_user(std::move(user))
    , m_env(std::move(env))
    , m_catalog(catalog)
{ }

QString OptOutPlanner::homeDir() const
{
    return RootFs::cleanInner(m_user.home);
}

std::optional<std::pair<QString, QString>> OptOutPlanner::envOptOut(const ToolSpec &tool)
{
    if (!tool.optOut.env.isEmpty())
        return std::make_pair(tool.optOut.env.first().key, tool.optOut.env.first().value);
    for (const InputSpec &in : tool.inputs) {
        if (in.kind != QLatin1String("env"))
            continue;
        const QString value = disablingValue(in.grammar);
        if (!value.isEmpty())
            return std::make_pair(in.key, value);
    }
    return std::nullopt;
}

QString OptOutPlanner::configPath(const ToolSpec &tool, QString *error) const
{
    const InputSpec *in = tool.configInput();
    if (!in)
        return {};
    if (!in->candidates.isEmpty()) {
        // The first candidate whose variables are set; none (Dagster without DAGSTER_HOME): no file.
        for (const QString &candidate : in->candidates) {
            for (const QString &name : candidate.split(QLatin1Char('/'))) {
                if (!name.startsWith(QLatin1Char('$')))
                    continue;
                const std::optional<EnvAssignment> a
                    = m_env.effective(name.mid(1).remove(QLatin1Char('{')).remove(QLatin1Char('}')));
                if (a && !a->value.isEmpty() && !a->literal) {
                    if (error)
                        *error = tr("%1 is set to %2 in %3 line %4, which depends on other variables, so "
                                    "Telemetry Lens cannot tell which file %5 reads. Set it to a plain path "
                                    "and try again.")
                                     .arg(a->key, a->raw, a->file)
                                     .arg(a->line)
                                     .arg(tool.name);
                    return {};
                }
            }
        }
        return RecordReader::expand(in->candidates, m_user, m_env);
    }
    QString path = in->path;
    if (!in->pathEnv.isEmpty()) {
        const std::optional<EnvAssignment> moved = m_env.effective(in->pathEnv);
        if (moved && !moved->literal) {
            if (error)
                *error = tr("%1 is set to %2 in %3 line %4, which depends on other variables, so Telemetry "
                            "Lens cannot tell "
                            "which file %5 reads. Set it to a plain path and try again.")
                             .arg(in->pathEnv, moved->raw, moved->file)
                             .arg(moved->line)
                             .arg(tool.name);
            return {};
        }
        if (moved && !moved->value.isEmpty())
            path = moved->value;
    }
    const QString home = homeDir();
    if (path == QLatin1String("~"))
        path = home;
    else if (path.startsWith(QLatin1String("~/")))
        path = home + path.mid(1);
    else if (path.startsWith(QLatin1String("$HOME/")))
        path = home + path.mid(5);
    else if (path.startsWith(QLatin1String("${HOME}/")))
        path = home + path.mid(7);
    if (!path.startsWith(QLatin1Char('/'))) {
        if (error)
            *error = tr("%1 is set to the relative path %2, so the file %3 reads depends on the folder it "
                        "starts in. "
                        "Set it to an absolute path and try again.")
                         .arg(in->pathEnv, path, tool.name);
        return {};
    }
    return RootFs::cleanInner(path);
}

QList<OptOutPlanner::EnvFile> OptOutPlanner::envFiles(OptOutScope scope, bool everyCandidate) const
{
    using Syntax = EnvBlockEditor::Syntax;
    using Mode = EnvBlockEditor::Mode;
    QList<EnvFile> files;
    if (scope == OptOutScope::System) {
        files.append({ QStringLiteral("/etc/profile.d/") + managedFileName() + QStringLiteral(".sh"),
                       Syntax::Posix, Mode::ManagedFile, tr("login shells of every account") });
        files.append({ QStringLiteral("/etc/environment"), Syntax::KeyValue, Mode::BlockInFile,
                       tr("every login session of every account (read by PAM)") });
        return files;
    }
    const QString home = homeDir();
    const QString shell = m_user.shellName();
    auto exists = [this](const QString &path) { return m_fs.resolve(path).exists(); };
    files.append({ home + QStringLiteral("/.profile"), Syntax::Posix, Mode::BlockInFile,
                   tr("login shells and, on Debian and Ubuntu, the graphical session") });
    // bash reads the first of these instead of ~/.profile when it exists.
    for (const char *name : { "/.bash_profile", "/.bash_login" }) {
        const QString path = home + QLatin1String(name);
        if (exists(path)) {
            if (everyCandidate || shell == QLatin1String("bash") || shell.isEmpty())
                files.append({ path, Syntax::Posix, Mode::BlockInFile,
                               tr("bash login shells, which read it instead of ~/.profile") });
            break;
        }
    }
    // zsh reads the user's .zshenv from $ZDOTDIR when /etc/zsh/zshenv sets it (inside the home only).
    QString zshenv = home + QStringLiteral("/.zshenv");
    for (const EnvSourceFile &f : m_env.files) {
        if (f.context == QLatin1String("zsh") && f.path != QLatin1String("/etc/zsh/zshenv")
            && f.path.endsWith(QLatin1String("/.zshenv")) && RootFs::isInside(f.path, home)) {
            zshenv = f.path;
            break;
        }
    }
    if (shell == QLatin1String("zsh") || (everyCandidate && exists(zshenv)))
        files.append(
            { zshenv, Syntax::Posix, Mode::BlockInFile, tr("every zsh, which does not read ~/.profile") });
    const QString fish
        = home + QStringLiteral("/.config/fish/conf.d/") + managedFileName() + QStringLiteral(".fish");
    if (shell == QLatin1String("fish") || (everyCandidate && exists(fish)))
        files.append({ fish, Syntax::Fish, Mode::ManagedFile,
                       tr("every fish shell, which does not read ~/.profile") });
    files.append(
        { home + QStringLiteral("/.config/environment.d/60-") + managedFileName() + QStringLiteral(".conf"),
          Syntax::KeyValue, Mode::ManagedFile,
          tr("programs started by the systemd user session (the graphical desktop)") });
    return files;
}

OptOutPlan OptOutPlanner::planDisable(const QStringList &toolIds, OptOutScope scope) const
{
    return plan(OptOutPlan::Action::Disable, toolIds, scope);
}

OptOutPlan OptOutPlanner::planEnable(const QStringList &toolIds, OptOutScope scope) const
{
    return plan(OptOutPlan::Action::Enable, toolIds, scope);
}

OptOutPlan OptOutPlanner::plan(OptOutPlan::Action action, const QStringList &toolIds, OptOutScope scope) const
{
    OptOutPlan result;
    result.action = action;
    result.scope = scope;
    Work work(m_fs);
    QStringList seen;
    for (const QString &id : toolIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        ToolOutcome outcome;
        outcome.toolId = id;
        const ToolSpec *tool = m_catalog.tool(id);
        if (!tool) {
            outcome.status = ToolOutcome::Status::Failed;
            outcome.error = tr("Unknown tool \"%1\"; known tools: %2.")
                                .arg(id, m_catalog.ids().join(QStringLiteral(", ")));
            result.tools.append(outcome);
            continue;
        }
        outcome.name = tool->name;
        const QList<Work::File> before = work.files;
        const QString error = planTool(work, *tool, action, scope, &outcome);
        if (!error.isEmpty()) {
            work.files = before;
            outcome.status = ToolOutcome::Status::Failed;
            outcome.error = error;
        } else {
            for (const Work::File &f : std::as_const(work.files)) {
                std::optional<QByteArray> earlier = f.change.oldBytes;
                for (const Work::File &b : before) {
                    if (b.change.target == f.change.target)
                        earlier = b.change.newBytes;
                }
                if (earlier != f.change.newBytes)
                    outcome.files.append(f.change.path);
            }
            outcome.status
                = outcome.files.isEmpty() ? ToolOutcome::Status::AlreadyDone : ToolOutcome::Status::Planned;
        }
        result.tools.append(outcome);
    }
    finish(result, work);
    return result;
}

QString OptOutPlanner::planTool(Work &work, const ToolSpec &tool, OptOutPlan::Action action,
                                OptOutScope scope, ToolOutcome *outcome) const
{
    const bool disable = action == OptOutPlan::Action::Disable;
    const auto env = envOptOut(tool);
    const OptOutFileSpec &file = tool.optOut.file;
    if (scope == OptOutScope::System && !(file.isSet() && file.system)) {
        if (!env)
            return tr("%1 has no environment variable that switches it off, so it cannot be switched "
                      "machine-wide.")
                .arg(tool.name);
    }
    if (file.isSet()) {
        if (file.system && scope != OptOutScope::System)
            return tr("%1 is switched for the whole machine in %2; use --scope system (as root) to change "
                      "it.")
                .arg(tool.name, file.path);
        if (file.system == (scope == OptOutScope::System)) {
            // The tool's own file is its switch; the managed block is only cleaned when enabling.
            const QString error = planFile(work, tool, disable, outcome);
            if (!error.isEmpty() || disable || !env)
                return error;
            return planEnvironment(work, tool, *env, false, scope, outcome);
        }
    }
    const QString writer = tool.handler(QStringLiteral("config_writer"));
    bool viaConfig = scope == OptOutScope::User && tool.configInput() && !writer.isEmpty();
    if (viaConfig && env) {
        // The file cannot carry the opt-out here: its path names an unset variable (Dagster without
        // DAGSTER_HOME), or it does not exist and the tool would replace a file we create
        // (Ultralytics). The variable in the managed block does it instead.
        QString error;
        const QString path = configPath(tool, &error);
        if (error.isEmpty()
            && (path.isEmpty()
                || (writer == QLatin1String("ultralytics-json") && !m_fs.resolve(path).exists())))
            viaConfig = false;
    }
    if (!viaConfig && !env)
        return tr("Telemetry Lens knows no setting that switches %1 off.").arg(tool.name);

    if (viaConfig) {
        const QString error = planConfig(work, tool, disable, outcome);
        // A config opt-out needs no variable; enabling also clears any variable of ours below.
        if (!error.isEmpty() || disable)
            return error;
    }
    if (env) {
        const QString error = planEnvironment(work, tool, *env, disable, scope, outcome);
        if (!error.isEmpty())
            return error;
    }
    if (!disable)
        outcome->notes += outsideOptOuts(tool, scope);
    return {};
}

QString OptOutPlanner::planConfig(Work &work, const ToolSpec &tool, bool disable, ToolOutcome *outcome) const
{
    QString error;
    const QString path = configPath(tool, &error);
    if (path.isEmpty())
        return error;
    const QString home = homeDir();
    const QString confine = RootFs::isInside(path, home) ? home : RootFs::parentOf(path);
    const QString writer = tool.handler(QStringLiteral("config_writer"));
    const bool skyplane = writer == QLatin1String("skyplane-ini");
    // Skyplane's config holds cloud secrets: a new one is private.
    const int index = work.load(path, confine, skyplane ? 0600 : 0644);
    std::function<EditResult(const std::optional<QByteArray> &)> editor;
    QString reason;
    if (writer == QLatin1String("ray-json")) {
        editor = [&](const std::optional<QByteArray> &c) {
            return RayConfigEditor::setUsageStats(c, !disable, path);
        };
        reason = disable
            ? tr("Ray reads usage_stats from this file; the JSON boolean false switches its usage statistics "
                 "off.")
            : tr("Ray reads usage_stats from this file; true switches its usage statistics on again.");
        if (disable)
            outcome->notes.append(
                tr("Ray reads this when a cluster starts: clusters already running keep reporting until they "
                   "are restarted."));
    } else if (writer == QLatin1String("toml-bool")) {
        // A TOML boolean at the config input's key, every other line kept (Streamlit's config.toml).
        const QString key = tool.configInput()->key;
        editor = [&, key](const std::optional<QByteArray> &c) {
            QByteArray out;
            QString problem;
            if (!TomlEdit::setBool(c.value_or(QByteArray()), key, !disable, &out, &problem))
                return EditResult::failure(tr("%1 cannot be changed: %2").arg(path, problem));
            return EditResult::success(out);
        };
        reason = disable ? tr("%1 reads %2 from this TOML file; the TOML boolean false switches it off.")
                               .arg(tool.name, key)
                         : tr("%1 reads %2 from this TOML file; the TOML boolean true switches it on again.")
                               .arg(tool.name, key);
    } else if (writer == QLatin1String("yaml-bool")) {
        // A YAML boolean at the config input's key path, every other line kept (ZenML, Dagster).
        const QString key = tool.configInput()->key;
        editor = [&, key](const std::optional<QByteArray> &c) {
            return YamlBoolEditor::setBool(c, key, !disable, path);
        };
        reason = disable ? tr("%1 reads %2 from this YAML file; the YAML boolean false switches it off.")
                               .arg(tool.name, key)
                         : tr("%1 reads %2 from this YAML file; the YAML boolean true switches it on again.")
                               .arg(tool.name, key);
    } else if (writer == QLatin1String("ultralytics-json")) {
        editor = [&](const std::optional<QByteArray> &c) {
            return UltralyticsSettingsEditor::setSync(c, !disable, path);
        };
        reason = disable
            ? tr("Ultralytics reads sync from this JSON file; the JSON boolean false switches its "
                 "events and crash reports off. Every other key and the settings_version are kept.")
            : tr("Ultralytics reads sync from this JSON file; true switches its events on again.");
    } else if (skyplane) {
        editor = [&](const std::optional<QByteArray> &c) {
            return SkyplaneConfigEditor::setUsageStats(c, !disable, path);
        };
        reason = disable ? tr("Skyplane reads [flags] usage_stats from this INI file; False switches its "
                              "usage statistics off.")
                         : tr("Skyplane reads [flags] usage_stats from this INI file; True switches its "
                              "usage statistics on again.");
    } else {
        editor = [&](const std::optional<QByteArray> &c) {
            return RasaConfigEditor::setEnabled(c, !disable, path);
        };
        reason = disable ? tr("Rasa reads metrics.enabled from this file; the YAML boolean false switches "
                              "its telemetry off.")
                         : tr("Rasa reads metrics.enabled from this file; the YAML boolean true switches its "
                              "telemetry on again.");
    }
    const QString failure = work.edit(index, editor, true, tool.id, reason, outcome);
    if (failure.isEmpty() && disable && writer == QLatin1String("ultralytics-json"))
        outcome->notes.append(
            tr("Ultralytics resets this file, sync included, when its keys, types or "
               "settings_version no longer match the installed release, for example after an "
               "upgrade: check again after upgrading Ultralytics."));
    return failure;
}

QString OptOutPlanner::fileOptOutPath(const ToolSpec &tool, QString *error) const
{
    const OptOutFileSpec &file = tool.optOut.file;
    const QString home = homeDir();
    const auto expand = [&](const QString &pattern, bool *skip) -> QString {
        *skip = false;
        if (pattern.startsWith(QLatin1String("~/")))
            return home + pattern.mid(1);
        if (!pattern.startsWith(QLatin1Char('$')))
            return pattern;
        // "$VAR/rest", or a bare "$VAR" holding the whole path ($PACKER_CONFIG).
        const qsizetype found = pattern.indexOf(QLatin1Char('/'));
        const qsizetype slash = found < 0 ? pattern.size() : found;
        const QString variable = pattern.mid(1, slash - 1);
        const std::optional<EnvAssignment> set = m_env.effective(variable);
        if (!set || set->value.isEmpty()) {
            *skip = true;
            return {};
        }
        if (!set->literal || !set->value.startsWith(QLatin1Char('/'))) {
            if (error)
                *error
                    = tr("%1 is set to %2 in %3 line %4, so Telemetry Lens cannot tell which file %5 reads. "
                         "Set it to a plain absolute path and try again.")
                          .arg(variable, set->raw, set->file)
                          .arg(set->line)
                          .arg(tool.name);
            return {};
        }
        return set->value + pattern.mid(slash);
    };
    if (!file.select.isEmpty()) {
        // The tool probes its locations and uses the first that exists; none: it creates `path`.
        const bool byFolder = file.select == QLatin1String("first-dir");
        for (const QString &candidate : file.candidates) {
            bool skip = false;
            const QString path = expand(candidate, &skip);
            if (skip)
                continue;
            if (path.isEmpty())
                return {};
            const QString inner = RootFs::cleanInner(path);
            if (byFolder ? m_fs.isDirectory(RootFs::parentOf(inner)) : m_fs.resolve(inner).exists())
                return inner;
        }
        for (const QString &candidate : file.fallback) {
            bool skip = false;
            const QString path = expand(candidate, &skip);
            if (skip)
                continue;
            return path.isEmpty() ? QString() : RootFs::cleanInner(path);
        }
        bool skip = false;
        return RootFs::cleanInner(expand(file.path, &skip));
    }
    for (const QString &candidate : file.candidates) {
        bool skip = false;
        const QString path = expand(candidate, &skip);
        if (skip)
            continue;
        return path.isEmpty() ? QString() : RootFs::cleanInner(path);
    }
    bool skip = false;
    return RootFs::cleanInner(expand(file.path, &skip));
}

QString OptOutPlanner::planFile(Work &work, const ToolSpec &tool, bool disable, ToolOutcome *outcome) const
{
    const OptOutFileSpec &file = tool.optOut.file;
    const FileOptOutWriter write = FileOptOutWriters::find(file.writer);
    if (!write)
        return tr("Telemetry Lens has no writer named %1 for the settings file of %2.")
            .arg(file.writer, tool.name);
    QString error;
    const QString path = fileOptOutPath(tool, &error);
    if (path.isEmpty())
        return error;
    const QString home = homeDir();
    const QString confine = !file.system && RootFs::isInside(path, home) ? home : RootFs::parentOf(path);
    const int index = work.load(path, confine, file.mode);
    const FileOptOutRequest request { &tool, &file, disable, path, QDateTime::currentDateTimeUtc() };
    QString reason;
    if (disable)
        reason = tr("%1 reads %2 from this file; %3 switches it off.")
                     .arg(tool.name, file.key, file.disableValue);
    else if (file.enableValue.isEmpty())
        reason = tr("%1 reads %2 from this file; without it, %1 is back to its default.")
                     .arg(tool.name, file.key);
    else
        reason = tr("%1 reads %2 from this file; %3 switches it on again.")
                     .arg(tool.name, file.key, file.enableValue);
    error = work.edit(
        index, [&](const std::optional<QByteArray> &c) { return write(c, request); }, disable, tool.id,
        reason, outcome);
    if (!error.isEmpty() || file.alsoIn.isEmpty())
        return error;
    // The files the tool reads after this one (popularity-contest.d): a line there setting the key
    // would win over the one just written, so each that sets it gets the same value.
    const QRegularExpression setsKey(
        QStringLiteral("^[^#\\n]*\\b%1=").arg(QRegularExpression::escape(file.key)),
        QRegularExpression::MultilineOption);
    const QString later
        = tr("%1 reads this file after %2, so its %3 line would decide; it is set the same way.")
              .arg(tool.name, path, file.key);
    for (const QString &more : m_fs.filesMatching(file.alsoIn, file.alsoMatching)) {
        const int moreIndex = work.load(more, RootFs::parentOf(more), file.mode);
        const FileOptOutRequest moreRequest { &tool, &file, disable, more, request.now };
        const QString moreError = work.edit(
            moreIndex,
            [&](const std::optional<QByteArray> &c) {
                if (!c || !setsKey.match(QString::fromUtf8(*c)).hasMatch())
                    return EditResult::success(c);
                return write(c, moreRequest);
            },
            disable, tool.id, later, outcome);
        if (!moreError.isEmpty())
            return moreError;
    }
    return {};
}

QString OptOutPlanner::planEnvironment(Work &work, const ToolSpec &tool,
                                       const std::pair<QString, QString> &variable, bool disable,
                                       OptOutScope scope, ToolOutcome *outcome) const
{
    // Disabling writes the files this account's sessions read; enabling cleans every file an
    // earlier run may have written, and never creates one.
    const QList<EnvFile> files = envFiles(scope, !disable);
    const QString confine = scope == OptOutScope::System ? QStringLiteral("/etc") : homeDir();
    QList<EnvBlockEditor::Variable> changes {
        { variable.first, disable ? std::optional<QString>(variable.second) : std::nullopt }
    };
    // A tool whose opt-out takes several variables (gradio: its own and huggingface_hub's) gets
    // them all in one block.
    for (qsizetype i = 1; i < tool.optOut.env.size(); ++i) {
        const OptOutEnvSpec &more = tool.optOut.env.at(i);
        changes.append({ more.key, disable ? std::optional<QString>(more.value) : std::nullopt });
    }
    for (const EnvFile &file : files) {
        const int index = work.load(file.path, confine, 0644);
        const QString reason = disable
            ? tr("%1 reads %2 from the environment; this file gives %2=%3 to %4.")
                  .arg(tool.name, variable.first, variable.second, file.audience)
            : tr("Removes %1 from the block Telemetry Lens manages, so %2 is no longer switched off here.")
                  .arg(variable.first, tool.name);
        const QString error = work.edit(
            index,
            [&](const std::optional<QByteArray> &c) {
                return EnvBlockEditor::edit(c, file.syntax, file.mode, changes, file.path);
            },
            disable, tool.id, reason, outcome);
        if (!error.isEmpty())
            return error;
    }
    if (disable)
        outcome->notes.append(
            tr("Programs already running keep their old environment: open a new terminal or log in again "
               "for %1 to see %2.")
                .arg(tool.name, variable.first));
    return {};
}

QStringList OptOutPlanner::outsideOptOuts(const ToolSpec &tool, OptOutScope scope) const
{
    QStringList notes;
    QHash<QString, std::optional<EnvBlockEditor::Block>> blocks;
    for (const EnvFile &file : envFiles(scope, true)) {
        const RootFs::ReadResult read = m_fs.readFile(file.path);
        blocks.insert(RootFs::cleanInner(file.path),
                      read.ok() ? EnvBlockEditor::findBlock(read.data) : std::nullopt);
        blocks.insert(read.resolved, blocks.value(RootFs::cleanInner(file.path)));
    }
    for (const InputSpec &in : tool.inputs) {
        if (in.kind != QLatin1String("env"))
            continue;
        const QList<EnvAssignment> history = m_env.history(in.key);
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (it->conditional)
                continue;
            const auto block = blocks.value(RootFs::cleanInner(it->file));
            if (block && block->contains(it->line - 1))
                continue;
            if (it->op == EnvAssignment::Op::Set && disablesBy(in.grammar, it->value))
                notes.append(tr("%1 stays switched off by %2=%3 in %4 line %5, outside what Telemetry Lens "
                                "manages: remove "
                                "that line to switch it on.")
                                 .arg(tool.name, in.key, it->raw.isEmpty() ? it->value : it->raw, it->file)
                                 .arg(it->line));
            break;
        }
    }
    return notes;
}

void OptOutPlanner::finish(OptOutPlan &plan, const Work &work) const
{
    const SecretMasker masker = SecretMasker::fromCatalog(m_catalog);
    plan.changes.clear();
    for (const Work::File &f : work.files) {
        if (f.change.newBytes == f.change.oldBytes)
            continue;
        FileChange change = f.change;
        change.diff = UnifiedDiff::make(change.path, change.oldBytes, change.newBytes, masker);
        plan.changes.append(change);
    }
}

bool OptOutPlanner::addEnvironmentOptOut(OptOutPlan &plan, const QString &toolId, OptOutScope scope,
                                         const QString &beatenBy) const
{
    const ToolSpec *tool = m_catalog.tool(toolId);
    const auto env = tool ? envOptOut(*tool) : std::nullopt;
    ToolOutcome *outcome = nullptr;
    for (ToolOutcome &t : plan.tools) {
        if (t.toolId == toolId)
            outcome = &t;
    }
    if (!env || !outcome || outcome->status == ToolOutcome::Status::Failed)
        return false;
    Work work(m_fs);
    for (const FileChange &c : std::as_const(plan.changes))
        work.files.append({ c, QString(), QString() });
    const QList<Work::File> before = work.files;
    const QString error = planEnvironment(work, *tool, *env, true, scope, outcome);
    if (!error.isEmpty()) {
        // The settings file is still written; the tool is then listed as staying on, with this reason.
        outcome->notes.append(error);
        return false;
    }
    for (const Work::File &f : std::as_const(work.files)) {
        std::optional<QByteArray> earlier = f.change.oldBytes;
        for (const Work::File &b : before) {
            if (b.change.target == f.change.target)
                earlier = b.change.newBytes;
        }
        if (earlier != f.change.newBytes) {
            addUnique(outcome->files, f.change.path);
            outcome->status = ToolOutcome::Status::Planned;
        }
    }
    outcome->notes.prepend(tr("%1 beats the setting written for %2, so %3=%4 is set in the environment too, "
                              "which %2 reads before any settings file.")
                               .arg(beatenBy, tool->name, env->first, env->second));
    finish(plan, work);
    return true;
}

void OptOutPlanner::addFixOverride(OptOutPlan &plan, const QString &toolId, const QString &file, int line,
                                   const QString &key) const
{
    Work work(m_fs);
    for (const FileChange &c : std::as_const(plan.changes))
        work.files.append({ c, QString(), QString() });

    ToolOutcome *outcome = nullptr;
    for (ToolOutcome &t : plan.tools) {
        if (t.toolId == toolId)
            outcome = &t;
    }
    if (!outcome) {
        ToolOutcome t;
        t.toolId = toolId;
        const ToolSpec *spec = m_catalog.tool(toolId);
        t.name = spec ? spec->name : toolId;
        t.status = ToolOutcome::Status::AlreadyDone;
        plan.tools.append(t);
        outcome = &plan.tools.last();
    }
    auto fail = [outcome](const QString &error) {
        outcome->status = ToolOutcome::Status::Failed;
        outcome->error = error;
    };

    const QString clean = RootFs::cleanInner(file);
    const QString home = homeDir();
    QString confine;
    if (RootFs::isInside(clean, home))
        confine = home;
    else if (RootFs::isInside(clean, QStringLiteral("/etc")))
        confine = QStringLiteral("/etc");
    else
        return fail(tr("%1 is neither in the home folder nor in /etc; Telemetry Lens does not change it. "
                       "Edit line %2 by hand.")
                        .arg(clean)
                        .arg(line));

    const int index = work.load(clean, confine, 0644);
    const std::optional<QByteArray> planned = work.files.at(index).change.newBytes;
    if (planned) {
        const auto block = EnvBlockEditor::findBlock(*planned);
        if (block && block->contains(line - 1))
            return fail(tr("%1 line %2 is inside the block Telemetry Lens manages; it is not an override.")
                            .arg(clean)
                            .arg(line));
    }
    const QString reason = tr("Comments out line %1, which sets %2 and overrides the opt-out "
                              "(--fix-overrides); undo restores it.")
                               .arg(line)
                               .arg(key.isEmpty() ? tr("a variable") : key);
    const QString error = work.edit(
        index,
        [&](const std::optional<QByteArray> &c) { return OverrideFixer::commentOut(c, line, key, clean); },
        true, toolId, reason, outcome);
    if (!error.isEmpty())
        return fail(error);
    const Work::File &f = work.files.at(index);
    if (f.change.newBytes != planned) {
        addUnique(outcome->files, f.change.path);
        if (outcome->status == ToolOutcome::Status::AlreadyDone)
            outcome->status = ToolOutcome::Status::Planned;
    }
    finish(plan, work);
}

} // namespace tlens
