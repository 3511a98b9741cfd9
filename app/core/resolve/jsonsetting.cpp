#include "jsonsetting.h"

#include <QDateTime>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace tlens {

namespace {

using Effect = Grammar::Effect;
using json = nlohmann::json;

// JavaScript's truth test: false, 0, "" and null are false; everything else (the string "false") is true.
bool jsTruthy(const json &v)
{
    if (v.is_null())
        return false;
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_number())
        return v.get<double>() != 0.0;
    if (v.is_string())
        return !v.get<std::string>().empty();
    return true;
}

QString dump(const json &v)
{
    return QString::fromStdString(v.dump());
}

// Wrangler's CURRENT_METRICS_DATE is 4 July 2022; a permission dated earlier, or not at all, is asked
// again, which without a terminal means it is reset to enabled.
bool validWranglerDate(const json &date)
{
    QDateTime when;
    if (date.is_string()) {
        const QString text = QString::fromStdString(date.get<std::string>());
        when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid())
            when = QDateTime::fromString(text, Qt::ISODate);
    } else if (date.is_number()) {
        when = QDateTime::fromMSecsSinceEpoch(date.get<qint64>(), Qt::UTC);
    }
    return when.isValid() && when >= QDateTime(QDate(2022, 7, 4), QTime(0, 0), Qt::UTC);
}

} // namespace

bool JsonSetting::handles(const QString &grammar)
{
    static const QStringList names { QStringLiteral("js-truthy"), QStringLiteral("js-truthy-disables"),
                                     QStringLiteral("zod-bool"), QStringLiteral("angular-analytics"),
                                     QStringLiteral("wrangler-permission") };
    return names.contains(grammar);
}

JsonSetting::Judgement JsonSetting::judge(const QString &grammar, const json &root, const QString &keyPath,
                                          const QString &file, const QString &toolName)
{
    Judgement j;
    if (grammar == QLatin1String("angular-analytics")) {
        // Angular loads its global file as a workspace: without "version": 1 every ng command fails.
        const auto version = root.find("version");
        if (version == root.end() || !version->is_number() || version->get<double>() != 1.0) {
            j.effect = Effect::Invalid;
            j.note = tr("The file has no \"version\": 1, so every ng command fails with \"Workspace config "
                        "file cannot be loaded\".");
            return j;
        }
    }
    const QStringList parts = keyPath.split(QLatin1Char('.'));
    const json *node = &root;
    for (const QString &part : parts) {
        if (!node->is_object()) {
            if (grammar == QLatin1String("zod-bool")) {
                j.effect = Effect::Invalid;
                j.value = dump(*node);
                j.note = tr("%1 expects an object holding %2 here; any other value makes every command "
                            "fail.")
                             .arg(toolName, keyPath);
                return j;
            }
            j.missing = true;
            return j;
        }
        const auto it = node->find(part.toStdString());
        if (it == node->end()) {
            j.missing = true;
            return j;
        }
        node = &*it;
    }
    const json &v = *node;
    j.value = dump(v);
    const bool truthy = jsTruthy(v);
    if (grammar == QLatin1String("js-truthy")) {
        j.effect = truthy ? Effect::Enables : Effect::Disables;
        if (v.is_string() && truthy) {
            j.note = tr("A string, which %1 treats as true.").arg(toolName);
            j.warningCode = QStringLiteral("quoted-boolean");
            j.warning
                = tr("%1 is the string %2 in %3, which %4 treats as true: telemetry stays on. Write the "
                     "JSON boolean false, without quotes.")
                      .arg(keyPath, j.value, file, toolName);
        }
    } else if (grammar == QLatin1String("js-truthy-disables")) {
        j.effect = truthy ? Effect::Disables : Effect::Enables;
        if (v.is_string() && truthy) {
            j.note = tr("A string, which %1 treats as true: telemetry is off.").arg(toolName);
            j.warningCode = QStringLiteral("string-disables");
            j.warning = tr("%1 is the string %2 in %3, which %4 treats as true, so telemetry is off. Write "
                           "the JSON boolean true to say what you mean.")
                            .arg(keyPath, j.value, file, toolName);
        }
    } else if (grammar == QLatin1String("zod-bool")) {
        if (v.is_boolean()) {
            j.effect = v.get<bool>() ? Effect::Enables : Effect::Disables;
        } else {
            j.effect = Effect::Invalid;
            j.note = tr("%1 accepts only the JSON booleans true or false here; %2 makes every command fail "
                        "with \"An unexpected error occurred while trying to read the config\".")
                         .arg(toolName, j.value);
        }
    } else if (grammar == QLatin1String("angular-analytics")) {
        if (v.is_string()) {
            // The string is the user id; an empty one is a falsy id.
            j.effect = truthy ? Effect::Enables : Effect::Disables;
            j.note = truthy ? tr("A string here is the user id Angular sends with every event.")
                            : tr("An empty user id: Angular sends nothing.");
            if (v.get<std::string>() == "false") {
                j.warningCode = QStringLiteral("string-false-is-id");
                j.warning = tr("%1 is the string \"false\" in %2, which Angular takes as your user id: "
                               "analytics are on. Write the JSON boolean false.")
                                .arg(keyPath, file);
            }
        } else if (v.is_object()) {
            const auto uid = v.find("uid");
            if (uid != v.end() && uid->is_string()) {
                j.effect = Effect::Enables;
                j.note = tr("An object with a uid: Angular sends that user id.");
            } else {
                j.note = tr("No user id: Angular asks in an interactive terminal and otherwise sends "
                            "nothing.");
            }
        } else if (v.is_boolean() && !v.get<bool>()) {
            j.effect = Effect::Disables;
        } else {
            j.note = tr("%1 is no user id: Angular asks in an interactive terminal and otherwise sends "
                        "nothing.")
                         .arg(j.value);
        }
    } else if (grammar == QLatin1String("wrangler-permission")) {
        const QString parent = keyPath.section(QLatin1Char('.'), 0, -2);
        const json *holder = &root;
        for (const QString &part : parent.split(QLatin1Char('.'), Qt::SkipEmptyParts))
            holder = &holder->at(part.toStdString());
        const auto date = holder->find("date");
        if (date == holder->end() || !validWranglerDate(*date)) {
            j.effect = Effect::Enables;
            j.note = tr("Without a valid date from 4 July 2022 on, %1 replaces this with enabled: true at "
                        "its next run.")
                         .arg(toolName);
            if (!truthy) {
                j.warningCode = QStringLiteral("reset-without-date");
                j.warning
                    = tr("%1 in %2 has no valid date next to it, so %3 turns it back to true at its next "
                         "run, even for a status command. Switch %3 off with Telemetry Lens, which "
                         "writes the date.")
                          .arg(keyPath, file, toolName);
            }
            return j;
        }
        j.effect = truthy ? Effect::Enables : Effect::Disables;
        if (v.is_null()) {
            j.note = tr("null counts as off, although the status command says Enabled.");
            j.warningCode = QStringLiteral("status-says-enabled");
            j.warning = tr("%1 is null in %2: %3 sends nothing, but its status command prints Enabled.")
                            .arg(keyPath, file, toolName);
        } else if (v.is_string() && truthy) {
            j.note = tr("A string, which %1 treats as true.").arg(toolName);
            j.warningCode = QStringLiteral("quoted-boolean");
            j.warning
                = tr("%1 is the string %2 in %3, which %4 treats as true: telemetry stays on. Write the "
                     "JSON boolean false, without quotes.")
                      .arg(keyPath, j.value, file, toolName);
        }
    }
    return j;
}

} // namespace tlens
