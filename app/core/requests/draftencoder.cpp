#include "draftencoder.h"

namespace tlens {

namespace {

constexpr int kQpLineLength = 76;
// "=?UTF-8?B?" + 56 base64 characters + "?=" is 68 characters; after "Subject: " a line stays under 78.
constexpr int kEncodedWordBytes = 42;

QByteArray percent(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

// Line breaks in a URL body are CRLF (RFC 6068 section 5).
QString crlf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text;
}

QUrl checkedLink(const QByteArray &encoded, QString *error)
{
    if (encoded.size() > DraftEncoder::kMaxLinkLength) {
        if (error) {
            *error = DraftEncoder::tr(
                         "The request is too long for a link (%1 characters, at most %2): select fewer "
                         "identifiers, or use the printed text or an .eml file.")
                         .arg(encoded.size())
                         .arg(DraftEncoder::kMaxLinkLength);
        }
        return {};
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

bool isShortAscii(const QByteArray &name, const QString &value)
{
    if (name.size() + 2 + value.size() > 78)
        return false;
    return std::all_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; })
        && !value.contains(QLatin1String("=?"));
}

// Splits UTF-8 bytes into chunks of at most `limit` bytes without cutting a character in two.
QList<QByteArray> utf8Chunks(const QByteArray &utf8, int limit)
{
    QList<QByteArray> chunks;
    int start = 0;
    while (start < utf8.size()) {
        int end = std::min<int>(start + limit, utf8.size());
        while (end < utf8.size() && end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        chunks.append(utf8.mid(start, end - start));
        start = end;
    }
    return chunks;
}

} // namespace

namespace {

QUrl mailtoLink(const QString &recipient, const QString &subject, const QString &body, QString *error)
{
    const QByteArray encoded = QByteArrayLiteral("mailto:") + percent(recipient).replace("%40", "@")
        + QByteArrayLiteral("?subject=") + percent(subject) + QByteArrayLiteral("&body=")
        + percent(crlf(body));
    return checkedLink(encoded, error);
}

QUrl issueLink(const QString &formAddress, const QString &title, const QString &body, QString *error)
{
    const QUrl form(formAddress, QUrl::StrictMode);
    if (!form.isValid() || form.scheme() != QLatin1String("https") || form.hasQuery()) {
        if (error)
            *error = DraftEncoder::tr("The issue form address in the catalog is not a plain https link: %1")
                         .arg(formAddress);
        return {};
    }
    const QByteArray encoded = form.toEncoded() + QByteArrayLiteral("?title=") + percent(title)
        + QByteArrayLiteral("&body=") + percent(body);
    return checkedLink(encoded, error);
}

} // namespace

QUrl DraftEncoder::mailtoUrl(const DeletionDraft &draft, QString *error)
{
    if (draft.kind() != DeletionDraft::Kind::Email) {
        if (error)
            *error = tr("%1 names no mail address for deletion requests; use its issue link instead.")
                         .arg(draft.toolName());
        return {};
    }
    return mailtoLink(draft.recipient(), draft.subject(), draft.body(), error);
}

QUrl DraftEncoder::issueUrl(const DeletionDraft &draft, QString *error)
{
    if (draft.kind() != DeletionDraft::Kind::Issue) {
        if (error)
            *error = tr("%1 takes deletion requests by mail, not as an issue.").arg(draft.toolName());
        return {};
    }
    return issueLink(draft.recipient(), draft.subject(), draft.body(), error);
}

QUrl DraftEncoder::linkFor(const DeletionRequest &request, QString *error)
{
    if (request.channel == Channel::Mailto)
        return mailtoLink(request.recipient, request.subject, request.body, error);
    if (request.channel == Channel::Issue)
        return issueLink(request.recipient, request.subject, request.body, error);
    if (error)
        *error = tr("This request was not sent through a mail or issue link.");
    return {};
}

QByteArray DraftEncoder::quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (normalized.endsWith(QLatin1Char('\n')))
        normalized.chop(1);
    QByteArray out;
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    for (const QByteArray &line : lines) {
        int column = 0;
        for (int i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool lastInLine = i == line.size() - 1;
            QByteArray token;
            // Trailing blanks are encoded: transports strip them (RFC 2045 rule 3).
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lastInLine))
                token = QByteArray(1, char(c));
            else
                token = '=' + QByteArray(1, char(c)).toHex().toUpper();
            if (column + token.size() > kQpLineLength - 1) {
                out += "=\r\n";
                column = 0;
            }
            out += token;
            column += int(token.size());
        }
        out += "\r\n";
    }
    return out;
}

QByteArray DraftEncoder::headerValue(const QByteArray &name, const QString &value)
{
    if (isShortAscii(name, value))
        return value.toLatin1();
    QByteArray out;
    const QList<QByteArray> chunks = utf8Chunks(value.toUtf8(), kEncodedWordBytes);
    for (int i = 0; i < chunks.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunks.at(i).toBase64() + "?=";
    }
    return out;
}

QByteArray DraftEncoder::emlMessage(const DeletionDraft &draft, const QString &requestId,
                                    const QDateTime &date)
{
    if (draft.kind() != DeletionDraft::Kind::Email)
        return {};
    QByteArray out;
    const auto header
        = [&out](const QByteArray &name, const QByteArray &value) { out += name + ": " + value + "\r\n"; };
    header("Date", date.toUTC().toString(Qt::RFC2822Date).toLatin1());
    if (!draft.contact().isEmpty())
        header("From", draft.contact().toLatin1());
    header("To", draft.recipient().toLatin1());
    header("Subject", headerValue("Subject", draft.subject()));
    // The id names no host: the domain part is the reserved .invalid, never this machine.
    header("Message-ID", '<' + requestId.toLatin1() + "@telemetry-lens.invalid>");
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    // Outlook opens a message marked unsent as a draft ready to send from the user's account.
    header("X-Unsent", "1");
    out += "\r\n";
    out += quotedPrintable(draft.body());
    return out;
}

} // namespace tlens
