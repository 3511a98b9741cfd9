#pragma once

#include <QString>
#include <QStringList>

namespace tlens {

class Catalog;

// Hides the values of secret-looking settings in text shown to people (plan diffs): INI and YAML
// `key = value` / `key: value`, shell `export KEY=value`, fish `set -gx KEY value` and JSON
// `"key": "value"`, and a line that is one long word of letters and digits (a token that lost its
// name). A key is secret when the catalog names it (Skyplane's cloud keys, inputs marked
// secret) or its name contains secret, token, password, passwd, credential, licen[cs]e, apikey or
// _key. It is for display only: it must never be applied to bytes that are written.
// Every message that quotes a line of a file goes through it; a line no parser understood is quoted
// with maskUnparsedLine(), which keeps only what cannot be a secret.
class SecretMasker final {
public:
    explicit SecretMasker(const QStringList &secretKeys = {});
    static SecretMasker fromCatalog(const Catalog &catalog);

    bool isSecretKey(const QString &key) const;
    QString maskLine(const QString &line) const;
    // A line that could not be parsed, so nothing is known about where its secret would be: keeps a
    // leading lower-case key name (`key value`, `key value = x`) and masks everything else.
    static QString maskUnparsedLine(const QString &line);

    static QString mask() { return QStringLiteral("********"); }

private:
    QStringList m_keys; // lower-cased
};

} // namespace tlens
