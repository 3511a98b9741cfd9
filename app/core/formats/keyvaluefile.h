#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tlens {

// KEY=value files read by tools rather than by a shell: python-dotenv's .env (optional `export`,
// single or double quotes, `#` comments, an inline comment after a space) and shell-sourced files
// read the same simple way. Lines that are not assignments are skipped; nothing is evaluated.
class KeyValueFile final {
public:
    struct Entry {
        QString key;
        QString value;
        int line = 0; // 1-based
    };

    static QList<Entry> parse(const QByteArray &data);
    // rc9 files (key=value, dotted keys, # comments): the value is the raw text after "=", trimmed,
    // quotes kept; a line without "=" is skipped.
    static QList<Entry> parseRc(const QByteArray &data);
    // The last assignment of `key`, as python-dotenv keeps it; nullptr when there is none.
    static const Entry *last(const QList<Entry> &entries, const QString &key);
};

} // namespace tlens
