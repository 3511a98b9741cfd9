#pragma once

#include "deletiondraft.h"
#include "deletionrequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace tlens {

// Turns a draft into what a mail program or a browser opens: a mailto: URL (RFC 6068), a complete
// RFC 5322 message with MIME headers (an .eml file), or a prefilled new-issue link. Pure functions:
// it never sends, opens or writes anything, and never adds text the draft does not hold.
class DraftEncoder final {
    Q_DECLARE_TR_FUNCTIONS(DraftEncoder)
public:
    // Browsers, mail programs and GitHub reject much longer links; a longer request goes by .eml or print.
    static constexpr int kMaxLinkLength = 8000;

    // mailto:recipient?subject=...&body=... with every reserved byte percent-encoded and CRLF line
    // breaks; an invalid URL and *error when the draft has no mail address or the link is too long.
    static QUrl mailtoUrl(const DeletionDraft &draft, QString *error);

    // The issue form with title and body as query items; invalid and *error for a mail draft or a
    // link over kMaxLinkLength.
    static QUrl issueUrl(const DeletionDraft &draft, QString *error);
    // The mail or issue link of a request stored in the ledger (to open it again later), built from
    // the stored recipient, subject and body; invalid and *error for other channels.
    static QUrl linkFor(const DeletionRequest &request, QString *error);

    // A message ready to send: Date, From (only the user's contact: without one the mail program
    // fills in the sender, as it does for any draft), To, Subject (RFC 2047 when needed), Message-ID,
    // MIME 1.0, text/plain UTF-8, quoted-printable, CRLF line endings, no line over 78 characters.
    // Empty for an issue draft, which has no mail address.
    static QByteArray emlMessage(const DeletionDraft &draft, const QString &requestId, const QDateTime &date);

    // Quoted-printable (RFC 2045) of UTF-8 text: CRLF line breaks, soft breaks keep lines at 76.
    static QByteArray quotedPrintable(const QString &text);
    // A header value as-is when it is short printable ASCII, else RFC 2047 "B" encoded words folded
    // onto continuation lines; the result starts after "Name: ".
    static QByteArray headerValue(const QByteArray &name, const QString &value);
};

} // namespace tlens
