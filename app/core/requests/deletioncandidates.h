#pragma once

#include "catalog/catalog.h"
#include "deletiondraft.h"
#include "scan/scanresult.h"

namespace tlens {

// Picks, from a finished scan, the identifiers a deletion request for one tool and one account can
// quote (the account's own and the machine-wide ones no other account of the scan owns, each value
// once) and the facts that help the vendor find that data. A request is about one account's data:
// nothing of another account is ever picked. It only looks at the ScanResult: it never reads a file
// and keeps no path.
class DeletionCandidates final {
public:
    // Identifiers of the kind the tool's deletion channel takes, in scan order, without duplicates.
    // Empty when the scan holds no account of that name.
    static QList<Identifier> identifiers(const ScanResult &result, const ToolSpec &tool,
                                         const QString &account);

    // Versions and the report date range. With Ray-like tools whose reports carry the quoted
    // session_id, only the reports of the selected identifiers count.
    static DraftFacts facts(const ScanResult &result, const ToolSpec &tool, const QList<Identifier> &selected,
                            const QString &account);
};

} // namespace tlens
