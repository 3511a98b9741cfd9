#pragma once

#include "scan/scanresult.h"

#include <QByteArray>

namespace tlens {

// The audit as OpenMetrics text (the Prometheus exposition format, ending in "# EOF"), for
// node_exporter's textfile collector: per account and tool whether it collects or is
// misconfigured, its stored reports and identifiers, and the audit's time and duration. Only
// gauges, so that Prometheus' text parser and promtool read it as well. It must not scan or write.
class OpenMetricsReport final {
public:
    // `auditTimeMs`: when the audit finished (ms since the epoch).
    static QByteArray render(const ScanResult &result, qint64 auditTimeMs);
    // A label value with backslash, double quote and line feed escaped.
    static QByteArray escapeLabel(const QString &value);
};

} // namespace tlens
