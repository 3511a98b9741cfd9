#include "jsonkeywriter.h"

#include "formats/jsonedit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>

namespace tlens {

namespace {

JsonEdit::Style styleOf(const QJsonObject &options)
{
    JsonEdit::Style style;
    const QJsonValue indent = options.value(QLatin1String("indent"));
    if (indent.isString())
        style.indent = indent.toString().toUtf8();
    else if (indent.isDouble())
        style.indent = QByteArray(qBound(0, indent.toInt(), 8), ' ');
    style.finalNewline = options.value(QLatin1String("final_newline")).toBool();
    style.comments = options.value(QLatin1String("comments")).toBool();
    return style;
}

QByteArray withTime(QByteArray json, const QDateTime &now)
{
    return json.replace("\"<now>\"",
                        QByteArray("\"" + now.toUTC().toString(Qt::ISODateWithMs).toUtf8() + "\""));
}

// The members of a compact JSON object, in their order, as (key, JSON text) pairs.
QList<std::pair<QString, QByteArray>> membersOf(const QString &compactObject)
{
    QList<std::pair<QString, QByteArray>> out;
    if (compactObject.isEmpty())
        return out;
    const QJsonObject object = QJsonDocument::fromJson(compactObject.toUtf8()).object();
    // QJsonObject sorts its keys; extra keys are few and their order in a new object follows the catalog's
    // sorted order, which is the order the tools write them in (wrangler: enabled, date).
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray array = QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact);
        out.append({ it.key(), array.mid(1, array.size() - 2) });
    }
    return out;
}

} // namespace

EditResult JsonKeyWriter::write(const std::optional<QByteArray> &current, const FileOptOutRequest &request)
{
    const OptOutFileSpec &spec = *request.spec;
    const QJsonObject options = QJsonDocument::fromJson(spec.style.toUtf8()).object();
    const JsonEdit::Style style = styleOf(options);
    const QStringList path = spec.key.split(QLatin1Char('.'));
    const QByteArray value = (request.disable ? spec.disableValue : spec.enableValue).toUtf8();

    QByteArray text = current.value_or(QByteArray());
    const bool missing = JsonEdit::isBlank(text);
    if (missing) {
        if (!request.disable && value.isEmpty())
            return EditResult::success(current); // nothing to remove
        const QJsonValue create = options.value(QLatin1String("create"));
        if (create.isBool() && !create.toBool())
            return EditResult::failure(
                tr("%1 does not exist yet, and %2 only accepts this file with an id it "
                   "makes itself. Run %2 once, then try again.")
                    .arg(request.path, request.tool->name));
        // A template given as JSON text keeps its key order (a JSON object in the catalog would not).
        if (create.isString())
            text = JsonEdit::create(withTime(create.toString().toUtf8(), request.now), style);
        else if (create.isObject())
            text = JsonEdit::create(
                withTime(QJsonDocument(create.toObject()).toJson(QJsonDocument::Compact), request.now),
                style);
    }
    QString problem;
    QByteArray out;
    const bool ok = value.isEmpty() ? JsonEdit::remove(text, path, style, &out, &problem)
                                    : JsonEdit::set(text, path, value, style, &out, &problem);
    if (!ok)
        return EditResult::failure(
            tr("%1 was left alone because %2. Correct it (or move it away) and try again.")
                .arg(request.path, problem));
    const QStringList parent = path.mid(0, path.size() - 1);
    // Extra keys go with a change of the value (wrangler's date); an unchanged value keeps them, unless
    // one is missing (an undated "enabled": false, which wrangler would reset).
    const bool unchanged = out == text;
    const nlohmann::json doc
        = nlohmann::json::parse(text.constBegin(), text.constEnd(), nullptr, false, style.comments);
    const nlohmann::json *holder = &doc;
    for (const QString &key : parent) {
        if (!holder->is_object() || !holder->contains(key.toStdString()))
            break;
        holder = &holder->at(key.toStdString());
    }
    // A time stamp the tool would not accept (missing, not a date, or older than "dated_since") is
    // renewed even when the value stays: wrangler resets an "enabled": false without a valid date.
    const QDate datedSince
        = QDate::fromString(options.value(QLatin1String("dated_since")).toString(), Qt::ISODate);
    const auto acceptable = [&](const nlohmann::json &existing, const QByteArray &extra) {
        if (extra != "\"<now>\"")
            return true;
        if (!existing.is_string())
            return false;
        const QDateTime when
            = QDateTime::fromString(QString::fromStdString(existing.get<std::string>()), Qt::ISODateWithMs);
        return when.isValid() && (!datedSince.isValid() || when.date() >= datedSince);
    };
    for (const auto &[key, extra] : membersOf(spec.extra)) {
        if (unchanged && holder->is_object() && holder->contains(key.toStdString())
            && acceptable(holder->at(key.toStdString()), extra))
            continue;
        QByteArray next;
        if (!JsonEdit::set(out, parent + QStringList { key }, withTime(extra, request.now), style, &next,
                           &problem))
            return EditResult::failure(
                tr("%1 was left alone because %2. Correct it (or move it away) and try again.")
                    .arg(request.path, problem));
        out = next;
    }
    if (missing && style.finalNewline && !out.endsWith('\n'))
        out += '\n';
    return EditResult::success(out);
}

} // namespace tlens
