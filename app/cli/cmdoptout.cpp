#include "cli.h"
#include "commands.h"

#include "common/appdirs.h"
#include "optout/changeapplier.h"
#include "optout/optoutplanner.h"
#include "optout/switchplanner.h"
#include "scan/presence.h"
#include "scan/scanner.h"

#include <nlohmann/json.hpp>

namespace tlens {

namespace {

struct Target {
    UserAccount account;
};

// The account whose files a switch writes: --home, else the invoking user.
bool findTarget(CliContext &ctx, const RootFs &fs, Target *target)
{
    ScanOptions options = ctx.scanOptions();
    const QList<UserAccount> accounts = Scanner::accounts(fs, options);
    if (accounts.isEmpty()) {
        ctx.err << Cli::tr("No account to change was found in %1. Name it with --home PATH.").arg(ctx.root)
                << Qt::endl;
        return false;
    }
    target->account = accounts.first();
    return true;
}

void printPlan(CliContext &ctx, const OptOutPlan &plan)
{
    for (const ToolOutcome &t : plan.tools) {
        switch (t.status) {
        case ToolOutcome::Status::Planned: {
            const int shared = plan.sharedFileCount(t.toolId);
            const int files = int(t.files.size());
            ctx.out
                << "* " << t.name << ": "
                << (shared == 0 ? Cli::tr("%n file(s) to change", nullptr, files)
                        : shared == files
                        ? Cli::tr("%n shared file(s) to change, written once for all tools", nullptr, files)
                        : Cli::tr("%n file(s) to change, %1 of them shared with other tools", nullptr, files)
                              .arg(shared))
                << "\n";
            break;
        }
        case ToolOutcome::Status::AlreadyDone:
            ctx.out << "* " << t.name << ": " << Cli::tr("nothing to change, the files already say so")
                    << "\n";
            break;
        case ToolOutcome::Status::Failed:
            ctx.out << "* " << t.name << ": " << Cli::tr("cannot be changed: %1").arg(t.error) << "\n";
            break;
        }
        for (const QString &note : t.notes)
            ctx.out << "    " << note << "\n";
    }
    if (plan.hasSharedFiles())
        ctx.out << Cli::tr("In all, %n file(s) change; a file shared by several tools is written once.",
                           nullptr, int(plan.changes.size()))
                << "\n";
    for (const FileChange &c : plan.changes) {
        ctx.out << "\n"
                << (c.creates()       ? Cli::tr("New file %1").arg(c.path)
                        : c.removes() ? Cli::tr("Remove %1").arg(c.path)
                                      : Cli::tr("Change %1").arg(c.path));
        if (c.target != c.path)
            ctx.out << " " << Cli::tr("(a link; the file written is %1)").arg(c.target);
        ctx.out << "\n";
        for (const QString &why : c.reasons)
            ctx.out << "  " << Cli::tr("Why: %1").arg(why) << "\n";
        ctx.out << c.diff;
        if (!c.diff.endsWith(QLatin1Char('\n')))
            ctx.out << "\n";
    }
    ctx.out.flush();
}

int applyPlan(CliContext &ctx, const OptOutPlan &plan, bool yes, ApplyResult *outcome, bool quiet)
{
    if (!yes && !ctx.confirm(Cli::tr("Write these changes?"))) {
        ctx.out << "\n" << Cli::tr("Nothing was changed.") << Qt::endl;
        return Cli::Failure;
    }
    ChangeApplier applier(ctx.root, appDataDir());
    const ApplyResult result = applier.apply(plan);
    *outcome = result;
    if (!result.error.isEmpty()) {
        ctx.err << result.error << Qt::endl;
        return Cli::Failure;
    }
    for (const FileResult &f : result.files) {
        if (!f.ok)
            ctx.err << "  ✗ " << f.message << "\n";
        else if (!quiet)
            ctx.out << "  ✓ " << f.message << "\n";
    }
    if (quiet) {
        ctx.err.flush();
        return result.ok() ? Cli::Success : Cli::Failure;
    }
    if (ctx.demo)
        ctx.out << Cli::tr(
            "This was a copy of the sample workstation; it is removed now that the command ends.")
                << "\n";
    else if (!result.changeSetId.isEmpty())
        ctx.out
            << Cli::tr("Saved as change set %1. Undo it with: telemetry-lens undo").arg(result.changeSetId)
            << "\n";
    ctx.out.flush();
    ctx.err.flush();
    return result.ok() ? Cli::Success : Cli::Failure;
}

const char *outcomeName(ToolOutcome::Status status)
{
    switch (status) {
    case ToolOutcome::Status::Planned:
        return "planned";
    case ToolOutcome::Status::AlreadyDone:
        return "already_done";
    case ToolOutcome::Status::Failed:
        break;
    }
    return "failed";
}

// The machine-readable result of a switch (--json), for configuration management: "changed" is
// true exactly when files were written, "would_change" when the plan holds changes.
void printJsonOutcome(CliContext &ctx, const QString &command, const OptOutPlan &plan, bool dryRun,
                      const ApplyResult &applied, const QStringList &problems)
{
    using Json = nlohmann::ordered_json;
    const auto str = [](const QString &v) { return v.toStdString(); };
    Json files = Json::array();
    bool changed = false;
    for (const FileChange &c : plan.changes) {
        Json f;
        f["path"] = str(c.path);
        f["action"] = c.creates() ? "create" : c.removes() ? "remove" : "change";
        const auto written = std::find_if(applied.files.cbegin(), applied.files.cend(),
                                          [&c](const FileResult &r) { return r.path == c.path; });
        const bool ok = written != applied.files.cend() && written->ok;
        f["written"] = ok;
        changed = changed || ok;
        files.push_back(f);
    }
    Json tools = Json::array();
    for (const ToolOutcome &t : plan.tools) {
        Json j { { "id", str(t.toolId) }, { "name", str(t.name) }, { "status", outcomeName(t.status) } };
        if (!t.error.isEmpty())
            j["error"] = str(t.error);
        tools.push_back(j);
    }
    Json problemList = Json::array();
    for (const QString &p : problems)
        problemList.push_back(str(p));
    Json j;
    j["action"] = str(command);
    j["scope"] = plan.scope == OptOutScope::System ? "system" : "user";
    j["dry_run"] = dryRun;
    j["changed"] = changed;
    j["would_change"] = !plan.isEmpty();
    j["change_set"] = applied.changeSetId.isEmpty() ? Json(nullptr) : Json(str(applied.changeSetId));
    j["tools"] = tools;
    j["files"] = files;
    j["problems"] = problemList;
    ctx.out << QString::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)) << Qt::endl;
}

QStringList requestedTools(CliContext &ctx, const QCommandLineParser &parser, const QString &command,
                           bool allowAll, int *exitCode)
{
    const Catalog &catalog = Catalog::instance();
    QStringList tools;
    if (allowAll && parser.isSet(QStringLiteral("all"))) {
        if (!parser.positionalArguments().isEmpty()) {
            *exitCode = ctx.conflictError(Cli::tr("tool names"), QStringLiteral("--all"), command);
            return {};
        }
        return catalog.ids();
    }
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty()) {
        *exitCode = ctx.usageError(
            allowAll
                ? Cli::tr("name the tools (%1) or give --all.").arg(catalog.ids().join(QStringLiteral(", ")))
                : Cli::tr("name the tools (%1).").arg(catalog.ids().join(QStringLiteral(", "))),
            command);
        return {};
    }
    for (const QString &name : names) {
        const ToolSpec *tool = catalog.tool(name);
        if (!tool) {
            *exitCode = ctx.usageError(Cli::tr("unknown tool \"%1\"; use one of %2.")
                                           .arg(name, catalog.ids().join(QStringLiteral(", "))),
                                       command);
            return {};
        }
        if (!tools.contains(tool->id))
            tools.append(tool->id);
    }
    return tools;
}

int runSwitch(CliContext &ctx, const QStringList &args, bool disable)
{
    const QString command = disable ? QStringLiteral("disable") : QStringLiteral("enable");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        disable ? Cli::tr("Switch telemetry off by writing each tool's own settings.")
                : Cli::tr("Switch telemetry back on: take out what Telemetry Lens wrote."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("TOOL"),
        Cli::tr("Tools to switch: %1.").arg(Catalog::instance().ids().join(QStringLiteral(", "))),
        QStringLiteral("TOOL..."));
    if (disable) {
        parser.addOption({ QStringLiteral("all"), Cli::tr("Every tool present for the account.") });
        parser.addOption({ QStringLiteral("also-not-installed"),
                           Cli::tr("With --all, also write the opt-outs of supported tools that are not "
                                   "installed yet, so they start switched off.") });
        parser.addOption(
            { QStringLiteral("fix-overrides"),
              Cli::tr("Also comment out assignments in your start-up files that would keep a tool on.") });
    }
    parser.addOption({ QStringLiteral("scope"),
                       Cli::tr("user (your files) or system (machine-wide files; needs root)."),
                       Cli::tr("SCOPE"), QStringLiteral("user") });
    parser.addOption({ QStringLiteral("dry-run"), Cli::tr("Show the plan and change nothing.") });
    parser.addOption({ QStringLiteral("yes"), Cli::tr("Do not ask before writing.") });
    parser.addOption(
        { QStringLiteral("json"),
          Cli::tr("Print the outcome as JSON instead of the plan (needs --yes or --dry-run): \"changed\" "
                  "is true exactly when files were written.") });
    if (const int code = ctx.parse(parser, command, args); code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("dry-run")) && parser.isSet(QStringLiteral("yes")))
        return ctx.conflictError(QStringLiteral("--dry-run"), QStringLiteral("--yes"), command);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (json && !parser.isSet(QStringLiteral("yes")) && !parser.isSet(QStringLiteral("dry-run")))
        return ctx.usageError(Cli::tr("--json cannot ask before writing; add --yes or --dry-run."), command);
    int usage = -1;
    QStringList tools = requestedTools(ctx, parser, command, disable, &usage);
    if (usage >= 0)
        return usage;
    const QString scopeName = parser.value(QStringLiteral("scope"));
    if (scopeName != QLatin1String("user") && scopeName != QLatin1String("system"))
        return ctx.usageError(Cli::tr("--scope takes user or system, not \"%1\".").arg(scopeName), command);
    const OptOutScope scope = scopeName == QLatin1String("system") ? OptOutScope::System : OptOutScope::User;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    RootFs fs(ctx.root);
    Target target;
    if (!findTarget(ctx, fs, &target))
        return Cli::Usage;
    if (disable && parser.isSet(QStringLiteral("all"))
        && !parser.isSet(QStringLiteral("also-not-installed"))) {
        // --all covers the tools present for the account (and those the catalog always lists).
        ScanOptions options = ctx.scanOptions();
        options.home = target.account.home;
        const ScanResult scan = Scanner::scan(options);
        for (const UserScan &u : scan.users) {
            if (u.account.home == target.account.home)
                tools = Presence::listedIds(scan, u);
        }
    }
    SwitchRequest request;
    request.root = ctx.root;
    request.account = target.account;
    request.toolIds = tools;
    request.turnOn = !disable;
    request.fixOverrides = disable && parser.isSet(QStringLiteral("fix-overrides"));
    request.scope = scope;
    request.skipMachineWide = disable && parser.isSet(QStringLiteral("all"));
    // The plan is resolved again on the planned files: a start-up line we do not own may still decide.
    const SwitchProposal proposal = SwitchPlanner::propose(request);
    const OptOutPlan &plan = proposal.plan;
    QStringList unresolved;
    for (const SwitchBlocker &b : proposal.blockers) {
        const Input &d = b.decidedBy;
        const QString where = d.line > 0 ? QStringLiteral("%1:%2").arg(d.file).arg(d.line) : d.file;
        if (!disable)
            unresolved.append(
                Cli::tr("%1 would stay off for %2: %3").arg(b.toolName, b.accountName, b.explanation));
        else if (b.fixable)
            unresolved.append(
                Cli::tr(
                    "%1 would stay on for %2: %3 in %4 takes precedence. Run again with --fix-overrides to "
                    "comment that line out (undo puts it back), or edit it yourself.")
                    .arg(b.toolName, b.accountName, d.text, where));
        else
            unresolved.append(
                Cli::tr("%1 would stay on for %2: %3").arg(b.toolName, b.accountName, b.explanation));
    }

    if (!json)
        printPlan(ctx, plan);
    for (const QString &skipped : proposal.skipped)
        ctx.err << "- " << skipped << "\n";
    for (const QString &m : std::as_const(unresolved))
        ctx.err << "! " << m << "\n";
    ctx.err.flush();
    const bool failed = plan.hasErrors() || !unresolved.isEmpty();
    if (json && (plan.isEmpty() || dryRun || proposal.needsAdministrator)) {
        printJsonOutcome(ctx, command, plan, dryRun, {}, unresolved);
        if (!plan.isEmpty() && !dryRun) {
            ctx.err << Cli::tr(
                "--scope system writes machine-wide files and needs root. Nothing was changed: "
                "run it with sudo.")
                    << Qt::endl;
            return Cli::Failure;
        }
        return failed ? Cli::Failure : Cli::Success;
    }
    if (plan.isEmpty()) {
        ctx.out << "\n" << Cli::tr("No file needs to change.") << Qt::endl;
        return failed ? Cli::Failure : Cli::Success;
    }
    if (dryRun) {
        ctx.out << "\n" << Cli::tr("Dry run: nothing was changed.") << Qt::endl;
        return failed ? Cli::Failure : Cli::Success;
    }
    if (proposal.needsAdministrator) {
        ctx.err << "\n"
                << Cli::tr("--scope system writes machine-wide files and needs root. Nothing was changed: "
                           "run it with sudo.")
                << Qt::endl;
        return Cli::Failure;
    }
    ApplyResult outcome;
    const int applied = applyPlan(ctx, plan, parser.isSet(QStringLiteral("yes")), &outcome, json);
    if (json)
        printJsonOutcome(ctx, command, plan, dryRun, outcome, unresolved);
    return applied != Cli::Success ? applied : (failed ? Cli::Failure : Cli::Success);
}

QString describe(const ChangeSet &set)
{
    QStringList files;
    for (const JournalFile &f : set.files)
        files.append(f.path);
    return Cli::tr("%1  %2  %3 %4 (%5): %6")
        .arg(set.id, set.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), set.action,
             set.tools.join(QStringLiteral(", ")), ChangeJournal::stateText(set.state),
             files.join(QStringLiteral(", ")));
}

} // namespace

int runDisable(CliContext &ctx, const QStringList &args)
{
    return runSwitch(ctx, args, true);
}

int runEnable(CliContext &ctx, const QStringList &args)
{
    return runSwitch(ctx, args, false);
}

int runUndo(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Revert the most recent change set, restoring the exact previous bytes."));
    CliContext::addCommonOptions(parser);
    parser.addOption({ QStringLiteral("yes"), Cli::tr("Do not ask first.") });
    if (const int code = ctx.parse(parser, QStringLiteral("undo"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("undo takes no arguments, only options."), QStringLiteral("undo"));
    ChangeApplier applier(ctx.root, appDataDir());
    QStringList problems;
    const QList<ChangeSet> sets = applier.history(&problems);
    for (const QString &p : std::as_const(problems))
        ctx.err << "! " << p << "\n";
    const auto pending
        = std::find_if(sets.cbegin(), sets.cend(), [](const ChangeSet &s) { return !s.isUndone(); });
    if (pending == sets.cend()) {
        ctx.out << Cli::tr("There is nothing to undo.") << Qt::endl;
        return Cli::Success;
    }
    ctx.out << Cli::tr("The last change set:") << "\n  " << describe(*pending) << "\n";
    if (!parser.isSet(QStringLiteral("yes")) && !ctx.confirm(Cli::tr("Put these files back as they were?"))) {
        ctx.out << "\n" << Cli::tr("Nothing was changed.") << Qt::endl;
        return Cli::Failure;
    }
    const UndoResult result = applier.undo();
    if (!result.error.isEmpty()) {
        ctx.err << result.error << Qt::endl;
        return Cli::Failure;
    }
    for (const FileResult &f : result.files)
        (f.ok ? ctx.out : ctx.err) << (f.ok ? "  ✓ " : "  ✗ ") << f.message << "\n";
    ctx.out.flush();
    ctx.err.flush();
    return result.ok() ? Cli::Success : Cli::Failure;
}

int runHistory(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List the change sets Telemetry Lens wrote, newest first."));
    CliContext::addCommonOptions(parser);
    if (const int code = ctx.parse(parser, QStringLiteral("history"), args); code >= 0)
        return code;
    ChangeApplier applier(ctx.root, appDataDir());
    QStringList problems;
    const QList<ChangeSet> sets = applier.history(&problems);
    for (const QString &p : std::as_const(problems))
        ctx.err << "! " << p << "\n";
    if (sets.isEmpty())
        ctx.out << Cli::tr("No changes were made yet.") << "\n";
    for (const ChangeSet &set : sets)
        ctx.out << describe(set) << "\n";
    ctx.out.flush();
    return Cli::Success;
}

} // namespace tlens
