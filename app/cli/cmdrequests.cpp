#include "cmdrequests.h"

#include "cli.h"

#include "catalog/catalog.h"
#include "common/privatefile.h"
#include "requests/deletioncandidates.h"
#include "requests/deletiondraft.h"
#include "requests/draftencoder.h"
#include "requests/requestledger.h"
#include "requests/requestsender.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace tlens {

namespace {

const QString kDeleteCommand = QStringLiteral("delete-request");
const QString kRequestsCommand = QStringLiteral("requests");

QString channelList()
{
    return QStringLiteral("print|mailto|eml|issue|http");
}

bool openLedger(CliContext &ctx, RequestLedger &ledger)
{
    QString error;
    if (ledger.open(&error))
        return true;
    ctx.err << error << Qt::endl;
    return false;
}

QString dayText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().date().toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

bool writeMessage(CliContext &ctx, const QString &path, const QByteArray &data)
{
    if (QFileInfo(path).isDir()) {
        ctx.err << Cli::tr("%1 is a folder; give --output a file name such as request.eml.").arg(path)
                << Qt::endl;
        return false;
    }
    QString error;
    if (!PrivateFile::write(path, data, &error)) {
        ctx.err << Cli::tr("Could not write %1: %2. Choose another --output path.").arg(path, error)
                << Qt::endl;
        return false;
    }
    return true;
}

// Sends one stored HTTP request and says what happened; true when it was delivered.
bool deliver(CliContext &ctx, RequestSender &sender, const DeletionRequest &request)
{
    QString error;
    const RequestStatus status = sender.sendAndWait(request.id, &error);
    switch (status) {
    case RequestStatus::Delivered:
        ctx.out << Cli::tr("Delivered request %1 to %2.").arg(request.shortId(), request.endpoint)
                << Qt::endl;
        return true;
    case RequestStatus::Queued:
        ctx.err
            << Cli::tr("Request %1 could not reach %2: %3").arg(request.shortId(), request.endpoint, error)
            << Qt::endl;
        ctx.err << Cli::tr("It stays queued; run \"telemetry-lens requests --retry\" later to send it.")
                << Qt::endl;
        return false;
    case RequestStatus::Failed:
        ctx.err << Cli::tr("%1 refused request %2: %3").arg(request.endpoint, request.shortId(), error)
                << Qt::endl;
        ctx.err << Cli::tr(
            "It is not sent again; check the endpoint and the message, then make a new request.")
                << Qt::endl;
        return false;
    default:
        ctx.err << error << Qt::endl;
        return false;
    }
}

QJsonObject requestJson(const DeletionRequest &r, const QDateTime &now)
{
    QJsonArray ids;
    for (const Identifier &id : r.identifiers)
        ids.append(
            QJsonObject { { QStringLiteral("kind"), id.kind }, { QStringLiteral("value"), id.value } });
    QJsonObject o {
        { QStringLiteral("request_id"), r.id },
        { QStringLiteral("tool"), r.toolId },
        { QStringLiteral("channel"), channelName(r.channel) },
        { QStringLiteral("recipient"), r.recipient },
        { QStringLiteral("identifiers"), ids },
        { QStringLiteral("subject"), r.subject },
        { QStringLiteral("message"), r.body },
        { QStringLiteral("status"), statusName(r.status) },
        { QStringLiteral("attempts"), r.attempts },
        { QStringLiteral("created_at"), timeJson(r.createdAt) },
        { QStringLiteral("sent_at"), timeJson(r.sentAt) },
        { QStringLiteral("deadline"), timeJson(r.deadline) },
        { QStringLiteral("answered_at"), timeJson(r.answeredAt) },
        { QStringLiteral("closed_at"), timeJson(r.closedAt) },
        { QStringLiteral("overdue"), r.isOverdue(now) },
    };
    if (!r.endpoint.isEmpty())
        o.insert(QStringLiteral("endpoint"), r.endpoint);
    if (!r.contact.isEmpty())
        o.insert(QStringLiteral("contact"), r.contact);
    if (!r.lastError.isEmpty())
        o.insert(QStringLiteral("last_error"), r.lastError);
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    return o;
}

void printTable(CliContext &ctx, const QList<DeletionRequest> &requests, const QDateTime &now)
{
    if (requests.isEmpty()) {
        ctx.out << Cli::tr("No deletion requests yet. Draft one with: telemetry-lens delete-request TOOL "
                           "--all-ids --via print")
                << Qt::endl;
        return;
    }
    const QStringList header { Cli::tr("ID"),     Cli::tr("TOOL"), Cli::tr("CHANNEL"),
                               Cli::tr("STATUS"), Cli::tr("SENT"), Cli::tr("DEADLINE") };
    QList<QStringList> rows;
    for (const DeletionRequest &r : requests)
        rows.append({ r.shortId(), r.toolId, channelName(r.channel), statusLabel(r.status), dayText(r.sentAt),
                      dayText(r.deadline) });
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = int(header.at(c).size());
        for (const QStringList &row : std::as_const(rows))
            w = std::max(w, int(row.at(c).size()));
        widths.append(w);
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c)
            text += cells.at(c).leftJustified(widths.at(c)) + QLatin1String("  ");
        return text;
    };
    ctx.out << line(header).trimmed() << '\n';
    int overdue = 0;
    for (int i = 0; i < requests.size(); ++i) {
        const DeletionRequest &r = requests.at(i);
        QString text = line(rows.at(i));
        if (r.isOverdue(now)) {
            text += Cli::tr("OVERDUE");
            ++overdue;
        }
        ctx.out << text.trimmed() << '\n';
        if (!r.lastError.isEmpty()
            && (r.status == RequestStatus::Queued || r.status == RequestStatus::Failed))
            ctx.out << QString(widths.first() + 2, QLatin1Char(' ')) << r.lastError << '\n';
    }
    if (overdue > 0)
        ctx.out << '\n'
                << Cli::tr("%n request(s) had no answer within the month the GDPR allows. Send a reminder, "
                           "or complain to "
                           "your data protection authority.",
                           nullptr, overdue)
                << '\n';
    ctx.out.flush();
}

} // namespace

int runDeleteRequest(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Draft a request to delete the telemetry data a tool collected, show its exact "
                "text, hand it on, and record it in the request ledger."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("TOOL"),
        Cli::tr("One of: %1.").arg(Catalog::instance().ids().join(QStringLiteral(", "))));
    parser.addOption({ QStringLiteral("id"),
                       Cli::tr("An identifier found on this machine to quote (repeat for more)."),
                       Cli::tr("ID") });
    parser.addOption(
        { QStringLiteral("all-ids"), Cli::tr("Quote every identifier of the tool found on this machine.") });
    parser.addOption(
        { QStringLiteral("via"),
          Cli::tr(
              "How the request leaves: print (show the text), mailto (a link for your mail program), eml (a "
              "message file), issue (a prefilled issue link, for tools without an address), http (post to "
              "--endpoint)."),
          Cli::tr("CHANNEL") });
    parser.addOption(
        { QStringLiteral("endpoint"),
          Cli::tr("The https:// address of your organisation's privacy inbox (with --via http)."),
          Cli::tr("URL") });
    parser.addOption(
        { QStringLiteral("output"), Cli::tr("Where --via eml writes the message."), Cli::tr("FILE") });
    parser.addOption({ QStringLiteral("contact"),
                       Cli::tr("Your e-mail address for the answer; nothing else about you is included."),
                       Cli::tr("EMAIL") });
    parser.addOption({ QStringLiteral("yes"), Cli::tr("Do not ask before handing the request on.") });
    if (const int code = ctx.parse(parser, kDeleteCommand, args); code >= 0)
        return code;

    const QString ids = Catalog::instance().ids().join(QStringLiteral(", "));
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.usageError(Cli::tr("name exactly one tool: %1.").arg(ids), kDeleteCommand);
    const ToolSpec *tool = Catalog::instance().tool(pos.first());
    if (!tool)
        return ctx.usageError(Cli::tr("unknown tool \"%1\"; use one of %2.").arg(pos.first(), ids),
                              kDeleteCommand);
    const bool allIds = parser.isSet(QStringLiteral("all-ids"));
    const QStringList wanted = parser.values(QStringLiteral("id"));
    if (allIds == !wanted.isEmpty())
        return ctx.usageError(Cli::tr("give either --id ID (repeatable) or --all-ids."), kDeleteCommand);
    if (!parser.isSet(QStringLiteral("via")))
        return ctx.usageError(Cli::tr("choose how the request leaves with --via %1.").arg(channelList()),
                              kDeleteCommand);
    const std::optional<Channel> channel = channelFromName(parser.value(QStringLiteral("via")));
    if (!channel)
        return ctx.usageError(Cli::tr("unknown channel \"%1\"; use one of %2.")
                                  .arg(parser.value(QStringLiteral("via")), channelList()),
                              kDeleteCommand);
    const bool issueTool = tool->deletion.channel == QLatin1String("issue");
    if (issueTool && (*channel == Channel::Mailto || *channel == Channel::Eml))
        return ctx.usageError(
            Cli::tr("%1 names no mail address for deletion requests; use --via issue (a prefilled issue "
                    "link) or --via print.")
                .arg(tool->name),
            kDeleteCommand);
    if (!issueTool && *channel == Channel::Issue)
        return ctx.usageError(
            Cli::tr("%1 takes deletion requests by mail (%2); use --via mailto, eml or print.")
                .arg(tool->name, tool->deletion.address),
            kDeleteCommand);
    const QString endpoint = parser.value(QStringLiteral("endpoint"));
    if (*channel == Channel::Http) {
        if (endpoint.isEmpty())
            return ctx.usageError(
                Cli::tr("--via http needs --endpoint URL, the https:// address of your privacy inbox."),
                kDeleteCommand);
        QString error;
        if (!RequestSender::checkEndpoint(QUrl(endpoint, QUrl::StrictMode), &error))
            return ctx.usageError(error, kDeleteCommand);
    } else if (parser.isSet(QStringLiteral("endpoint"))) {
        return ctx.usageError(Cli::tr("--endpoint is only used with --via http."), kDeleteCommand);
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (*channel == Channel::Eml && output.isEmpty())
        return ctx.usageError(Cli::tr("--via eml needs --output FILE for the message."), kDeleteCommand);
    if (*channel != Channel::Eml && parser.isSet(QStringLiteral("output")))
        return ctx.usageError(Cli::tr("--output is only used with --via eml."), kDeleteCommand);
    const QString contact = parser.value(QStringLiteral("contact"));
    if (!contact.isEmpty() && !DeletionDraft::isValidContact(contact))
        return ctx.usageError(
            Cli::tr("\"%1\" is not an e-mail address; give one like name@example.org.").arg(contact),
            kDeleteCommand);

    ScanOptions options = ctx.scanOptions();
    options.tools = { tool->id };
    options.allUsers = ctx.rootGiven && ctx.home.isEmpty();
    if (options.allUsers)
        options.home.clear();
    const ScanResult result = Scanner::scan(options);
    const QList<Identifier> found = DeletionCandidates::identifiers(result, *tool);
    if (found.isEmpty()) {
        ctx.err << Cli::tr("No %1 %2 was found under %3, so there is nothing to quote in a deletion request.")
                       .arg(tool->name, tool->deletion.identifier, ctx.root)
                << Qt::endl;
        return Cli::Failure;
    }
    QList<Identifier> selected;
    if (allIds) {
        selected = found;
    } else {
        QStringList foundValues;
        for (const Identifier &id : found)
            foundValues.append(id.value);
        for (const QString &value : wanted) {
            const qsizetype index = foundValues.indexOf(value);
            if (index < 0)
                return ctx.usageError(
                    Cli::tr("%1 %2 was not found on this machine; found: %3.")
                        .arg(tool->deletion.identifier, value, foundValues.join(QStringLiteral(", "))),
                    kDeleteCommand);
            selected.append(found.at(index));
        }
    }

    QString error;
    const std::optional<DeletionDraft> draft = DeletionDraft::compose(
        *tool, selected, DeletionCandidates::facts(result, *tool, selected), contact, &error);
    if (!draft) {
        ctx.err << error << Qt::endl;
        return Cli::Failure;
    }

    RequestLedger ledger;
    if (!openLedger(ctx, ledger))
        return Cli::Failure;
    DeletionRequest request;
    // Known before anything is written: it is also the message's Message-ID and the HTTP Idempotency-Key.
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.toolId = tool->id;
    request.channel = *channel;
    request.endpoint = *channel == Channel::Http ? endpoint : QString();
    request.recipient = draft->recipient();
    request.identifiers = draft->identifiers();
    request.contact = contact;
    request.subject = draft->subject();
    request.body = draft->body();

    if (*channel == Channel::Print) {
        ctx.out << draft->text();
        ctx.out.flush();
        request.status = RequestStatus::Draft;
        // Printing the same draft again (to copy it once more) does not add another ledger entry.
        const QList<DeletionRequest> existing = ledger.all();
        const auto same
            = std::find_if(existing.cbegin(), existing.cend(), [&request](const DeletionRequest &r) {
                  return r.status == RequestStatus::Draft && r.channel == Channel::Print
                      && r.toolId == request.toolId && r.contact == request.contact
                      && r.subject == request.subject && r.body == request.body;
              });
        if (same != existing.cend())
            request = *same;
        else if (!ledger.add(request, &error)) {
            ctx.err << error << Qt::endl;
            return Cli::Failure;
        }
        if (!draft->notice().isEmpty())
            ctx.err << draft->notice() << Qt::endl;
        ctx.err
            << Cli::tr(
                   "Recorded as draft %1. Once you have sent it, run: telemetry-lens requests --mark-sent %1")
                   .arg(request.shortId())
            << Qt::endl;
        return Cli::Success;
    }

    QUrl link;
    if (*channel == Channel::Mailto || *channel == Channel::Issue) {
        link = *channel == Channel::Mailto ? DraftEncoder::mailtoUrl(*draft, &error)
                                           : DraftEncoder::issueUrl(*draft, &error);
        if (!link.isValid()) {
            ctx.err << error << Qt::endl;
            return Cli::Failure;
        }
    }

    ctx.out << draft->text() << '\n';
    if (!draft->notice().isEmpty())
        ctx.out << draft->notice() << '\n';
    QString question;
    switch (*channel) {
    case Channel::Mailto:
        question = Cli::tr("Print the mail link for this request and record it as sent?");
        break;
    case Channel::Issue:
        question = Cli::tr("Print the issue link for this request and record it as sent?");
        break;
    case Channel::Eml:
        question = Cli::tr("Write this message to %1 and record it as sent?").arg(output);
        break;
    default:
        question = Cli::tr("Send this request to %1 now?").arg(endpoint);
        break;
    }
    if (!parser.isSet(QStringLiteral("yes")) && !ctx.confirm(question)) {
        ctx.out << '\n';
        ctx.err << Cli::tr("Nothing was sent or recorded. Add --yes to skip the question.") << Qt::endl;
        return Cli::Failure;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (*channel == Channel::Http) {
        // Stored before anything leaves: if the process dies on the way, retry finds it queued.
        request.status = RequestStatus::Queued;
        if (!ledger.add(request, &error)) {
            ctx.err << error << Qt::endl;
            return Cli::Failure;
        }
        RequestSender sender(ledger);
        QObject::connect(
            &sender, &RequestSender::attemptFailed, &sender,
            [&ctx](const QString &, int attempt, const QString &message) {
                ctx.err << Cli::tr("Attempt %1 failed (%2); trying again.").arg(attempt).arg(message)
                        << Qt::endl;
            });
        return deliver(ctx, sender, request) ? Cli::Success : Cli::Failure;
    }
    if (*channel == Channel::Eml) {
        if (!writeMessage(ctx, output, DraftEncoder::emlMessage(*draft, request.id, now)))
            return Cli::Failure;
    }
    request.status = RequestStatus::Sent;
    request.sentAt = now;
    if (!ledger.add(request, &error)) {
        ctx.err << error << Qt::endl;
        return Cli::Failure;
    }
    if (link.isValid())
        ctx.out << QString::fromLatin1(link.toEncoded()) << Qt::endl;
    else
        ctx.out << Cli::tr("Wrote %1; open it with your mail program and send it.").arg(output) << Qt::endl;
    ctx.err << Cli::tr("Recorded as request %1; the answer is due by %2.")
                   .arg(request.shortId(), dayText(request.deadline))
            << Qt::endl;
    return Cli::Success;
}

int runRequests(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List the deletion requests with their reply deadlines, send the queued ones, "
                "and record answers."));
    CliContext::addCommonOptions(parser);
    parser.addOption({ QStringLiteral("json"), Cli::tr("Print the ledger as JSON.") });
    parser.addOption(
        { QStringLiteral("retry"), Cli::tr("Send every request still queued for an HTTP endpoint.") });
    parser.addOption({ QStringLiteral("mark-sent"), Cli::tr("Record that you sent the printed draft ID."),
                       Cli::tr("ID") });
    parser.addOption(
        { QStringLiteral("mark-answered"), Cli::tr("Record that request ID was answered."), Cli::tr("ID") });
    parser.addOption({ QStringLiteral("mark-closed"),
                       Cli::tr("Close request ID; it is no longer followed up."), Cli::tr("ID") });
    parser.addOption({ QStringLiteral("note"), Cli::tr("A note kept with --mark-answered or --mark-closed."),
                       Cli::tr("TEXT") });
    if (const int code = ctx.parse(parser, kRequestsCommand, args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("requests takes no arguments, only options."), kRequestsCommand);
    const QStringList marks { QStringLiteral("mark-sent"), QStringLiteral("mark-answered"),
                              QStringLiteral("mark-closed") };
    QString mark;
    for (const QString &m : marks) {
        if (!parser.isSet(m))
            continue;
        if (!mark.isEmpty())
            return ctx.usageError(
                Cli::tr("give one of --mark-sent, --mark-answered and --mark-closed at a time."),
                kRequestsCommand);
        mark = m;
    }
    if (parser.isSet(QStringLiteral("note")) && mark != marks.at(1) && mark != marks.at(2))
        return ctx.usageError(Cli::tr("--note goes with --mark-answered or --mark-closed."),
                              kRequestsCommand);

    RequestLedger ledger;
    if (!openLedger(ctx, ledger))
        return Cli::Failure;

    int code = Cli::Success;
    if (!mark.isEmpty()) {
        QString error;
        const QString id = ledger.resolveId(parser.value(mark), &error);
        if (id.isEmpty())
            return ctx.usageError(error, kRequestsCommand);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString note = parser.value(QStringLiteral("note"));
        const bool done = mark == marks.at(0) ? ledger.markSent(id, now, &error)
            : mark == marks.at(1)             ? ledger.markAnswered(id, now, note, &error)
                                              : ledger.markClosed(id, now, note, &error);
        if (!done) {
            ctx.err << error << Qt::endl;
            return Cli::Failure;
        }
        const DeletionRequest changed = *ledger.find(id);
        ctx.err << Cli::tr("Request %1 is now %2.").arg(changed.shortId(), statusLabel(changed.status))
                << Qt::endl;
    }

    if (parser.isSet(QStringLiteral("retry"))) {
        const QList<DeletionRequest> waiting = ledger.waiting();
        if (waiting.isEmpty())
            ctx.err << Cli::tr("No request is waiting to be sent.") << Qt::endl;
        RequestSender sender(ledger);
        QObject::connect(&sender, &RequestSender::attemptFailed, &sender,
                         [&ctx](const QString &id, int attempt, const QString &message) {
                             ctx.err << Cli::tr("Request %1: attempt %2 failed (%3); trying again.")
                                            .arg(id.left(8))
                                            .arg(attempt)
                                            .arg(message)
                                     << Qt::endl;
                         });
        for (const DeletionRequest &r : waiting) {
            if (!deliver(ctx, sender, r))
                code = Cli::Failure;
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<DeletionRequest> all = ledger.all();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DeletionRequest &r : all)
            list.append(requestJson(r, now));
        const QJsonObject doc { { QStringLiteral("schema_version"), 1 },
                                { QStringLiteral("requests"), list } };
        ctx.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        ctx.out.flush();
    } else {
        printTable(ctx, all, now);
    }
    return code;
}

} // namespace tlens
