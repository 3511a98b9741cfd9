#include "requestledger.h"

#include "common/appdirs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace tlens {

namespace {

const QString kColumns = QStringLiteral(
    "request_id, tool, channel, endpoint, recipient, identifiers, contact, subject, body, status, attempts, "
    "last_error, created_at, sent_at, deadline, answered_at, closed_at, note, account, handed_at");

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QString identifiersJson(const QList<Identifier> &identifiers)
{
    QJsonArray array;
    for (const Identifier &id : identifiers)
        array.append(
            QJsonObject { { QStringLiteral("kind"), id.kind }, { QStringLiteral("value"), id.value } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Identifier> identifiersFrom(const QString &json)
{
    QList<Identifier> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append(Identifier { o.value(QStringLiteral("kind")).toString(),
                                o.value(QStringLiteral("value")).toString(),
                                {},
                                {} });
    }
    return out;
}

QString statusList(const QList<RequestStatus> &statuses)
{
    QStringList names;
    for (RequestStatus s : statuses)
        names.append(QLatin1Char('\'') + statusName(s) + QLatin1Char('\''));
    return names.join(QLatin1Char(','));
}

QString sqlError(const QSqlError &e)
{
    return e.text().trimmed();
}

} // namespace

QString RequestLedger::defaultPath()
{
    return appDataDir() + QStringLiteral("/requests.sqlite");
}

RequestLedger::RequestLedger(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(QStringLiteral("tlens-ledger-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

RequestLedger::~RequestLedger()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool RequestLedger::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool RequestLedger::open(QString *error)
{
    if (isOpen())
        return true;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite."));
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return fail(
                tr("Cannot create the folder %1 for the request ledger; check its permissions.").arg(dir));
        // The ledger holds the user's contact address and identifiers: no one else needs to read it.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open())
        return fail(tr("Cannot open the request ledger %1: %2").arg(m_path, sqlError(m_db.lastError())));
    QString migrateError;
    if (!migrate(&migrateError)) {
        m_db.close();
        return fail(tr("Cannot use the request ledger %1: %2").arg(m_path, migrateError));
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool RequestLedger::migrate(QString *error)
{
    QSqlQuery q(m_db);
    // WAL keeps readers (the window) and a writer (a retry from the CLI) apart; FULL sync makes a
    // committed "queued" survive a power cut, which is what "stored before sent" promises.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !q.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = sqlError(q.lastError());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        *error = tr("it was written by a newer Telemetry Lens (schema %1); update the application.")
                     .arg(version);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    if (!m_db.transaction()) {
        *error = sqlError(m_db.lastError());
        return false;
    }
    const bool ok = (version == 0 ? createSchema(q) : upgradeFromSchema1(q))
        && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!ok) {
        *error = sqlError(q.lastError());
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = sqlError(m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

bool RequestLedger::upgradeFromSchema1(QSqlQuery &q)
{
    // Schema 1 (0.1.0) recorded a request handed to the mail program, opened as an issue form or
    // saved as .eml as "sent", with a deadline, though nothing said it had left. Those become handed
    // or saved again, keeping the moment as handed_at, until the user marks them sent. Requests the
    // user marked sent (print drafts), delivered ones, and answered or closed ones keep their dates.
    return q.exec(QStringLiteral("ALTER TABLE requests ADD COLUMN account TEXT NOT NULL DEFAULT ''"))
        && q.exec(QStringLiteral("ALTER TABLE requests ADD COLUMN handed_at TEXT"))
        && q.exec(QStringLiteral("UPDATE requests SET status = CASE channel WHEN 'eml' THEN 'saved' ELSE "
                                 "'handed' END, handed_at = sent_at, sent_at = NULL, deadline = NULL "
                                 "WHERE status = 'sent' AND channel IN ('mailto', 'eml', 'issue')"));
}

bool RequestLedger::createSchema(QSqlQuery &q)
{
    return q.exec(QStringLiteral("CREATE TABLE requests ("
                                 " request_id TEXT PRIMARY KEY NOT NULL,"
                                 " tool TEXT NOT NULL,"
                                 " channel TEXT NOT NULL,"
                                 " endpoint TEXT NOT NULL DEFAULT '',"
                                 " recipient TEXT NOT NULL DEFAULT '',"
                                 " identifiers TEXT NOT NULL,"
                                 " contact TEXT NOT NULL DEFAULT '',"
                                 " subject TEXT NOT NULL,"
                                 " body TEXT NOT NULL,"
                                 " status TEXT NOT NULL,"
                                 " attempts INTEGER NOT NULL DEFAULT 0,"
                                 " last_error TEXT NOT NULL DEFAULT '',"
                                 " created_at TEXT NOT NULL,"
                                 " sent_at TEXT,"
                                 " deadline TEXT,"
                                 " answered_at TEXT,"
                                 " closed_at TEXT,"
                                 " note TEXT NOT NULL DEFAULT '',"
                                 " account TEXT NOT NULL DEFAULT '',"
                                 " handed_at TEXT)"))
        && q.exec(QStringLiteral("CREATE INDEX requests_status ON requests(status)"));
}

bool RequestLedger::add(DeletionRequest &request, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("The request ledger %1 is not open.").arg(m_path);
        return false;
    }
    DeletionRequest r = request;
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!r.createdAt.isValid())
        r.createdAt = QDateTime::currentDateTimeUtc();
    // Whole seconds: requested_at in the HTTP body must read back exactly as it was first sent.
    r.createdAt = QDateTime::fromSecsSinceEpoch(r.createdAt.toSecsSinceEpoch(), Qt::UTC);
    // Nothing counts down before the request is known to have left.
    const bool sent = r.status == RequestStatus::Sent || r.status == RequestStatus::Delivered
        || ((r.status == RequestStatus::Answered || r.status == RequestStatus::Closed) && r.sentAt.isValid());
    if (!sent) {
        r.sentAt = QDateTime();
        r.deadline = QDateTime();
    } else if (!r.sentAt.isValid()) {
        r.sentAt = r.createdAt;
    }
    if (r.sentAt.isValid() && !r.deadline.isValid())
        r.deadline = r.sentAt.toUTC().addMonths(1);
    if ((r.status == RequestStatus::Handed || r.status == RequestStatus::Saved) && !r.handedAt.isValid())
        r.handedAt = r.createdAt;

    if (!m_db.transaction()) {
        if (error)
            *error = sqlError(m_db.lastError());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO requests (") + kColumns
              + QStringLiteral(
                  ") VALUES (:id, :tool, :channel, :endpoint, :recipient, :identifiers, :contact, :subject, "
                  ":body, :status, :attempts, :last_error, :created_at, :sent_at, :deadline, :answered_at, "
                  ":closed_at, :note, :account, :handed_at)"));
    q.bindValue(QStringLiteral(":id"), textValue(r.id));
    q.bindValue(QStringLiteral(":tool"), textValue(r.toolId));
    q.bindValue(QStringLiteral(":channel"), channelName(r.channel));
    q.bindValue(QStringLiteral(":endpoint"), textValue(r.endpoint));
    q.bindValue(QStringLiteral(":recipient"), textValue(r.recipient));
    q.bindValue(QStringLiteral(":identifiers"), identifiersJson(r.identifiers));
    q.bindValue(QStringLiteral(":contact"), textValue(r.contact));
    q.bindValue(QStringLiteral(":subject"), textValue(r.subject));
    q.bindValue(QStringLiteral(":body"), textValue(r.body));
    q.bindValue(QStringLiteral(":status"), statusName(r.status));
    q.bindValue(QStringLiteral(":attempts"), r.attempts);
    q.bindValue(QStringLiteral(":last_error"), textValue(r.lastError));
    q.bindValue(QStringLiteral(":created_at"), timeValue(r.createdAt));
    q.bindValue(QStringLiteral(":sent_at"), timeValue(r.sentAt));
    q.bindValue(QStringLiteral(":deadline"), timeValue(r.deadline));
    q.bindValue(QStringLiteral(":answered_at"), timeValue(r.answeredAt));
    q.bindValue(QStringLiteral(":closed_at"), timeValue(r.closedAt));
    q.bindValue(QStringLiteral(":note"), textValue(r.note));
    q.bindValue(QStringLiteral(":account"), textValue(r.account));
    q.bindValue(QStringLiteral(":handed_at"), timeValue(r.handedAt));
    if (!q.exec() || !m_db.commit()) {
        if (error)
            *error = tr("Cannot store the request in %1: %2")
                         .arg(m_path, sqlError(q.lastError().isValid() ? q.lastError() : m_db.lastError()));
        m_db.rollback();
        return false;
    }
    request = r;
    Q_EMIT changed(r.id);
    return true;
}

QList<DeletionRequest> RequestLedger::select(const QString &where, const QString &order,
                                             const QVariantMap &values) const
{
    QList<DeletionRequest> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM requests") + where + order);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return out;
    while (q.next()) {
        DeletionRequest r;
        r.id = q.value(0).toString();
        r.toolId = q.value(1).toString();
        r.channel = channelFromName(q.value(2).toString()).value_or(Channel::Print);
        r.endpoint = q.value(3).toString();
        r.recipient = q.value(4).toString();
        r.identifiers = identifiersFrom(q.value(5).toString());
        r.contact = q.value(6).toString();
        r.subject = q.value(7).toString();
        r.body = q.value(8).toString();
        r.status = statusFromName(q.value(9).toString()).value_or(RequestStatus::Draft);
        r.attempts = q.value(10).toInt();
        r.lastError = q.value(11).toString();
        r.createdAt = timeFrom(q.value(12));
        r.sentAt = timeFrom(q.value(13));
        r.deadline = timeFrom(q.value(14));
        r.answeredAt = timeFrom(q.value(15));
        r.closedAt = timeFrom(q.value(16));
        r.note = q.value(17).toString();
        r.account = q.value(18).toString();
        r.handedAt = timeFrom(q.value(19));
        out.append(r);
    }
    return out;
}

std::optional<DeletionRequest> RequestLedger::find(const QString &id) const
{
    const QList<DeletionRequest> found
        = select(QStringLiteral(" WHERE request_id = :id"), {}, { { QStringLiteral(":id"), id } });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<DeletionRequest> RequestLedger::all() const
{
    return select({}, QStringLiteral(" ORDER BY created_at DESC, rowid DESC"), {});
}

QList<DeletionRequest> RequestLedger::waiting() const
{
    return select(QStringLiteral(" WHERE status = 'queued' AND channel = 'http'"),
                  QStringLiteral(" ORDER BY created_at, rowid"), {});
}

QString RequestLedger::resolveId(const QString &prefix, QString *error) const
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F-]{4,36}$"));
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (!re.match(prefix).hasMatch())
        return fail(tr("\"%1\" is not a request id; give at least its first 4 characters as listed by "
                       "telemetry-lens requests.")
                        .arg(prefix));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT request_id FROM requests WHERE substr(request_id, 1, :n) = :prefix"));
    q.bindValue(QStringLiteral(":n"), prefix.size());
    q.bindValue(QStringLiteral(":prefix"), prefix.toLower());
    if (!isOpen() || !q.exec())
        return fail(tr("Cannot read the request ledger %1.").arg(m_path));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (ids.isEmpty())
        return fail(tr("No request with id %1 in the ledger.").arg(prefix));
    if (ids.size() > 1)
        return fail(tr("The id %1 matches %n request(s); give more characters.", nullptr, int(ids.size()))
                        .arg(prefix));
    return ids.first();
}

bool RequestLedger::transition(const QString &id, const QList<RequestStatus> &from,
                               const QString &assignments, const QVariantMap &values, QString *error,
                               const std::function<QString(const DeletionRequest &)> &refusal)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isOpen())
        return fail(tr("The request ledger %1 is not open.").arg(m_path));
    if (!m_db.transaction())
        return fail(sqlError(m_db.lastError()));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE requests SET ") + assignments
              + QStringLiteral(" WHERE request_id = :id AND status IN (") + statusList(from)
              + QLatin1Char(')'));
    q.bindValue(QStringLiteral(":id"), id);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        const QString message = sqlError(q.lastError());
        m_db.rollback();
        return fail(tr("Cannot update the request ledger %1: %2").arg(m_path, message));
    }
    const int rows = q.numRowsAffected();
    if (!m_db.commit()) {
        const QString message = sqlError(m_db.lastError());
        m_db.rollback();
        return fail(tr("Cannot update the request ledger %1: %2").arg(m_path, message));
    }
    if (rows != 1) {
        const std::optional<DeletionRequest> current = find(id);
        if (!current)
            return fail(tr("No request with id %1 in the ledger.").arg(id));
        const QString reason = refusal ? refusal(*current) : QString();
        if (!reason.isEmpty())
            return fail(reason);
        return fail(tr("Request %1 (%2): that change does not apply to it.")
                        .arg(current->shortId(), current->statusText()));
    }
    Q_EMIT changed(id);
    return true;
}

QString RequestLedger::closedOrAnswered(const DeletionRequest &r)
{
    if (r.status == RequestStatus::Closed)
        return tr("Request %1 is closed.").arg(r.shortId());
    if (r.status == RequestStatus::Answered)
        return tr("Request %1 was already answered on %2.")
            .arg(r.shortId(), r.answeredAt.toUTC().date().toString(Qt::ISODate));
    return {};
}

bool RequestLedger::markSent(const QString &id, const QDateTime &at, QString *error)
{
    return transition(
        id, { RequestStatus::Draft, RequestStatus::Handed, RequestStatus::Saved },
        QStringLiteral("status = 'sent', sent_at = :at, deadline = :deadline"),
        { { QStringLiteral(":at"), timeValue(at) },
          { QStringLiteral(":deadline"), timeValue(at.toUTC().addMonths(1)) } },
        error, [](const DeletionRequest &r) {
            if (r.status == RequestStatus::Sent || r.status == RequestStatus::Delivered)
                return tr("Request %1 was already recorded as sent on %2.")
                    .arg(r.shortId(), r.sentAt.toUTC().date().toString(Qt::ISODate));
            if (r.status == RequestStatus::Queued || r.status == RequestStatus::Failed)
                return tr("Request %1 goes to an HTTP endpoint: it counts as sent when the endpoint accepts "
                          "it. Send it again with telemetry-lens requests --retry, or close it.")
                    .arg(r.shortId());
            return closedOrAnswered(r);
        });
}

bool RequestLedger::claimAttempt(const QString &id, QString *error)
{
    const std::optional<DeletionRequest> current = find(id);
    if (current && current->channel != Channel::Http) {
        if (error)
            *error = tr("Request %1 does not go over HTTP.").arg(current->shortId());
        return false;
    }
    return transition(id, { RequestStatus::Queued }, QStringLiteral("attempts = attempts + 1"), {}, error);
}

bool RequestLedger::markDelivered(const QString &id, const QDateTime &at, QString *error)
{
    return transition(
        id, { RequestStatus::Queued },
        QStringLiteral("status = 'delivered', sent_at = :at, deadline = :deadline, last_error = ''"),
        { { QStringLiteral(":at"), timeValue(at) },
          { QStringLiteral(":deadline"), timeValue(at.toUTC().addMonths(1)) } },
        error);
}

bool RequestLedger::recordError(const QString &id, const QString &message, QString *error)
{
    return transition(id, { RequestStatus::Queued }, QStringLiteral("last_error = :message"),
                      { { QStringLiteral(":message"), textValue(message) } }, error);
}

bool RequestLedger::markFailed(const QString &id, const QString &message, QString *error)
{
    return transition(id, { RequestStatus::Queued },
                      QStringLiteral("status = 'failed', last_error = :message"),
                      { { QStringLiteral(":message"), textValue(message) } }, error);
}

bool RequestLedger::markAnswered(const QString &id, const QDateTime &at, const QString &note, QString *error)
{
    return transition(
        id, { RequestStatus::Sent, RequestStatus::Delivered },
        QStringLiteral(
            "status = 'answered', answered_at = :at, note = CASE WHEN :empty THEN note ELSE :note END"),
        { { QStringLiteral(":at"), timeValue(at) },
          { QStringLiteral(":empty"), note.isEmpty() },
          { QStringLiteral(":note"), textValue(note) } },
        error, [](const DeletionRequest &r) {
            if (awaitsSending(r.status))
                return tr("Request %1 is not marked as sent yet; mark it sent first, with the day you sent "
                          "it.")
                    .arg(r.shortId());
            if (r.status == RequestStatus::Queued || r.status == RequestStatus::Failed)
                return tr("Request %1 was never delivered to its endpoint.").arg(r.shortId());
            return closedOrAnswered(r);
        });
}

bool RequestLedger::markClosed(const QString &id, const QDateTime &at, const QString &note, QString *error)
{
    return transition(
        id,
        { RequestStatus::Draft, RequestStatus::Handed, RequestStatus::Saved, RequestStatus::Queued,
          RequestStatus::Sent, RequestStatus::Delivered, RequestStatus::Failed, RequestStatus::Answered },
        QStringLiteral(
            "status = 'closed', closed_at = :at, note = CASE WHEN :empty THEN note ELSE :note END"),
        { { QStringLiteral(":at"), timeValue(at) },
          { QStringLiteral(":empty"), note.isEmpty() },
          { QStringLiteral(":note"), textValue(note) } },
        error, [](const DeletionRequest &r) { return tr("Request %1 is already closed.").arg(r.shortId()); });
}

} // namespace tlens
