#include "cli.h"
#include "commands.h"

#include "drift/auditdrift.h"

#include <QSaveFile>

namespace tlens {

int printDrift(CliContext &ctx, const ScanResult &result, const QString &previousPath, bool json,
               const QString &output)
{
    AuditSnapshot previous;
    QString error;
    if (!AuditSnapshot::load(previousPath, &previous, &error)) {
        ctx.err << error << Qt::endl;
        return Cli::Usage;
    }
    const QList<DriftChange> changes = AuditDrift::compare(previous, AuditSnapshot::fromScan(result));
    const QByteArray data
        = json ? AuditDrift::toJson(changes, previous) : AuditDrift::toText(changes, previous).toUtf8();
    if (!output.isEmpty()) {
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            ctx.err << Cli::tr("Could not write %1: %2. Choose another --output path.")
                           .arg(output, file.errorString())
                    << Qt::endl;
            return Cli::Failure;
        }
    } else {
        ctx.out << QString::fromUtf8(data);
        ctx.out.flush();
    }
    return AuditDrift::anyStartedCollecting(changes) ? Cli::Failure : Cli::Success;
}

} // namespace tlens
