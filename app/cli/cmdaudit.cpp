#include "cli.h"
#include "commands.h"

#include "catalog/catalog.h"
#include "common/privatefile.h"
#include "discovery/discovery.h"
#include "report/auditreport.h"
#include "report/donottrackview.h"

namespace tlens {

namespace {

// An account must have been found; otherwise say how to name one.
bool haveAccounts(CliContext &ctx, const ScanResult &result)
{
    if (!result.users.isEmpty())
        return true;
    if (ctx.rootGiven && ctx.home.isEmpty())
        ctx.err
            << Cli::tr(
                   "No account of yours exists in %1/etc/passwd. Name the account with --home (for example "
                   "--home /home/alice), or use audit --all-users.")
                   .arg(ctx.root)
            << Qt::endl;
    else
        ctx.err << Cli::tr("No account was found to examine. Name it with --home PATH.") << Qt::endl;
    return false;
}

bool writeOutput(CliContext &ctx, const QString &path, const AuditReport &report, AuditReport::Format format)
{
    QString error;
    if (!PrivateFile::write(
            path, [&](QIODevice *device) { return report.write(format, device); }, &error)) {
        ctx.err << Cli::tr("Could not write %1: %2. Choose another --output path.").arg(path, error)
                << Qt::endl;
        return false;
    }
    return true;
}

// Standard output: bytes go straight to the device when there is one (no copy of a large report
// as text); a stream on a string (in tests) gets the text.
void writeReport(CliContext &ctx, const AuditReport &report, AuditReport::Format format)
{
    ctx.out.flush();
    if (QIODevice *device = ctx.out.device()) {
        report.write(format, device);
        return;
    }
    ctx.out << QString::fromUtf8(report.render(format));
}

QString formatList()
{
    return QStringLiteral("text|json|csv|html|openmetrics");
}

} // namespace

int runStatus(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show each tool's telemetry state for your account, and why."));
    CliContext::addCommonOptions(parser);
    parser.addOption({ QStringLiteral("json"), Cli::tr("Print the result as JSON (schema_version 1).") });
    parser.addOption({ QStringLiteral("all-tools"),
                       Cli::tr("List every supported tool, not only those present for the account.") });
    parser.addOption(
        { QStringLiteral("do-not-track"),
          Cli::tr("Show which tools honour DO_NOT_TRACK, with which values, and which ignore it.") });
    if (const int code = ctx.parse(parser, QStringLiteral("status"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("status takes no arguments, only options."), QStringLiteral("status"));
    const ScanResult result = Scanner::scan(ctx.scanOptions());
    if (!haveAccounts(ctx, result))
        return Cli::Usage;
    AuditReport report(result);
    report.setAllTools(parser.isSet(QStringLiteral("all-tools")));
    if (parser.isSet(QStringLiteral("do-not-track"))) {
        for (const UserScan &u : result.users)
            ctx.out << DoNotTrackView::toText(result, u, parser.isSet(QStringLiteral("all-tools")));
        return Cli::Success;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeReport(ctx, report, AuditReport::Format::Json);
        return Cli::Success;
    }
    ctx.out << report.toText(true);
    return Cli::Success;
}

int runAudit(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Report on the accounts of a machine and its machine-wide telemetry data."));
    CliContext::addCommonOptions(parser);
    parser.addOption({ QStringLiteral("all-users"),
                       Cli::tr("Every account with a home directory (from /etc/passwd, else /home/*).") });
    parser.addOption({ QStringLiteral("format"), Cli::tr("Output format: %1.").arg(formatList()),
                       Cli::tr("FORMAT"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("output"),
                       Cli::tr("Write the report to FILE instead of standard output."), Cli::tr("FILE") });
    parser.addOption(
        { QStringLiteral("fail-on-enabled"), Cli::tr("Exit with status 1 when any tool is collecting.") });
    parser.addOption({ QStringLiteral("json"), Cli::tr("Same as --format json.") });
    parser.addOption({ QStringLiteral("all-tools"),
                       Cli::tr("List every supported tool, not only those present for the account.") });
    parser.addOption({ QStringLiteral("compare"),
                       Cli::tr("Say what changed since the audit report PREVIOUS (made with --format json) "
                               "instead of reporting; exit with status 1 when a tool started collecting."),
                       Cli::tr("PREVIOUS") });
    if (const int code = ctx.parse(parser, QStringLiteral("audit"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("audit takes no arguments, only options."), QStringLiteral("audit"));
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("format"))
        && parser.value(QStringLiteral("format")) != QLatin1String("json"))
        return ctx.conflictError(QStringLiteral("--json"),
                                 QStringLiteral("--format ") + parser.value(QStringLiteral("format")),
                                 QStringLiteral("audit"));
    AuditReport::Format format = AuditReport::Format::Text;
    const QString formatName = parser.isSet(QStringLiteral("json")) ? QStringLiteral("json")
                                                                    : parser.value(QStringLiteral("format"));
    if (!AuditReport::parseFormat(formatName, &format))
        return ctx.usageError(Cli::tr("unknown format \"%1\"; use one of %2.").arg(formatName, formatList()),
                              QStringLiteral("audit"));
    const bool compare = parser.isSet(QStringLiteral("compare"));
    if (compare && format != AuditReport::Format::Text && format != AuditReport::Format::Json)
        return ctx.usageError(Cli::tr("--compare prints text or JSON."), QStringLiteral("audit"));
    ScanOptions options = ctx.scanOptions();
    options.allUsers = parser.isSet(QStringLiteral("all-users")) || (ctx.rootGiven && ctx.home.isEmpty());
    if (options.allUsers)
        options.home = ctx.home; // every account, unless --home names one
    const ScanResult result = Scanner::scan(options);
    if (compare)
        return printDrift(ctx, result, parser.value(QStringLiteral("compare")),
                          format == AuditReport::Format::Json, parser.value(QStringLiteral("output")));
    AuditReport report(result);
    report.setAllTools(parser.isSet(QStringLiteral("all-tools")));
    if (parser.isSet(QStringLiteral("output"))) {
        if (!writeOutput(ctx, parser.value(QStringLiteral("output")), report, format))
            return Cli::Failure;
    } else {
        writeReport(ctx, report, format);
    }
    if (parser.isSet(QStringLiteral("fail-on-enabled")) && AuditReport::anyEnabled(result))
        return Cli::Failure;
    return Cli::Success;
}

int runShow(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show one tool in detail: every input in precedence order, stored reports, "
                "identifiers, and what it would send."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("TOOL"),
        Cli::tr("One of: %1.").arg(Catalog::instance().ids().join(QStringLiteral(", "))));
    parser.addOption({ QStringLiteral("sent"), Cli::tr("List what was sent: the stored reports.") });
    parser.addOption(
        { QStringLiteral("would-send"),
          Cli::tr(
              "Show the next report this machine would send, and what is still sent after opting out.") });
    parser.addOption({ QStringLiteral("json"), Cli::tr("Print JSON.") });
    if (const int code = ctx.parse(parser, QStringLiteral("show"), args); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.usageError(
            Cli::tr("name exactly one tool: %1.").arg(Catalog::instance().ids().join(QStringLiteral(", "))),
            QStringLiteral("show"));
    const ToolSpec *tool = Catalog::instance().tool(pos.first());
    if (!tool)
        return ctx.usageError(Cli::tr("unknown tool \"%1\"; use one of %2.")
                                  .arg(pos.first(), Catalog::instance().ids().join(QStringLiteral(", "))),
                              QStringLiteral("show"));
    if (parser.isSet(QStringLiteral("sent")) && parser.isSet(QStringLiteral("would-send")))
        return ctx.conflictError(QStringLiteral("--sent"), QStringLiteral("--would-send"),
                                 QStringLiteral("show"));
    ScanOptions options = ctx.scanOptions();
    options.tools = { tool->id };
    const ScanResult result = Scanner::scan(options);
    if (!haveAccounts(ctx, result))
        return Cli::Usage;
    const UserScan &user = result.users.first();
    const ToolStatus &status = user.tools.first();
    const bool json = parser.isSet(QStringLiteral("json"));
    return showTool(ctx, result, user, *tool, status, parser.isSet(QStringLiteral("sent")),
                    parser.isSet(QStringLiteral("would-send")), json);
}

} // namespace tlens
