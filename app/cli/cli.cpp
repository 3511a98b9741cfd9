#include "cli.h"

namespace tlens {

Cli::Cli(QTextStream &out, QTextStream &err, QTextStream *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
}

QStringList Cli::commands()
{
    return {QStringLiteral("status"), QStringLiteral("audit"), QStringLiteral("show")};
}

bool Cli::isCommand(const QString &word)
{
    return commands().contains(word);
}

int Cli::run(const QStringList &args)
{
    if (args.value(0) == QLatin1String("--version")) {
        m_out << "telemetry-lens " << QStringLiteral(TLENS_VERSION) << Qt::endl;
        return Success;
    }
    m_err << tr("Unknown command \"%1\". Run telemetry-lens --help for the list of commands.").arg(args.value(0)) << Qt::endl;
    return Usage;
}

} // namespace tlens
