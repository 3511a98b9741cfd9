#include "loopbackserver.h"

#include <QTcpSocket>

#include <algorithm>

namespace tlens::test {

LoopbackServer::Response LoopbackServer::answer(int status, const QByteArray &body,
                                                const QByteArray &extraHeaders)
{
    Response r;
    r.status = status;
    r.body = body;
    r.extraHeaders = extraHeaders;
    return r;
}

bool LoopbackServer::listen(quint16 port)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::accept, Qt::UniqueConnection);
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QString LoopbackServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void LoopbackServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!m_greeting.isEmpty())
            socket->write(m_greeting);
    }
}

void LoopbackServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int end = int(buffer.indexOf("\r\n\r\n"));
    if (end < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = int(lines.at(i).indexOf(':'));
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length").toInt();
    if (buffer.size() < end + 4 + length)
        return; // the body is still arriving
    request.body = buffer.mid(end + 4, length);
    m_buffers.remove(socket);
    const qsizetype index = std::min(m_received.size(), m_script.size() - 1);
    m_received.append(request);

    const Response response = m_script.isEmpty() ? Response() : m_script.at(index);
    if (response.hang)
        return;
    if (response.status >= 200 && response.status < 300)
        ++m_delivered;
    socket->write("HTTP/1.1 " + QByteArray::number(response.status)
                  + " Scripted\r\n"
                    "Content-Type: application/json\r\n"
                    "Content-Length: "
                  + QByteArray::number(response.body.size()) + "\r\n" + response.extraHeaders
                  + "Connection: close\r\n\r\n" + response.body);
    socket->disconnectFromHost();
}

} // namespace tlens::test
