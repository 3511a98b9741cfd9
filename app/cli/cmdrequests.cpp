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
#include <QRegularExpression>
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
        { QStringLiteral("account"), r.account },
        { QStringLiteral("channel"), channelName(r.channel) },
        { QStringLiteral("recipient"), r.recipient },
        { QStringLiteral("identifiers"), ids },
        { QStringLiteral("subject"), r.subject },
        { QStringLiteral("message"), r.body },
        { QStringLiteral("status"), statusName(r.status) },
        { QStringLiteral("attempts"), r.attempts },
        { QStringLiteral("created_at"), timeJson(r.createdAt) },
        { QStringLiteral("handed_at"), timeJson(r.handedAt) },
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
    const QStringList header { Cli::tr("ID"),     Cli::tr("TOOL"), Cli::tr("ACCOUNT"), Cli::tr("CHANNEL"),
                               Cli::tr("STATUS"), Cli::tr("SENT"), Cli::tr("DEADLINE") };
    QList<QStringList> rows;
    for (const DeletionRequest &r : requests)
        rows.append({ r.shortId(), r.toolId, r.account.isEmpty() ? QStringLiteral("-") : r.account,
                      channelName(r.channel), r.statusText(), dayText(r.sentAt), dayText(r.deadline) });
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
    int unsent = 0;
    for (int i = 0; i < requests.size(); ++i) {
        const DeletionRequest &r = requests.at(i);
        if (awaitsSending(r.status))
            ++unsent;
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
    if (unsent > 0)
        ctx.out << '\n'
                << Cli::tr("%n request(s) not marked as sent: nothing counts down until you say you sent it. "
                           "Once sent, run: telemetry-lens requests --mark-sent ID [--date YYYY-MM-DD]",
                           nullptr, unsent)
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
    parser.addOption(
        { QStringLiteral("user"),
          Cli::tr("The account whose data the request is about (a user name of the root); needed "
                  "when the root has several."),
          Cli::tr("NAME") });
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
    if (tool->deletion.channel != QLatin1String("email")
        && tool->deletion.channel != QLatin1String("issue")) {
        // The specification names no one to ask: --via http to an address you know still works.
        if (parser.value(QStringLiteral("via")) != QLatin1String("http")
            && parser.value(QStringLiteral("via")) != QLatin1String("print"))
            return ctx.usageError(
                Cli::tr("%1 names no contact for deletion requests; use --via http --endpoint "
                        "URL for an address you know, or --via print.")
                    .arg(tool->name),
                kDeleteCommand);
    }
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

    const QString userName = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("user")) && !ctx.home.isEmpty())
        return ctx.usageError(Cli::tr("--user and --home both name the account; give one of them."),
                              kDeleteCommand);
    if (parser.isSet(QStringLiteral("user")) && userName.isEmpty())
        return ctx.usageError(Cli::tr("--user needs the user name of an account."), kDeleteCommand);

    // A request is about one account's data: --home or --user names it, a root with one account
    // has it, --demo examines its first account as every command does.
    ScanOptions options = ctx.scanOptions();
    options.tools = { tool->id };
    options.allUsers = !userName.isEmpty() || (ctx.rootGiven && ctx.home.isEmpty() && ctx.demoHome.isEmpty());
    if (options.allUsers)
        options.home.clear();
    const ScanResult result = Scanner::scan(options);
    QStringList accountNames;
    for (const UserScan &u : result.users)
        accountNames.append(u.account.name);
    const UserScan *account = nullptr;
    if (!userName.isEmpty()) {
        account = result.user(userName);
        if (!account)
            return ctx.usageError(Cli::tr("no account \"%1\" under %2; the accounts are: %3.")
                                      .arg(userName, ctx.root, accountNames.join(QStringLiteral(", "))),
                                  kDeleteCommand);
    } else if (result.users.size() == 1) {
        account = &result.users.first();
    } else if (result.users.isEmpty()) {
        ctx.err << Cli::tr("No account was found under %1; name one with --home PATH.").arg(ctx.root)
                << Qt::endl;
        return Cli::Failure;
    } else {
        return ctx.usageError(Cli::tr("a request is about one account's data, and %1 has %n account(s): %2. "
                                      "Name one with --user NAME.",
                                      nullptr, int(accountNames.size()))
                                  .arg(ctx.root, accountNames.join(QStringLiteral(", "))),
                              kDeleteCommand);
    }
    const QString accountName = account->account.name;
    const QList<Identifier> found = DeletionCandidates::identifiers(result, *tool, accountName);
    if (found.isEmpty()) {
        ctx.err << Cli::tr("No %1 %2 was found for %3 under %4, so there is nothing to quote in a deletion "
                           "request.")
                       .arg(tool->name, tool->deletion.identifier, accountName, ctx.root)
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
                return ctx.usageError(Cli::tr("%1 %2 was not found for %3; found: %4.")
                                          .arg(tool->deletion.identifier, value, accountName,
                                               foundValues.join(QStringLiteral(", "))),
                                      kDeleteCommand);
            selected.append(found.at(index));
        }
    }

    QString error;
    const std::optional<DeletionDraft> draft = DeletionDraft::compose(
        *tool, selected, DeletionCandidates::facts(result, *tool, selected, accountName), contact, &error);
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
    request.account = accountName;
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
                      && r.toolId == request.toolId && r.account == request.account
                      && r.contact == request.contact && r.subject == request.subject
                      && r.body == request.body;
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
        question = Cli::tr("Print the mail link for this request and record it?");
        break;
    case Channel::Issue:
        question = Cli::tr("Print the issue link for this request and record it?");
        break;
    case Channel::Eml:
        question = Cli::tr("Write this message to %1 and record it?").arg(output);
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
    // Handing the message on is not sending it: the user says when it has left.
    request.status = *channel == Channel::Eml ? RequestStatus::Saved : RequestStatus::Handed;
    request.handedAt = now;
    if (!ledger.add(request, &error)) {
        ctx.err << error << Qt::endl;
        return Cli::Failure;
    }
    if (link.isValid())
        ctx.out << QString::fromLatin1(link.toEncoded()) << Qt::endl;
    else
        ctx.out << Cli::tr("Saved as %1; open it with your mail program and send it.").arg(output)
                << Qt::endl;
    ctx.err << Cli::tr("Recorded as request %1, not sent yet. Once you have sent it, run: telemetry-lens "
                       "requests --mark-sent %1 [--date YYYY-MM-DD]")
                   .arg(request.shortId())
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
    parser.addOption(
        { QStringLiteral("mark-sent"),
          Cli::tr("Record that you sent request ID (a draft, a mail handed to your mail program, a "
                  "saved .eml); its one-month answer period starts."),
          Cli::tr("ID") });
    parser.addOption({ QStringLiteral("date"),
                       Cli::tr("With --mark-sent: the day you sent it, if not today."),
                       Cli::tr("YYYY-MM-DD") });
    parser.addOption(
        { QStringLiteral("mark-answered"), Cli::tr("Record that request ID was answered."), Cli::tr("ID") });
    parser.addOption({ QStringLiteral("close"), Cli::tr("Close request ID; it is no longer followed up."),
                       Cli::tr("ID") });
    // The 0.1.0 spelling of --close, still accepted.
    QCommandLineOption markClosed(QStringLiteral("mark-closed"), Cli::tr("Same as --close."), Cli::tr("ID"));
    markClosed.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(markClosed);
    parser.addOption(
        { QStringLiteral("note"), Cli::tr("A note kept with --mark-answered or --close."), Cli::tr("TEXT") });
    if (const int code = ctx.parse(parser, kRequestsCommand, args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("requests takes no arguments, only options."), kRequestsCommand);
    enum class Mark { None, Sent, Answered, Closed };
    const QList<std::pair<QString, Mark>> marks { { QStringLiteral("mark-sent"), Mark::Sent },
                                                  { QStringLiteral("mark-answered"), Mark::Answered },
                                                  { QStringLiteral("close"), Mark::Closed },
                                                  { QStringLiteral("mark-closed"), Mark::Closed } };
    Mark mark = Mark::None;
    QString idArgument;
    for (const auto &[option, kind] : marks) {
        if (!parser.isSet(option))
            continue;
        if (mark != Mark::None)
            return ctx.usageError(Cli::tr("give one of --mark-sent, --mark-answered and --close at a time."),
                                  kRequestsCommand);
        mark = kind;
        idArgument = parser.value(option);
    }
    if (parser.isSet(QStringLiteral("note")) && mark != Mark::Answered && mark != Mark::Closed)
        return ctx.usageError(Cli::tr("--note goes with --mark-answered or --close."), kRequestsCommand);
    QDate day;
    if (parser.isSet(QStringLiteral("date"))) {
        if (mark != Mark::Sent)
            return ctx.usageError(Cli::tr("--date goes with --mark-sent."), kRequestsCommand);
        static const QRegularExpression dayPattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = parser.value(QStringLiteral("date"));
        day = QDate::fromString(text, Qt::ISODate);
        if (!dayPattern.match(text).hasMatch() || !day.isValid())
            return ctx.usageError(
                Cli::tr("--date takes a day as YYYY-MM-DD, such as 2026-12-03; \"%1\" is not one.").arg(text),
                kRequestsCommand);
    }

    RequestLedger ledger;
    if (!openLedger(ctx, ledger))
        return Cli::Failure;

    int code = Cli::Success;
    if (mark != Mark::None) {
        QString error;
        const QString id = ledger.resolveId(idArgument, &error);
        if (id.isEmpty())
            return ctx.usageError(error, kRequestsCommand);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString note = parser.value(QStringLiteral("note"));
        bool done = false;
        if (mark == Mark::Sent) {
            const DeletionRequest current = *ledger.find(id);
            const QDateTime at = day.isValid() ? current.sentMoment(day, now, &error) : now;
            if (!at.isValid())
                return ctx.usageError(error, kRequestsCommand);
            done = ledger.markSent(id, at, &error);
        } else if (mark == Mark::Answered) {
            done = ledger.markAnswered(id, now, note, &error);
        } else {
            done = ledger.markClosed(id, now, note, &error);
        }
        if (!done) {
            ctx.err << error << Qt::endl;
            return Cli::Failure;
        }
        const DeletionRequest changed = *ledger.find(id);
        if (changed.status == RequestStatus::Sent)
            ctx.err << Cli::tr("Request %1 is now sent (%2); the answer is due by %3.")
                           .arg(changed.shortId(), dayText(changed.sentAt), dayText(changed.deadline))
                    << Qt::endl;
        else
            ctx.err << Cli::tr("Request %1: %2.").arg(changed.shortId(), changed.statusText()) << Qt::endl;
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
        // 2: "handed" and "saved" statuses, "account" and "handed_at".
        const QJsonObject doc { { QStringLiteral("schema_version"), 2 },
                                { QStringLiteral("requests"), list } };
        ctx.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        ctx.out.flush();
    } else {
        printTable(ctx, all, now);
    }
    return code;
}

} // namespace tlens
