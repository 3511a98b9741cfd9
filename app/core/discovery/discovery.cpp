#include "discovery.h"

#include "formats/yamlbounded.h"

#include "formats/inidocument.h"
#include "installfinder.h"
#include "recordreader.h"
#include "reportparser.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <vector>

namespace tlens {

namespace {

constexpr qint64 kReportCap = 1024 * 1024; // a real report is 1-2 KiB
constexpr qint64 kSmallFileCap = 256 * 1024; // id files and configs are a few lines
constexpr qsizetype kBatch = 32; // reports handed to a worker at a time

const QString &reportFileName()
{
    static const QString name = QStringLiteral("usage_stats.json");
    return name;
}

// Runs fn(i) for i in [0, count) on the global thread pool plus the calling thread. Work is
// handed out in small batches from an atomic counter, so a busy pool never stalls the scan: the
// calling thread alone finishes everything if it must, and waiting on a task that never started
// runs it in the waiting thread (Qt 6).
template<class Fn> void parallelFor(qsizetype count, const Fn &fn)
{
    if (count <= 0)
        return;
    const qsizetype workers
        = std::min<qsizetype>(std::max(1, QThread::idealThreadCount()), (count + kBatch - 1) / kBatch);
    std::atomic<qsizetype> next { 0 };
    auto work = [&]() {
        for (;;) {
            const qsizetype begin = next.fetch_add(kBatch);
            if (begin >= count)
                return;
            const qsizetype end = std::min(count, begin + kBatch);
            for (qsizetype i = begin; i < end; ++i)
                fn(i);
        }
    };
    QList<QFuture<void>> futures;
    for (qsizetype w = 1; w < workers; ++w)
        futures.append(QtConcurrent::run(work));
    work();
    for (QFuture<void> &f : futures)
        f.waitForFinished();
}

QString joinInner(const QString &dir, const QString &name)
{
    return dir == QLatin1String("/") ? QString(QLatin1Char('/') + name)
                                     : QString(dir + QLatin1Char('/') + name);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// session_<YYYY-MM-DD_HH-MM-SS_ffffff>_<pid>, exactly as Ray names its session folders.
bool isSessionFolder(const QString &name)
{
    static const QLatin1String shape("session_dddd-dd-dd_dd-dd-dd_dddddd_");
    if (name.size() <= shape.size())
        return false;
    for (qsizetype i = 0; i < shape.size(); ++i) {
        const char want = shape.at(i).toLatin1();
        if (want == 'd' ? !isAsciiDigit(name.at(i)) : name.at(i) != QLatin1Char(want))
            return false;
    }
    return std::all_of(name.cbegin() + shape.size(), name.cend(), isAsciiDigit);
}

// The start time in a session folder's name. Ray writes the local time of the machine that ran
// it; the auditing computer's time zone is the best guess available for an image.
qint64 sessionFolderTime(const QString &name)
{
    const QDateTime t = QDateTime::fromString(name.mid(8, 19), QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    if (!t.isValid())
        return 0;
    return t.toMSecsSinceEpoch() + name.mid(28, 6).toLongLong() / 1000;
}

// What an identifier of the tool whose machine-wide records `reader` reads can reveal.
QString revealsFor(const QString &reader, const QString &kind)
{
    for (const ToolSpec &tool : Catalog::instance().tools()) {
        if (tool.handler(QStringLiteral("machine_records")) == reader)
            return tool.revealsFor(kind);
    }
    return {};
}

// Identical versions, summaries and errors across thousands of reports share one string.
class StringPool final {
public:
    void intern(QString &s)
    {
        if (s.isEmpty())
            return;
        const auto it = m_pool.constFind(s);
        if (it != m_pool.constEnd())
            s = it.value();
        else
            m_pool.insert(s, s);
    }

private:
    QHash<QString, QString> m_pool;
};

// Appends identifiers once per (kind, value); the first file that named one is its source.
class IdentifierSet final {
public:
    explicit IdentifierSet(QList<Identifier> *out)
        : m_out(out)
    {
        for (const Identifier &id : std::as_const(*out))
            m_seen.insert(id.kind + QLatin1Char('\n') + id.value);
    }
    void add(const QString &kind, const QString &value, const QString &source, const QString &reveals)
    {
        if (value.isEmpty())
            return;
        const QString key = kind + QLatin1Char('\n') + value;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_out->append({ kind, value, source, reveals });
    }

private:
    QList<Identifier> *m_out;
    QSet<QString> m_seen;
};

// What one worker learned from one report folder. Only summaries are kept.
struct ReportSlot {
    Artifact artifact;
    bool hasArtifact = false;
    bool read = false; // a report file was read
    QString sessionId; // as sent; empty when the report named none
    QString clientId; // Skyplane: as sent
    QStringList localPathKeys; // Skyplane: region keys that hold a local path
    Findings findings;
};

Finding readFinding(const RootFs::ReadResult &read, const QString &tool)
{
    Finding f;
    f.path = read.resolved;
    switch (read.status) {
    case RootFs::ReadStatus::NotRegular:
        f.code = QStringLiteral("not-regular");
        f.message = Discovery::tr("%1 is not a regular file (a folder, FIFO or device), so it was not "
                                  "opened. %2 only ever writes a "
                                  "plain file there; remove whatever is in its place.")
                        .arg(read.resolved, tool);
        break;
    case RootFs::ReadStatus::TooLarge:
        f.code = QStringLiteral("too-large");
        f.message = Discovery::tr("%1 is %2 bytes, far larger than any %3 record, so it was not read. Check "
                                  "what wrote it and remove it.")
                        .arg(read.resolved)
                        .arg(read.size)
                        .arg(tool);
        break;
    case RootFs::ReadStatus::Escapes:
        f.code = QStringLiteral("link-not-followed");
        f.message = Discovery::tr("%1 is a symbolic link; it was not followed, because anyone can create "
                                  "links in a temporary "
                                  "folder. Remove the link if you did not make it.")
                        .arg(read.resolved);
        break;
    case RootFs::ReadStatus::Unreadable:
    case RootFs::ReadStatus::Missing:
    case RootFs::ReadStatus::Ok:
        f.code = QStringLiteral("unreadable");
        f.message = read.errorText.isEmpty()
            ? Discovery::tr("%1 could not be read. Run the audit as a user who may read it.")
                  .arg(read.resolved)
            : read.errorText;
        break;
    }
    return f;
}

Finding parseFinding(const QString &path, ReportParser::Problem problem, qint64 offset, const QString &tool)
{
    Finding f;
    f.path = path;
    f.code = QStringLiteral("malformed-json");
    switch (problem) {
    case ReportParser::Problem::Empty:
        f.message = Discovery::tr("%1 is empty.").arg(path);
        break;
    case ReportParser::Problem::Binary:
        f.message = Discovery::tr("%1 holds binary data, not a JSON report.").arg(path);
        break;
    case ReportParser::Problem::InvalidUtf8:
        f.message = Discovery::tr("%1 contains bytes that are not valid UTF-8 text.").arg(path);
        break;
    case ReportParser::Problem::Truncated:
        f.message = Discovery::tr(
                        "%1 ends in the middle of its JSON (cut short, perhaps by a full disk or a crash).")
                        .arg(path);
        break;
    case ReportParser::Problem::Malformed:
        f.message = Discovery::tr("%1 is not valid JSON (error near byte %2).").arg(path).arg(offset);
        break;
    case ReportParser::Problem::TooDeep:
        f.message = Discovery::tr("%1 is nested more than %2 levels deep, which no real report is.")
                        .arg(path)
                        .arg(ReportParser::kMaxDepth);
        break;
    case ReportParser::Problem::NotObject:
        f.code = QStringLiteral("unexpected-type");
        f.message
            = Discovery::tr("%1 does not hold a JSON object, so it is not a %2 report.").arg(path, tool);
        break;
    case ReportParser::Problem::NoReport:
        f.code = QStringLiteral("unexpected-type");
        f.message = Discovery::tr("%1 has no usage_stats object, so it is not a %2 report.").arg(path, tool);
        break;
    case ReportParser::Problem::None:
        break;
    }
    f.message += QLatin1Char(' ')
        + Discovery::tr("It was skipped and the other reports were read; delete it if %1 did not write it.")
              .arg(tool);
    return f;
}

Finding wrongTypeFinding(const QString &path, const QStringList &keys)
{
    return { path, QStringLiteral("unexpected-type"),
             Discovery::tr("%1 holds values of an unexpected type for %2; those were ignored and the rest of "
                           "the report is shown.")
                 .arg(path, keys.join(QStringLiteral(", "))),
             Finding::Severity::Info };
}

Finding linkFinding(const QString &path, const QString &tool)
{
    return { path, QStringLiteral("link-not-followed"),
             Discovery::tr("%1 is a symbolic link named like a %2 folder; it was not followed, because "
                           "anyone can create links in a "
                           "temporary folder. Remove it if you did not make it.")
                 .arg(path, tool),
             Finding::Severity::Warning };
}

Finding unreadableFolder(const QString &path)
{
    return { path, QStringLiteral("unreadable"),
             Discovery::tr("%1 could not be opened. Run the audit as a user who may read it.").arg(path),
             Finding::Severity::Warning };
}

QList<SafeDir::Entry> sortedEntries(const SafeDir &dir)
{
    QList<SafeDir::Entry> entries = dir.entries();
    std::sort(entries.begin(), entries.end(),
              [](const SafeDir::Entry &a, const SafeDir::Entry &b) { return a.name < b.name; });
    return entries;
}

// Sorts by time then session id (deterministic whatever order the workers finished in), shares
// repeated strings, and lists each sent session id once.
void mergeSlots(std::vector<ReportSlot> &slots, DiscoveredData *data, const QString &reader)
{
    StringPool pool;
    std::vector<ReportSlot *> kept;
    kept.reserve(slots.size());
    for (ReportSlot &slot : slots) {
        data->findings += slot.findings;
        if (slot.read)
            ++data->filesRead;
        if (!slot.hasArtifact)
            continue;
        pool.intern(slot.artifact.version);
        pool.intern(slot.artifact.summary);
        pool.intern(slot.artifact.error);
        kept.push_back(&slot);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const ReportSlot *a, const ReportSlot *b) {
        if (a->artifact.timeMs != b->artifact.timeMs)
            return a->artifact.timeMs < b->artifact.timeMs;
        if (a->artifact.sessionId != b->artifact.sessionId)
            return a->artifact.sessionId < b->artifact.sessionId;
        return a->artifact.path < b->artifact.path;
    });
    const QString sessionReveals = revealsFor(reader, QStringLiteral("session_id"));
    const QString clientReveals = revealsFor(reader, QStringLiteral("client_id"));
    IdentifierSet ids(&data->identifiers);
    data->artifacts.reserve(qsizetype(kept.size()));
    for (ReportSlot *slot : kept) {
        ids.add(QStringLiteral("client_id"), slot->clientId, slot->artifact.path, clientReveals);
        ids.add(QStringLiteral("session_id"), slot->sessionId, slot->artifact.path, sessionReveals);
        data->artifacts.append(std::move(slot->artifact));
    }
}

QString expandHomePath(const QString &value, const QString &home)
{
    const QString v = value.trimmed();
    if (v == QLatin1String("~") || v == QLatin1String("$HOME") || v == QLatin1String("${HOME}"))
        return home;
    if (v.startsWith(QLatin1String("~/")))
        return home + v.mid(1);
    if (v.startsWith(QLatin1String("$HOME/")))
        return home + v.mid(5);
    if (v.startsWith(QLatin1String("${HOME}/")))
        return home + v.mid(7);
    if (!v.startsWith(QLatin1Char('/')))
        return joinInner(home,
                         v); // the tool resolves it against its working folder; the home is the usual one
    return v;
}

// A file named by an environment variable when the user's start-up files set one, else the default.
QString configuredPath(const EnvReport &env, const QString &variable, const QString &fallback,
                       const QString &home)
{
    const std::optional<EnvAssignment> a = env.effective(variable);
    if (a && a->op == EnvAssignment::Op::Set && a->literal && !a->value.trimmed().isEmpty())
        return RootFs::cleanInner(expandHomePath(a->value, home));
    return RootFs::cleanInner(fallback);
}

bool looksLikeLocalPath(const QString &v)
{
    if (v.startsWith(QLatin1Char('/')) || v.startsWith(QLatin1Char('~')) || v.startsWith(QLatin1String("./"))
        || v.startsWith(QLatin1String("../")) || v.startsWith(QLatin1String("\\\\"))
        || v.startsWith(QLatin1String("file:")))
        return true;
    return v.size() >= 3 && v.at(0).isLetter() && v.at(1) == QLatin1Char(':')
        && (v.at(2) == QLatin1Char('\\') || v.at(2) == QLatin1Char('/'));
}

// "botocore.exceptions.NoCredentialsError: Unable to locate credentials" -> "NoCredentialsError"
QString errorName(const QString &message, const QString &location)
{
    const QString head = message.section(QLatin1Char(':'), 0, 0).trimmed();
    if (head.isEmpty() || head.contains(QLatin1Char(' ')))
        return location.isEmpty() ? message.left(60) : location;
    return head.section(QLatin1Char('.'), -1);
}

QString skyplaneSummary(const ReportParser::SkyplaneReport &r)
{
    QStringList parts;
    if (!r.sourceProvider.isEmpty() || !r.destinationProviders.isEmpty())
        parts.append(QString(r.sourceProvider + QStringLiteral(" → ")
                             + r.destinationProviders.join(QStringLiteral(", ")))
                         .trimmed());
    if (r.hasError)
        parts.append(QStringLiteral("error: ") + errorName(r.errorMessage, r.errorLocation));
    else if (!r.command.isEmpty())
        parts.append(r.command);
    return parts.join(QStringLiteral(" · "));
}

bool isHexDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
}

YAML::Node loadYaml(const QByteArray &data)
{
    return loadYamlBounded(std::string(data.constData(), size_t(data.size())));
}

QString yamlText(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

} // namespace

Discovery::Discovery(const RootFs &fs)
    : m_fs(fs)
{ }

QString Discovery::rayTempDir(const EnvReport &env)
{
    for (const QString &key : { QStringLiteral("RAY_TMPDIR"), QStringLiteral("TMPDIR") }) {
        const std::optional<EnvAssignment> a = env.effective(key);
        // A value built from other variables cannot be known from the files; the default is scanned anyway.
        if (a && a->op == EnvAssignment::Op::Set && a->literal && a->value.startsWith(QLatin1Char('/')))
            return RootFs::cleanInner(a->value + QStringLiteral("/ray"));
    }
    return QStringLiteral("/tmp/ray");
}

DiscoveredData Discovery::rayReports(const QString &rayTemp) const
{
    DiscoveredData data;
    const QString tool = QStringLiteral("Ray");
    const auto dir = m_fs.openDir(rayTemp);
    if (!dir) {
        const QString shown = RootFs::cleanInner(rayTemp);
        if (m_fs.resolve(rayTemp).kind != RootFs::Kind::Missing)
            data.findings.append(
                { shown, QStringLiteral("unreadable"),
                  tr("%1 is not a folder that can be listed; the Ray session reports in it were not read.")
                      .arg(shown),
                  Finding::Severity::Warning });
        return data;
    }

    QStringList sessions;
    const QList<SafeDir::Entry> entries = sortedEntries(*dir);
    for (const SafeDir::Entry &e : entries) {
        if (!isSessionFolder(e.name))
            continue; // session_latest among them: the folder it names is listed in its own right
        if (e.type == SafeDir::Type::Symlink)
            data.findings.append(linkFinding(joinInner(dir->innerPath(), e.name), tool));
        else if (e.type == SafeDir::Type::Directory)
            sessions.append(e.name);
    }

    std::vector<ReportSlot> slots(size_t(sessions.size()));
    parallelFor(sessions.size(), [&](qsizetype i) {
        ReportSlot &slot = slots[size_t(i)];
        const QString &name = sessions.at(i);
        const auto session = dir->openChild(name);
        if (!session) {
            slot.findings.append(unreadableFolder(joinInner(dir->innerPath(), name)));
            return;
        }
        const RootFs::ReadResult read = session->readFile(reportFileName(), kReportCap);
        Artifact &a = slot.artifact;
        if (read.status == RootFs::ReadStatus::Missing) {
            // Ray writes no report while collection is off, nor before its first report a minute in.
            a.kind = QStringLiteral("session");
            a.path = session->innerPath();
            a.sessionId = name;
            a.timeMs = sessionFolderTime(name);
            a.ownerUid = session->ownerUid();
            a.summary
                = tr("no report stored (collection was off, or the cluster stopped before its first report)");
            slot.hasArtifact = true;
            return;
        }
        if (!read.ok()) {
            slot.findings.append(readFinding(read, tool));
            return;
        }
        slot.read = true;
        const ReportParser::RayReport report = ReportParser::parseRay(read.data);
        if (report.problem != ReportParser::Problem::None) {
            slot.findings.append(parseFinding(read.resolved, report.problem, report.offset, tool));
            return;
        }
        if (!report.wrongTypes.isEmpty())
            slot.findings.append(wrongTypeFinding(read.resolved, report.wrongTypes));
        a.kind = QStringLiteral("report");
        a.path = read.resolved;
        a.sessionId = report.sessionId.isEmpty() ? name : report.sessionId;
        a.sent = report.success == ReportParser::Flag::True ? SendStatus::Sent
            : report.success == ReportParser::Flag::False   ? SendStatus::Failed
                                                            : SendStatus::NotConfirmed;
        a.timeMs = report.collectMs > 0 ? report.collectMs : report.startMs;
        a.version = report.rayVersion;
        a.error = report.error;
        a.ownerUid = read.ownerUid;
        const QString libraries = report.libraries.join(QStringLiteral(", "));
        a.summary = a.version.isEmpty() || libraries.isEmpty()
            ? QString(a.version + libraries)
            : QString(a.version + QStringLiteral(" · ") + libraries);
        slot.sessionId = report.sessionId; // only what was sent is an identifier, never the folder name
        slot.hasArtifact = true;
    });
    mergeSlots(slots, &data, QStringLiteral("ray-sessions"));
    return data;
}

DiscoveredData Discovery::skyplaneReports(const QString &usageDir) const
{
    DiscoveredData data;
    const QString tool = QStringLiteral("Skyplane");
    const auto top = m_fs.openDir(usageDir);
    if (!top) {
        const QString shown = RootFs::cleanInner(usageDir);
        if (m_fs.resolve(usageDir).kind != RootFs::Kind::Missing)
            data.findings.append(
                { shown, QStringLiteral("unreadable"),
                  tr("%1 is not a folder that can be listed; the Skyplane event reports in it were not read.")
                      .arg(shown),
                  Finding::Severity::Warning });
        return data;
    }

    // One folder per client id (or "unknown"), one folder per event inside it.
    std::vector<std::unique_ptr<SafeDir>> clients;
    QStringList clientNames;
    struct Event {
        qsizetype client;
        QString name;
    };
    std::vector<Event> events;
    const QList<SafeDir::Entry> clientEntries = sortedEntries(*top);
    for (const SafeDir::Entry &c : clientEntries) {
        const QString clientPath = joinInner(top->innerPath(), c.name);
        if (c.type == SafeDir::Type::Symlink) {
            data.findings.append(linkFinding(clientPath, tool));
            continue;
        }
        if (c.type != SafeDir::Type::Directory)
            continue;
        auto client = top->openChild(c.name);
        if (!client) {
            data.findings.append(unreadableFolder(clientPath));
            continue;
        }
        const QList<SafeDir::Entry> sessionEntries = sortedEntries(*client);
        for (const SafeDir::Entry &s : sessionEntries) {
            if (s.type == SafeDir::Type::Symlink)
                data.findings.append(linkFinding(joinInner(clientPath, s.name), tool));
            else if (s.type == SafeDir::Type::Directory)
                events.push_back({ qsizetype(clients.size()), s.name });
        }
        clients.push_back(std::move(client));
        clientNames.append(c.name);
    }

    const QString clientReveals = revealsFor(QStringLiteral("skyplane-events"), QStringLiteral("client_id"));
    IdentifierSet folderIds(&data.identifiers);
    for (qsizetype i = 0; i < clientNames.size(); ++i) {
        if (clientNames.at(i) != QLatin1String("unknown"))
            folderIds.add(QStringLiteral("client_id"), clientNames.at(i), clients[size_t(i)]->innerPath(),
                          clientReveals);
    }

    std::vector<ReportSlot> slots(events.size());
    parallelFor(qsizetype(events.size()), [&](qsizetype i) {
        ReportSlot &slot = slots[size_t(i)];
        const Event &event = events[size_t(i)];
        const SafeDir &client = *clients[size_t(event.client)];
        const auto folder = client.openChild(event.name);
        if (!folder) {
            slot.findings.append(unreadableFolder(joinInner(client.innerPath(), event.name)));
            return;
        }
        const RootFs::ReadResult read = folder->readFile(reportFileName(), kReportCap);
        if (read.status == RootFs::ReadStatus::Missing)
            return; // Skyplane writes the report with the folder; an empty folder holds nothing to show
        if (!read.ok()) {
            slot.findings.append(readFinding(read, tool));
            return;
        }
        slot.read = true;
        const ReportParser::SkyplaneReport report = ReportParser::parseSkyplane(read.data);
        if (report.problem != ReportParser::Problem::None) {
            slot.findings.append(parseFinding(read.resolved, report.problem, report.offset, tool));
            return;
        }
        if (!report.wrongTypes.isEmpty())
            slot.findings.append(wrongTypeFinding(read.resolved, report.wrongTypes));
        Artifact &a = slot.artifact;
        a.kind = QStringLiteral("report");
        a.path = read.resolved;
        a.sessionId = report.sessionId.isEmpty() ? event.name : report.sessionId;
        a.sent = report.sentKnown ? SendStatus::Sent : SendStatus::NotConfirmed;
        a.timeMs = report.sentKnown && report.sentMs > 0 ? report.sentMs : report.startMs;
        a.version = report.version;
        a.ownerUid = read.ownerUid;
        a.summary = skyplaneSummary(report);
        slot.sessionId = report.sessionId;
        slot.clientId = report.clientId;
        if (looksLikeLocalPath(report.sourceRegion))
            slot.localPathKeys.append(QStringLiteral("source_region"));
        if (std::any_of(report.destinationRegions.cbegin(), report.destinationRegions.cend(),
                        looksLikeLocalPath))
            slot.localPathKeys.append(QStringLiteral("destination_regions"));
        slot.hasArtifact = true;
    });

    QStringList localReports;
    QStringList localKeys;
    for (const ReportSlot &slot : slots) {
        if (slot.localPathKeys.isEmpty())
            continue;
        localReports.append(slot.artifact.path);
        for (const QString &k : slot.localPathKeys) {
            if (!localKeys.contains(k))
                localKeys.append(k);
        }
    }
    mergeSlots(slots, &data, QStringLiteral("skyplane-events"));
    if (!localReports.isEmpty()) {
        localReports.sort();
        // Name the files, never the values: the path itself may hold a user or project name.
        const QString message = localReports.size() == 1
            ? tr("The Skyplane report %1 holds a local file path in %2. Such a path may be personal (a user "
                 "name, a project "
                 "name), and Skyplane sends it with the report.")
                  .arg(localReports.first(), localKeys.join(QStringLiteral(", ")))
            : tr("%n Skyplane reports hold a local file path in %1, for example %2. Such paths may be "
                 "personal (a user name, a "
                 "project name), and Skyplane sends them with the reports.",
                 nullptr, int(localReports.size()))
                  .arg(localKeys.join(QStringLiteral(", ")), localReports.first());
        data.warnings.append({ QStringLiteral("report-local-path"), message });
    }
    return data;
}

DiscoveredData Discovery::userFiles(const ToolSpec &tool, const UserAccount &user, const EnvReport &env) const
{
    DiscoveredData data;
    if (user.home.isEmpty())
        return data;
    // Records with a reader of their own; every other record is read from its catalog entry.
    const QString reader = tool.handler(QStringLiteral("user_records"));
    if (reader == QLatin1String("ray-config"))
        rayFiles(tool, user, env, &data);
    else if (reader == QLatin1String("skyplane-files"))
        skyplaneFiles(tool, user, env, &data);
    else if (reader == QLatin1String("mlflow-id"))
        mlflowFiles(tool, user, env, &data);
    else if (reader == QLatin1String("rasa-global"))
        rasaFiles(tool, user, &data);
    else
        RecordReader(m_fs).read(tool, user, env, &data);
    return data;
}

void Discovery::rayFiles(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                         DiscoveredData *data) const
{
    const InputSpec *config = tool.configInput();
    const QString fallback = user.home + QStringLiteral("/.ray/config.json");
    const QString path = configuredPath(
        env, config ? config->pathEnv : QStringLiteral("RAY_USAGE_STATS_CONFIG_PATH"), fallback, user.home);
    // Its content is judged by the resolver; here it is only listed as a file the tool keeps.
    if (m_fs.resolve(path).kind == RootFs::Kind::Regular) {
        Artifact a;
        a.kind = QStringLiteral("config");
        a.path = path;
        data->artifacts.append(a);
        ++data->filesRead; // by the resolver, in the same scan
    }
}

void Discovery::skyplaneFiles(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                              DiscoveredData *data) const
{
    IdentifierSet ids(&data->identifiers);
    const QString reveals = tool.revealsFor(QStringLiteral("client_id"));
    auto clientIdIn = [](const IniDocument &ini) {
        const IniDocument::Section *client = ini.section(QStringLiteral("client"));
        const IniDocument::Option *id = client ? client->option(QStringLiteral("anon_clientid")) : nullptr;
        return id ? id->value.trimmed() : QString();
    };

    const QString hostUuid = user.home + QStringLiteral("/.skyplane/host_uuid");
    const RootFs::ReadResult host = m_fs.readFile(hostUuid, kSmallFileCap);
    if (host.ok()) {
        ++data->filesRead;
        const IniDocument ini = IniDocument::parse(host.data);
        const QString id = clientIdIn(ini);
        Artifact a;
        a.kind = QStringLiteral("id-file");
        a.path = hostUuid;
        a.timeMs = host.mtimeMs;
        a.ownerUid = host.ownerUid;
        data->artifacts.append(a);
        if (!ini.isValid())
            data->findings.append({ hostUuid, QStringLiteral("malformed-ini"),
                                    tr("%1 cannot be read as an INI file (%2). Skyplane fails the same way "
                                       "when it logs usage; delete "
                                       "the file and Skyplane writes a new one.")
                                        .arg(hostUuid, ini.errorString()),
                                    Finding::Severity::Warning });
        ids.add(QStringLiteral("client_id"), id, hostUuid, reveals);
        if (const std::optional<Warning> w = clientIdWarning(id, hostUuid))
            data->warnings.append(*w);
    } else if (host.status != RootFs::ReadStatus::Missing) {
        data->findings.append(readFinding(host, tool.name));
    }

    const InputSpec *config = tool.configInput();
    const QString configPath
        = configuredPath(env, config ? config->pathEnv : QStringLiteral("SKYPLANE_CONFIG"),
                         user.home + QStringLiteral("/.skyplane/config"), user.home);
    const RootFs::ReadResult cfg = m_fs.readFile(configPath, kSmallFileCap);
    if (cfg.ok()) {
        ++data->filesRead;
        Artifact a;
        a.kind = QStringLiteral("config");
        a.path = configPath;
        a.ownerUid = cfg.ownerUid;
        data->artifacts.append(a);
        // A malformed config is the resolver's finding (it decides the state); what parsed is still used.
        const IniDocument ini = IniDocument::parse(cfg.data);
        ids.add(QStringLiteral("client_id"), clientIdIn(ini), configPath, reveals);
        QStringList secretNames;
        for (const IniDocument::Section &s : ini.sections()) {
            for (const IniDocument::Option &o : s.options) {
                const bool secret = tool.secretKeys.contains(o.key, Qt::CaseInsensitive)
                    || o.key.contains(QLatin1String("secret")) || o.key.contains(QLatin1String("_key"));
                if (secret && !secretNames.contains(o.key))
                    secretNames.append(o.key);
            }
        }
        if (!secretNames.isEmpty())
            data->warnings.append(
                { QStringLiteral("secrets-in-config"),
                  tr("%1 also holds cloud credentials (%2). Telemetry Lens never shows their values and "
                     "keeps them "
                     "when it changes the file; be careful when you share or back up this file.")
                      .arg(configPath, secretNames.join(QStringLiteral(", "))) });
    }

    const QString ignoredJson = user.home + QStringLiteral("/.skyplane/config.json");
    if (m_fs.resolve(ignoredJson).kind == RootFs::Kind::Regular)
        data->warnings.append({ QStringLiteral("ignored-config-json"),
                                tr("%1 exists, but Skyplane never reads it: its documentation wrongly says "
                                   "the opt-out goes there. "
                                   "The setting that counts is [flags] usage_stats in %2.")
                                    .arg(ignoredJson, configPath) });
}

std::optional<Warning> Discovery::clientIdWarning(const QString &clientId, const QString &file)
{
    const QString id = clientId.toLower();
    if (id.size() != 32 || !id.startsWith(QLatin1String("00000000000000000000"))
        || !isHexDigits(QStringView(id).mid(20)))
        return std::nullopt;
    const QStringView node = QStringView(id).mid(20);
    // Python's uuid.getnode() sets the multicast bit only on the random number it invents when it
    // finds no network card; every other value is a real MAC address.
    if (node.left(2).toUInt(nullptr, 16) & 1)
        return std::nullopt;
    QStringList octets;
    for (int i = 0; i < 12; i += 2)
        octets.append(node.mid(i, 2).toString());
    return Warning {
        QStringLiteral("client-id-mac"),
        tr("The Skyplane client id %1 (in %2) is this machine's network (MAC) address %3: it is permanent, "
           "identifies "
           "the hardware, and is sent with every report. Skyplane's documentation calls it random.")
            .arg(clientId, file, octets.join(QLatin1Char(':')))
    };
}

void Discovery::mlflowFiles(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                            DiscoveredData *data) const
{
    const QString configHome = configuredPath(env, QStringLiteral("XDG_CONFIG_HOME"),
                                              user.home + QStringLiteral("/.config"), user.home);
    const QString path = joinInner(configHome, QStringLiteral("mlflow/telemetry.json"));
    const RootFs::ReadResult read = m_fs.readFile(path, kSmallFileCap);
    if (!read.ok()) {
        if (read.status != RootFs::ReadStatus::Missing)
            data->findings.append(readFinding(read, tool.name));
        return;
    }
    ++data->filesRead;
    const QString resets = tr("MLflow ignores such a file and writes a new installation id on its next run.");
    const nlohmann::json doc = nlohmann::json::parse(
        read.data.constData(), read.data.constData() + read.data.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        data->findings.append({ path, QStringLiteral("malformed-json"),
                                (doc.is_discarded() ? tr("%1 is not valid JSON.").arg(path)
                                                    : tr("%1 does not hold a JSON object.").arg(path))
                                    + QLatin1Char(' ') + resets,
                                Finding::Severity::Warning });
        return;
    }
    auto text = [&doc](const char *key) {
        const auto it = doc.find(key);
        return it != doc.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                  : QString();
    };
    const QString id = text("installation_id");
    const QString createdAt = text("created_at");
    Artifact a;
    a.kind = QStringLiteral("id-file");
    a.path = path;
    a.version = text("created_version");
    a.ownerUid = read.ownerUid;
    const QDateTime created = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    a.timeMs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
    data->artifacts.append(a);
    if (id.isEmpty() || QUuid::fromString(id).isNull()) {
        data->findings.append(
            { path, QStringLiteral("unexpected-type"),
              tr("%1 holds no valid installation_id.").arg(path) + QLatin1Char(' ') + resets,
              Finding::Severity::Warning });
        return;
    }
    IdentifierSet(&data->identifiers)
        .add(QStringLiteral("installation_id"), id, path, tool.revealsFor(QStringLiteral("installation_id")));
    const QString when
        = created.isValid() ? created.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : tr("an unknown date");
    const QString message = a.version.isEmpty()
        ? tr("MLflow telemetry already ran for this account on %1 (%2). Deleting the file only resets the "
             "id; it does not switch "
             "telemetry off.")
              .arg(when, path)
        : tr("MLflow telemetry already ran for this account on %1 (MLflow %2, %3). Deleting the file only "
             "resets the id; it does "
             "not switch telemetry off.")
              .arg(when, a.version, path);
    data->warnings.append({ QStringLiteral("telemetry-ran"), message });
}

void Discovery::rasaFiles(const ToolSpec &tool, const UserAccount &user, DiscoveredData *data) const
{
    IdentifierSet ids(&data->identifiers);
    const QString reveals = tool.revealsFor(QStringLiteral("rasa_user_id"));
    // Reads metrics.rasa_user_id and traits.rasa_user_id (Rasa Pro mirrors the map); false when the
    // YAML is malformed or not a map, with *error set.
    auto readIds = [&](const QString &path, const QByteArray &bytes, qint64 *dateMs, QString *error) {
        try {
            const YAML::Node root = loadYaml(bytes);
            if (!root || root.IsNull())
                return true;
            if (!root.IsMap()) {
                *error = tr("it does not hold a YAML map");
                return false;
            }
            for (const char *section : { "metrics", "traits" }) {
                const YAML::Node map = root[section];
                if (!map || !map.IsMap())
                    continue;
                ids.add(QStringLiteral("rasa_user_id"), yamlText(map["rasa_user_id"]).trimmed(), path,
                        reveals);
                if (dateMs && *dateMs == 0) {
                    QString date = yamlText(map["date"]).trimmed();
                    date.truncate(23); // Qt parses milliseconds; Python writes microseconds
                    const QDateTime t
                        = QDateTime::fromString(date, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
                    const QDateTime whole = t.isValid()
                        ? t
                        : QDateTime::fromString(date.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                    *dateMs = whole.isValid() ? whole.toMSecsSinceEpoch() : 0;
                }
            }
            return true;
        } catch (const YAML::Exception &e) {
            *error = QString::fromStdString(e.msg);
        } catch (const std::exception &e) {
            *error = QString::fromLocal8Bit(e.what());
        }
        return false;
    };

    const QString global = user.home + QStringLiteral("/.config/rasa/global.yml");
    const RootFs::ReadResult read = m_fs.readFile(global, kSmallFileCap);
    if (read.ok()) {
        ++data->filesRead;
        Artifact a;
        a.kind = QStringLiteral("config");
        a.path = global;
        a.ownerUid = read.ownerUid;
        QString error;
        if (!readIds(global, read.data, &a.timeMs, &error))
            data->findings.append(
                { global, QStringLiteral("malformed-yaml"),
                  tr("%1 cannot be read as YAML (%2). Rasa reads such a file as empty and rewrites it on its "
                     "next "
                     "run with telemetry switched on and a new id: an opt-out in it is lost.")
                      .arg(global, error),
                  Finding::Severity::Warning });
        data->artifacts.append(a);
    } else if (read.status != RootFs::ReadStatus::Missing) {
        data->findings.append(readFinding(read, tool.name));
    }

    const QString legacy = user.home + QStringLiteral("/.config/rasa/config.yml");
    const RootFs::ReadResult old = m_fs.readFile(legacy, kSmallFileCap);
    if (old.ok()) {
        ++data->filesRead;
        Artifact a;
        a.kind = QStringLiteral("legacy-config");
        a.path = legacy;
        a.ownerUid = old.ownerUid;
        data->artifacts.append(a);
        QString error;
        if (!readIds(legacy, old.data, nullptr, &error))
            data->findings.append(
                { legacy, QStringLiteral("malformed-yaml"),
                  tr("%1 cannot be read as YAML (%2); current Rasa releases ignore it anyway.")
                      .arg(legacy, error),
                  Finding::Severity::Info });
        data->warnings.append({ QStringLiteral("legacy-config"),
                                tr("%1 was written by a very old Rasa release. Current releases ignore it "
                                   "and read %2 instead; it may "
                                   "still hold an old id, and you can delete it.")
                                    .arg(legacy, global) });
    } else if (old.status != RootFs::ReadStatus::Missing) {
        data->findings.append(readFinding(old, tool.name));
    }
}

QList<Installation> Discovery::installations(const ToolSpec &tool, const UserAccount *user) const
{
    return InstallFinder(m_fs, { &tool }).find(tool, user);
}

QByteArray Discovery::readReport(const QString &innerPath, QString *error) const
{
    // The report's folder must stay inside the folder above it (the temp folder that was scanned),
    // and the file itself must not be a link: the same rules the scan applied.
    const QString clean = RootFs::cleanInner(innerPath);
    const qsizetype slash = clean.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash > 0 ? clean.left(slash) : QStringLiteral("/");
    const QString name = clean.mid(slash + 1);
    const qsizetype up = folder.lastIndexOf(QLatin1Char('/'));
    const QString confine = up > 0 ? folder.left(up) : QStringLiteral("/");
    const auto dir = m_fs.openDir(folder, confine);
    if (!dir || name.isEmpty()) {
        if (error)
            *error = tr("%1 could not be opened: its folder is missing or is a link that leads elsewhere.")
                         .arg(clean);
        return {};
    }
    const RootFs::ReadResult read = dir->readFile(name, kReportCap);
    if (!read.ok()) {
        if (error)
            *error = read.status == RootFs::ReadStatus::Missing ? tr("%1 no longer exists.").arg(clean)
                : read.errorText.isEmpty()                      ? tr("%1 could not be read.").arg(clean)
                                                                : read.errorText;
        return {};
    }
    return read.data;
}

} // namespace tlens
