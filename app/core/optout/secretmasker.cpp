#include "secretmasker.h"

#include "catalog/catalog.h"

#include <QRegularExpression>

#include <algorithm>

namespace tlens {

SecretMasker::SecretMasker(const QStringList &secretKeys)
{
    for (const QString &k : secretKeys)
        m_keys.append(k.toLower());
}

SecretMasker SecretMasker::fromCatalog(const Catalog &catalog)
{
    QStringList keys;
    for (const ToolSpec &tool : catalog.tools()) {
        keys += tool.secretKeys;
        for (const InputSpec &in : tool.inputs) {
            if (in.secret)
                keys.append(in.key);
        }
    }
    return SecretMasker(keys);
}

bool SecretMasker::isSecretKey(const QString &key) const
{
    const QString k = key.toLower();
    if (m_keys.contains(k))
        return true;
    static const char *const kWords[] = { "secret",  "token",  "password", "passwd", "credential", "license",
                                          "licence", "apikey", "_key",     "-key",   ".key" };
    for (const char *w : kWords) {
        if (k.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

QString SecretMasker::maskLine(const QString &line) const
{
    // JSON members anywhere on the line: Ray writes its config as one line.
    static const QRegularExpression jsonRe(
        QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""));
    QString out;
    qsizetype last = 0;
    auto it = jsonRe.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!isSecretKey(m.captured(1)))
            continue;
        out += QStringView(line).mid(last, m.capturedStart(0) - last);
        out += QLatin1Char('"') + m.captured(1) + QLatin1Char('"') + m.captured(2) + QLatin1Char('"') + mask()
            + QLatin1Char('"');
        last = m.capturedEnd(0);
    }
    if (last > 0) {
        out += QStringView(line).mid(last);
        return out;
    }

    static const QRegularExpression assignRe(
        QStringLiteral("^(\\s*(?:[#;]\\s*)?(?:export\\s+|declare\\s+-x\\s+|set\\s+-[a-zA-Z]+\\s+)?)([\"']?)(["
                       "A-Za-z_][A-Za-z0-9_.\\-]*)\\2(\\s*[=:]\\s*|\\s+)(\\S.*)$"));
    const auto m = assignRe.match(line);
    if (m.hasMatch() && isSecretKey(m.captured(3))) {
        return QString(line.left(m.capturedStart(5)) + mask());
    }
    // A setting written without spaces (rc9's telemetry.consent=0, environment.d's DO_NOT_TRACK=1) is a
    // name and a value, not a token that lost its name: its key is words of one case joined by . _ or -,
    // with at most two digits, and what follows "=" is not more padding.
    static const QRegularExpression settingKeyRe(
        QStringLiteral("^(?:[a-z][a-z0-9]*(?:[._\\-][a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$"));
    if (m.hasMatch() && !m.captured(5).startsWith(QLatin1Char('='))) {
        const QString key = m.captured(3);
        const auto digits = std::count_if(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); });
        if (digits <= 2 && settingKeyRe.match(key).hasMatch())
            return line;
    }

    // A line that is one long word of letters and digits, not a path: a token or key that lost
    // its name (a line no parser accepts), shown as diff context or in a file view.
    static const QRegularExpression bareRe(
        QStringLiteral("^(\\s*)([A-Za-z0-9_+\\-][A-Za-z0-9_+\\-.~/=]{15,})\\s*$"));
    const auto b = bareRe.match(line);
    if (b.hasMatch()) {
        const QString word = b.captured(2);
        const bool digits = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        const bool letters = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
        if (digits && letters)
            return b.captured(1) + mask();
    }
    return line;
}

QString SecretMasker::maskUnparsedLine(const QString &line)
{
    // A key is the kind of name a configuration file uses: lower-case words joined by _ . or -, with
    // at most two digits. Anything else may be the secret itself (an access key id, a token). The
    // name of a secret is shown: it tells which line is meant, and its value is masked.
    static const QRegularExpression keyRe(QStringLiteral("^([a-z][a-z0-9_.\\-]{0,39})\\s+\\S"));
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const QString key = keyRe.match(trimmed).captured(1);
    const qsizetype digits = std::count_if(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); });
    if (key.isEmpty() || digits > 2)
        return mask();
    return key + QLatin1Char(' ') + mask();
}

} // namespace tlens
