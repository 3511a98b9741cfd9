#include "decoratingproxy.h"

namespace tlens {

DecoratingProxy::DecoratingProxy(Decorator decorator, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_decorator(std::move(decorator))
{ }

QVariant DecoratingProxy::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && m_decorator) {
        const QVariant v = m_decorator(mapToSource(index), role);
        if (v.isValid())
            return v;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace tlens
