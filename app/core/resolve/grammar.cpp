#include "grammar.h"

#include "catalog/catalog.h"

#include <QByteArray>
#include <QRegularExpression>

#include <algorithm>

namespace tlens {

namespace {

bool oneOf(const QString &value, std::initializer_list<const char *> options)
{
    for (const char *o : options) {
        if (value.compare(QLatin1String(o), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A Rasa Pro licence is a JWT; a developer licence names its scope in the payload.
bool isDeveloperLicence(const QString &token)
{
    const QStringList parts = token.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return payload.toLower().contains("developer");
}

Grammar::Effect effectFromName(const QString &name)
{
    if (name == QLatin1String("enables"))
        return Grammar::Effect::Enables;
    if (name == QLatin1String("disables"))
        return Grammar::Effect::Disables;
    if (name == QLatin1String("invalid"))
        return Grammar::Effect::Invalid;
    return Grammar::Effect::None;
}

bool matches(const GrammarCase &c, const QString &value)
{
    const QString v = c.trim ? value.trimmed() : value;
    if (c.matchEmpty && v.isEmpty())
        return true;
    const Qt::CaseSensitivity cs = c.foldCase ? Qt::CaseInsensitive : Qt::CaseSensitive;
    return std::any_of(c.values.cbegin(), c.values.cend(),
                       [&v, cs](const QString &spelling) { return v.compare(spelling, cs) == 0; });
}

// %1 the tool, %2 the variable or key, %3 the value.
QString fill(const QString &english, const QString &toolName, const QString &key, const QString &value)
{
    if (english.isEmpty())
        return english;
    QString out = Catalog::text(english);
    out.replace(QLatin1String("%1"), toolName);
    out.replace(QLatin1String("%2"), key);
    out.replace(QLatin1String("%3"), value);
    return out;
}

} // namespace

Grammar::Judgement Grammar::judgeData(const GrammarSpec &grammar, const QString &key, const QString &value,
                                      const QString &toolName)
{
    const GrammarCase *hit = &grammar.otherwise;
    for (const GrammarCase &c : grammar.cases) {
        if (matches(c, value)) {
            hit = &c;
            break;
        }
    }
    Judgement j;
    j.effect = effectFromName(hit->effect);
    j.note = fill(hit->note, toolName, key, value);
    if (!hit->warningCode.isEmpty()) {
        j.warningCode = hit->warningCode;
        j.warning = fill(hit->warning, toolName, key, value);
    }
    return j;
}

QString Grammar::effectName(Effect effect)
{
    switch (effect) {
    case Effect::Enables:
        return QStringLiteral("enables");
    case Effect::Disables:
        return QStringLiteral("disables");
    case Effect::Invalid:
        return QStringLiteral("invalid");
    case Effect::None:
        break;
    }
    return QStringLiteral("none");
}

Grammar::Judgement Grammar::judgeText(const QString &grammar, const QString &key, const QString &value,
                                      const QString &toolName)
{
    const GrammarSpec *spec = Catalog::instance().grammar(grammar);
    if (spec && spec->rule.isEmpty())
        return judgeData(*spec, key, value, toolName);
    Judgement j;
    if (grammar == QLatin1String("ray-env")) {
        if (value == QLatin1String("1")) {
            j.effect = Effect::Enables;
        } else if (value == QLatin1String("0")) {
            j.effect = Effect::Disables;
        } else {
            j.effect = Effect::Invalid;
            j.note = tr("%1 accepts exactly 1 or 0 here; any other value makes it raise an error at start.")
                         .arg(toolName);
        }
    } else if (grammar == QLatin1String("skyplane-bool")) {
        if (oneOf(value, { "true", "yes", "1" })) {
            j.effect = Effect::Enables;
        } else if (oneOf(value, { "false", "no", "0" })) {
            j.effect = Effect::Disables;
        } else {
            j.effect = Effect::Invalid;
            j.note
                = tr("%1 accepts true, yes, 1, false, no or 0 here; any other value makes it raise an error.")
                      .arg(toolName);
        }
    } else if (grammar == QLatin1String("force-true")) {
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            j.effect = Effect::Enables;
            j.forced = true;
            j.note = tr("An internal testing switch that forces telemetry on past every opt-out.");
            j.warningCode = QStringLiteral("testing-override");
            j.warning
                = tr("%1=true forces %2 telemetry on, whatever else is set. Remove it.").arg(key, toolName);
        } else {
            j.note = tr("Only the value true has an effect.");
        }
    } else if (grammar == QLatin1String("mlflow-disable")) {
        if (oneOf(value, { "true", "1" })) {
            j.effect = Effect::Disables;
        } else if (oneOf(value, { "false", "0" })) {
            j.note = tr("false and 0 do not disable telemetry.");
        } else {
            j.effect = Effect::Disables;
            j.note = tr("An unusual value: recent %1 releases treat it as disabled, older ones may not.")
                         .arg(toolName);
            j.warningCode = QStringLiteral("unusual-value");
            j.warning = tr("%1 has the unusual value \"%2\"; set it to true to be sure.").arg(key, value);
        }
    } else if (grammar == QLatin1String("mlflow-do-not-track")) {
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            j.effect = Effect::Disables;
        } else {
            j.note = tr("%1 only honours DO_NOT_TRACK=true; this value is ignored.").arg(toolName);
            j.warningCode = QStringLiteral("do-not-track-ignored");
            j.warning = tr("DO_NOT_TRACK=%1 is ignored by %2, which only honours DO_NOT_TRACK=true. Set "
                           "MLFLOW_DISABLE_TELEMETRY=true instead.")
                            .arg(value, toolName);
        }
    } else if (grammar == QLatin1String("present-disables")) {
        j.effect = Effect::Disables;
        j.note = tr("Its mere presence switches %1 telemetry off (a CI or managed runtime is assumed).")
                     .arg(toolName);
    } else if (grammar == QLatin1String("rasa-env")) {
        if (value.toLower() == QLatin1String("true")) {
            j.effect = Effect::Enables;
        } else {
            j.effect = Effect::Disables;
            if (oneOf(value, { "1", "yes", "on" }))
                j.note = tr("Only \"true\" enables; \"%1\" disables.").arg(value);
        }
    } else if (grammar == QLatin1String("dvc-test")) {
        // DVC's env2bool: re.search("1|y|yes|true", value, re.I), a substring search.
        static const QRegularExpression truthy(QStringLiteral("1|y|yes|true"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (truthy.match(value).hasMatch()) {
            j.effect = Effect::Disables;
            j.note = tr("A test switch of %1: any value containing 1 or y turns its analytics off.")
                         .arg(toolName);
        } else {
            j.note = tr("Only values containing 1 or y (any case) have an effect.");
        }
    } else if (grammar == QLatin1String("nuxt-consent")) {
        // destr reads a number; the module compares it with the consent version (1).
        bool isNumber = false;
        const double consent = value.trimmed().toDouble(&isNumber);
        if (isNumber && consent >= 1) {
            j.effect = Effect::Enables;
            j.note = tr("Consent given: %1 sends usage data.").arg(toolName);
        } else {
            j.effect = Effect::Disables;
            j.note = tr("No consent: %1 sends nothing.").arg(toolName);
        }
    } else if (grammar == QLatin1String("rasa-pro-licence")) {
        if (isDeveloperLicence(value)) {
            j.effect = Effect::Enables;
            j.forced = true;
            j.note = tr("A Rasa Pro developer licence: telemetry is always on and nothing overrides it.");
            j.warningCode = QStringLiteral("developer-licence");
            j.warning
                = tr("A Rasa Pro developer licence is set in %1; with it Rasa always collects telemetry.")
                      .arg(key);
        } else {
            j.note = tr("A Rasa Pro licence. With a developer licence telemetry is always on.");
        }
    }
    return j;
}

bool Grammar::isSwitchOffAdvice(const QString &warningCode)
{
    return warningCode == QLatin1String("do-not-track-ignored");
}

} // namespace tlens
