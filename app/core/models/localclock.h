#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tlens {

// Local wall-clock time of report timestamps, for tables and the timeline. The C library consults
// the time zone file on every conversion, which dominates when 10,000 reports are shown or
// counted; the offset from UTC only changes on the hour, so each hour's offset is asked once per
// thread. For display and grouping only, never for anything that is stored.
class LocalClock final {
public:
    static QDateTime local(qint64 msSinceEpoch); // as UTC-specced wall-clock time
    static QDate date(qint64 msSinceEpoch);
    static QString text(qint64 msSinceEpoch); // "2026-11-21 08:30:12"
};

} // namespace tlens
