#include "ultralyticssettingseditor.h"

#include "formats/ultralyticssettings.h"

#include <nlohmann/json.hpp>

namespace tlens {

EditResult UltralyticsSettingsEditor::setSync(const std::optional<QByteArray> &current, bool sync,
                                              const QString &path)
{
    if (!current) {
        if (sync)
            return EditResult::success(std::nullopt);
        return EditResult::failure(
            tr("%1 does not exist yet, and Ultralytics replaces a settings file that lacks its other keys. "
               "Run yolo settings once (or yolo settings sync=False), then try again.")
                .arg(path));
    }
    const UltralyticsSettings::Check check = UltralyticsSettings::check(*current);
    if (!check.resetReasons.isEmpty())
        return EditResult::failure(tr("%1 would be reset by Ultralytics at its next import (%2), which would "
                                      "switch sync back on; it "
                                      "was left unchanged. Run yolo settings reset, then try again.")
                                       .arg(path, check.resetReasons.join(QStringLiteral("; "))));
    if (check.sync && *check.sync == sync)
        return EditResult::success(current);
    using Json = nlohmann::ordered_json;
    Json doc = Json::parse(current->constBegin(), current->constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return EditResult::failure(tr("%1 could not be read again; it was left unchanged.").arg(path));
    doc["sync"] = sync;
    QByteArray out;
    try {
        out = QByteArray::fromStdString(doc.dump(2));
    } catch (const Json::exception &) {
        return EditResult::failure(tr("%1 holds text that is not valid UTF-8, so it could not be written "
                                      "back; it was left unchanged.")
                                       .arg(path));
    }
    if (current->endsWith('\n'))
        out += '\n';
    // The result must be a file Ultralytics keeps, with the new value.
    const UltralyticsSettings::Check after = UltralyticsSettings::check(out);
    if (!after.resetReasons.isEmpty() || !after.sync || *after.sync != sync
        || after.settingsVersion != check.settingsVersion)
        return EditResult::failure(
            tr("%1 could not be changed safely; it was left unchanged. Run yolo settings "
               "sync=%2 instead.")
                .arg(path, sync ? QStringLiteral("True") : QStringLiteral("False")));
    return EditResult::success(out);
}

} // namespace tlens
