#include "cli/cli.h"
#include "cli/language.h"

#ifdef TLENS_HAVE_UI
#include "application.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

// One executable: with a command it is the CLI, without one it opens the window.
int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // A first word that is not an option is a command (an unknown one gets the CLI's error); the
    // window takes only options.
    const bool wantsCli = !args.isEmpty()
        && (!args.first().startsWith(QLatin1Char('-')) || args.first() == QLatin1String("--help")
            || args.first() == QLatin1String("-h") || args.first() == QLatin1String("--version"));
#ifdef TLENS_HAVE_UI
    if (!wantsCli)
        return tlens::runGui(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("telemetry-lens"));
    QCoreApplication::setOrganizationName(QStringLiteral("telemetry-lens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TLENS_VERSION));
    tlens::Language::install(tlens::Language::fromArguments(args));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    tlens::Cli cli(out, err, &in);
    return cli.run(wantsCli ? args : QStringList{QStringLiteral("status")} + args);
}
