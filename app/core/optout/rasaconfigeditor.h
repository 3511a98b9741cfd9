#pragma once

#include "editresult.h"

#include <QCoreApplication>

#include <optional>

namespace tlens {

// Sets `metrics.enabled` (and `traits.enabled` when that map exists, as Rasa Pro mirrors it) in
// ~/.config/rasa/global.yml to a YAML boolean, by a minimal line edit: ids, dates, comments,
// unknown keys, order and line endings stay as written. The result is parsed again with yaml-cpp
// and must hold plain booleans and otherwise the same tree. A file yaml-cpp or Rasa cannot read
// (syntax error, several documents, duplicate keys, flow-style maps) is never rewritten: Rasa
// would read it as empty and silently switch telemetry back on, so the person must fix it.
class RasaConfigEditor final {
    Q_DECLARE_TR_FUNCTIONS(RasaConfigEditor)
public:
    static EditResult setEnabled(const std::optional<QByteArray> &current, bool enabled, const QString &path);
};

} // namespace tlens
