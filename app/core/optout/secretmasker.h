#pragma once

#include <QString>
#include <QStringList>

namespace tlens {

class Catalog;

// Hides the values of secret-looking settings in text shown to people (plan diffs): INI and YAML
// `key = value` / `key: value`, shell `export KEY=value`, fish `set -gx KEY value` and JSON
// `"key": "value"`. A key is secret when the catalog names it (Skyplane's cloud keys, inputs marked
// secret) or its name contains secret, token, password, passwd, credential, licen[cs]e, apikey or
// _key. It is for display only: it must never be applied to bytes that are written.
class SecretMasker final {
public:
    explicit SecretMasker(const QStringList &secretKeys = {});
    static SecretMasker fromCatalog(const Catalog &catalog);

    bool isSecretKey(const QString &key) const;
    QString maskLine(const QString &line) const;

    static QString mask() { return QStringLiteral("********"); }

private:
    QStringList m_keys; // lower-cased
};

} // namespace tlens
