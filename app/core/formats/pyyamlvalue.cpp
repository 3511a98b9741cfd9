#include "pyyamlvalue.h"

#include "yamlbounded.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace tlens {

namespace {

constexpr qsizetype kMaxYamlBytes = 1024 * 1024;

bool isPyYamlBool(const QString &s, bool *value)
{
    static const QStringList yes { QStringLiteral("yes"),  QStringLiteral("Yes"),  QStringLiteral("YES"),
                                   QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"),
                                   QStringLiteral("on"),   QStringLiteral("On"),   QStringLiteral("ON") };
    static const QStringList no { QStringLiteral("no"),    QStringLiteral("No"),    QStringLiteral("NO"),
                                  QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
                                  QStringLiteral("off"),   QStringLiteral("Off"),   QStringLiteral("OFF") };
    if (yes.contains(s)) {
        *value = true;
        return true;
    }
    if (no.contains(s)) {
        *value = false;
        return true;
    }
    return false;
}

// PyYAML's int and float resolvers (YAML 1.1), without the rare sexagesimal forms.
PyYamlValue::Type numberType(const QString &s, double *value)
{
    static const QRegularExpression decimal(QStringLiteral("^[-+]?(0|[1-9][0-9_]*)$"));
    static const QRegularExpression octal(QStringLiteral("^[-+]?0[0-7_]+$"));
    static const QRegularExpression hex(QStringLiteral("^[-+]?0x[0-9a-fA-F_]+$"));
    static const QRegularExpression binary(QStringLiteral("^[-+]?0b[0-1_]+$"));
    static const QRegularExpression real(QStringLiteral(
        "^[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?$|^[-+]?\\.(inf|Inf|INF)$|^\\.(nan|NaN|NAN)$"));
    QString clean = s;
    clean.remove(QLatin1Char('_'));
    bool ok = false;
    if (decimal.match(s).hasMatch()) {
        *value = clean.toDouble(&ok);
        return PyYamlValue::Type::Int;
    }
    const bool negative = clean.startsWith(QLatin1Char('-'));
    const QString digits
        = clean.startsWith(QLatin1Char('-')) || clean.startsWith(QLatin1Char('+')) ? clean.mid(1) : clean;
    if (hex.match(s).hasMatch()) {
        *value = double(digits.mid(2).toLongLong(&ok, 16)) * (negative ? -1 : 1);
        return PyYamlValue::Type::Int;
    }
    if (binary.match(s).hasMatch()) {
        *value = double(digits.mid(2).toLongLong(&ok, 2)) * (negative ? -1 : 1);
        return PyYamlValue::Type::Int;
    }
    if (octal.match(s).hasMatch()) {
        *value = double(digits.toLongLong(&ok, 8)) * (negative ? -1 : 1);
        return PyYamlValue::Type::Int;
    }
    if (s != QLatin1String(".") && real.match(s).hasMatch()) {
        *value = clean.toDouble(&ok);
        return PyYamlValue::Type::Float;
    }
    return PyYamlValue::Type::String;
}

bool isNull(const QString &s)
{
    return s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null") || s == QLatin1String("Null")
        || s == QLatin1String("NULL");
}

void classify(const YAML::Node &node, PyYamlValue *v)
{
    v->line = node.Mark().line + 1;
    if (!node || node.IsNull()) {
        v->type = PyYamlValue::Type::Null;
        return;
    }
    if (node.IsSequence() || node.IsMap()) {
        v->type = node.IsMap() ? PyYamlValue::Type::Mapping : PyYamlValue::Type::Sequence;
        v->empty = node.size() == 0;
        return;
    }
    const QString s = QString::fromStdString(node.Scalar());
    v->text = s;
    if (node.Tag() == "!" || (node.Tag() != "?" && !node.Tag().empty())) {
        // Quoted, or explicitly tagged: PyYAML keeps it a string (tags other than !!str are rare).
        v->quoted = node.Tag() == "!";
        v->type = PyYamlValue::Type::String;
        v->empty = s.isEmpty();
        return;
    }
    if (isNull(s)) {
        v->type = PyYamlValue::Type::Null;
        return;
    }
    if (isPyYamlBool(s, &v->boolean)) {
        v->type = PyYamlValue::Type::Bool;
        return;
    }
    v->type = numberType(s, &v->number);
    v->empty = v->type == PyYamlValue::Type::String && s.isEmpty();
}

YAML::Node childOf(const YAML::Node &map, const QString &key)
{
    const std::string k = key.toStdString();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == k)
            return it->second;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

} // namespace

PyYamlValue PyYamlValue::find(const QByteArray &data, const QStringList &path)
{
    PyYamlValue v;
    if (data.size() > kMaxYamlBytes) {
        v.lookup = Lookup::Malformed;
        v.text = QStringLiteral("file too large");
        return v;
    }
    YAML::Node root;
    try {
        const std::vector<YAML::Node> docs = loadAllYamlBounded(data.toStdString());
        if (docs.size() > 1) {
            // safe_load refuses a stream of several documents.
            v.lookup = Lookup::Malformed;
            v.text = QStringLiteral("expected a single document in the stream");
            return v;
        }
        if (!docs.empty())
            root = docs.front();
    } catch (const YAML::Exception &e) {
        v.lookup = Lookup::Malformed;
        v.text = QString::fromStdString(e.msg);
        v.line = e.mark.line + 1;
        return v;
    }
    if (!root || root.IsNull()) {
        v.lookup = Lookup::Empty;
        return v;
    }
    if (!root.IsMap()) {
        v.lookup = Lookup::RootNotMapping;
        return v;
    }
    YAML::Node node = root;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const YAML::Node next = childOf(node, path.at(i));
        const bool last = i == path.size() - 1;
        if (!next.IsDefined()) {
            v.lookup = last ? Lookup::Missing : Lookup::ParentMissing;
            return v;
        }
        if (last) {
            v.lookup = Lookup::Found;
            classify(next, &v);
            return v;
        }
        if (!next.IsMap()) {
            v.lookup = Lookup::ParentNotMapping;
            classify(next, &v);
            v.parentType = v.type;
            return v;
        }
        node = next;
    }
    return v;
}

bool PyYamlValue::truthy() const
{
    switch (type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return boolean;
    case Type::Int:
    case Type::Float:
        return number != 0.0;
    case Type::String:
    case Type::Sequence:
    case Type::Mapping:
        return !empty;
    }
    return false;
}

QString PyYamlValue::shown() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Sequence:
        return QStringLiteral("[...]");
    case Type::Mapping:
        return QStringLiteral("{...}");
    default:
        break;
    }
    return quoted ? QLatin1Char('"') + text + QLatin1Char('"') : text;
}

} // namespace tlens
