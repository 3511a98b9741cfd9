#pragma once

#include <QByteArray>
#include <QString>

namespace tlens::test {

// Decoders for the messages the program writes (.eml), independent of its encoder and checked
// against Python's email package on the same messages (tests/fixtures/mime, made by
// tests/fixtures/mime/expected.py). Like Python, they keep a broken escape as it is written and
// never read past the end.

// RFC 2045 quoted-printable: =XX (either case), soft line breaks (= at the end of a line or of the
// text); line ends and blanks are kept as they are, as Python's quopri does.
QByteArray decodeQuotedPrintable(const QByteArray &in);

// RFC 2047 encoded words (=?charset?B|Q?text?=, UTF-8, US-ASCII or ISO-8859-1) in an unfolded
// header value; blanks between two adjacent encoded words are dropped.
QString decodeHeader(const QByteArray &value);

} // namespace tlens::test
