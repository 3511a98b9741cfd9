#include "secretmasker.h"

#include "catalog/catalog.h"

#include <QRegularExpression>

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
    return line;
}

} // namespace tlens
