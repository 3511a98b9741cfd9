#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace tlens {

// A JSON document as a tree (key, value, type) for showing a stored report. Parsing is Qt's
// (nesting is bounded by it); a document that does not parse yields an empty tree and an error
// the view shows instead. Holds only what is displayed; it never reads files.
class JsonTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        JsonPathRole = Qt::UserRole + 1, // "usage_stats.library_usages[0]"
        JsonTypeRole // int(QJsonValue::Type)
    };
    Q_ENUM(Column)

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Returns false and keeps an empty tree when `json` is not a JSON object or array.
    bool setJson(const QByteArray &json);
    void clear();
    QString errorString() const { return m_error; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Index of the node at a path as JsonPathRole gives it; invalid when absent.
    QModelIndex indexOfPath(const QString &path) const;

private:
    struct Node {
        QString key; // object key, or "[i]" for array elements
        QString path;
        QJsonValue::Type type = QJsonValue::Null;
        QString value; // scalar text, or a size summary for containers
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    static void build(Node *node, const QJsonValue &value);
    Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
    QString m_error;
};

} // namespace tlens
