#pragma once

#include "clicontext.h"

#include <QStringList>

namespace tlens {

// `delete-request TOOL (--id ID... | --all-ids) --via print|mailto|eml|issue|http [--endpoint URL]
// [--output FILE] [--contact EMAIL] [--user NAME] [--yes]`: drafts a deletion request about one
// account's data from the identifiers a scan finds, shows the exact text, and (after confirmation)
// hands it on and records it in the ledger. Only an HTTP delivery records it as sent.
int runDeleteRequest(CliContext &ctx, const QStringList &args);

// `requests [--json] [--retry] [--mark-sent ID [--date YYYY-MM-DD] | --mark-answered ID | --close ID
// [--note TEXT]]`: lists the ledger with deadlines, sends what is queued, records the user's progress.
int runRequests(CliContext &ctx, const QStringList &args);

} // namespace tlens
