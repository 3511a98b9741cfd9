#include "toolfamily.h"

#include <QHash>

#include <algorithm>

namespace tlens {

QString ToolFamily::label(const QString &familyId)
{
    // The ids are those of the catalog schema's "family" enum.
    static const QHash<QString, const char *> kLabels {
        { QStringLiteral("ml-platforms"), QT_TR_NOOP("Machine learning platforms") },
        { QStringLiteral("data-transfer"), QT_TR_NOOP("Data transfer") },
        { QStringLiteral("conversational-ai"), QT_TR_NOOP("Conversational AI") },
        { QStringLiteral("ml-hub"), QT_TR_NOOP("Model hubs") },
        { QStringLiteral("apps-and-ui"), QT_TR_NOOP("Apps and user interfaces") },
        { QStringLiteral("data-pipelines"), QT_TR_NOOP("Data pipelines") },
        { QStringLiteral("data-quality"), QT_TR_NOOP("Data quality") },
        { QStringLiteral("orchestration"), QT_TR_NOOP("Workflow orchestration") },
        { QStringLiteral("llm-and-search"), QT_TR_NOOP("LLMs and search") },
        { QStringLiteral("model-serving"), QT_TR_NOOP("Model serving") },
        { QStringLiteral("computer-vision"), QT_TR_NOOP("Computer vision") },
        { QStringLiteral("code-analysis"), QT_TR_NOOP("Code analysis") },
        { QStringLiteral("experiment-tracking"), QT_TR_NOOP("Experiment tracking") },
        { QStringLiteral("web-frameworks"), QT_TR_NOOP("Web frameworks") },
        { QStringLiteral("build-tools"), QT_TR_NOOP("Build tools") },
        { QStringLiteral("cloud-cli"), QT_TR_NOOP("Cloud command lines") },
        { QStringLiteral("mobile"), QT_TR_NOOP("Mobile apps") },
        { QStringLiteral("system"), QT_TR_NOOP("Operating system") },
    };
    if (familyId.isEmpty())
        return tr("Other tools");
    const char *english = kLabels.value(familyId);
    return english ? tr(english) : familyId;
}

QString ToolFamily::of(const QString &toolId, const Catalog &catalog)
{
    const ToolSpec *spec = catalog.tool(toolId);
    return spec ? spec->family : QString();
}

QStringList ToolFamily::ordered(const Catalog &catalog)
{
    // The catalog lists its tools by rank, so a family's first appearance is its lowest rank.
    QStringList out;
    for (const ToolSpec &t : catalog.tools()) {
        if (!out.contains(t.family))
            out.append(t.family);
    }
    return out;
}

QList<ToolFamily::Group> ToolFamily::group(const QStringList &toolIds, const Catalog &catalog)
{
    const QStringList order = ordered(catalog);
    QList<Group> groups;
    for (int i = 0; i < toolIds.size(); ++i) {
        const QString family = of(toolIds.at(i), catalog);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&family](const Group &g) { return g.family == family; });
        if (it == groups.end())
            groups.append({ family, { i } });
        else
            it->members.append(i);
    }
    // Families unknown to the catalog (and tools without one) come last.
    const auto position = [&order](const QString &family) {
        const qsizetype p = order.indexOf(family);
        return p < 0 ? order.size() : p;
    };
    std::stable_sort(groups.begin(), groups.end(), [&position](const Group &a, const Group &b) {
        return position(a.family) < position(b.family);
    });
    return groups;
}

} // namespace tlens
