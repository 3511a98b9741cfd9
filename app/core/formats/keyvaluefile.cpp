#include "keyvaluefile.h"

#include <QRegularExpression>
#include <QStringList>

namespace tlens {

QList<KeyValueFile::Entry> KeyValueFile::parse(const QByteArray &data)
{
    static const QRegularExpression assignment(
        QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*)$"));
    QList<Entry> out;
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QRegularExpressionMatch m = assignment.match(line);
        if (!m.hasMatch())
            continue;
        QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) {
            const QChar quote = value.at(0);
            const qsizetype end = value.indexOf(quote, 1);
            if (end < 0)
                continue; // an unterminated quote: python-dotenv skips the line too
            value = value.mid(1, end - 1);
            if (quote == QLatin1Char('"'))
                value.replace(QLatin1String("\\n"), QLatin1String("\n"))
                    .replace(QLatin1String("\\\""), QLatin1String("\""));
        } else {
            const qsizetype comment = value.indexOf(QLatin1String(" #"));
            if (comment >= 0)
                value.truncate(comment);
            value = value.trimmed();
        }
        out.append({ m.captured(1), value, i + 1 });
    }
    return out;
}

QList<KeyValueFile::Entry> KeyValueFile::parseRc(const QByteArray &data)
{
    QList<Entry> out;
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        out.append({ line.left(eq).trimmed(), line.mid(eq + 1).trimmed(), i + 1 });
    }
    return out;
}

const KeyValueFile::Entry *KeyValueFile::last(const QList<Entry> &entries, const QString &key)
{
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        if (entries.at(i).key == key)
            return &entries.at(i);
    }
    return nullptr;
}

} // namespace tlens
