#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

// The families that group tools in every list (the overview, the navigation, `status`, the audit
// reports): the one place that names a family id of the catalog ("ml-platforms") in the user's
// language and orders the families. A family comes where its best-ranked tool would come, so the
// order follows the catalog's ranks and needs no list of its own. It never decides anything about
// a tool's state.
class ToolFamily final {
    Q_DECLARE_TR_FUNCTIONS(ToolFamily)
public:
    // The family's name in the user's language ("Machine learning platforms"); an id this version
    // does not know is shown as it is.
    static QString label(const QString &familyId);
    // The family of a tool of the catalog; "" for an unknown tool.
    static QString of(const QString &toolId, const Catalog &catalog = Catalog::instance());
    // Every family of the catalog, by the lowest rank among its tools (then by id).
    static QStringList ordered(const Catalog &catalog = Catalog::instance());

    // Tools grouped under their family: `members` are positions in the list that was grouped, in
    // its order. Families without a member are left out.
    struct Group {
        QString family;
        QList<int> members;
    };
    static QList<Group> group(const QStringList &toolIds, const Catalog &catalog = Catalog::instance());
};

} // namespace tlens
