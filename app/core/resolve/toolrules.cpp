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
            status->warnings.append(
                { QStringLiteral("prompt-not-opt-out"),
                  ToolRules::tr("RAY_USAGE_STATS_PROMPT_ENABLED=0 in %1 only hides %2's question; "
                                "collection is still on.")
                      .arg(prompt->file, tool.name) });
        }
        if (const auto url = env.effective(QStringLiteral("RAY_USAGE_STATS_REPORT_URL"))) {
            status->warnings.append(
                { QStringLiteral("report-url"),
                  ToolRules::tr("RAY_USAGE_STATS_REPORT_URL in %1 sends %2's reports to %3 instead.")
                      .arg(url->file, tool.name, url->value) });
        }
        if (const auto tags = env.effective(QStringLiteral("RAY_USAGE_STATS_EXTRA_TAGS"))) {
            status->warnings.append(
                { QStringLiteral("extra-tags"),
                  ToolRules::tr("RAY_USAGE_STATS_EXTRA_TAGS in %1 adds these tags to every report: %2.")
                      .arg(tags->file, tags->value) });
        }
    }
};

// Debian's packer: CHECKPOINT_DISABLE=0 in a start-up file is an opt-in; name the line, also when
// ~/.packerconfig keeps the checkpoint off, because the same line switches Prisma off.
class PackerRules final : public ToolRules {
public:
    void finish(const ToolSpec &tool, const EnvReport &env, ToolStatus *status) const override
    {
        const auto opt = env.effective(QStringLiteral("CHECKPOINT_DISABLE"));
        if (!opt || opt->value != QLatin1String("0"))
            return;
        const QString where = opt->file.isEmpty() ? ToolRules::tr("this session's environment")
                                                  : ToolRules::tr("%1 line %2").arg(opt->file).arg(opt->line);
        if (status->state == State::Enabled)
            status->warnings.append(
                { QStringLiteral("checkpoint-opt-in"),
                  ToolRules::tr("CHECKPOINT_DISABLE=0 in %1 switches %2's checkpoint on: Debian's "
                                "build reads 0 as \"send\". Remove the line (for Prisma, 1 works "
                                "as well).")
                      .arg(where, tool.name) });
        else
            status->warnings.append(
                { QStringLiteral("checkpoint-opt-in-line"),
                  ToolRules::tr("CHECKPOINT_DISABLE=0 in %1 asks %2 to send its checkpoint; the "
                                "settings file keeps it off. Remove the line to be sure.")
                      .arg(where, tool.name) });
    }
};

} // namespace

void ToolRules::finish(const ToolSpec &, const EnvReport &, ToolStatus *) const { }

const ToolRules &ToolRules::forTool(const ToolSpec &tool)
{
    static const ToolRules plain;
    static const RayRules ray;
    static const PackerRules packer;
    if (tool.rules == QLatin1String("ray"))
        return ray;
    if (tool.rules == QLatin1String("packer"))
        return packer;
    return plain;
}

} // namespace tlens
