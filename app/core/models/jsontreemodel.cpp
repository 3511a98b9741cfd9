#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace tlens {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Integers as written (timestamps in ms exceed int), everything else in shortest form.
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return QString::number(v.toLongLong());
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_error.clear();
    endResetModel();
}

bool JsonTreeModel::setJson(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_error.clear();
    if (error.error != QJsonParseError::NoError) {
        m_error = tr("Not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString());
    } else if (doc.isObject()) {
        m_root->type = QJsonValue::Object;
        build(m_root.get(), doc.object());
    } else if (doc.isArray()) {
        m_root->type = QJsonValue::Array;
        build(m_root.get(), doc.array());
    } else {
        m_error = tr("The document holds no JSON object or array.");
    }
    endResetModel();
    return m_error.isEmpty();
}

void JsonTreeModel::build(Node *node, const QJsonValue &value)
{
    node->type = value.type();
    const auto addChild = [node](const QString &key, const QString &path) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->path = path;
        child->parent = node;
        child->row = int(node->children.size());
        Node *raw = child.get();
        node->children.push_back(std::move(child));
        return raw;
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        node->value = tr("{%n key(s)}", nullptr, int(o.size()));
        node->children.reserve(size_t(o.size()));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString path = node->path.isEmpty() ? it.key() : node->path + QLatin1Char('.') + it.key();
            build(addChild(it.key(), path), it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        node->value = tr("[%n item(s)]", nullptr, int(a.size()));
        node->children.reserve(size_t(a.size()));
        for (int i = 0; i < a.size(); ++i) {
            const QString key = QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            build(addChild(key, node->path + key), a.at(i));
        }
    } else {
        node->value = scalarText(value);
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case JsonPathRole:
        return n->path;
    case JsonTypeRole:
        return int(n->type);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case KeyColumn:
            return role == Qt::ToolTipRole ? n->path : n->key;
        case ValueColumn:
            return n->type == QJsonValue::String && role != Qt::ToolTipRole
                ? QString(QLatin1Char('"') + n->value + QLatin1Char('"'))
                : n->value;
        case TypeColumn:
            return typeName(n->type);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

QModelIndex JsonTreeModel::indexOfPath(const QString &path) const
{
    const std::function<QModelIndex(const QModelIndex &)> find
        = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex i = index(r, 0, parent);
            const QString p = nodeOf(i)->path;
            if (p == path)
                return i;
            if (path.startsWith(p)) {
                const QModelIndex found = find(i);
                if (found.isValid())
                    return found;
            }
        }
        return {};
    };
    return find({});
}

} // namespace tlens
