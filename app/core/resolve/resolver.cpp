#include "resolver.h"

#include "discovery/recordreader.h"
#include "formats/inidocument.h"
#include "formats/keyvaluefile.h"
#include "formats/tomledit.h"
#include "jsonsetting.h"
#include "toolrules.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace tlens {

namespace {

using Effect = Grammar::Effect;

QString where(const Input &in)
{
    if (in.file.isEmpty())
        return Resolver::tr("this session's environment");
    if (in.line > 0)
        return Resolver::tr("%1 line %2").arg(in.file).arg(in.line);
    return in.file;
}

QString whereAssigned(const EnvAssignment &a)
{
    Input in;
    in.file = a.file;
    in.line = a.line;
    return where(in);
}

int lineOf(const QByteArray &data, const QByteArray &needle)
{
    const qsizetype pos = data.indexOf(needle);
    if (pos < 0)
        return 0;
    return int(data.left(pos).count('\n')) + 1;
}

QString expandHome(QString path, const UserAccount &user)
{
    if (path == QLatin1String("~"))
        return user.home;
    if (path.startsWith(QLatin1String("~/")))
        return user.home + path.mid(1);
    if (path.startsWith(QLatin1String("$HOME/")))
        return user.home + path.mid(5);
    if (path.startsWith(QLatin1String("${HOME}/")))
        return user.home + path.mid(7);
    return path;
}

InputRole roleFor(Effect effect)
{
    return effect == Effect::Invalid ? InputRole::Invalid : InputRole::Shadowed;
}

} // namespace

void Resolver::judgeToml(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                         const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    TomlEdit::Value value;
    QString error;
    if (!TomlEdit::read(data, spec.key, &value, &error)) {
        // Newer releases log the error and skip the file; older ones (Streamlit 1.39) fail to start.
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("Not valid TOML (%1): %2 skips the file.").arg(error, tool.name);
        warnings->append({ QStringLiteral("malformed-config"),
                           tr("%1 is not valid TOML (%2): current %3 releases ignore it, older ones fail to "
                              "start. Fix the file; Telemetry Lens will not rewrite it.")
                               .arg(path, error, tool.name) });
        return;
    }
    if (value.type == TomlEdit::Value::Type::Missing) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file has no %1 value, so it does not decide.").arg(spec.key);
        return;
    }
    c->input.line = value.line;
    const bool isString = value.type == TomlEdit::Value::Type::String;
    c->input.value = isString ? QLatin1Char('"') + value.text + QLatin1Char('"') : value.text;
    c->input.text = spec.key + QStringLiteral(" = ") + c->input.value;
    if (value.type == TomlEdit::Value::Type::Bool) {
        c->effect = value.text == QLatin1String("true") ? Effect::Enables : Effect::Disables;
        return;
    }
    // The value is used raw, as Python's truth value: a non-empty string is true.
    if (isString) {
        c->effect = value.text.isEmpty() ? Effect::Disables : Effect::Enables;
        if (!value.text.isEmpty()) {
            c->input.note = tr("A quoted string, which %1 treats as true.").arg(tool.name);
            warnings->append({ QStringLiteral("quoted-boolean"),
                               tr("%1 is the quoted string \"%2\" in %3, which %4 treats as true: telemetry "
                                  "stays on. Write the TOML boolean false, without quotes.")
                                   .arg(spec.key, value.text, path, tool.name) });
        }
        return;
    }
    bool isNumber = false;
    const double number = value.text.toDouble(&isNumber);
    c->effect = isNumber && number == 0.0 ? Effect::Disables : Effect::Enables;
}

void Resolver::judgeKeyValue(const ToolSpec &tool, const InputSpec &spec, const QByteArray &data,
                             Candidate *c, QList<Warning> *warnings) const
{
    const QList<KeyValueFile::Entry> entries = KeyValueFile::parse(data);
    const KeyValueFile::Entry *e = KeyValueFile::last(entries, spec.key);
    if (!e) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file does not set %1, so it does not decide.").arg(spec.key);
        return;
    }
    c->input.line = e->line;
    c->input.value = spec.secret ? maskedValue() : e->value;
    c->input.text = spec.key + QLatin1Char('=') + c->input.value;
    const Grammar::Judgement j = Grammar::judgeText(spec.grammar, spec.key, e->value, tool.name);
    c->effect = j.effect;
    c->input.note = j.note;
    if (!j.warningCode.isEmpty())
        warnings->append({ j.warningCode, j.warning });
}

Resolver::Resolver(const RootFs &fs)
    : m_fs(fs)
{ }

QString Resolver::configPath(const InputSpec &input, const UserAccount &user, const EnvReport &env)
{
    if (!input.candidates.isEmpty()) {
        // The first candidate whose variables are set ($DVC_GLOBAL_CONFIG_DIR, $XDG_CONFIG_HOME, ~).
        const QString path = RecordReader::expand(input.candidates, user, env);
        if (!path.isEmpty())
            return path;
    }
    if (!input.pathEnv.isEmpty()) {
        const auto moved = env.effective(input.pathEnv);
        if (moved && !moved->value.isEmpty())
            return RootFs::cleanInner(expandHome(moved->value, user));
    }
    return RootFs::cleanInner(expandHome(input.path, user));
}

void Resolver::addEnvInputs(const ToolSpec &tool, const InputSpec &spec, const QString &key,
                            const EnvReport &env, QList<Candidate> *candidates,
                            QList<Warning> *warnings) const
{
    const auto effective = env.effective(key);
    const QList<EnvAssignment> history = env.history(key);
    for (const EnvAssignment &a : history) {
        Candidate c;
        c.input.kind = QStringLiteral("env");
        c.input.key = key;
        c.input.secret = spec.secret;
        c.input.value = spec.secret ? maskedValue() : a.value;
        c.input.file = a.file;
        c.input.line = a.line;
        c.input.text = a.op == EnvAssignment::Op::Unset ? QStringLiteral("unset %1").arg(key)
                                                        : key + QLatin1Char('=') + c.input.value;
        c.alwaysRead = spec.alwaysRead;
        if (a.op == EnvAssignment::Op::Unset) {
            c.deciding = false;
            c.input.role = InputRole::Note;
            c.input.effect = Grammar::effectName(Effect::None);
            c.input.note = a.conditional ? tr("Unsets %1 inside a condition or function.").arg(key)
                                         : tr("Unsets %1.").arg(key);
            candidates->append(c);
            continue;
        }
        const Grammar::Judgement j = Grammar::judgeText(spec.grammar, key, a.value, tool.name);
        c.effect = j.effect;
        c.forced = j.forced;
        c.input.effect = Grammar::effectName(j.effect);
        c.input.note = j.note;
        const bool isEffective = effective && effective->file == a.file && effective->line == a.line
            && effective->value == a.value;
        std::optional<EnvAssignment> blocker;
        if (!spec.unlessSet.isEmpty())
            blocker = env.effective(spec.unlessSet);
        if (isEffective && blocker && !blocker->value.isEmpty()) {
            // Python's `os.environ.get(A) or os.environ.get(B)`: B is never looked at while A is non-empty.
            c.deciding = false;
            c.input.role = InputRole::Ignored;
            c.input.effect = Grammar::effectName(Effect::None);
            c.input.note = tr("Not read while %1 is set to a non-empty value (%1=%2 in %3).")
                               .arg(spec.unlessSet, blocker->value, whereAssigned(*blocker));
        } else if (a.conditional) {
            c.deciding = false;
            c.input.role = InputRole::Conditional;
            c.input.note = tr(
                "Inside a condition or function: it applies only when that code runs, which cannot be known "
                "without running the shell.");
        } else if (isEffective) {
            c.deciding = true;
            if (!j.warningCode.isEmpty())
                warnings->append({ j.warningCode, j.warning });
        } else if (!a.exported && (!effective || effective->line != a.line || effective->file != a.file)) {
            c.deciding = false;
            c.input.role = InputRole::Ignored;
            c.input.note = effective ? tr("Overridden later by %1.").arg(whereAssigned(*effective))
                                     : tr("Set but not exported: programs do not see it.");
        } else {
            c.deciding = false;
            c.input.role = InputRole::Shadowed;
            if (effective)
                c.input.note = tr("Overridden later by %1=%2 in %3.")
                                   .arg(key, spec.secret ? maskedValue() : effective->value,
                                        whereAssigned(*effective));
            else
                c.input.note = tr("Unset again later, so it has no effect.");
        }
        candidates->append(c);
    }
    const QList<EnvAssignment> other = env.otherShellHistory(key);
    for (const EnvAssignment &a : other) {
        Candidate c;
        c.deciding = false;
        c.input.kind = QStringLiteral("env");
        c.input.key = key;
        c.input.secret = spec.secret;
        c.input.value = spec.secret ? maskedValue() : a.value;
        c.input.file = a.file;
        c.input.line = a.line;
        c.input.text = key + QLatin1Char('=') + c.input.value;
        c.input.role = InputRole::Ignored;
        c.input.effect = Grammar::effectName(Effect::None);
        c.input.note
            = tr("This file belongs to a shell this account does not log in with, so it is not applied.");
        candidates->append(c);
        const bool disagrees = !effective || effective->value != a.value;
        if (disagrees) {
            warnings->append({ QStringLiteral("other-shell"),
                               tr("%1 sets %2=%3, but this account does not log in with that shell, so %4 "
                                  "does not see it.")
                                   .arg(where(c.input), key, c.input.value, tool.name) });
        }
    }
    if (env.hasLive) {
        const auto it = env.live.constFind(key);
        const QString fileValue = effective ? effective->value : QString();
        const bool inLive = it != env.live.constEnd();
        if (inLive != bool(effective) || (inLive && it.value() != fileValue)) {
            const QString shownLive = inLive ? (spec.secret ? maskedValue() : it.value()) : tr("(not set)");
            const QString shownFile = effective ? (spec.secret ? maskedValue() : fileValue) : tr("(not set)");
            warnings->append({ QStringLiteral("live-env-differs"),
                               tr("In this session %1 is %2; in new terminals and sessions it will be %3.")
                                   .arg(key, shownLive, shownFile) });
        }
    }
}

void Resolver::judgeJson(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                         const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    const bool jsonc = spec.dialect == QLatin1String("jsonc");
    const nlohmann::json doc
        = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false, jsonc);
    if (doc.is_discarded() || !doc.is_object()) {
        if (spec.malformed == QLatin1String("fatal")) {
            c->effect = Effect::Invalid;
            c->input.text = tr("unreadable JSON file");
            c->input.note = tr("Not a valid JSON object: %1 stops with an error at start.").arg(tool.name);
            return;
        }
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = doc.is_discarded()
            ? tr("Not valid JSON: %1 treats the file as if it had no setting.").arg(tool.name)
            : tr("Not a JSON object: %1 treats the file as if it had no setting.").arg(tool.name);
        if (spec.malformed == QLatin1String("lenient"))
            warnings->append(
                { QStringLiteral("malformed-config"),
                  tr("%1 is not a valid JSON object, so %2 reads it as if it had no setting, and "
                     "its own commands would damage it further. Fix or remove the file; "
                     "Telemetry Lens will not rewrite it.")
                      .arg(path, tool.name) });
        else
            warnings->append(
                { QStringLiteral("malformed-config"),
                  tr("%1 is not a valid JSON object, so %2 ignores it, and %2 replaces it with {} "
                     "the next time it "
                     "saves a setting. Fix or remove the file.")
                      .arg(path, tool.name) });
        return;
    }
    if (JsonSetting::handles(spec.grammar)) {
        const JsonSetting::Judgement j = JsonSetting::judge(spec.grammar, doc, spec.key, path, tool.name);
        if (j.missing) {
            c->deciding = false;
            c->input.role = InputRole::Ignored;
            c->input.note = tr("The file has no %1 value, so it does not decide.").arg(spec.key);
            return;
        }
        const QString leaf = spec.key.section(QLatin1Char('.'), -1);
        c->input.line = lineOf(data, QByteArray("\"") + leaf.toUtf8() + '"');
        c->input.value = j.value;
        c->input.text = j.effect == Effect::Invalid && j.value.isEmpty()
            ? tr("no \"version\": 1")
            : spec.key + QStringLiteral(": ") + j.value;
        c->effect = j.effect;
        c->input.note = j.note;
        if (!j.warningCode.isEmpty())
            warnings->append({ j.warningCode, j.warning });
        return;
    }
    const std::string key = spec.key.toStdString();
    const auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file has no %1 value, so it does not decide.").arg(spec.key);
        c->input.value = it == doc.end() ? QString() : QStringLiteral("null");
        return;
    }
    c->input.line = lineOf(data, QByteArray("\"") + QByteArray::fromStdString(key) + '"');
    c->input.value = QString::fromStdString(it->dump());
    c->input.text = spec.key + QStringLiteral(": ") + c->input.value;
    if (it->is_boolean()) {
        c->effect = it->get<bool>() ? Effect::Enables : Effect::Disables;
    } else {
        c->effect = Effect::Invalid;
        c->input.note
            = tr("%1 accepts only the JSON booleans true or false here; %2 makes it raise an error at start.")
                  .arg(tool.name, c->input.value);
    }
}

void Resolver::judgeIni(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                        const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    // configobj as DVC reads it: section and key names are compared in lower case.
    const bool configobj = spec.dialect == QLatin1String("configobj");
    const IniDocument doc = IniDocument::parse(configobj ? QString::fromUtf8(data).toLower().toUtf8() : data);
    const QString section = spec.key.section(QLatin1Char('.'), 0, 0);
    const QString option = spec.key.section(QLatin1Char('.'), 1);
    if (!doc.isValid()) {
        c->effect = Effect::Invalid;
        c->input.line = doc.errorLine();
        c->input.value.clear();
        c->input.text = tr("unreadable INI file");
        const bool looksJson = data.trimmed().startsWith('{');
        c->input.note = looksJson
            ? tr("The file holds JSON, but %1 reads it as an INI file: every %1 command fails. "
                 "(Its documentation wrongly shows JSON.)")
                  .arg(tool.name)
            : tr("%1 cannot read this file (%2): every %1 command fails until it is fixed.")
                  .arg(tool.name, doc.errorString());
        warnings->append(
            { QStringLiteral("unparseable-config"),
              tr("%1 cannot be read by %2 (%3). Fix the file; Telemetry Lens will not rewrite it.")
                  .arg(path, tool.name, doc.errorString()) });
        return;
    }
    const IniDocument::Section *s = doc.section(section);
    const IniDocument::Option *o = s ? s->option(option) : nullptr;
    c->input.text = QStringLiteral("[%1] %2").arg(section, option);
    if (!o) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file has no [%1] %2 key, so it does not decide.").arg(section, option);
        return;
    }
    c->input.value = o->value;
    c->input.line = o->line + 1;
    c->input.text = QStringLiteral("[%1] %2 = %3").arg(section, o->rawKey, o->value);
    const Grammar::Judgement j = Grammar::judgeText(spec.grammar, spec.key, o->value, tool.name);
    c->effect = j.effect;
    c->input.note = j.note;
}

void Resolver::judgeYaml(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                         const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    const QString mapKey = spec.key.section(QLatin1Char('.'), 0, 0);
    const QString leafKey = spec.key.section(QLatin1Char('.'), 1);
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("Malformed YAML: %1 reads it as empty.").arg(tool.name);
        warnings->append({ QStringLiteral("malformed-will-reset"),
                           tr("%1 is malformed (%2): %3 reads it as empty and rewrites it with telemetry "
                              "switched on at its next "
                              "run. Fix the file.")
                               .arg(path, QString::fromStdString(e.msg), tool.name) });
        return;
    }
    if (!root.IsMap()) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note
            = tr("The file holds no settings; %1 writes a fresh one with telemetry on at its next run.")
                  .arg(tool.name);
        if (!root.IsNull()) {
            warnings->append({ QStringLiteral("malformed-will-reset"),
                               tr("%1 is not a YAML mapping: %2 reads it as empty and rewrites it with "
                                  "telemetry switched on at its "
                                  "next run. Fix the file.")
                                   .arg(path, tool.name) });
        }
        return;
    }
    const YAML::Node map = root[mapKey.toStdString()];
    if (!map) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note
            = tr("No %1 section: %2 writes one with telemetry on at its next run.").arg(mapKey, tool.name);
        return;
    }
    if (!map.IsMap() || !map[leafKey.toStdString()]) {
        c->effect = Effect::Invalid;
        c->input.line = map.Mark().line + 1;
        c->input.text = mapKey + QLatin1Char(':');
        c->input.note = tr("The %1 section has no %2 key: %3 raises an error when it checks telemetry.")
                            .arg(mapKey, leafKey, tool.name);
        return;
    }
    const YAML::Node value = map[leafKey.toStdString()];
    c->input.line = value.Mark().line + 1;
    if (!value.IsScalar()) {
        const bool empty = value.IsNull() || value.size() == 0;
        c->effect = empty ? Effect::Disables : Effect::Enables;
        c->input.value = value.IsNull() ? QStringLiteral("null") : tr("(a list or mapping)");
        c->input.text = spec.key + QStringLiteral(": ") + c->input.value;
        return;
    }
    const QString scalar = QString::fromStdString(value.Scalar());
    const bool quoted = value.Tag() == "!";
    c->input.value = quoted ? QLatin1Char('"') + scalar + QLatin1Char('"') : scalar;
    c->input.text = spec.key + QStringLiteral(": ") + c->input.value;
    if (quoted) {
        c->effect = scalar.isEmpty() ? Effect::Disables : Effect::Enables;
        if (!scalar.isEmpty()) {
            c->input.note = tr("A quoted string, which %1 treats as true.").arg(tool.name);
            warnings->append({ QStringLiteral("quoted-boolean"),
                               tr("%1 is the quoted string \"%2\" in %3, which %4 treats as true: telemetry "
                                  "stays on. Write the "
                                  "YAML boolean false, without quotes.")
                                   .arg(spec.key, scalar, path, tool.name) });
        }
        return;
    }
    static const QStringList yamlTrue { QStringLiteral("true"), QStringLiteral("True"),
                                        QStringLiteral("TRUE") };
    static const QStringList yamlFalse { QStringLiteral("false"), QStringLiteral("False"),
                                         QStringLiteral("FALSE") };
    static const QStringList yamlNull { QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
                                        QStringLiteral("NULL"), QString() };
    if (yamlTrue.contains(scalar)) {
        c->effect = Effect::Enables;
    } else if (yamlFalse.contains(scalar)) {
        c->effect = Effect::Disables;
    } else if (yamlNull.contains(scalar)) {
        c->effect = Effect::Disables;
        c->input.note = tr("null counts as false.");
    } else {
        bool isNumber = false;
        const double number = scalar.toDouble(&isNumber);
        if (isNumber) {
            c->effect = number == 0.0 ? Effect::Disables : Effect::Enables;
        } else {
            c->effect = Effect::Enables;
            c->input.note = tr("In YAML 1.2 this is a string, not a boolean, and %1 treats any non-empty "
                               "string as true.")
                                .arg(tool.name);
            warnings->append({ QStringLiteral("yaml-string-truthy"),
                               tr("%1: %2 in %3 is a string in YAML 1.2, which %4 treats as true: telemetry "
                                  "stays on. Write false.")
                                   .arg(spec.key, scalar, path, tool.name) });
        }
    }
}

void Resolver::addConfigInput(const ToolSpec &tool, const InputSpec &spec, const UserAccount &user,
                              const EnvReport &env, QList<Candidate> *candidates,
                              QList<Warning> *warnings) const
{
    QString path = configPath(spec, user, env);
    if (!spec.select.isEmpty()) {
        // The tool probes its locations: the first whose file (or folder) exists is the one it uses.
        const bool byFolder = spec.select == QLatin1String("first-dir");
        for (const QString &candidate : spec.candidates) {
            const QString p = RecordReader::expand({ candidate }, user, env);
            if (p.isEmpty())
                continue;
            if (byFolder ? m_fs.isDirectory(RootFs::parentOf(p)) : m_fs.resolve(p).exists()) {
                path = p;
                break;
            }
        }
    }
    Candidate c;
    c.alwaysRead = spec.alwaysRead;
    c.input.kind = QStringLiteral("config");
    c.input.key = spec.key;
    c.input.file = path;
    c.input.text = spec.key;
    const RootFs::ReadResult read = m_fs.readFile(path, 1024 * 1024);
    if (read.status == RootFs::ReadStatus::Missing) {
        c.deciding = false;
        c.input.role = InputRole::Note;
        c.input.effect = Grammar::effectName(Effect::None);
        c.input.note = tr("The file does not exist.");
        candidates->append(c);
        return;
    }
    if (!read.ok()) {
        c.deciding = false;
        c.input.role = InputRole::Ignored;
        c.input.effect = Grammar::effectName(Effect::None);
        c.input.note = read.errorText;
        warnings->append({ QStringLiteral("unreadable-config"), read.errorText });
        candidates->append(c);
        return;
    }
    if (spec.format == QLatin1String("json"))
        judgeJson(tool, spec, path, read.data, &c, warnings);
    else if (spec.format == QLatin1String("ini"))
        judgeIni(tool, spec, path, read.data, &c, warnings);
    else if (spec.format == QLatin1String("yaml"))
        judgeYaml(tool, spec, path, read.data, &c, warnings);
    else if (spec.format == QLatin1String("toml"))
        judgeToml(tool, spec, path, read.data, &c, warnings);
    else if (spec.format == QLatin1String("dotenv") || spec.format == QLatin1String("shell"))
        judgeKeyValue(tool, spec, read.data, &c, warnings);
    c.input.effect = Grammar::effectName(c.effect);
    candidates->append(c);
}

ToolStatus Resolver::resolve(const ToolSpec &tool, const UserAccount &user, const EnvReport &env) const
{
    ToolStatus status;
    status.toolId = tool.id;
    status.name = tool.name;
    QList<Candidate> candidates;
    for (const InputSpec &spec : tool.inputs) {
        if (spec.kind == QLatin1String("env")) {
            addEnvInputs(tool, spec, spec.key, env, &candidates, &status.warnings);
        } else if (spec.kind == QLatin1String("env-any")) {
            for (const QString &key : spec.keys)
                addEnvInputs(tool, spec, key, env, &candidates, &status.warnings);
        } else if (spec.kind == QLatin1String("config")) {
            addConfigInput(tool, spec, user, env, &candidates, &status.warnings);
        } else if (spec.kind == QLatin1String("file-exists")) {
            if (m_fs.resolve(spec.key).exists()) {
                Candidate c;
                c.input.kind = QStringLiteral("file");
                c.input.key = spec.key;
                c.input.file = spec.key;
                c.input.text = spec.key;
                c.effect = Effect::Disables;
                c.input.note
                    = tr("This file marks a managed runtime, where %1 does not collect.").arg(tool.name);
                c.input.effect = Grammar::effectName(c.effect);
                candidates.append(c);
            }
        } else {
            Candidate c;
            c.deciding = false;
            c.input.kind = spec.kind;
            c.input.key = spec.key;
            c.input.text = spec.key;
            c.input.role = InputRole::Note;
            c.input.effect = Grammar::effectName(Effect::None);
            c.input.note = Catalog::text(spec.note);
            candidates.append(c);
        }
    }

    int winner = -1;
    for (int i = 0; i < candidates.size() && winner < 0; ++i) {
        if (candidates[i].deciding && candidates[i].forced && candidates[i].effect != Effect::None)
            winner = i;
    }
    for (int i = 0; i < candidates.size() && winner < 0; ++i) {
        if (candidates[i].deciding && candidates[i].alwaysRead && candidates[i].effect == Effect::Invalid)
            winner = i;
    }
    for (int i = 0; i < candidates.size() && winner < 0; ++i) {
        if (candidates[i].deciding && candidates[i].effect != Effect::None)
            winner = i;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        Candidate &c = candidates[i];
        if (!c.deciding)
            continue;
        if (i == winner) {
            c.input.role = c.effect == Effect::Invalid ? InputRole::Invalid : InputRole::Won;
        } else if (c.effect == Effect::None) {
            c.input.role = InputRole::Ignored;
        } else {
            c.input.role = roleFor(c.effect);
            if (winner >= 0 && c.input.note.isEmpty())
                c.input.note = tr("Not used: %1 decides first.").arg(candidates[winner].input.text);
        }
    }
    for (const Candidate &c : std::as_const(candidates))
        status.inputs.append(c.input);

    Input fallback;
    fallback.kind = QStringLiteral("default");
    fallback.value = tool.defaultEnabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
    fallback.text = tool.defaultEnabled ? tr("collects by default") : tr("off until you agree");
    fallback.effect = Grammar::effectName(tool.defaultEnabled ? Effect::Enables : Effect::Disables);
    fallback.note = Catalog::text(tool.defaultNote);
    fallback.role = winner < 0 ? InputRole::Won : InputRole::Shadowed;
    status.inputs.append(fallback);

    if (winner < 0) {
        status.state = tool.defaultEnabled ? State::Enabled : State::Disabled;
        status.decidedBy = fallback;
    } else {
        const Candidate &w = candidates[winner];
        status.decidedBy = w.input;
        status.state = w.effect == Effect::Enables ? State::Enabled
            : w.effect == Effect::Disables         ? State::Disabled
                                                   : State::Misconfigured;
    }

    // Warnings describe the state as it is: advice on how to switch off is dropped once the tool is off.
    if (status.state == State::Disabled)
        status.warnings.removeIf([](const Warning &w) { return Grammar::isSwitchOffAdvice(w.code); });

    if (!tool.readsDoNotTrack) {
        if (const auto dnt = env.effective(QStringLiteral("DO_NOT_TRACK"))) {
            Input in;
            in.kind = QStringLiteral("env");
            in.key = QStringLiteral("DO_NOT_TRACK");
            in.value = dnt->value;
            in.file = dnt->file;
            in.line = dnt->line;
            in.text = in.key + QLatin1Char('=') + in.value;
            in.role = InputRole::Ignored;
            in.effect = Grammar::effectName(Effect::None);
            in.note = tr("%1 ignores DO_NOT_TRACK.").arg(tool.name);
            status.inputs.append(in);
        }
    }
    for (const RelatedEnvSpec &related : tool.relatedEnv) {
        if (const auto a = env.effective(related.key)) {
            Input in;
            in.kind = QStringLiteral("env");
            in.key = related.key;
            in.value = a->value;
            in.file = a->file;
            in.line = a->line;
            in.text = in.key + QLatin1Char('=') + in.value;
            in.role = InputRole::Note;
            in.effect = Grammar::effectName(Effect::None);
            in.note = Catalog::text(related.note);
            status.inputs.append(in);
        }
    }
    ToolRules::forTool(tool).finish(tool, env, &status);
    status.explanation = explain(tool, status);
    return status;
}

QString Resolver::explain(const ToolSpec &tool, const ToolStatus &status)
{
    const Input &d = status.decidedBy;
    if (status.state == State::Misconfigured) {
        if (d.value.isEmpty())
            return tr("Misconfigured: %1 cannot read %2, so it fails to start.").arg(tool.name, where(d));
        return tr("Misconfigured: %1 in %2 is a value %3 rejects, so %3 fails to start.")
            .arg(d.text, where(d), tool.name);
    }
    // The strongest shadowed input that pulls the other way, to say what was overridden.
    const Input *overridden = nullptr;
    const QString opposite
        = status.state == State::Enabled ? QStringLiteral("disables") : QStringLiteral("enables");
    for (const Input &in : status.inputs) {
        if (in.role == InputRole::Shadowed && in.effect == opposite && in.kind != QLatin1String("default")) {
            overridden = &in;
            break;
        }
    }
    if (d.kind == QLatin1String("default") && !tool.defaultEnabled)
        return tr("Off: %1 collects only after you agree, and nothing here turns it on.").arg(tool.name);
    if (d.kind == QLatin1String("default")) {
        // An opt-out overridden by a later assignment of the same variable to a value that does not
        // switch the tool off (MLFLOW_DISABLE_TELEMETRY=false after =true): the default decides.
        for (const Input &in : status.inputs) {
            if (overridden && in.role == InputRole::Ignored && in.kind == overridden->kind
                && in.key == overridden->key && !in.file.isEmpty()
                && (in.file != overridden->file || in.line != overridden->line))
                return tr("Collecting because %1 in %2 overrides %3 in %4, and that value does not switch %5 "
                          "off.")
                    .arg(in.text, where(in), overridden->text, where(*overridden), tool.name);
        }
        return tr("Collecting: nothing switches it off, and %1 collects by default.").arg(tool.name);
    }
    if (status.state == State::Enabled) {
        if (d.kind == QLatin1String("config") && d.value.startsWith(QLatin1Char('"')))
            return tr("Collecting because %1 in %2 is a quoted string, which %3 treats as true.")
                .arg(d.text, where(d), tool.name);
        if (overridden)
            return tr("Collecting because %1 in %2 overrides %3 in %4.")
                .arg(d.text, where(d), overridden->text, where(*overridden));
        return tr("Collecting because of %1 in %2.").arg(d.text, where(d));
    }
    if (overridden)
        return tr("Off because %1 in %2 overrides %3 in %4.")
            .arg(d.text, where(d), overridden->text, where(*overridden));
    if (d.kind == QLatin1String("file"))
        return tr("Off because %1 exists, which marks a managed runtime.").arg(d.file);
    return tr("Off because of %1 in %2.").arg(d.text, where(d));
}

} // namespace tlens
