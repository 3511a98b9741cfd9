#include "inikeywriter.h"

#include "formats/inidocument.h"
#include "textlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace tlens {

namespace {

// The catalog holds values as compact JSON: "no" -> no.
QString plainValue(const QString &json)
{
    const QJsonArray a = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + ']').array();
    if (a.isEmpty())
        return {};
    const QJsonValue v = a.first();
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(v.toDouble());
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

// Every option but the one written, to prove that nothing else moved.
QList<QPair<QString, QString>> otherOptions(const IniDocument &doc, const QString &section,
                                            const QString &key)
{
    QList<QPair<QString, QString>> out;
    for (const IniDocument::Section &s : doc.sections()) {
        out.append({ QLatin1Char('[') + s.name + QLatin1Char(']'), QString() });
        for (const IniDocument::Option &o : s.options) {
            if (s.name != section || o.key != key)
                out.append({ o.key, o.value });
        }
    }
    return out;
}

} // namespace

EditResult IniKeyWriter::write(const std::optional<QByteArray> &current, const FileOptOutRequest &request)
{
    const OptOutFileSpec &spec = *request.spec;
    const QString section = spec.key.section(QLatin1Char('.'), 0, 0);
    const QString key = spec.key.section(QLatin1Char('.'), 1).toLower();
    const bool remove = !request.disable && spec.enableValue.isEmpty();
    const QString value = plainValue(request.disable ? spec.disableValue : spec.enableValue);
    const QByteArray assignment = key.toUtf8() + " = " + value.toUtf8();
    if (!current) {
        if (remove)
            return EditResult::success(std::nullopt);
        return EditResult::success(QByteArray("[") + section.toUtf8() + "]\n" + assignment + "\n\n");
    }
    if (!isValidUtf8(*current))
        return EditResult::failure(
            tr("%1 is not valid UTF-8 text, so %2 cannot read it; it was left unchanged. "
               "Fix the file and try again.")
                .arg(request.path, request.tool->name));
    const IniDocument doc = IniDocument::parse(*current);
    if (!doc.isValid())
        return EditResult::failure(tr("%1 cannot be read the way %2 reads it (%3), so it was left unchanged. "
                                      "Fix the file and try again.")
                                       .arg(request.path, request.tool->name, doc.errorString()));

    TextLines lines(*current);
    const IniDocument::Section *s = doc.section(section);
    const IniDocument::Option *option = s ? s->option(key) : nullptr;
    if (option) {
        if (!remove && option->value == value)
            return EditResult::success(current);
        for (int l = option->lastLine; l > option->line; --l)
            lines.remove(l);
        if (remove) {
            lines.remove(option->line);
        } else {
            // Keep the key as written and its spacing around the delimiter.
            static const QRegularExpression prefixRe(QStringLiteral("^(\\s*.*?\\s*[=:]\\s*)"));
            QByteArray prefix = prefixRe.match(doc.lines().at(option->line)).captured(1).toUtf8();
            if (option->value.isEmpty() && !prefix.endsWith(' ') && !prefix.endsWith('\t'))
                prefix += ' ';
            lines.replace(option->line, prefix + value.toUtf8());
        }
    } else if (remove) {
        return EditResult::success(current);
    } else if (s) {
        const int after = s->options.isEmpty() ? s->line : s->options.last().lastLine;
        lines.insert(after + 1, assignment);
    } else {
        if (lines.count() > 0 && !TextLines::isBlank(lines.line(lines.count() - 1)))
            lines.insert(lines.count(), QByteArray());
        lines.insert(lines.count(), QByteArray("[") + section.toUtf8() + ']');
        lines.insert(lines.count(), assignment);
    }
    const QByteArray result = lines.join();

    const IniDocument check = IniDocument::parse(result);
    const IniDocument::Section *checkSection = check.section(section);
    const IniDocument::Option *checkOption = checkSection ? checkSection->option(key) : nullptr;
    auto expected = otherOptions(doc, section, key);
    if (!s)
        expected.append({ QLatin1Char('[') + section + QLatin1Char(']'), QString() });
    const bool valueOk = remove ? !checkOption : (checkOption && checkOption->value == value);
    if (!check.isValid() || !valueOk || otherOptions(check, section, key) != expected)
        return EditResult::failure(tr("%1 could not be changed safely (the result would not read back as "
                                      "intended); it was left unchanged. Set [%2] %3 = %4 by hand.")
                                       .arg(request.path, section, key, value));
    return EditResult::success(result);
}

} // namespace tlens
