#pragma once

#include "clicontext.h"

#include <QStringList>

namespace tlens {

// `delete-request TOOL (--id ID... | --all-ids) --via print|mailto|eml|issue|http [--endpoint URL]
// [--output FILE] [--contact EMAIL] [--yes]`: drafts a deletion request from the identifiers a scan
// finds, shows the exact text, and (after confirmation) hands it on and records it in the ledger.
int runDeleteRequest(CliContext &ctx, const QStringList &args);

// `requests [--json] [--retry] [--mark-sent ID | --mark-answered ID | --mark-closed ID [--note TEXT]]`:
// lists the ledger with deadlines, sends what is queued, records the user's progress.
int runRequests(CliContext &ctx, const QStringList &args);

} // namespace tlens
