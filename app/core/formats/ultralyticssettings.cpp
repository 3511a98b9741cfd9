#include "ultralyticssettings.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tlens {

namespace {

constexpr int kMaxDepth = 64; // settings.json is flat; a deeper file is hostile

// The defaults of settings_version 0.0.6: every key with its type (true: bool, false: str).
const std::pair<const char *, bool> kDefaults006[] = {
    { "settings_version", false },
    { "datasets_dir", false },
    { "weights_dir", false },
    { "runs_dir", false },
    { "uuid", false },
    { "sync", true },
    { "api_key", false },
    { "openai_api_key", false },
    { "clearml", true },
    { "comet", true },
    { "dvc", true },
    { "hub", true },
    { "mlflow", true },
    { "neptune", true },
    { "raytune", true },
    { "tensorboard", true },
    { "wandb", true },
    { "vscode_msg", true },
    { "openvino_msg", true },
};

bool tooDeep(const QByteArray &text)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

} // namespace

UltralyticsSettings::Check UltralyticsSettings::check(const QByteArray &data)
{
    Check out;
    if (tooDeep(data)) {
        out.resetReasons.append(tr("it is nested too deeply to be a settings file"));
        return out;
    }
    const nlohmann::json doc = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (doc.is_discarded()) {
        out.resetReasons.append(tr("it is not valid JSON, which Ultralytics reads as empty"));
        return out;
    }
    if (!doc.is_object()) {
        out.resetReasons.append(tr("it is not a JSON object"));
        return out;
    }
    out.parsed = true;
    const auto version = doc.find("settings_version");
    if (version != doc.end() && version->is_string())
        out.settingsVersion = QString::fromStdString(version->get<std::string>());
    const auto sync = doc.find("sync");
    if (sync != doc.end()) {
        out.syncText = QString::fromStdString(sync->dump());
        if (sync->is_boolean())
            out.sync = sync->get<bool>();
        const QByteArray needle("\"sync\"");
        const qsizetype pos = data.indexOf(needle);
        out.syncLine = pos < 0 ? 0 : int(data.left(pos).count('\n')) + 1;
    } else {
        out.resetReasons.append(tr("it has no sync key"));
    }
    for (const auto &[key, isBool] : kDefaults006) {
        const auto it = doc.find(key);
        if (it == doc.end())
            continue;
        const bool typeOk = isBool ? it->is_boolean() : it->is_string();
        if (!typeOk)
            out.resetReasons.append(
                isBool ? tr("%1 is %2, not a JSON boolean")
                             .arg(QString::fromLatin1(key), QString::fromStdString(it->dump()))
                       : tr("%1 is not a string").arg(QString::fromLatin1(key)));
    }
    if (out.settingsVersion == QLatin1String("0.0.6")) {
        QStringList missing;
        QStringList unknown;
        for (const auto &[key, isBool] : kDefaults006) {
            Q_UNUSED(isBool)
            if (!doc.contains(key) && qstrcmp(key, "sync") != 0)
                missing.append(QString::fromLatin1(key));
        }
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            const bool known = std::any_of(std::begin(kDefaults006), std::end(kDefaults006),
                                           [&it](const auto &d) { return it.key() == d.first; });
            if (!known)
                unknown.append(QString::fromStdString(it.key()));
        }
        if (!missing.isEmpty())
            out.resetReasons.append(
                tr("keys of settings version 0.0.6 are missing: %1").arg(missing.join(QStringLiteral(", "))));
        if (!unknown.isEmpty())
            out.resetReasons.append(tr("it has keys settings version 0.0.6 does not know: %1")
                                        .arg(unknown.join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace tlens
