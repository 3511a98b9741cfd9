#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tlens {

// Edits one member of a JSON document in place, the way a person would: every byte outside the
// changed member is kept (layout, key order, other keys, and comments where the dialect allows
// them), and new members are indented like their neighbours. A document that does not parse is
// refused, never rewritten.
class JsonEdit final {
    Q_DECLARE_TR_FUNCTIONS(JsonEdit)
public:
    struct Style {
        QByteArray indent = QByteArrayLiteral("  "); // one level, for documents that show none yet
        bool finalNewline = false; // of a document created from nothing
        bool comments = false; // // and /* */ comments are allowed (Angular's config files)
    };

    // Sets the member at `path` (object keys, outermost first) to `value`, a JSON text. Objects
    // missing on the way are created. False with *problem when `in` is not a JSON object.
    static bool set(const QByteArray &in, const QStringList &path, const QByteArray &value,
                    const Style &style, QByteArray *out, QString *problem);

    // Removes the member at `path`; a document without it is returned unchanged.
    static bool remove(const QByteArray &in, const QStringList &path, const Style &style, QByteArray *out,
                       QString *problem);

    // A new document as JSON.stringify(value, null, indent) writes it, plus a final newline when the
    // style asks for one. `value` is a JSON text; members keep their order.
    static QByteArray create(const QByteArray &value, const Style &style);

    // Whether `in` holds nothing but white space (an empty file counts as no document).
    static bool isBlank(const QByteArray &in);
};

} // namespace tlens
