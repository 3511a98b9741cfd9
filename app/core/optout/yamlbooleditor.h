#pragma once

#include "editresult.h"

#include <QCoreApplication>

#include <optional>

namespace tlens {

// Sets a key path of one or two levels ("analytics_opt_in", "telemetry.enabled") in a block-style
// YAML settings file to a plain YAML boolean, by a minimal line edit: comments, unknown keys, order
// and line endings stay as written (ZenML's config.yaml, Dagster's dagster.yaml). The result is
// parsed again and must hold the boolean and otherwise the same tree. A file that cannot be read
// (syntax error, several documents, not a mapping, flow style, a duplicate key on the path) is
// never rewritten.
class YamlBoolEditor final {
    Q_DECLARE_TR_FUNCTIONS(YamlBoolEditor)
public:
    static EditResult setBool(const std::optional<QByteArray> &current, const QString &keyPath, bool value,
                              const QString &path);
};

} // namespace tlens
