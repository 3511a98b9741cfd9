#include "cli/cli.h"
#include "common/terminationsignals.h"
#include "demo/demoworkstation.h"
#include "i18n/language.h"

#ifdef TLENS_HAVE_UI
#include "application.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

#ifdef TLENS_HAVE_UI
// Whether the window can open: a display, or a platform chosen explicitly (offscreen, vnc, …).
bool haveDisplay(const QStringList &args)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || args.contains(QLatin1String("-platform"))
        || args.contains(QLatin1String("--platform")))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}
#endif

// The window's options, for the text report that stands in for it: several accounts (a root, the
// sample, --all-users) make an audit, one account a status table.
QString standInCommand(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--all-users") || a == QLatin1String("--demo")
            || a.startsWith(QLatin1String("--root")))
            return QStringLiteral("audit");
    }
    return QStringLiteral("status");
}

} // namespace

// One executable: with a command it is the CLI, without one it opens the window (or, without a
// display, prints the same findings as text).
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
    if (!wantsCli && haveDisplay(args))
        return tlens::runGui(argc, argv);
    const bool noDisplay = !wantsCli;
#else
    const bool noDisplay = false; // a build without the window prints its findings
#endif
    // Output piped into `head` must not kill the command half-way: it would leave a --demo copy
    // behind. A closed pipe makes the writes fail instead.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("telemetry-lens"));
    QCoreApplication::setOrganizationName(QStringLiteral("telemetry-lens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TLENS_VERSION));
    tlens::Language::install(tlens::Language::fromArguments(args));
    // Told to stop (Ctrl+C, a closed terminal, kill): remove the --demo copy before ending.
    tlens::TerminationSignals terminations;
    terminations.handleInThread([] { tlens::DemoWorkstation::removeLiveCopies(); });
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    tlens::Cli cli(out, err, &in);
    if (wantsCli)
        return cli.run(args);
    if (noDisplay)
        err << QCoreApplication::translate(
            "Cli",
            "No graphical display was found, so the findings are printed here. Run "
            "\"telemetry-lens --help\" to see every command.")
            << Qt::endl;
    return cli.run(QStringList { standInCommand(args) } + args);
}
