#include "deletioncandidates.h"

#include <QSet>

namespace tlens {

namespace {

// The uids of the other accounts of the scan: machine-wide data one of them owns is theirs.
QSet<qint64> otherAccounts(const ScanResult &result, const UserScan &user)
{
    QSet<qint64> uids;
    for (const UserScan &u : result.users) {
        if (u.account.name != user.account.name && u.account.uid >= 0 && u.account.uid != user.account.uid)
            uids.insert(u.account.uid);
    }
    return uids;
}

bool isUnder(const QString &path, const QString &folder)
{
    return path == folder || (!folder.isEmpty() && path.startsWith(folder + QLatin1Char('/')));
}

// One account's data of a tool: the account's own, and the machine-wide data (shared temp folders,
// system installs) that no other account of the scan owns.
struct AccountData {
    QList<Artifact> artifacts;
    QList<Identifier> identifiers;
    QList<Installation> installations;
};

AccountData accountData(const ScanResult &result, const QString &toolId, const QString &account)
{
    AccountData data;
    const UserScan *user = result.user(account);
    if (!user)
        return data;
    for (const ToolStatus &status : user->tools) {
        if (status.toolId == toolId) {
            data.artifacts += status.artifacts;
            data.identifiers += status.identifiers;
            data.installations += status.installations;
        }
    }
    const MachineToolData *machine = result.machineTool(toolId);
    if (!machine)
        return data;
    const QSet<qint64> others = otherAccounts(result, *user);
    const auto othersOwn = [&others](const Artifact &a) { return others.contains(a.ownerUid); };
    for (const Artifact &a : machine->artifacts) {
        if (!othersOwn(a))
            data.artifacts.append(a);
    }
    for (const Identifier &id : machine->identifiers) {
        // An identifier read from files that all belong to another account is that account's.
        bool related = false;
        bool mine = false;
        for (const Artifact &a : machine->artifacts) {
            if (!isUnder(a.path, id.source) && a.sessionId != id.value)
                continue;
            related = true;
            mine = mine || !othersOwn(a);
        }
        if (!related || mine)
            data.identifiers.append(id);
    }
    data.installations += machine->installations;
    return data;
}

} // namespace

QList<Identifier> DeletionCandidates::identifiers(const ScanResult &result, const ToolSpec &tool,
                                                  const QString &account)
{
    QList<Identifier> out;
    const AccountData data = accountData(result, tool.id, account);
    for (const Identifier &id : data.identifiers) {
        if (id.kind != tool.deletion.identifier || id.value.isEmpty())
            continue;
        const bool seen = std::any_of(out.cbegin(), out.cend(),
                                      [&id](const Identifier &o) { return o.value == id.value; });
        if (!seen)
            out.append(id);
    }
    return out;
}

DraftFacts DeletionCandidates::facts(const ScanResult &result, const ToolSpec &tool,
                                     const QList<Identifier> &selected, const QString &account)
{
    QStringList values;
    for (const Identifier &id : selected)
        values.append(id.value);
    const bool bySession = tool.deletion.identifier == QLatin1String("session_id");

    DraftFacts facts;
    qint64 first = 0;
    qint64 last = 0;
    const AccountData data = accountData(result, tool.id, account);
    for (const Artifact &a : data.artifacts) {
        if (a.kind != QLatin1String("report") && a.kind != QLatin1String("id-file"))
            continue;
        // A report of a session the user did not select says nothing about the data asked for.
        if (bySession && !a.sessionId.isEmpty() && !values.contains(a.sessionId))
            continue;
        if (!a.version.isEmpty())
            facts.versions.append(a.version);
        if (a.timeMs > 0) {
            first = first == 0 ? a.timeMs : std::min(first, a.timeMs);
            last = std::max(last, a.timeMs);
        }
    }
    for (const Installation &i : data.installations) {
        if (!i.version.isEmpty())
            facts.versions.append(i.version);
    }
    if (first > 0) {
        facts.firstSeen = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC);
        facts.lastSeen = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
    }
    return facts;
}

} // namespace tlens
