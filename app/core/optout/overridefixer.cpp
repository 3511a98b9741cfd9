#include "overridefixer.h"

#include "textlines.h"

#include <QRegularExpression>

namespace tlens {

QByteArray OverrideFixer::marker()
{
    return QByteArrayLiteral("# disabled by telemetry-lens: ");
}

EditResult OverrideFixer::commentOut(const std::optional<QByteArray> &current, int line, const QString &key,
                                     const QString &path)
{
    if (!current)
        return EditResult::failure(
            tr("%1 no longer exists, so line %2 could not be disabled.").arg(path).arg(line));
    TextLines lines(*current);
    if (line < 1 || line > lines.count())
        return EditResult::failure(tr("%1 has no line %2 (it has %3); scan again and retry.")
                                       .arg(path)
                                       .arg(line)
                                       .arg(lines.count()));
    const QByteArray text = lines.line(line - 1);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('#'))
        return EditResult::success(current);
    if (!key.isEmpty()) {
        const QRegularExpression assigns(
            QStringLiteral("(^|[\\s;])(export\\s+|set\\s+(-[a-zA-Z]+\\s+)*)?%1(=|\\s|$)|"
                           "^\\s*(SETUVAR\\s+(--export\\s+)?|SET_EXPORT\\s+)%1:")
                .arg(QRegularExpression::escape(key)));
        if (!assigns.match(QString::fromUtf8(text)).hasMatch())
            return EditResult::failure(
                tr("%1 line %2 no longer sets %3; scan again and retry.").arg(path).arg(line).arg(key));
    }
    if (trimmed.endsWith('\\'))
        return EditResult::failure(
            tr("%1 line %2 continues onto the next line; commenting it out would change what the next "
               "line does, so it was left unchanged. Edit it by hand.")
                .arg(path)
                .arg(line));
    const int indent = TextLines::indentOf(text);
    lines.replace(line - 1, text.left(indent) + marker() + text.mid(indent));
    return EditResult::success(lines.join());
}

} // namespace tlens
