#include "switchplanner.h"

#include "catalog/catalog.h"
#include "env/envsources.h"
#include "optout/optoutplanner.h"
#include "resolve/resolver.h"
#include "scan/scanner.h"

#include <QSet>

#include <unistd.h>

namespace tlens {

namespace {

// Each round can fix one override per tool; a tool rarely has more than two (~/.bashrc and ~/.profile).
constexpr int kMaxRounds = 6;

} // namespace

bool SwitchPlanner::isMachineWide(const ToolSpec &tool)
{
    return tool.optOut.file.isSet() && tool.optOut.file.system && tool.optOut.env.isEmpty();
}

SwitchProposal SwitchPlanner::propose(const SwitchRequest &request)
{
    SwitchProposal proposal;
    proposal.request = request;
    const RootFs fs(request.root);
    const EnvReport env = EnvSources(fs).read(request.account);
    const OptOutPlanner planner(fs, request.account, env);
    QStringList toolIds = request.toolIds;
    if (request.skipMachineWide && request.scope == OptOutScope::User) {
        for (const QString &id : request.toolIds) {
            const ToolSpec *spec = Catalog::instance().tool(id);
            if (!spec || !isMachineWide(*spec))
                continue;
            toolIds.removeAll(id);
            proposal.skipped.append(
                tr("%1 is switched for the whole machine, not for one account, so it was "
                   "left out. Turn it off with: sudo telemetry-lens disable %2 --scope system")
                    .arg(spec->name, spec->id));
        }
    }
    proposal.plan = request.turnOn ? planner.planEnable(toolIds, request.scope)
                                   : planner.planDisable(toolIds, request.scope);
    proposal.needsAdministrator = request.scope == OptOutScope::System && fs.isHostRoot() && ::geteuid() != 0;
    // A machine-wide switch must hold for every account, whatever their own files say.
    QList<UserAccount> accounts { request.account };
    if (request.scope == OptOutScope::System) {
        ScanOptions everyone;
        everyone.root = request.root;
        everyone.allUsers = true;
        for (const UserAccount &a : Scanner::accounts(fs, everyone)) {
            if (a.home != request.account.home)
                accounts.append(a);
        }
    }

    QList<SwitchOverride> fixed;
    QSet<QString> tried;
    QSet<QString> withVariable; // tools whose variable was added because one of their files beat the opt-out
    // A machine-wide switch fixes the overriding lines of every account, each in its own home.
    QHash<QString, UserAccount> ownerOf;
    for (int round = 0; round < kMaxRounds; ++round) {
        RootFs planned(request.root);
        planned.setOverlay(proposal.plan.overlay());
        const Resolver resolver(planned);
        proposal.overrides.clear();
        proposal.blockers.clear();
        proposal.stillCollecting.clear();
        bool progress = false;
        for (const UserAccount &account : std::as_const(accounts)) {
            const EnvReport plannedEnv = EnvSources(planned).read(account);
            for (const QString &id : std::as_const(toolIds)) {
                const ToolSpec *spec = Catalog::instance().tool(id);
                const ToolOutcome *outcome = proposal.plan.tool(id);
                if (!spec || (outcome && outcome->status == ToolOutcome::Status::Failed))
                    continue;
                const ToolStatus status = resolver.resolve(*spec, account, plannedEnv);
                const bool reached
                    = request.turnOn ? status.state == State::Enabled : status.state == State::Disabled;
                if (reached)
                    continue;
                const Input &by = status.decidedBy;
                // The tool's own setting was written, but another of its files wins: its variable in
                // the managed block comes first (Nuxt). Only the requesting account's files are
                // written here; other accounts' are listed.
                if (!request.turnOn && by.kind == QLatin1String("config") && spec->optOut.file.isSet()
                    && account.home == request.account.home && !withVariable.contains(id)) {
                    withVariable.insert(id);
                    const QString where = QStringLiteral("%1 (%2)").arg(by.text, by.file);
                    if (planner.addEnvironmentOptOut(proposal.plan, id, request.scope, where)) {
                        progress = true;
                        continue;
                    }
                }
                const bool fixable
                    = !request.turnOn && by.kind == QLatin1String("env") && !by.file.isEmpty() && by.line > 0;
                proposal.blockers.append({ id, spec->name, account.name, by, status.explanation, fixable });
                if (!request.turnOn && !proposal.stillCollecting.contains(spec->name))
                    proposal.stillCollecting.append(spec->name);
                if (fixable
                    && (account.home == request.account.home || request.scope == OptOutScope::System)) {
                    proposal.overrides.append({ id, spec->name, by.file, by.line, by.key, by.text, false });
                    ownerOf.insert(by.file, account);
                }
            }
        }
        if (progress)
            continue; // check the plan again with the variables added
        if (!request.fixOverrides || proposal.overrides.isEmpty())
            break;
        for (SwitchOverride o : std::as_const(proposal.overrides)) {
            const QString key
                = o.toolId + QLatin1Char('@') + o.file + QLatin1Char(':') + QString::number(o.line);
            if (tried.contains(key))
                continue;
            tried.insert(key);
            const UserAccount owner = ownerOf.value(o.file, request.account);
            if (owner.home == request.account.home)
                planner.addFixOverride(proposal.plan, o.toolId, o.file, o.line, o.key);
            else
                OptOutPlanner(fs, owner, EnvSources(fs).read(owner))
                    .addFixOverride(proposal.plan, o.toolId, o.file, o.line, o.key);
            o.fixed = true;
            fixed.append(o);
            progress = true;
        }
        if (!progress)
            break;
    }
    proposal.overrides = fixed + proposal.overrides;
    return proposal;
}

} // namespace tlens
