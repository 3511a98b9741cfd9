#include "cli.h"
#include "commands.h"

#include "discovery/discovery.h"
#include "payload/payloads.h"
#include "report/auditreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tlens {

namespace {

QString location(const Input &in)
{
    if (in.file.isEmpty())
        return {};
    return in.line > 0 ? QStringLiteral("%1:%2").arg(in.file).arg(in.line) : in.file;
}

QString roleLabel(InputRole role)
{
    switch (role) {
    case InputRole::Won:
        return Cli::tr("won");
    case InputRole::Shadowed:
        return Cli::tr("shadowed");
    case InputRole::Invalid:
        return Cli::tr("invalid");
    case InputRole::Ignored:
        return Cli::tr("ignored");
    case InputRole::Conditional:
        return Cli::tr("conditional");
    case InputRole::Note:
        return Cli::tr("note");
    }
    return {};
}

QJsonArray reportsJson(const QList<Artifact> &reports, const Discovery &discovery, bool withContent)
{
    QJsonArray arr;
    for (const Artifact &a : reports) {
        QJsonObject o { { QStringLiteral("path"), a.path },
                        { QStringLiteral("session_id"), a.sessionId },
                        { QStringLiteral("sent"), sendStatusName(a.sent) },
                        { QStringLiteral("time"), AuditReport::timeText(a.timeMs) },
                        { QStringLiteral("version"), a.version },
                        { QStringLiteral("summary"), a.summary } };
        if (!a.error.isEmpty())
            o.insert(QStringLiteral("error"), a.error);
        if (withContent) {
            const QJsonDocument doc = QJsonDocument::fromJson(discovery.readReport(a.path));
            o.insert(QStringLiteral("report"), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue());
        }
        arr.append(o);
    }
    return arr;
}

} // namespace

int showTool(CliContext &ctx, const ScanResult &result, const UserScan &user, const ToolSpec &tool,
             const ToolStatus &status, bool sentOnly, bool wouldSendOnly, bool json)
{
    RootFs fs(ctx.root);
    const Discovery discovery(fs);
    const QList<Artifact> reports = AuditReport::reportsFor(result, status);
    const QList<Identifier> ids = AuditReport::identifiersFor(result, status);
    const PayloadContext payloadContext = PayloadContext::fromScan(result, status);
    const QByteArray next = Payloads::wouldSend(tool, payloadContext);
    const QByteArray after = Payloads::afterOptOut(tool, payloadContext);

    if (json) {
        QJsonObject o { { QStringLiteral("tool"), tool.id }, { QStringLiteral("user"), user.account.name } };
        if (!wouldSendOnly)
            o.insert(QStringLiteral("sent"), reportsJson(reports, discovery, sentOnly));
        if (!sentOnly) {
            o.insert(QStringLiteral("would_send"),
                     QJsonDocument::fromJson(next).isNull() ? QJsonValue()
                                                            : QJsonDocument::fromJson(next).object());
            const QJsonDocument afterDoc = QJsonDocument::fromJson(after);
            o.insert(QStringLiteral("after_opt_out"),
                     afterDoc.isObject() ? QJsonValue(afterDoc.object()) : QJsonValue());
            o.insert(QStringLiteral("after_opt_out_note"), Catalog::text(tool.stillSentAfterOptOut));
            o.insert(QStringLiteral("would_send_notes"),
                     QJsonArray::fromStringList(Payloads::notes(tool, payloadContext)));
        }
        if (!sentOnly && !wouldSendOnly && !tool.statusCommand.isEmpty()) {
            QJsonObject command { { QStringLiteral("command"), tool.statusCommand },
                                  { QStringLiteral("trustworthy"), tool.statusCommandLies.isEmpty() } };
            if (!tool.statusCommandLies.isEmpty())
                command.insert(QStringLiteral("differs"), Catalog::text(tool.statusCommandLies));
            o.insert(QStringLiteral("status_command"), command);
        }
        if (!sentOnly && !wouldSendOnly) {
            const QJsonDocument statusDoc = QJsonDocument::fromJson(AuditReport(result).toJson());
            const QJsonArray users = statusDoc.object().value(QStringLiteral("users")).toArray();
            for (const QJsonValue &u : users) {
                if (u.toObject().value(QStringLiteral("user")).toString() == user.account.name)
                    o.insert(QStringLiteral("status"),
                             u.toObject().value(QStringLiteral("tools")).toArray().first());
            }
        }
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }

    if (!sentOnly && !wouldSendOnly) {
        ctx.out << tool.name << " — " << stateLabel(status.state) << "\n" << status.explanation << "\n\n";
        ctx.out << Cli::tr("Inputs, highest precedence first:") << "\n";
        for (const Input &in : status.inputs) {
            ctx.out << "  " << roleLabel(in.role).leftJustified(12) << in.text;
            if (!in.file.isEmpty())
                ctx.out << "  (" << location(in) << ")";
            ctx.out << "\n";
            if (!in.note.isEmpty())
                ctx.out << "  " << QString().leftJustified(12) << in.note << "\n";
        }
        if (!status.warnings.isEmpty()) {
            ctx.out << "\n" << Cli::tr("Warnings:") << "\n";
            for (const Warning &w : status.warnings)
                ctx.out << "  ! " << w.message << "\n";
        }
        ctx.out << "\n" << Cli::tr("Identifiers:") << "\n";
        if (ids.isEmpty())
            ctx.out << "  " << Cli::tr("none found") << "\n";
        for (const Identifier &id : ids) {
            ctx.out << "  " << id.kind << " = " << id.value
                    << (id.source.isEmpty() ? QString()
                                            : QStringLiteral("  (") + id.source + QLatin1Char(')'))
                    << "\n";
            if (!id.reveals.isEmpty())
                ctx.out << "    " << id.reveals << "\n";
        }
        ctx.out << "\n" << Cli::tr("Installed copies:") << "\n";
        // A Debian package is the machine's: every account runs that copy.
        const MachineToolData *machine = result.machineTool(tool.id);
        const QList<Installation> machineCopies = machine ? machine->installations : QList<Installation>();
        if (status.installations.isEmpty() && machineCopies.isEmpty())
            ctx.out
                << "  "
                << Cli::tr(
                       "not installed for this account (its settings still apply the day it is installed)")
                << "\n";
        for (const Installation &in : status.installations)
            ctx.out << "  " << (in.version.isEmpty() ? Cli::tr("unknown version") : in.version) << "  "
                    << in.path << "\n";
        for (const Installation &in : machineCopies)
            ctx.out << "  " << (in.version.isEmpty() ? Cli::tr("unknown version") : in.version) << "  "
                    << in.path << "  " << Cli::tr("(for every account of this machine)") << "\n";
        ctx.out << "\n" << Cli::tr("Sends to:") << "\n";
        for (const EndpointSpec &e : tool.endpoints)
            ctx.out << "  " << e.method << " " << e.url << " — " << Catalog::text(e.when) << "\n";
        if (!tool.statusCommand.isEmpty()) {
            ctx.out << "\n" << Cli::tr("Its own status command: %1").arg(tool.statusCommand) << "\n";
            ctx.out << "  "
                    << (tool.statusCommandLies.isEmpty()
                            ? Cli::tr("It agrees with what %1 then does.").arg(tool.name)
                            : Cli::tr("Do not rely on it: %1").arg(Catalog::text(tool.statusCommandLies)))
                    << "\n";
        }
        if (!tool.documentationErrors.isEmpty()) {
            ctx.out << "\n" << Cli::tr("Where the documentation is wrong:") << "\n";
            for (const QString &e : tool.documentationErrors)
                ctx.out << "  - " << Catalog::text(e) << "\n";
        }
        ctx.out << "\n";
    }
    if (!wouldSendOnly) {
        ctx.out << Cli::tr("Stored reports (what was sent): %1").arg(reports.size()) << "\n";
        for (const Artifact &a : reports) {
            ctx.out << "  " << AuditReport::timeText(a.timeMs).leftJustified(21)
                    << AuditReport::sendStatusLabel(a.sent).leftJustified(15) << a.sessionId << "  "
                    << a.summary << "\n";
            if (!a.error.isEmpty())
                ctx.out << "    " << a.error.left(200) << "\n";
            if (sentOnly)
                ctx.out << "    " << a.path << "\n";
        }
        ctx.out << "\n";
    }
    if (!sentOnly) {
        ctx.out << Cli::tr("What would be sent next (built from this machine):") << "\n";
        // Without an example of the request body there is nothing to print but the notes below.
        if (!next.isEmpty() && next.trimmed() != "null")
            ctx.out << QString::fromUtf8(next) << "\n";
        for (const QString &note : Payloads::notes(tool, payloadContext))
            ctx.out << "  * " << note << "\n";
        ctx.out << Cli::tr("Still sent after opting out:") << "\n"
                << Catalog::text(tool.stillSentAfterOptOut) << "\n";
        if (!after.isEmpty() && after.trimmed() != "null")
            ctx.out << QString::fromUtf8(after) << "\n";
    }
    return Cli::Success;
}

} // namespace tlens
