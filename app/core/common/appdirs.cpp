#include "appdirs.h"

#include <QStandardPaths>

namespace tlens {

QString appDataDir()
{
    const QString dir = qEnvironmentVariable("TLENS_DATA_DIR");
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

} // namespace tlens
