#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace tlens::test {

// A loopback HTTP server for tests: listens on 127.0.0.1, records every raw request and answers from
// a script, one response per request in order, the last one repeating (200 `{"ok":true}` when the
// script is empty). It runs in the test's event loop, so the client must not block that thread. It
// never listens on any other address and never follows or forwards anything.
class LoopbackServer final : public QObject {
public:
    struct Response {
        int status = 200;
        QByteArray body = QByteArrayLiteral("{\"ok\":true}");
        QByteArray extraHeaders; // "Name: value\r\n" lines
        bool hang = false; // read the request, never answer
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    static Response answer(int status, const QByteArray &body = {}, const QByteArray &extraHeaders = {});

    // Port 0 picks a free port; port() keeps it after close() so that reopen() can take it again.
    bool listen(quint16 port = 0);
    void close() { m_server.close(); }
    bool reopen() { return listen(m_port); }
    quint16 port() const { return m_port; }
    QString url(const QString &path = QStringLiteral("/")) const;

    void setScript(const QList<Response> &script) { m_script = script; }
    // Bytes written to every connection as soon as it is accepted, before any request: a server
    // that answers a TLS handshake with plain HTTP.
    void setGreeting(const QByteArray &bytes) { m_greeting = bytes; }
    const QList<Request> &received() const { return m_received; }
    int delivered() const { return m_delivered; } // 2xx answers given

private:
    void accept();
    void read(QTcpSocket *socket);

    QTcpServer m_server;
    quint16 m_port = 0;
    QList<Response> m_script;
    QList<Request> m_received;
    int m_delivered = 0;
    QByteArray m_greeting;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace tlens::test
