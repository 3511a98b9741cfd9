#include "rc9writer.h"

#include "fileoptoutvalue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tlens {

namespace {

struct Assignment {
    QString key;
    QString value; // empty: remove the line
};

QList<Assignment> assignments(const FileOptOutRequest &request)
{
    const OptOutFileSpec &spec = *request.spec;
    QList<Assignment> out;
    const QString main = request.disable ? fileOptOutRawValue(spec.disableValue)
        : spec.enableValue.isEmpty()     ? QString()
                                         : fileOptOutRawValue(spec.enableValue);
    out.append({ spec.key, main });
    const QJsonObject extra = QJsonDocument::fromJson(spec.extra.toUtf8()).object();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        const QByteArray compact = QJsonDocument(QJsonObject { { QStringLiteral("v"), it.value() } })
                                       .toJson(QJsonDocument::Compact);
        // {"v":<value>}: the value's own compact text.
        const QString value = QString::fromUtf8(compact.mid(5, compact.size() - 6));
        out.append({ it.key(), request.disable ? fileOptOutRawValue(value) : QString() });
    }
    return out;
}

QString keyOf(const QString &line)
{
    const QString trimmed = line.trimmed();
    const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
    if (trimmed.startsWith(QLatin1Char('#')) || eq <= 0)
        return {};
    return trimmed.left(eq).trimmed();
}

} // namespace

EditResult writeRc9Keys(const std::optional<QByteArray> &current, const FileOptOutRequest &request)
{
    const QList<Assignment> wanted = assignments(request);
    if (!current) {
        QStringList lines;
        for (const Assignment &a : wanted) {
            if (!a.value.isEmpty())
                lines.append(a.key + QLatin1Char('=') + a.value);
        }
        if (lines.isEmpty())
            return EditResult::success(std::nullopt);
        return EditResult::success(lines.join(QLatin1Char('\n')).toUtf8());
    }
    QStringList lines = QString::fromUtf8(*current).split(QLatin1Char('\n'));
    const bool finalNewline = current->endsWith('\n');
    if (finalNewline)
        lines.removeLast();
    for (const Assignment &a : wanted) {
        qsizetype last = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (keyOf(lines.at(i)) == a.key)
                last = i;
        }
        if (a.value.isEmpty()) {
            for (qsizetype i = lines.size() - 1; i >= 0; --i) {
                if (keyOf(lines.at(i)) == a.key)
                    lines.removeAt(i);
            }
        } else if (last >= 0) {
            lines[last] = a.key + QLatin1Char('=') + a.value;
        } else {
            if (lines.size() == 1 && lines.first().isEmpty())
                lines.clear();
            lines.append(a.key + QLatin1Char('=') + a.value);
        }
    }
    QString out = lines.join(QLatin1Char('\n'));
    if (finalNewline && !lines.isEmpty())
        out += QLatin1Char('\n');
    return EditResult::success(out.toUtf8());
}

} // namespace tlens
