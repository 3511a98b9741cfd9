#include "clicontext.h"

#include "cli.h"

#include "common/appdirs.h"

namespace tlens {

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("root"),
          tr("Treat DIR as the filesystem root for everything read and written (a mounted image)."),
          tr("DIR") });
    parser.addOption({ QStringLiteral("home"),
                       tr("Examine the account whose home is PATH (a path inside the root)."), tr("PATH") });
    parser.addOption({ QStringLiteral("demo"),
                       tr("Use a private copy of the embedded sample workstation; nothing on this computer "
                          "is read or changed.") });
    parser.addOption({ QStringLiteral("lang"), tr("Language of the output (en, de, fr)."), tr("LANG") });
    parser.addHelpOption();
}

int CliContext::takeCommonOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("demo"))) {
        if (parser.isSet(QStringLiteral("root"))) {
            err << tr("--demo and --root exclude each other: the sample workstation is the root.")
                << Qt::endl;
            return Cli::Usage;
        }
        QString error;
        demo = DemoWorkstation::extract(&error);
        if (!demo) {
            err << error << Qt::endl;
            return Cli::BadRoot;
        }
        root = demo->root();
        rootGiven = true;
        if (qEnvironmentVariableIsEmpty("TLENS_DATA_DIR"))
            setAppDataDir(demo->dataDir());
        ScanOptions everyone;
        everyone.root = root;
        everyone.allUsers = true;
        const QList<UserAccount> accounts = Scanner::accounts(RootFs(root), everyone);
        if (!accounts.isEmpty())
            demoHome = accounts.first().home;
    } else if (parser.isSet(QStringLiteral("root"))) {
        root = parser.value(QStringLiteral("root"));
        rootGiven = true;
        if (root.isEmpty()) {
            err << tr("--root needs a folder.") << Qt::endl;
            return Cli::Usage;
        }
    }
    QString error;
    if (!Scanner::checkRoot(root, &error)) {
        err << error << Qt::endl;
        return Cli::BadRoot;
    }
    if (parser.isSet(QStringLiteral("home"))) {
        home = parser.value(QStringLiteral("home"));
        if (home.isEmpty() || !home.startsWith(QLatin1Char('/'))) {
            err << tr("--home needs an absolute path inside the root, such as /home/alice.") << Qt::endl;
            return Cli::Usage;
        }
    }
    return -1;
}

int CliContext::parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { QStringLiteral("telemetry-lens ") + command } + args))
        return usageError(parser.errorText(), command);
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; people type "telemetry-lens COMMAND".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty())
            help.replace(program + QLatin1Char(' '),
                         QStringLiteral("telemetry-lens ") + command + QLatin1Char(' '));
        out << help;
        out.flush();
        return Cli::Success;
    }
    return takeCommonOptions(parser);
}

ScanOptions CliContext::scanOptions() const
{
    ScanOptions options;
    options.root = root;
    options.home = home.isEmpty() ? demoHome : home;
    options.liveEnvironment = !rootGiven;
    return options;
}

bool CliContext::confirm(const QString &question)
{
    out << question << QLatin1Char(' ') << tr("[y/N]") << QLatin1Char(' ');
    out.flush();
    if (!in)
        return false;
    const QString answer = in->readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y")
        || answer == tr("yes");
}

int CliContext::usageError(const QString &message, const QString &command)
{
    err << tr("telemetry-lens %1: %2").arg(command, message) << Qt::endl;
    err << tr("Run \"telemetry-lens %1 --help\" to see its options.").arg(command) << Qt::endl;
    return Cli::Usage;
}

int CliContext::conflictError(const QString &first, const QString &second, const QString &command)
{
    return usageError(tr("%1 and %2 contradict each other; give only one of them.").arg(first, second),
                      command);
}

} // namespace tlens
