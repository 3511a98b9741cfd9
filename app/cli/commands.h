#pragma once

#include "clicontext.h"

#include "catalog/catalog.h"
#include "scan/scanresult.h"

#include <QStringList>

namespace tlens {

// One function per CLI command; `args` excludes the command word. Each returns the exit code.
int runStatus(CliContext &ctx, const QStringList &args);
int runAudit(CliContext &ctx, const QStringList &args);
int runShow(CliContext &ctx, const QStringList &args);
int runFleet(CliContext &ctx, const QStringList &args);

int runDisable(CliContext &ctx, const QStringList &args);
int runEnable(CliContext &ctx, const QStringList &args);
int runUndo(CliContext &ctx, const QStringList &args);
int runHistory(CliContext &ctx, const QStringList &args);

// `audit --compare`: prints what changed since the audit report at `previousPath` (text or JSON,
// to `output` when given); 1 when a tool started collecting, 2 when that report cannot be read.
int printDrift(CliContext &ctx, const ScanResult &result, const QString &previousPath, bool json,
               const QString &output);

// The body of `show`: prints one tool (all sections, or just --sent / --would-send) as text or JSON.
int showTool(CliContext &ctx, const ScanResult &result, const UserScan &user, const ToolSpec &tool,
             const ToolStatus &status, bool sentOnly, bool wouldSendOnly, bool json);

} // namespace tlens
