#pragma once

#include "deletionrequest.h"

#include <QObject>
#include <QSqlDatabase>

class QSqlQuery;

#include <functional>
#include <optional>

namespace tlens {

// The record of every deletion request: an SQLite database (Qt SQL) in the app data folder. Every
// change is one transaction, so a crash leaves either the old or the new state. A request is stored
// before it is sent, and the state machine here is what keeps a delivered request from ever being
// sent again: only a queued HTTP request can be claimed for an attempt. It must never keep where
// an identifier was found (a path) and is used from one thread (each instance has its own connection).
class RequestLedger final : public QObject {
    Q_OBJECT
public:
    // 1: 0.1.0. 2: account and handed_at columns; handed and saved are no longer "sent".
    static constexpr int kSchemaVersion = 2;

    // The ledger file: $TLENS_DATA_DIR/requests.sqlite when that variable is set (tests, portable
    // installs), else requests.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    explicit RequestLedger(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~RequestLedger() override;

    // Creates the folder (private to the user) and the schema, or brings an older ledger up to date
    // in place (one transaction: every row is kept, or nothing changes); false with a message
    // naming the file when it cannot be opened or was written by a newer version.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }

    // Stores a new request: assigns id (UUID) and createdAt when empty, handedAt for a handed or
    // saved one, and the deadline when it is stored as sent or delivered. A request stored in any
    // other status keeps no sentAt and no deadline.
    bool add(DeletionRequest &request, QString *error = nullptr);

    std::optional<DeletionRequest> find(const QString &id) const;
    QList<DeletionRequest> all() const; // newest first
    QList<DeletionRequest> waiting() const; // queued HTTP requests, oldest first
    // The full id for a unique prefix of at least 4 characters (as the CLI shows 8).
    QString resolveId(const QString &prefix, QString *error = nullptr) const;

    // draft / handed / saved -> sent: the user says they sent it at `at`; starts the answer period.
    bool markSent(const QString &id, const QDateTime &at, QString *error = nullptr);
    // Counts one HTTP attempt; false (nothing changed) unless the request is a queued HTTP request.
    bool claimAttempt(const QString &id, QString *error = nullptr);
    // queued -> delivered (the endpoint answered 2xx); starts the answer period.
    bool markDelivered(const QString &id, const QDateTime &at, QString *error = nullptr);
    // Keeps the request queued for a later retry and records why this attempt did not arrive.
    bool recordError(const QString &id, const QString &message, QString *error = nullptr);
    // queued -> failed: the endpoint refused the request; it is not retried without the user.
    bool markFailed(const QString &id, const QString &message, QString *error = nullptr);
    // sent/delivered -> answered.
    bool markAnswered(const QString &id, const QDateTime &at, const QString &note = {},
                      QString *error = nullptr);
    // any state but closed -> closed.
    bool markClosed(const QString &id, const QDateTime &at, const QString &note = {},
                    QString *error = nullptr);

Q_SIGNALS:
    void changed(const QString &requestId);

private:
    bool migrate(QString *error);
    static bool createSchema(QSqlQuery &q);
    static bool upgradeFromSchema1(QSqlQuery &q);
    static QString closedOrAnswered(const DeletionRequest &r);
    // `refusal` explains, for the request as it is, why the change does not apply.
    bool transition(const QString &id, const QList<RequestStatus> &from, const QString &assignments,
                    const QVariantMap &values, QString *error,
                    const std::function<QString(const DeletionRequest &)> &refusal = {});
    QList<DeletionRequest> select(const QString &where, const QString &order,
                                  const QVariantMap &values) const;

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace tlens
