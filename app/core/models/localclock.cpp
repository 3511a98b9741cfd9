#include "localclock.h"

#include <QHash>

namespace tlens {

QDateTime LocalClock::local(qint64 msSinceEpoch)
{
    thread_local QHash<qint64, int> offsets;
    const qint64 hour = msSinceEpoch / 3600000;
    auto it = offsets.constFind(hour);
    if (it == offsets.constEnd()) {
        if (offsets.size() > 100000)
            offsets.clear();
        it = offsets.insert(hour, QDateTime::fromMSecsSinceEpoch(msSinceEpoch).offsetFromUtc());
    }
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch + qint64(*it) * 1000, Qt::UTC);
}

QDate LocalClock::date(qint64 msSinceEpoch)
{
    return local(msSinceEpoch).date();
}

QString LocalClock::text(qint64 msSinceEpoch)
{
    return local(msSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace tlens
