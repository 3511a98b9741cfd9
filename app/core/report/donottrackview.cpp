#include "donottrackview.h"

#include "catalog/catalog.h"
#include "resolve/grammar.h"
#include "scan/presence.h"

namespace tlens {

QList<DoNotTrackView::Row> DoNotTrackView::rows(const ScanResult &result, const UserScan &user, bool allTools)
{
    static const QStringList probes { QStringLiteral("1"),     QStringLiteral("true"),
                                      QStringLiteral("TRUE"),  QStringLiteral("yes"),
                                      QStringLiteral("on"),    QStringLiteral("0"),
                                      QStringLiteral("false"), QString() };
    QList<Row> out;
    for (const ToolStatus &status : user.tools) {
        if (!allTools && !Presence::isListed(result, status))
            continue;
        const ToolSpec *tool = Catalog::instance().tool(status.toolId);
        if (!tool)
            continue;
        Row row;
        row.toolId = tool->id;
        row.name = tool->name;
        const InputSpec *dnt = nullptr;
        for (const InputSpec &in : tool->inputs) {
            if (in.kind == QLatin1String("env") && in.key == QLatin1String("DO_NOT_TRACK"))
                dnt = &in;
        }
        if (dnt) {
            for (const QString &value : probes) {
                const Grammar::Judgement j = Grammar::judgeText(dnt->grammar, dnt->key, value, tool->name);
                if (j.effect == Grammar::Effect::Disables)
                    row.disablingValues.append(value.isEmpty() ? tr("(empty)") : value);
            }
            row.honours = !row.disablingValues.isEmpty();
            row.anyValue = row.disablingValues.size() == probes.size();
        }
        for (const Input &in : status.inputs) {
            if (in.key != QLatin1String("DO_NOT_TRACK") || in.role == InputRole::Conditional)
                continue;
            if (in.role == InputRole::Ignored && in.effect == QLatin1String("none"))
                row.current = tr("DO_NOT_TRACK=%1 is ignored").arg(in.value);
            else if (in.effect == QLatin1String("disables"))
                row.current = in.role == InputRole::Won
                    ? tr("DO_NOT_TRACK=%1 switches it off").arg(in.value)
                    : tr("DO_NOT_TRACK=%1 would switch it off; another input decides first").arg(in.value);
            else
                row.current = tr("DO_NOT_TRACK=%1 is ignored").arg(in.value);
        }
        out.append(row);
    }
    return out;
}

QString DoNotTrackView::toText(const ScanResult &result, const UserScan &user, bool allTools)
{
    QString out = tr("DO_NOT_TRACK for %1:").arg(user.account.name) + QLatin1Char('\n');
    const QList<Row> list = rows(result, user, allTools);
    for (const Row &r : list) {
        QString line = QStringLiteral("  ") + r.name.leftJustified(18) + QLatin1Char(' ');
        if (!r.honours)
            line += tr("ignores it");
        else if (r.anyValue)
            line += tr("honours it: any value, even empty or 0");
        else
            line += tr("honours it with %1").arg(r.disablingValues.join(QStringLiteral(", ")));
        if (!r.current.isEmpty())
            line += QStringLiteral(" — ") + r.current;
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace tlens
