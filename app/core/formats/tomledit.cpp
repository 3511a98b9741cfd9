#include "tomledit.h"

#include <QList>
#include <QRegularExpression>

#include <toml++/toml.h>

#include <sstream>

namespace tlens {

namespace {

bool parse(const QByteArray &data, toml::table *table, QString *error)
{
    try {
        *table = toml::parse(std::string_view(data.constData(), size_t(data.size())));
        return true;
    } catch (const toml::parse_error &e) {
        if (error)
            *error = TomlEdit::tr("line %1: %2")
                         .arg(e.source().begin.line)
                         .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size())));
        return false;
    }
}

// `[a.b]` or `[[a]]` headers, without comments; empty for other lines.
QString headerOf(const QString &line)
{
    static const QRegularExpression header(
        QStringLiteral("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*\\]\\]?\\s*(#.*)?$"));
    const QRegularExpressionMatch m = header.match(line);
    if (!m.hasMatch())
        return {};
    QString name = m.captured(1);
    name.remove(QLatin1Char('"'));
    name.remove(QLatin1Char('\''));
    name.remove(QLatin1Char(' '));
    return name;
}

// The key of a `key = value` line (quotes and spaces removed), or empty.
QString keyOf(const QString &line, qsizetype *valueStart)
{
    static const QRegularExpression assignment(
        QStringLiteral("^\\s*((?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.\\- ]+?))\\s*=\\s*"));
    const QRegularExpressionMatch m = assignment.match(line);
    if (!m.hasMatch())
        return {};
    *valueStart = m.capturedEnd();
    QString key = m.captured(1);
    key.remove(QLatin1Char('"'));
    key.remove(QLatin1Char('\''));
    key.remove(QLatin1Char(' '));
    return key;
}

// Where a one-line value ends (before a trailing comment), or -1 for values a line edit must not touch.
qsizetype valueEnd(const QString &line, qsizetype start)
{
    if (start >= line.size())
        return -1;
    const QChar first = line.at(start);
    if (first == QLatin1Char('[') || first == QLatin1Char('{'))
        return -1;
    if (line.mid(start, 3) == QLatin1String("\"\"\"") || line.mid(start, 3) == QLatin1String("'''"))
        return -1;
    qsizetype end = start;
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        end = start + 1;
        while (end < line.size() && line.at(end) != first) {
            if (first == QLatin1Char('"') && line.at(end) == QLatin1Char('\\'))
                ++end;
            ++end;
        }
        if (end >= line.size())
            return -1;
        return end + 1;
    }
    while (end < line.size() && line.at(end) != QLatin1Char('#'))
        ++end;
    while (end > start && line.at(end - 1).isSpace())
        --end;
    return end;
}

} // namespace

bool TomlEdit::read(const QByteArray &data, const QString &keyPath, Value *value, QString *error)
{
    toml::table table;
    if (!parse(data, &table, error))
        return false;
    *value = Value();
    const toml::node_view<toml::node> node = table.at_path(keyPath.toStdString());
    if (!node)
        return true;
    value->line = int(node.node()->source().begin.line);
    if (const auto b = node.value_exact<bool>()) {
        value->type = Value::Type::Bool;
        value->text = *b ? QStringLiteral("true") : QStringLiteral("false");
    } else if (const auto s = node.value_exact<std::string>()) {
        value->type = Value::Type::String;
        value->text = QString::fromStdString(*s);
    } else if (const auto i = node.value_exact<int64_t>()) {
        value->type = Value::Type::Integer;
        value->text = QString::number(*i);
    } else if (const auto f = node.value_exact<double>()) {
        value->type = Value::Type::Float;
        value->text = QString::number(*f);
    } else {
        value->type = Value::Type::Other;
        std::ostringstream text;
        text << node;
        value->text = QString::fromStdString(text.str());
    }
    return true;
}

bool TomlEdit::setBool(const QByteArray &data, const QString &keyPath, bool value, QByteArray *out,
                       QString *error)
{
    toml::table before;
    if (!parse(data, &before, error))
        return false;
    const qsizetype dot = keyPath.lastIndexOf(QLatin1Char('.'));
    const QString table = dot > 0 ? keyPath.left(dot) : QString();
    const QString key = keyPath.mid(dot + 1);
    const QString literal = value ? QStringLiteral("true") : QStringLiteral("false");
    const QString text = QString::fromUtf8(data);
    const bool crlf = text.contains(QLatin1String("\r\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    const bool endsWithNewline = text.isEmpty() || text.endsWith(QLatin1Char('\n'));
    if (endsWithNewline && !lines.isEmpty())
        lines.removeLast();

    QString current; // the table the line is in
    qsizetype tableStart = -1; // header line of the wanted table
    qsizetype lastKeyLine = -1; // last key line inside the wanted table
    bool edited = false;
    for (qsizetype i = 0; i < lines.size() && !edited; ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString header = headerOf(line);
        if (!header.isEmpty()) {
            current = header;
            if (current == table)
                tableStart = i;
            continue;
        }
        qsizetype start = 0;
        const QString lineKey = keyOf(line, &start);
        if (lineKey.isEmpty())
            continue;
        const QString full = current.isEmpty() ? lineKey : current + QLatin1Char('.') + lineKey;
        if (current == table)
            lastKeyLine = i;
        if (full != keyPath)
            continue;
        const qsizetype end = valueEnd(line, start);
        if (end < 0) {
            if (error)
                *error
                    = tr("%1 holds a value spread over several lines or an inline table; change it by hand.")
                          .arg(keyPath);
            return false;
        }
        line.replace(start, end - start, literal);
        if (lines.at(i).endsWith(QLatin1Char('\r')))
            line += QLatin1Char('\r');
        lines[i] = line;
        edited = true;
    }
    const QString eol = crlf ? QStringLiteral("\r") : QString();
    if (!edited) {
        if (tableStart >= 0) {
            const qsizetype at = (lastKeyLine >= 0 ? lastKeyLine : tableStart) + 1;
            lines.insert(at, key + QStringLiteral(" = ") + literal + eol);
        } else if (table.isEmpty()) {
            lines.prepend(key + QStringLiteral(" = ") + literal + eol);
        } else {
            if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
                lines.append(eol);
            lines.append(QLatin1Char('[') + table + QLatin1Char(']') + eol);
            lines.append(key + QStringLiteral(" = ") + literal + eol);
        }
    }
    QByteArray result = lines.join(QLatin1Char('\n')).toUtf8();
    if (!lines.isEmpty())
        result += '\n';

    Value check;
    QString problem;
    if (!read(result, keyPath, &check, &problem) || check.type != Value::Type::Bool
        || check.text != literal) {
        if (error)
            *error = tr("the edited file would not read back as %1 = %2 (%3); it was left alone.")
                         .arg(keyPath, literal,
                              problem.isEmpty() ? tr("the key is defined elsewhere") : problem);
        return false;
    }
    *out = result;
    return true;
}

} // namespace tlens
