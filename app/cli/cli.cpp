#include "cli.h"

#include "clicontext.h"
#include "cmdrequests.h"
#include "commands.h"

namespace tlens {

namespace {

struct CommandEntry {
    const char *name;
    int (*run)(CliContext &, const QStringList &);
    const char *summary; // translated in the "Cli" context
};

const CommandEntry kCommands[] = {
    { "status", runStatus,
      QT_TRANSLATE_NOOP("Cli", "Show each tool's telemetry state for your account, and why.") },
    { "audit", runAudit,
      QT_TRANSLATE_NOOP("Cli", "Report on every account and the machine (text, JSON, CSV or HTML).") },
    { "fleet", runFleet,
      QT_TRANSLATE_NOOP("Cli", "Merge the audit reports of many machines into one report.") },
    { "show", runShow,
      QT_TRANSLATE_NOOP("Cli", "Show one tool in detail: inputs, stored reports, what it would send.") },
    { "disable", runDisable,
      QT_TRANSLATE_NOOP(
          "Cli", "Switch telemetry off by writing each tool's own settings (preview, backup, undo).") },
    { "enable", runEnable, QT_TRANSLATE_NOOP("Cli", "Switch telemetry back on.") },
    { "undo", runUndo, QT_TRANSLATE_NOOP("Cli", "Revert the most recent change set.") },
    { "history", runHistory, QT_TRANSLATE_NOOP("Cli", "List past change sets.") },
    { "delete-request", runDeleteRequest,
      QT_TRANSLATE_NOOP("Cli", "Draft, send and record a request to delete a tool's telemetry data.") },
    { "requests", runRequests,
      QT_TRANSLATE_NOOP("Cli", "List deletion requests and their deadlines; --retry sends queued ones.") },
};

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err, QTextStream *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{ }

QStringList Cli::commands()
{
    QStringList names;
    for (const CommandEntry &c : kCommands)
        names.append(QLatin1String(c.name));
    return names;
}

int Cli::run(const QStringList &args)
{
    const QString first = args.value(0);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        m_out << "telemetry-lens " << QStringLiteral(TLENS_VERSION) << Qt::endl;
        return Success;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        m_out << tr("Usage: telemetry-lens [COMMAND] [OPTIONS]") << "\n\n";
        m_out << tr(
            "Telemetry Lens finds the telemetry settings and records of developer tools (Ray, Skyplane, "
            "MLflow, "
            "Rasa), explains each tool's real state, switches collection off, and drafts deletion requests.")
              << "\n\n";
        m_out << tr(
            "Without a command, the dashboard window opens (--demo opens the embedded sample workstation).")
              << "\n\n";
        m_out << tr("Commands:") << "\n";
        for (const CommandEntry &c : kCommands)
            m_out << "  " << QString::fromLatin1(c.name).leftJustified(16)
                  << QCoreApplication::translate("Cli", c.summary) << "\n";
        m_out << "\n" << tr("Options every command takes:") << "\n";
        const auto option = [this](const QString &name, const QString &value, const QString &text) {
            const QString left = name + QLatin1Char(' ') + value;
            m_out << "  " << left.leftJustified(16);
            if (left.size() >= 16)
                m_out << "\n" << QString(18, QLatin1Char(' '));
            m_out << text << "\n";
        };
        option(QStringLiteral("--root"), tr("DIR"),
               tr("Treat DIR as the filesystem root (a mounted disk or container image)."));
        option(QStringLiteral("--home"), tr("PATH"),
               tr("Examine the account whose home is PATH inside the root."));
        option(QStringLiteral("--demo"), QString(),
               tr("Use a private copy of the embedded sample workstation."));
        option(QStringLiteral("--lang"), tr("LANG"), tr("Language of the output (en, de, fr)."));
        m_out << "  --help          " << tr("Show the options of a command.") << "\n";
        m_out << "  --version       " << tr("Show the version.") << "\n\n";
        m_out << tr("Options of the window (without a command):") << "\n";
        const auto windowOption = [this](const QString &name, const QString &value, const QString &text) {
            m_out << "  " << QString(name + QLatin1Char(' ') + value).leftJustified(22) << text << "\n";
        };
        windowOption(QStringLiteral("--all-users"), QString(),
                     tr("Examine every account with a home folder."));
        windowOption(QStringLiteral("--show"), tr("VIEW"),
                     tr("Open a view once the first scan is shown: overview, requests, history, "
                        "tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL, disable-all."));
        windowOption(QStringLiteral("--screenshot"), tr("FILE"),
                     tr("Save a picture of the window to FILE once the first scan is shown, then quit."));
        windowOption(QStringLiteral("--size"), tr("WxH"), tr("Open the window WxH pixels large."));
        windowOption(QStringLiteral("--palette"), QStringLiteral("light|dark"),
                     tr("Use a plain light or dark palette instead of the desktop's."));
        windowOption(QStringLiteral("--exit-after-scan"), QString(),
                     tr("Quit once the first scan is shown."));
        windowOption(
            QStringLiteral("--timing"), QString(),
            tr("Print the time to the first paint and to the first scan shown, and the peak memory."));
        m_out << "\n";
        m_out << tr(
            "Exit status: 0 success, 1 something is enabled (with --fail-on-enabled) or a change or delivery "
            "failed, 2 usage error, 3 unreadable root.")
              << Qt::endl;
        return Success;
    }
    for (const CommandEntry &c : kCommands) {
        if (first == QLatin1String(c.name)) {
            CliContext ctx { m_out, m_err, m_in };
            const int code = c.run(ctx, args.mid(1));
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    m_err << tr("Unknown command \"%1\".").arg(first) << Qt::endl;
    m_err << tr("Run \"telemetry-lens --help\" to see the commands.") << Qt::endl;
    return Usage;
}

} // namespace tlens
