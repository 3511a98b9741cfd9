#include "resolver.h"

#include "formats/yamlbounded.h"

#include "discovery/recordreader.h"
#include "env/envparser.h"
#include "formats/inidocument.h"
#include "formats/keyvaluefile.h"
#include "formats/tomledit.h"
#include "jsonsetting.h"
#include "toolrules.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>

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

bool isDataGrammar(const QString &name)
{
    const GrammarSpec *grammar = Catalog::instance().grammar(name);
    return grammar && grammar->rule.isEmpty();
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
    // rc files (rc9: Nuxt's .nuxtrc) keep the raw text after "=": the grammar sees quotes as written.
    const QList<KeyValueFile::Entry> entries
        = spec.format == QLatin1String("rc") ? KeyValueFile::parseRc(data) : KeyValueFile::parse(data);
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

void Resolver::judgeShell(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                          const QByteArray &data, Candidate *c, QList<Candidate> *maybeLater,
                          QList<Warning> *warnings) const
{
    EnvParser::Options options;
    options.file = path;
    const EnvParseResult parsed
        = EnvParser::parse(QString::fromUtf8(data), EnvSources::Syntax::Posix, options);
    for (const EnvParseProblem &p : parsed.problems) {
        if (p.kind != EnvParseProblem::Kind::Unterminated)
            continue;
        // sh reads the whole file before it runs a line of it: a syntax error anywhere stops the script,
        // whichever file would have set the value.
        c->effect = Effect::Invalid;
        c->alwaysRead = true;
        c->input.line = p.line;
        c->input.text = tr("shell syntax error");
        c->input.note
            = tr("sh stops with a syntax error at line %1 (a quote or bracket is never closed), and "
                 "%2 stops with it.")
                  .arg(p.line)
                  .arg(tool.name);
        warnings->append(
            { QStringLiteral("unparseable-config"),
              tr("%1 line %2: a quote or bracket opened here is never closed, so %3 stops with a "
                 "syntax error when it reads the file. Close the quote; Telemetry Lens will not "
                 "rewrite the file.")
                  .arg(path)
                  .arg(p.line)
                  .arg(tool.name) });
        return;
    }
    // The last assignment that always runs decides; one after it that only may run is shown apart.
    const EnvAssignment *decider = nullptr;
    QList<const EnvAssignment *> later;
    for (const EnvEvent &e : parsed.events) {
        if (e.kind != EnvEvent::Kind::Assign || e.assignment.key != spec.key)
            continue;
        if (e.assignment.conditional || !e.assignment.literal) {
            later.prepend(&e.assignment);
        } else {
            decider = &e.assignment;
            later.clear();
        }
    }
    for (const EnvAssignment *a : std::as_const(later)) {
        Candidate m;
        m.deciding = false;
        m.input.kind = QStringLiteral("config");
        m.input.key = spec.key;
        m.input.file = path;
        m.input.line = a->line;
        const QString shown = spec.secret ? maskedValue() : a->raw;
        m.input.value = a->op == EnvAssignment::Op::Unset ? QString() : shown;
        m.input.text = a->op == EnvAssignment::Op::Unset ? QStringLiteral("unset %1").arg(spec.key)
                                                         : spec.key + QLatin1Char('=') + shown;
        m.input.role = InputRole::Conditional;
        m.input.effect = Grammar::effectName(Effect::None);
        m.input.note = a->conditional
            ? tr("Inside a condition or function: it applies only when that code runs, which cannot be known "
                 "without running the shell.")
            : tr("The value is computed when the script runs (%1), so it cannot be known without running it.")
                  .arg(shown);
        maybeLater->append(m);
    }
    if (!decider) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = later.isEmpty()
            ? tr("The file does not set %1, so it does not decide.").arg(spec.key)
            : tr("The file sets %1 only in a way that cannot be known without running it.").arg(spec.key);
        return;
    }
    const QString value = decider->op == EnvAssignment::Op::Unset ? QString() : decider->value;
    c->input.line = decider->line;
    c->input.value = spec.secret ? maskedValue() : value;
    c->input.text = decider->op == EnvAssignment::Op::Unset ? QStringLiteral("unset %1").arg(spec.key)
                                                            : spec.key + QLatin1Char('=') + c->input.value;
    const Grammar::Judgement j = Grammar::judgeText(spec.grammar, spec.key, value, tool.name);
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
        // Every candidate names an unset variable (Dagster's $DAGSTER_HOME/dagster.yaml): no file.
        if (!path.isEmpty() || input.pathEnv.isEmpty())
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
    if (spec.grammar == QLatin1String("ultralytics-sync")) {
        judgeUltralytics(tool, spec, path, data, c, warnings);
        return;
    }
    if (spec.grammar == QLatin1String("go-true-disables")) {
        judgeGoDisableFlag(tool, spec, path, data, c, warnings);
        return;
    }
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
    for (const QString &required : spec.requiredKeys) {
        if (!doc.contains(required.toStdString())) {
            // The tool rejects the whole file (Turborepo: "Failed to load telemetry config") and sends
            // nothing, while it keeps working.
            c->effect = Effect::Disables;
            c->input.value.clear();
            c->input.text = tr("%1 without %2").arg(spec.key, required);
            c->input.note = tr("%1 rejects this file because %2 is missing, so it sends nothing.")
                                .arg(tool.name, required);
            warnings->append(
                { QStringLiteral("config-rejected"),
                  tr("%1 has no %2, so %3 cannot load it and sends nothing; a new %3 release or a "
                     "repaired file switches telemetry on again. Telemetry Lens keeps %2 when it "
                     "writes the file.")
                      .arg(path, required, tool.name) });
            return;
        }
    }
    // A key path ("telemetry.enabled") walks nested objects.
    const nlohmann::json *node = &doc;
    const QStringList parts = spec.key.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        const auto found = node->is_object() ? node->find(part.toStdString()) : node->end();
        if (!node->is_object() || found == node->end()) {
            node = nullptr;
            break;
        }
        node = &*found;
    }
    if (!node || node->is_null()) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file has no %1 value, so it does not decide.").arg(spec.key);
        c->input.value = node ? QStringLiteral("null") : QString();
        return;
    }
    c->input.line = lineOf(data, QByteArray("\"") + parts.last().toUtf8() + '"');
    c->input.value = QString::fromStdString(node->dump());
    c->input.text = spec.key + QStringLiteral(": ") + c->input.value;
    if (isDataGrammar(spec.grammar)) {
        // A data grammar judges the JSON text of the value: false, "false" and 0 are different spellings.
        const Grammar::Judgement j = Grammar::judgeText(spec.grammar, spec.key, c->input.value, tool.name);
        c->effect = j.effect;
        c->input.note = j.note;
        if (!j.warningCode.isEmpty())
            warnings->append({ j.warningCode, j.warning });
        return;
    }
    if (node->is_boolean()) {
        c->effect = node->get<bool>() ? Effect::Enables : Effect::Disables;
    } else {
        c->effect = Effect::Invalid;
        c->input.note
            = tr("%1 accepts only the JSON booleans true or false here; %2 makes it raise an error at start.")
                  .arg(tool.name, c->input.value);
    }
}

void Resolver::judgeYamlScalar(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                               const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    // A tool that keeps every YAML scalar as its text and judges it with its own grammar (Yarn): a file
    // it cannot parse, or a value its grammar rejects, stops the tool.
    YAML::Node root;
    try {
        root = loadYamlBounded(data.toStdString());
    } catch (const YAML::Exception &e) {
        c->effect = Effect::Invalid;
        c->input.line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        c->input.text = tr("unreadable YAML file");
        c->input.note
            = tr("%1 cannot parse this file (%2) and stops.").arg(tool.name, QString::fromStdString(e.msg));
        warnings->append(
            { QStringLiteral("unparseable-config"),
              tr("%1 cannot be read by %2 (%3). Fix the file; Telemetry Lens will not rewrite it.")
                  .arg(path, tool.name, QString::fromStdString(e.msg)) });
        return;
    }
    if (!root.IsMap()) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file does not set %1, so it does not decide.").arg(spec.key);
        return;
    }
    // The last of duplicate keys wins.
    YAML::Node value;
    bool found = false;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it->first.IsScalar() && QString::fromStdString(it->first.Scalar()) == spec.key) {
            value = it->second;
            found = true;
        }
    }
    if (!found) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file does not set %1, so it does not decide.").arg(spec.key);
        return;
    }
    c->input.line = value.Mark().line + 1;
    if (!value.IsScalar() && !value.IsNull()) {
        c->effect = Effect::Invalid;
        c->input.value = tr("(a list or mapping)");
        c->input.text = spec.key + QStringLiteral(": ") + c->input.value;
        c->input.note = tr("%1 expects a single value here and stops.").arg(tool.name);
        return;
    }
    const QString scalar = value.IsNull() ? QString() : QString::fromStdString(value.Scalar());
    c->input.value = scalar;
    c->input.text = spec.key + QStringLiteral(": ") + scalar;
    const Grammar::Judgement j = Grammar::judgeText(spec.grammar, spec.key, scalar, tool.name);
    c->effect = j.effect;
    c->input.note = j.note;
    if (!j.warningCode.isEmpty())
        warnings->append({ j.warningCode, j.warning });
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
    if (!j.warningCode.isEmpty())
        warnings->append({ j.warningCode, j.warning });
}

void Resolver::judgeYaml(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                         const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    if (spec.dialect == QLatin1String("yaml-1.1")) {
        judgePyYaml(tool, spec, path, data, c, warnings);
        return;
    }
    const QString mapKey = spec.key.section(QLatin1Char('.'), 0, 0);
    const QString leafKey = spec.key.section(QLatin1Char('.'), 1);
    YAML::Node root;
    try {
        root = loadYamlBounded(data.toStdString());
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

void Resolver::judgeGoDisableFlag(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                                  const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    const nlohmann::json doc = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    // Go's encoding/json into a bool field: a malformed file or a value of another type stops the
    // program ("Error loading configuration"), true switches the feature off, false changes nothing.
    if (doc.is_discarded() || !doc.is_object()) {
        c->effect = Effect::Invalid;
        c->input.value.clear();
        c->input.text = tr("unreadable JSON file");
        c->input.note
            = tr("%1 cannot load this file and exits with \"Error loading configuration\".").arg(tool.name);
        warnings->append({ QStringLiteral("unparseable-config"),
                           tr("%1 is not a valid JSON object: every %2 command fails until it is fixed. "
                              "Telemetry Lens will not rewrite it.")
                               .arg(path, tool.name) });
        return;
    }
    const auto it = doc.find(spec.key.toStdString());
    if (it == doc.end() || it->is_null()) {
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file has no %1 value, so it does not decide.").arg(spec.key);
        return;
    }
    c->input.line = lineOf(data, QByteArray("\"") + spec.key.toUtf8() + '"');
    c->input.value = QString::fromStdString(it->dump());
    c->input.text = spec.key + QStringLiteral(": ") + c->input.value;
    if (!it->is_boolean()) {
        c->effect = Effect::Invalid;
        c->input.note
            = tr("%1 accepts only the JSON booleans true or false here; with %2 it exits with \"Error "
                 "loading configuration\".")
                  .arg(tool.name, c->input.value);
        return;
    }
    c->effect = it->get<bool>() ? Effect::Disables : Effect::None;
    if (c->effect == Effect::None)
        c->input.note = tr("false does not switch anything on; the other settings decide.");
}

void Resolver::addConfigInput(const ToolSpec &tool, const InputSpec &spec, const UserAccount &user,
                              const EnvReport &env, QList<Candidate> *candidates,
                              QList<Warning> *warnings) const
{
    QString path = configPath(spec, user, env);
    if (!spec.filesMatching.isEmpty()) {
        // A folder of files read one after the other: the last that sets the key wins, so the
        // candidates go from the last name to the first.
        bool truncated = false;
        const QStringList files = m_fs.filesMatching(path, spec.filesMatching, 256, &truncated);
        if (truncated)
            warnings->append({ QStringLiteral("unreadable-config"),
                               tr("%1 holds more than %2 settings files; only the first %2 were read.")
                                   .arg(path)
                                   .arg(files.size()) });
        if (files.isEmpty()) {
            Candidate c;
            c.deciding = false;
            c.input.kind = QStringLiteral("config");
            c.input.key = spec.key;
            c.input.file = path;
            c.input.text = spec.key;
            c.input.role = InputRole::Note;
            c.input.effect = Grammar::effectName(Effect::None);
            c.input.note = tr("No file in this folder is read.");
            candidates->append(c);
            return;
        }
        InputSpec one = spec;
        one.filesMatching.clear();
        one.pathEnv.clear();
        one.candidates.clear();
        one.select.clear();
        for (auto it = files.crbegin(); it != files.crend(); ++it) {
            one.path = *it;
            addConfigInput(tool, one, user, env, candidates, warnings);
        }
        return;
    }
    if (!spec.select.isEmpty()) {
        // The tool probes its locations: the first whose file (or folder) exists is the one it uses.
        const bool byFolder = spec.select == QLatin1String("first-dir");
        bool found = false;
        for (const QString &candidate : spec.candidates) {
            const QString p = RecordReader::expand({ candidate }, user, env);
            if (p.isEmpty())
                continue;
            if (byFolder ? m_fs.isDirectory(RootFs::parentOf(p)) : m_fs.resolve(p).exists()) {
                path = p;
                found = true;
                break;
            }
        }
        if (!found) {
            // None exists: name the file the tool would create ($XDG_CONFIG_HOME/..., else `path`).
            const QString p = RecordReader::expand(spec.fallback, user, env);
            path = p.isEmpty() ? RootFs::cleanInner(expandHome(spec.path, user)) : p;
        }
    }
    Candidate c;
    c.alwaysRead = spec.alwaysRead;
    c.input.kind = QStringLiteral("config");
    c.input.key = spec.key;
    c.input.file = path;
    c.input.text = spec.key;
    if (path.isEmpty()) {
        c.deciding = false;
        c.input.file = spec.path;
        c.input.role = InputRole::Note;
        c.input.effect = Grammar::effectName(Effect::None);
        c.input.note
            = tr("Not read: the variable in its path (%1) is not set for this account.").arg(spec.path);
        candidates->append(c);
        return;
    }
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
    else if (spec.format == QLatin1String("yaml") && isDataGrammar(spec.grammar))
        judgeYamlScalar(tool, spec, path, read.data, &c, warnings);
    else if (spec.format == QLatin1String("yaml"))
        judgeYaml(tool, spec, path, read.data, &c, warnings);
    else if (spec.format == QLatin1String("toml"))
        judgeToml(tool, spec, path, read.data, &c, warnings);
    else if (spec.format == QLatin1String("shell")) {
        QList<Candidate> maybeLater;
        judgeShell(tool, spec, path, read.data, &c, &maybeLater, warnings);
        *candidates += maybeLater;
    } else if (spec.format == QLatin1String("dotenv") || spec.format == QLatin1String("rc"))
        judgeKeyValue(tool, spec, read.data, &c, warnings);
    c.input.effect = Grammar::effectName(c.effect);
    candidates->append(c);
}

void Resolver::judgeProjectYaml(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                                const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    YAML::Node root;
    try {
        root = loadYamlBounded(data.toStdString());
    } catch (const YAML::Exception &e) {
        c->effect = Effect::Invalid;
        c->input.text = tr("unreadable YAML file");
        c->input.note = tr("Malformed YAML: %1 fails inside this project.").arg(tool.name);
        warnings->append({ QStringLiteral("malformed-project-config"),
                           tr("%1 is malformed YAML (%2): %3 fails inside that project. Fix the file; "
                              "Telemetry Lens will not rewrite it.")
                               .arg(path, QString::fromStdString(e.msg), tool.name) });
        return;
    }
    QString text; // the value as the grammar sees it
    if (root.IsMap() && root[spec.key.toStdString()]) {
        const YAML::Node value = root[spec.key.toStdString()];
        c->input.line = value.Mark().line + 1;
        if (value.IsScalar()) {
            const QString scalar = QString::fromStdString(value.Scalar());
            const bool quoted = value.Tag() == "!";
            c->input.value = quoted ? QLatin1Char('"') + scalar + QLatin1Char('"') : scalar;
            // YAML 1.1 (PyYAML) types the value: a quoted scalar is a string, never a boolean, so it
            // is judged with its quotes. YAML 1.2 readers hand the text to a validator.
            text = quoted && spec.dialect == QLatin1String("yaml-1.1") ? c->input.value : scalar;
        } else {
            c->input.value = value.IsNull() ? QStringLiteral("null") : tr("(a list or mapping)");
            text = value.IsNull() ? QString() : c->input.value;
        }
        c->input.text = spec.key + QStringLiteral(": ") + c->input.value;
    } else {
        c->input.text = tr("%1 (not set)").arg(spec.key);
    }
    const Grammar::Judgement j = Grammar::judgeText(spec.grammar, spec.key, text, tool.name);
    c->effect = j.effect;
    c->input.note = j.note;
    if (!j.warningCode.isEmpty())
        warnings->append({ j.warningCode, path + QStringLiteral(": ") + j.warning });
}

void Resolver::addProjectInputs(const ToolSpec &tool, const InputSpec &spec, const QStringList &projects,
                                bool beaten, ToolStatus *status) const
{
    QStringList names = spec.candidates;
    if (!spec.path.isEmpty())
        names.prepend(spec.path);
    for (const QString &project : projects) {
        for (const QString &name : std::as_const(names)) {
            const QString path = RootFs::cleanInner(project + QLatin1Char('/') + name);
            const RootFs::ReadResult read = m_fs.readFile(path, 1024 * 1024, project);
            if (read.status == RootFs::ReadStatus::Missing)
                continue;
            const bool listed = std::any_of(status->inputs.cbegin(), status->inputs.cend(),
                                            [&path](const Input &in) { return in.file == path; });
            if (listed)
                break; // a project inside another one that already named this file
            Candidate c;
            c.input.kind = QStringLiteral("config");
            c.input.key = spec.key;
            c.input.file = path;
            c.input.text = spec.key;
            c.input.project = project;
            c.input.role = InputRole::Conditional;
            QList<Warning> warnings;
            if (!read.ok()) {
                c.input.note = read.errorText;
                warnings.append({ QStringLiteral("unreadable-config"), read.errorText });
            } else if (spec.format == QLatin1String("yaml")) {
                judgeProjectYaml(tool, spec, path, read.data, &c, &warnings);
            } else if (spec.format == QLatin1String("toml")) {
                judgeToml(tool, spec, path, read.data, &c, &warnings);
            }
            c.input.effect = Grammar::effectName(c.effect);
            const QString inside = beaten ? tr("Applies inside %1, but %2 decides first there too.")
                                                .arg(project, status->decidedBy.text)
                : c.effect == Effect::Invalid
                ? tr("Applies inside %1: %2 fails there.").arg(project, tool.name)
                : c.effect == Effect::Enables ? tr("Applies inside %1: collecting there.").arg(project)
                : c.effect == Effect::Disables
                ? tr("Applies inside %1: off there.").arg(project)
                : tr("Applies inside %1, but decides nothing there.").arg(project);
            c.input.note = c.input.note.isEmpty() ? inside : inside + QLatin1Char(' ') + c.input.note;
            if (!beaten && c.effect == Effect::Enables && status->state == State::Disabled) {
                warnings.append(
                    { QStringLiteral("project-enables"),
                      tr("%1 in %2 switches %3 back on inside %4, whatever your own settings say.")
                          .arg(c.input.text, path, tool.name, project) });
            }
            status->inputs.append(c.input);
            if (!beaten) // the tool does not read the file while the input that decided at home is set
                status->warnings += warnings;
            break; // the first file found is the one the tool reads
        }
    }
}

ToolStatus Resolver::resolve(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                             const QStringList &projects) const
{
    ToolStatus status;
    status.toolId = tool.id;
    status.name = tool.name;
    QList<Candidate> candidates;
    for (int specIndex = 0; specIndex < tool.inputs.size(); ++specIndex) {
        const InputSpec &spec = tool.inputs.at(specIndex);
        const qsizetype firstCandidate = candidates.size();
        if (spec.scope == QLatin1String("project")) {
            continue; // read per project below; never decides for the home folder
        } else if (spec.kind == QLatin1String("env")) {
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
        for (qsizetype i = firstCandidate; i < candidates.size(); ++i)
            candidates[i].specIndex = specIndex;
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

    // Opt-in tools (Debian's packer, popularity-contest) are off until something turns them on.
    const bool optIn = tool.isOptIn();
    Input fallback;
    fallback.kind = QStringLiteral("default");
    fallback.value = optIn ? QStringLiteral("disabled") : QStringLiteral("enabled");
    fallback.text = optIn ? tr("off until turned on") : tr("collects by default");
    fallback.effect = Grammar::effectName(optIn ? Effect::Disables : Effect::Enables);
    fallback.note = Catalog::text(tool.defaultNote);
    fallback.role = winner < 0 ? InputRole::Won : InputRole::Shadowed;
    status.inputs.append(fallback);

    if (winner < 0) {
        status.state = optIn ? State::Disabled : State::Enabled;
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
    // Two inputs of one file (Azure's [cloud] name and [core] collect_telemetry) warn about it once.
    QList<Warning> unique;
    for (const Warning &w : std::as_const(status.warnings)) {
        if (std::none_of(unique.cbegin(), unique.cend(),
                         [&w](const Warning &u) { return u.code == w.code && u.message == w.message; }))
            unique.append(w);
    }
    status.warnings = unique;
    status.explanation = explain(tool, status);
    const int winnerSpec = winner < 0 ? -1 : candidates.at(winner).specIndex;
    qsizetype inProjects = 0; // project files that decide inside their project
    for (int specIndex = 0; specIndex < tool.inputs.size(); ++specIndex) {
        const InputSpec &spec = tool.inputs.at(specIndex);
        if (spec.scope != QLatin1String("project") || spec.kind != QLatin1String("config"))
            continue;
        const bool beaten = winnerSpec >= 0 && winnerSpec < specIndex;
        const qsizetype before = status.inputs.size();
        addProjectInputs(tool, spec, projects, beaten, &status);
        if (!beaten)
            inProjects += status.inputs.size() - before;
    }
    if (inProjects > 0)
        status.explanation += QLatin1Char(' ')
            + tr("Inside %n project folder(s) a project file applies instead (listed as conditional).",
                 nullptr, int(inProjects));
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
    if (d.kind == QLatin1String("default") && status.state == State::Disabled)
        return tr("Off: nothing switches it on, and %1 collects only when it is turned on.").arg(tool.name);
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
        if (tool.isOptIn())
            return tr("Off: nothing turns it on, and %1 sends nothing until something does.").arg(tool.name);
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
