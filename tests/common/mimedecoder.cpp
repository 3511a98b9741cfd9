#include "mimedecoder.h"

#include <QRegularExpression>

namespace tlens::test {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Q encoding (RFC 2047 4.2): quoted-printable where '_' stands for a space, no line breaks.
QByteArray decodeQ(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        const int high = c == '=' && i + 2 < in.size() ? hexValue(in.at(i + 1)) : -1;
        const int low = high >= 0 ? hexValue(in.at(i + 2)) : -1;
        if (low >= 0) {
            out.append(char(high * 16 + low));
            i += 2;
        } else {
            out.append(c == '_' ? ' ' : c);
        }
    }
    return out;
}

QString toUnicode(const QByteArray &bytes, const QString &charset)
{
    if (charset.compare(QLatin1String("iso-8859-1"), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(bytes);
    return QString::fromUtf8(bytes);
}

} // namespace

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    qsizetype start = 0;
    while (start <= in.size()) {
        qsizetype end = in.indexOf('\n', start);
        const bool lastLine = end < 0;
        if (lastLine)
            end = in.size();
        qsizetype lineEnd = end;
        if (lineEnd > start && in.at(lineEnd - 1) == '\r')
            --lineEnd;
        bool soft = false;
        for (qsizetype i = start; i < lineEnd; ++i) {
            const char c = in.at(i);
            if (c != '=') {
                out.append(c);
                continue;
            }
            if (i + 1 == lineEnd) {
                soft = true; // =<line end>: the line continues
                break;
            }
            const int high = i + 2 < lineEnd ? hexValue(in.at(i + 1)) : -1;
            const int low = high >= 0 ? hexValue(in.at(i + 2)) : -1;
            if (low < 0) {
                out.append(c); // not an escape: kept as written
                continue;
            }
            out.append(char(high * 16 + low));
            i += 2;
        }
        if (lastLine)
            break;
        if (!soft)
            out.append(end > start && in.at(end - 1) == '\r' ? QByteArray("\r\n") : QByteArray("\n"));
        start = end + 1;
    }
    return out;
}

QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(
        QStringLiteral("=\\?([A-Za-z0-9_-]+)(?:\\*[A-Za-z-]+)?\\?([BbQq])\\?([^?\\s]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString out;
    // Adjacent words of one charset are joined before decoding: an encoder may split a character.
    QByteArray pending;
    QString pendingCharset;
    const auto flush = [&] {
        out += toUnicode(pending, pendingCharset);
        pending.clear();
    };
    qsizetype pos = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        // Only blanks between two encoded words are dropped (RFC 2047 6.2).
        if (pos == 0 || !between.trimmed().isEmpty()) {
            flush();
            out += between;
        }
        if (m.captured(1).compare(pendingCharset, Qt::CaseInsensitive) != 0)
            flush();
        pendingCharset = m.captured(1);
        const QByteArray payload = m.captured(3).toLatin1();
        pending += m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0
            ? QByteArray::fromBase64(payload)
            : decodeQ(payload);
        pos = m.capturedEnd();
    }
    flush();
    out += text.mid(pos);
    return out;
}

} // namespace tlens::test
