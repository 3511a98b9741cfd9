#include "turbojsonwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace tlens {

namespace {

class TurboJsonWriter {
    Q_DECLARE_TR_FUNCTIONS(TurboJsonWriter)
public:
    static EditResult write(const std::optional<QByteArray> &current, const FileOptOutRequest &request);
};

std::string newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

EditResult TurboJsonWriter::write(const std::optional<QByteArray> &current, const FileOptOutRequest &request)
{
    const OptOutFileSpec &spec = *request.spec;
    const std::string key = spec.key.toStdString();
    const nlohmann::json wanted
        = nlohmann::json::parse((request.disable ? spec.disableValue : spec.enableValue).toStdString());
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    if (current) {
        doc = nlohmann::ordered_json::parse(current->constBegin(), current->constEnd(), nullptr, false);
        if (doc.is_discarded() || !doc.is_object())
            return EditResult::failure(
                tr("%1 is not a valid JSON object; Turborepo would delete it and start "
                   "over with telemetry on. Fix or remove it; Telemetry Lens does not "
                   "rewrite it.")
                    .arg(request.path));
        if (doc.contains("telemetry_id") && doc.contains("telemetry_salt")) {
            const FileOptOutWriter inPlace = FileOptOutWriters::find(QStringLiteral("json-key"));
            if (!inPlace)
                return EditResult::failure(tr("Telemetry Lens cannot edit %1 in place.").arg(request.path));
            return inPlace(current, request);
        }
    }
    // turbo's own layout: telemetry_enabled, telemetry_id, telemetry_salt (serde's field order).
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out[key] = wanted;
    if (!doc.contains("telemetry_id")) {
        const std::string salt = doc.contains("telemetry_salt") && doc["telemetry_salt"].is_string()
            ? doc["telemetry_salt"].get<std::string>()
            : newUuid();
        out["telemetry_id"] = QCryptographicHash::hash(QByteArray::fromStdString(salt + newUuid()),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .toStdString();
    }
    if (!doc.contains("telemetry_salt"))
        out["telemetry_salt"] = newUuid();
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key() != key)
            out[it.key()] = it.value();
    }
    // Keep turbo's order when the file had id and salt of its own.
    nlohmann::ordered_json ordered = nlohmann::ordered_json::object();
    for (const char *name : { "telemetry_enabled", "telemetry_id", "telemetry_salt" }) {
        if (out.contains(name))
            ordered[name] = out[name];
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (!ordered.contains(it.key()))
            ordered[it.key()] = it.value();
    }
    return EditResult::success(QByteArray::fromStdString(ordered.dump(2)));
}

} // namespace

EditResult writeTurboJson(const std::optional<QByteArray> &current, const FileOptOutRequest &request)
{
    return TurboJsonWriter::write(current, request);
}

} // namespace tlens
