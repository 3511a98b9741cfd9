#include "shellconfwriter.h"

#include "env/envparser.h"
#include "formats/keyvaluefile.h"
#include "textlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tlens {

namespace {

QString plainValue(const QString &json)
{
    const QJsonArray a = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + ']').array();
    return a.isEmpty() ? QString() : a.first().toVariant().toString();
}

} // namespace

EditResult ShellConfWriter::write(const std::optional<QByteArray> &current, const FileOptOutRequest &request)
{
    const OptOutFileSpec &spec = *request.spec;
    const QString key = spec.key;
    const bool remove = !request.disable && spec.enableValue.isEmpty();
    const QString value = plainValue(request.disable ? spec.disableValue : spec.enableValue);
    const QByteArray assignment = key.toUtf8() + "=\"" + value.toUtf8() + '"';
    if (!current) {
        if (remove)
            return EditResult::success(std::nullopt);
        return EditResult::success(assignment + '\n');
    }
    if (current->contains('\0'))
        return EditResult::failure(tr("%1 is not a text file; it was left unchanged.").arg(request.path));
    const EnvParseResult parsed
        = EnvParser::parse(QString::fromUtf8(*current), EnvSources::Syntax::Posix, EnvParser::Options {});
    for (const EnvParseProblem &p : parsed.problems) {
        if (p.kind == EnvParseProblem::Kind::Unterminated)
            return EditResult::failure(
                tr("%1 line %2: a quote or bracket opened here is never closed, so the "
                   "shell cannot read the file. Close it by hand; the file was left "
                   "unchanged.")
                    .arg(request.path)
                    .arg(p.line));
    }

    const QRegularExpression plain(QStringLiteral("^%1=").arg(QRegularExpression::escape(key)));
    const QRegularExpression anywhere(QStringLiteral("\\b%1=").arg(QRegularExpression::escape(key)));
    static const QRegularExpression literal(
        QStringLiteral("^(\"[^\"$`\\\\]*\"|'[^']*'|[^\"'$`\\\\\\s;&|]*)\\s*$"));
    TextLines lines(*current);
    QList<int> hits;
    for (int i = 0; i < lines.count(); ++i) {
        const QString text = QString::fromUtf8(lines.line(i));
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')) || !anywhere.match(text).hasMatch())
            continue;
        const bool atStart = plain.match(text).hasMatch();
        if (!atStart || !literal.match(text.mid(key.size() + 1)).hasMatch())
            return EditResult::failure(
                tr("%1 line %2 sets %3 in a way Telemetry Lens cannot change safely (%4). Edit that line by "
                   "hand to %5.")
                    .arg(request.path)
                    .arg(i + 1)
                    .arg(key, trimmed, QString::fromUtf8(assignment)));
        hits.append(i);
    }
    if (hits.isEmpty()) {
        if (remove)
            return EditResult::success(current);
        lines.insert(lines.count(), assignment);
        return EditResult::success(lines.join());
    }
    const QList<KeyValueFile::Entry> before = KeyValueFile::parse(*current);
    const KeyValueFile::Entry *last = KeyValueFile::last(before, key);
    if (!remove && last && last->value == value && hits.size() == 1 && lines.line(hits.first()) == assignment)
        return EditResult::success(current);
    for (qsizetype h = hits.size() - 1; h >= 0; --h) {
        if (remove)
            lines.remove(hits.at(h));
        else
            lines.replace(hits.at(h), assignment);
    }
    const QByteArray result = lines.join();
    const QList<KeyValueFile::Entry> after = KeyValueFile::parse(result);
    const KeyValueFile::Entry *check = KeyValueFile::last(after, key);
    if (remove ? check != nullptr : (!check || check->value != value))
        return EditResult::failure(
            tr("%1 could not be changed safely; it was left unchanged. Set %2 by hand.")
                .arg(request.path, QString::fromUtf8(assignment)));
    return EditResult::success(result);
}

} // namespace tlens
