#pragma once

#include "editresult.h"

#include <QCoreApplication>

namespace tlens {

// Sets `usage_stats` in Ray's config.json (~/.ray/config.json or $RAY_USAGE_STATS_CONFIG_PATH)
// the way Ray's own `ray disable-usage-stats` does: a JSON boolean in the top-level object, every
// other key and its order kept, written as compact one-line JSON. Ray replaces an unparseable
// file with {}; this editor must never do that: it refuses and names the parse error instead.
class RayConfigEditor final {
    Q_DECLARE_TR_FUNCTIONS(RayConfigEditor)
public:
    // `current` std::nullopt: the file does not exist. `path` is only used in messages.
    static EditResult setUsageStats(const std::optional<QByteArray> &current, bool enabled,
                                    const QString &path);
};

} // namespace tlens
