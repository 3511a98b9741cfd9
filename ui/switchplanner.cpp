#include "switchplanner.h"

#include "catalog/catalog.h"
#include "env/envsources.h"
#include "optout/optoutplanner.h"
#include "resolve/resolver.h"

namespace tlens {

namespace {

// Each round can fix one override per tool; a tool rarely has more than two (~/.bashrc and ~/.profile).
constexpr int kMaxRounds = 6;

} // namespace

SwitchProposal SwitchPlanner::propose(const SwitchRequest &request)
{
    SwitchProposal proposal;
    proposal.request = request;
    const RootFs fs(request.root);
    const EnvReport env = EnvSources(fs).read(request.account);
    const OptOutPlanner planner(fs, request.account, env);
    proposal.plan
        = request.turnOn ? planner.planEnable(request.toolIds) : planner.planDisable(request.toolIds);
    if (request.turnOn)
        return proposal;

    QList<SwitchOverride> fixed;
    for (int round = 0; round < kMaxRounds; ++round) {
        RootFs planned(request.root);
        planned.setOverlay(proposal.plan.overlay());
        const EnvReport plannedEnv = EnvSources(planned).read(request.account);
        const Resolver resolver(planned);
        proposal.overrides.clear();
        proposal.stillCollecting.clear();
        for (const QString &id : request.toolIds) {
            const ToolSpec *spec = Catalog::instance().tool(id);
            const ToolOutcome *outcome = proposal.plan.tool(id);
            if (!spec || (outcome && outcome->status == ToolOutcome::Status::Failed))
                continue;
            const ToolStatus status = resolver.resolve(*spec, request.account, plannedEnv);
            if (status.state == State::Disabled)
                continue;
            proposal.stillCollecting.append(spec->name);
            const Input &by = status.decidedBy;
            if (by.kind == QLatin1String("env") && !by.file.isEmpty() && by.line > 0)
                proposal.overrides.append({ id, spec->name, by.file, by.line, by.key, by.text, false });
        }
        if (!request.fixOverrides || proposal.overrides.isEmpty())
            break;
        for (SwitchOverride o : std::as_const(proposal.overrides)) {
            planner.addFixOverride(proposal.plan, o.toolId, o.file, o.line, o.key);
            o.fixed = true;
            fixed.append(o);
        }
    }
    proposal.overrides = fixed + proposal.overrides;
    return proposal;
}

} // namespace tlens
