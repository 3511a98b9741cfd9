#include "appdirs.h"

#include <QStandardPaths>

namespace tlens {

namespace {

QString &chosenDataDir()
{
    static QString dir;
    return dir;
}

} // namespace

QString appDataDir()
{
    const QString env = qEnvironmentVariable("TLENS_DATA_DIR");
    if (!env.isEmpty())
        return env;
    if (!chosenDataDir().isEmpty())
        return chosenDataDir();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void setAppDataDir(const QString &dir)
{
    chosenDataDir() = dir;
}

} // namespace tlens
