#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tlens {

// Ultralytics' settings.json as its SettingsManager validates it at import: a file whose keys,
// value types or settings_version do not match the installed release's defaults is reset to those
// defaults, sync: true included. The key set is known for settings_version 0.0.6; the types of the
// known keys hold for every version.
class UltralyticsSettings final {
    Q_DECLARE_TR_FUNCTIONS(UltralyticsSettings)
public:
    struct Check {
        bool parsed = false; // a JSON object
        std::optional<bool> sync; // the JSON boolean, when it is one
        QString syncText; // the sync value as written (JSON), empty when absent
        int syncLine = 0;
        QString settingsVersion;
        QStringList resetReasons; // translated; empty when Ultralytics keeps the file
    };

    static Check check(const QByteArray &data);
};

} // namespace tlens
