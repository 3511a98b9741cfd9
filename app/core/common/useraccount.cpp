#include "useraccount.h"

#include <QFileInfo>

namespace tlens {

QString UserAccount::shellName() const
{
    const QString base = QFileInfo(shell).fileName();
    if (base == QLatin1String("bash") || base == QLatin1String("zsh") || base == QLatin1String("fish"))
        return base;
    if (base == QLatin1String("sh") || base == QLatin1String("dash"))
        return QStringLiteral("sh");
    return {};
}

} // namespace tlens
