#include "deletioncandidates.h"

namespace tlens {

namespace {

// Calls f(artifacts, identifiers, installations) for every account's and the machine's data of a tool.
template<typename F> void forEachSource(const ScanResult &result, const QString &toolId, F f)
{
    for (const UserScan &user : result.users) {
        for (const ToolStatus &status : user.tools) {
            if (status.toolId == toolId)
                f(status.artifacts, status.identifiers, status.installations);
        }
    }
    if (const MachineToolData *machine = result.machineTool(toolId))
        f(machine->artifacts, machine->identifiers, machine->installations);
}

} // namespace

QList<Identifier> DeletionCandidates::identifiers(const ScanResult &result, const ToolSpec &tool)
{
    QList<Identifier> out;
    forEachSource(result, tool.id,
                  [&](const QList<Artifact> &, const QList<Identifier> &ids, const QList<Installation> &) {
                      for (const Identifier &id : ids) {
                          if (id.kind != tool.deletion.identifier || id.value.isEmpty())
                              continue;
                          const bool seen = std::any_of(out.cbegin(), out.cend(), [&id](const Identifier &o) {
                              return o.value == id.value;
                          });
                          if (!seen)
                              out.append(id);
                      }
                  });
    return out;
}

DraftFacts DeletionCandidates::facts(const ScanResult &result, const ToolSpec &tool,
                                     const QList<Identifier> &selected)
{
    QStringList values;
    for (const Identifier &id : selected)
        values.append(id.value);
    const bool bySession = tool.deletion.identifier == QLatin1String("session_id");

    DraftFacts facts;
    qint64 first = 0;
    qint64 last = 0;
    forEachSource(result, tool.id,
                  [&](const QList<Artifact> &artifacts, const QList<Identifier> &,
                      const QList<Installation> &installations) {
                      for (const Artifact &a : artifacts) {
                          if (a.kind != QLatin1String("report") && a.kind != QLatin1String("id-file"))
                              continue;
                          // A report of a session the user did not select says nothing about the data asked
                          // for.
                          if (bySession && !a.sessionId.isEmpty() && !values.contains(a.sessionId))
                              continue;
                          if (!a.version.isEmpty())
                              facts.versions.append(a.version);
                          if (a.timeMs > 0) {
                              first = first == 0 ? a.timeMs : std::min(first, a.timeMs);
                              last = std::max(last, a.timeMs);
                          }
                      }
                      for (const Installation &i : installations) {
                          if (!i.version.isEmpty())
                              facts.versions.append(i.version);
                      }
                  });
    if (first > 0) {
        facts.firstSeen = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC);
        facts.lastSeen = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
    }
    return facts;
}

} // namespace tlens
