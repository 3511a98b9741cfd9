#include "envreport.h"

namespace tlens {

namespace {

QList<EnvAssignment> ofKey(const QList<EnvAssignment> &list, const QString &key)
{
    QList<EnvAssignment> out;
    for (const EnvAssignment &a : list) {
        if (a.key == key)
            out.append(a);
    }
    return out;
}

bool looksSecret(const QString &key)
{
    static const char *const markers[]
        = { "SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL", "API_KEY", "ACCESS_KEY", "PRIVATE" };
    const QString upper = key.toUpper();
    for (const char *m : markers) {
        if (upper.contains(QLatin1String(m)))
            return true;
    }
    return false;
}

} // namespace

std::optional<EnvAssignment> EnvReport::effective(const QString &key) const
{
    for (qsizetype i = assignments.size() - 1; i >= 0; --i) {
        const EnvAssignment &a = assignments[i];
        if (a.key != key || a.conditional)
            continue;
        if (a.op == EnvAssignment::Op::Unset || !a.exported)
            return std::nullopt;
        return a;
    }
    return std::nullopt;
}

QList<EnvAssignment> EnvReport::history(const QString &key) const
{
    return ofKey(assignments, key);
}

QList<EnvAssignment> EnvReport::otherShellHistory(const QString &key) const
{
    return ofKey(otherShell, key);
}

QList<EnvAssignment> EnvReport::notAppliedHistory(const QString &key) const
{
    return ofKey(notApplied, key);
}

QList<EnvAssignment> EnvReport::otherShellDisagreements(const QString &key) const
{
    const std::optional<EnvAssignment> current = effective(key);
    QList<EnvAssignment> out;
    for (const EnvAssignment &a : otherShell) {
        if (a.key != key || a.conditional)
            continue;
        const bool sets = a.op == EnvAssignment::Op::Set && a.exported;
        if (sets != current.has_value() || (sets && a.value != current->value))
            out.append(a);
    }
    return out;
}

QList<EnvReport::LiveDifference> EnvReport::liveDifferences(const QStringList &keys) const
{
    QList<LiveDifference> out;
    if (!hasLive)
        return out;
    for (const QString &key : keys) {
        const std::optional<EnvAssignment> files = effective(key);
        if (files && !files->literal)
            continue;
        const auto it = live.constFind(key);
        const std::optional<QString> now
            = it != live.constEnd() ? std::optional<QString>(it.value()) : std::nullopt;
        const std::optional<QString> next = files ? std::optional<QString>(files->value) : std::nullopt;
        if (now == next)
            continue;
        const bool hide = looksSecret(key);
        auto show = [hide](const std::optional<QString> &v) {
            if (!v)
                return tr("not set");
            if (hide)
                return tr("set (value hidden)");
            return QString(QLatin1Char('"') + *v + QLatin1Char('"'));
        };
        LiveDifference d;
        d.key = key;
        d.live = now;
        d.files = files;
        d.message = tr("%1: in this session %2, in new terminals %3.").arg(key, show(now), show(next));
        out.append(d);
    }
    return out;
}

} // namespace tlens
