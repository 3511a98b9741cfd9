#include "toolrules.h"

namespace tlens {

namespace {

// Ray: variables that look like opt-outs but are not, and ones that change where reports go.
class RayRules final : public ToolRules {
public:
    void finish(const ToolSpec &tool, const EnvReport &env, ToolStatus *status) const override
    {
        const auto prompt = env.effective(QStringLiteral("RAY_USAGE_STATS_PROMPT_ENABLED"));
        if (prompt && prompt->value == QLatin1String("0") && status->state == State::Enabled) {
            status->warnings.append({ QStringLiteral("prompt-not-opt-out"),
                                      tr("RAY_USAGE_STATS_PROMPT_ENABLED=0 in %1 only hides %2's question; "
                                         "collection is still on.")
                                          .arg(prompt->file, tool.name) });
        }
        if (const auto url = env.effective(QStringLiteral("RAY_USAGE_STATS_REPORT_URL"))) {
            status->warnings.append({ QStringLiteral("report-url"),
                                      tr("RAY_USAGE_STATS_REPORT_URL in %1 sends %2's reports to %3 instead.")
                                          .arg(url->file, tool.name, url->value) });
        }
        if (const auto tags = env.effective(QStringLiteral("RAY_USAGE_STATS_EXTRA_TAGS"))) {
            status->warnings.append(
                { QStringLiteral("extra-tags"),
                  tr("RAY_USAGE_STATS_EXTRA_TAGS in %1 adds these tags to every report: %2.")
                      .arg(tags->file, tags->value) });
        }
    }
};

} // namespace

void ToolRules::finish(const ToolSpec &, const EnvReport &, ToolStatus *) const { }

const ToolRules &ToolRules::forTool(const ToolSpec &tool)
{
    static const ToolRules plain;
    static const RayRules ray;
    if (tool.rules == QLatin1String("ray"))
        return ray;
    return plain;
}

} // namespace tlens
