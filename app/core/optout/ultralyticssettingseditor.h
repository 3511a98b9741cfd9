#pragma once

#include "editresult.h"

#include <QCoreApplication>

#include <optional>

namespace tlens {

// Sets "sync" in Ultralytics' settings.json to a JSON boolean, keeping every other key, its order
// and the exact settings_version, written back as Ultralytics writes it (JSON, 2-space indent).
// A file Ultralytics would reset anyway (malformed, wrong keys or types) is never rewritten: the
// opt-out would be lost at its next import. A missing file is not created either: Ultralytics
// would replace a file without its other keys.
class UltralyticsSettingsEditor final {
    Q_DECLARE_TR_FUNCTIONS(UltralyticsSettingsEditor)
public:
    static EditResult setSync(const std::optional<QByteArray> &current, bool sync, const QString &path);
};

} // namespace tlens
