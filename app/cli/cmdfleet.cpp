#include "cli.h"
#include "commands.h"

#include "fleet/fleetreport.h"

#include <QSaveFile>

namespace tlens {

namespace {

QString fleetFormats()
{
    return QStringLiteral("text|json|csv|html");
}

} // namespace

int runFleet(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Merge the audit reports of many machines (audit --format json) into one report."));
    parser.addPositionalArgument(QStringLiteral("FILE_OR_DIR"),
                                 Cli::tr("Audit reports, or folders of them (*.json); each host is named "
                                         "after its file."),
                                 QStringLiteral("FILE_OR_DIR..."));
    parser.addOption({ QStringLiteral("format"), Cli::tr("Output format: %1.").arg(fleetFormats()),
                       Cli::tr("FORMAT"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("output"),
                       Cli::tr("Write the report to FILE instead of standard output."), Cli::tr("FILE") });
    parser.addOption({ QStringLiteral("fail-on-enabled"),
                       Cli::tr("Exit with status 1 when a tool collects on any host.") });
    parser.addOption(
        { QStringLiteral("lang"), Cli::tr("Language of the output (en, de, fr)."), Cli::tr("LANG") });
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { QStringLiteral("telemetry-lens fleet") } + args))
        return ctx.usageError(parser.errorText(), QStringLiteral("fleet"));
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty())
            help.replace(program + QLatin1Char(' '), QStringLiteral("telemetry-lens fleet "));
        ctx.out << help;
        return Cli::Success;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return ctx.usageError(Cli::tr("name the audit reports or folders of them."), QStringLiteral("fleet"));
    FleetReport::Format format = FleetReport::Format::Text;
    const QString formatName = parser.value(QStringLiteral("format"));
    if (!FleetReport::parseFormat(formatName, &format))
        return ctx.usageError(
            Cli::tr("unknown format \"%1\"; use one of %2.").arg(formatName, fleetFormats()),
            QStringLiteral("fleet"));
    FleetReport report;
    QStringList errors;
    if (!report.load(paths, &errors)) {
        for (const QString &e : std::as_const(errors))
            ctx.err << e << "\n";
        ctx.err << Cli::tr("No fleet report was written: fix or remove the files named above.") << Qt::endl;
        return Cli::Usage;
    }
    const QByteArray data = report.render(format);
    if (parser.isSet(QStringLiteral("output"))) {
        const QString path = parser.value(QStringLiteral("output"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            ctx.err << Cli::tr("Could not write %1: %2. Choose another --output path.")
                           .arg(path, file.errorString())
                    << Qt::endl;
            return Cli::Failure;
        }
    } else {
        ctx.out << QString::fromUtf8(data);
    }
    if (parser.isSet(QStringLiteral("fail-on-enabled")) && report.anyCollecting())
        return Cli::Failure;
    return Cli::Success;
}

} // namespace tlens
