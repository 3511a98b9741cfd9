#pragma once

#include <QIdentityProxyModel>

#include <functional>

namespace tlens {

// Adds the window's presentation (icons, fonts, colours) to a core model without changing it:
// the decorator answers the roles it cares about and returns an invalid QVariant for the rest,
// which then come from the source model.
class DecoratingProxy final : public QIdentityProxyModel {
    Q_OBJECT
public:
    using Decorator = std::function<QVariant(const QModelIndex &sourceIndex, int role)>;

    explicit DecoratingProxy(Decorator decorator, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Decorator m_decorator;
};

} // namespace tlens
