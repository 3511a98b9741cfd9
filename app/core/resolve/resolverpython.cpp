// How the resolver judges settings files that Python tools load and then validate themselves:
// YAML read by PyYAML (YAML 1.1) and judged as pydantic validates it (ZenML) or by Python's truth
// value (Dagster), and Ultralytics' settings.json, which it resets when it does not match.
#include "formats/pyyamlvalue.h"
#include "formats/ultralyticssettings.h"
#include "resolver.h"

namespace tlens {

namespace {

using Effect = Grammar::Effect;
using Lookup = PyYamlValue::Lookup;
using Type = PyYamlValue::Type;

} // namespace

void Resolver::judgePyYaml(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                           const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    const QStringList keyPath = spec.key.split(QLatin1Char('.'));
    const PyYamlValue v = PyYamlValue::find(data, keyPath);
    const bool zenml = spec.grammar == QLatin1String("zenml-opt-in");
    switch (v.lookup) {
    case Lookup::Malformed:
        // yaml.safe_load raises: both tools fail when they load the file.
        c->effect = Effect::Invalid;
        c->input.line = v.line;
        c->input.text = tr("unreadable YAML file");
        c->input.note = tr("%1 cannot read this file as YAML (%2): it fails when it loads its settings.")
                            .arg(tool.name, v.text);
        warnings->append(
            { QStringLiteral("unparseable-config"),
              tr("%1 cannot be read by %2 (%3). Fix the file; Telemetry Lens will not rewrite it.")
                  .arg(path, tool.name, v.text) });
        return;
    case Lookup::Empty:
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file holds no settings, so it does not decide.");
        return;
    case Lookup::RootNotMapping:
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note
            = tr("The file does not hold a mapping of settings, so %1 does not use it.").arg(tool.name);
        if (zenml)
            warnings->append({ QStringLiteral("malformed-will-reset"),
                               tr("%1 is not a YAML mapping: %2 replaces it with a fresh configuration, "
                                  "with analytics on, the next time it saves a setting. Fix the file.")
                                   .arg(path, tool.name) });
        return;
    case Lookup::ParentMissing:
    case Lookup::Missing:
        c->deciding = false;
        c->input.role = InputRole::Ignored;
        c->input.note = tr("The file has no %1 value, so it does not decide.").arg(spec.key);
        return;
    case Lookup::ParentNotMapping:
        // Dagster: `"enabled" in telemetry` raises a TypeError for false, null or a number.
        c->effect = Effect::Invalid;
        c->input.line = v.line;
        c->input.value = v.shown();
        c->input.text = keyPath.first() + QStringLiteral(": ") + c->input.value;
        c->input.note = tr("%1 must be a mapping that holds %2; %3 raises an error when it reads %4.")
                            .arg(keyPath.first(), keyPath.last(), tool.name, c->input.value);
        return;
    case Lookup::Found:
        break;
    }
    c->input.line = v.line;
    c->input.value = v.shown();
    c->input.text = spec.key + QStringLiteral(": ") + c->input.value;

    if (zenml) {
        // pydantic validates the loaded value as a bool: booleans, 0 and 1, and its bool strings.
        switch (v.type) {
        case Type::Bool:
            c->effect = v.boolean ? Effect::Enables : Effect::Disables;
            return;
        case Type::Int:
        case Type::Float:
            if (v.number == 0.0 || v.number == 1.0) {
                c->effect = v.number == 1.0 ? Effect::Enables : Effect::Disables;
                return;
            }
            break;
        case Type::String: {
            const Grammar::Judgement j
                = Grammar::judgeText(QStringLiteral("pydantic-bool"), spec.key, v.text, tool.name);
            if (j.effect != Effect::Invalid) {
                c->effect = j.effect;
                if (v.quoted)
                    c->input.note = tr("A quoted string; pydantic still reads it as a boolean.");
                return;
            }
            break;
        }
        default:
            break;
        }
        c->effect = Effect::Invalid;
        c->input.note = tr("pydantic accepts only a boolean here (true, false, yes, no, on, off, 1, 0, ...); "
                           "%1 fails to load its configuration with %2.")
                            .arg(tool.name, c->input.value);
        return;
    }

    // Dagster returns the raw value and tests its truth.
    c->effect = v.truthy() ? Effect::Enables : Effect::Disables;
    if (v.type == Type::Null) {
        c->input.note = tr("null counts as false.");
    } else if (v.type == Type::String && !v.empty) {
        c->input.note = v.quoted
            ? tr("A quoted string, which %1 treats as true.").arg(tool.name)
            : tr("In YAML 1.1 this is a string, not a boolean, and %1 treats any non-empty "
                 "string as true.")
                  .arg(tool.name);
        warnings->append({ QStringLiteral("quoted-boolean"),
                           tr("%1 is the string \"%2\" in %3, which %4 treats as true: telemetry stays on. "
                              "Write the YAML boolean false, without quotes.")
                               .arg(spec.key, v.text, path, tool.name) });
    }
}

void Resolver::judgeUltralytics(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                                const QByteArray &data, Candidate *c, QList<Warning> *warnings) const
{
    const UltralyticsSettings::Check check = UltralyticsSettings::check(data);
    c->input.line = check.syncLine;
    c->input.value = check.syncText;
    c->input.text = check.syncText.isEmpty() ? spec.key : spec.key + QStringLiteral(": ") + check.syncText;
    if (!check.resetReasons.isEmpty()) {
        const QString reasons = check.resetReasons.join(QStringLiteral("; "));
        c->effect = Effect::Enables;
        c->input.text = tr("%1 (%2 resets the file to sync true)").arg(c->input.text, tool.name);
        c->input.note
            = tr("%1 resets this file to its defaults, sync true included, when it is next imported: "
                 "%2.")
                  .arg(tool.name, reasons);
        warnings->append({ QStringLiteral("settings-will-reset"),
                           tr("%1 will be reset by %2 at its next import (%3): sync goes back to true and "
                              "telemetry stays on. Fix the file, or run yolo settings reset and then yolo "
                              "settings sync=False.")
                               .arg(path, tool.name, reasons) });
        return;
    }
    c->effect = *check.sync ? Effect::Enables : Effect::Disables;
    if (!*check.sync) {
        const QString version = check.settingsVersion.isEmpty() ? tr("(none)") : check.settingsVersion;
        c->input.note
            = tr("Kept only while the file matches the installed release: settings version %1.").arg(version);
    }
}

} // namespace tlens
