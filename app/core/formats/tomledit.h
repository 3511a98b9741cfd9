#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace tlens {

// Reads and edits TOML the way a person would: one key at a time, keeping every comment, blank
// line, table and key order. toml++ parses the file before an edit (a file it cannot parse is never
// rewritten) and the result after it (the edit must read back as the value written).
class TomlEdit final {
    Q_DECLARE_TR_FUNCTIONS(TomlEdit)
public:
    // A value as TOML typed it.
    struct Value {
        enum class Type { Missing, Bool, String, Integer, Float, Other };
        Type type = Type::Missing;
        QString text; // the value as text ("false", the string's content, "3")
        int line = 0; // 1-based; 0 when unknown
    };

    // The value at a dotted key path ("browser.gatherUsageStats"); false and *error when the file is
    // not valid TOML.
    static bool read(const QByteArray &data, const QString &keyPath, Value *value, QString *error);

    // Sets `keyPath` (table.key) to a TOML boolean; creates the table and key when missing. Returns
    // false with *error when the file cannot be parsed or the key lives where a line edit would be
    // unsafe (an inline table, a multi-line value).
    static bool setBool(const QByteArray &data, const QString &keyPath, bool value, QByteArray *out,
                        QString *error);
};

} // namespace tlens
