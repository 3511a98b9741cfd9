#include "payloads.h"

#include "discovery/discovery.h"
#include "discovery/reportparser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QVersionNumber>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tlens {

namespace {

using Json = nlohmann::ordered_json;

// Ray's UsageStatsToReport fields, in the order Ray sends them.
const char *const kRayKeys[] = { "schema_version",
                                 "source",
                                 "collect_timestamp_ms",
                                 "total_success",
                                 "total_failed",
                                 "seq_number",
                                 "ray_version",
                                 "python_version",
                                 "session_id",
                                 "git_commit",
                                 "os",
                                 "session_start_timestamp_ms",
                                 "cloud_provider",
                                 "min_workers",
                                 "max_workers",
                                 "head_node_instance_type",
                                 "worker_node_instance_types",
                                 "total_num_cpus",
                                 "total_num_gpus",
                                 "total_memory_gb",
                                 "total_object_store_memory_gb",
                                 "library_usages",
                                 "extra_usage_tags",
                                 "total_num_nodes",
                                 "total_num_running_jobs",
                                 "libc_version",
                                 "hardware_usages" };

// Rasa's list of variables that mark a CI run (any value).
const char *const kRasaCiVariables[] = { "bamboo.buildKey",
                                         "BUILD_ID",
                                         "BUILD_NUMBER",
                                         "BUILDKITE",
                                         "CI",
                                         "CIRCLECI",
                                         "CONTINUOUS_INTEGRATION",
                                         "GITHUB_ACTIONS",
                                         "HUDSON_URL",
                                         "JENKINS_URL",
                                         "TEAMCITY_VERSION",
                                         "TRAVIS",
                                         "CODEBUILD_BUILD_ARN",
                                         "CODEBUILD_BUILD_ID",
                                         "CODEBUILD_BATCH_BUILD_IDENTIFIER" };

Json text(const QString &s)
{
    return s.isEmpty() ? Json(nullptr) : Json(s.toStdString());
}

QByteArray dump(const Json &j)
{
    return QByteArray::fromStdString(j.dump(2));
}

// Random values drawn in a fixed order from the context's seed.
class Dice final {
public:
    explicit Dice(quint64 seed)
    {
        const quint32 words[2] = { quint32(seed), quint32(seed >> 32) };
        m_rng = QRandomGenerator(words, 2);
    }
    QByteArray bytes(int n)
    {
        QByteArray b(n, '\0');
        for (int i = 0; i < n; ++i)
            b[i] = char(m_rng.bounded(256));
        return b;
    }
    QString hex(int byteCount) { return QString::fromLatin1(bytes(byteCount).toHex()); }
    // uuid.uuid4(): 16 random bytes with the version and variant bits set.
    QString uuid4Hex()
    {
        QByteArray b = bytes(16);
        b[6] = char((uchar(b[6]) & 0x0f) | 0x40);
        b[8] = char((uchar(b[8]) & 0x3f) | 0x80);
        return QString::fromLatin1(b.toHex());
    }
    QString uuid4()
    {
        const QString h = uuid4Hex();
        return h.mid(0, 8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4)
            + QLatin1Char('-') + h.mid(16, 4) + QLatin1Char('-') + h.mid(20);
    }

private:
    QRandomGenerator m_rng;
};

QString sha256(const QString &s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// sys.platform: "linux" on every Linux.
Json pythonPlatform(const MachineFacts &m)
{
    if (m.system.isEmpty())
        return nullptr;
    return m.system.toLower().toStdString();
}

Json rayReport(const PayloadContext &c, bool minimal)
{
    Json r = Json::object();
    for (const char *key : kRayKeys)
        r[key] = nullptr;
    r["schema_version"] = "0.1";
    r["source"] = c.env.value(QStringLiteral("RAY_USAGE_STATS_SOURCE"), QStringLiteral("OSS")).toStdString();
    if (minimal) {
        // Sent once when the cluster starts, without waiting for the first minute.
        r["collect_timestamp_ms"] = c.nowMs;
        return r;
    }
    Dice dice(c.seed);
    // The first report comes about a minute after the cluster starts.
    r["collect_timestamp_ms"] = c.nowMs + 60000;
    r["total_success"] = 0;
    r["total_failed"] = 0;
    r["seq_number"] = 0;
    r["ray_version"] = text(c.toolVersion);
    r["python_version"] = text(c.pythonVersion);
    r["session_id"] = dice.hex(28).toStdString();
    r["os"] = pythonPlatform(c.machine);
    r["session_start_timestamp_ms"] = c.nowMs;
    if (c.machine.cpuCount > 0)
        r["total_num_cpus"] = c.machine.cpuCount;
    const QString tags = c.env.value(QStringLiteral("RAY_USAGE_STATS_EXTRA_TAGS"));
    if (!tags.trimmed().isEmpty()) {
        Json object = Json::object();
        const QStringList pairs = tags.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq > 0)
                object[pair.left(eq).trimmed().toStdString()] = pair.mid(eq + 1).trimmed().toStdString();
        }
        r["extra_usage_tags"] = object;
    }
    if (!c.machine.libcVersion.isEmpty())
        r["libc_version"] = QString(QStringLiteral("glibc:") + c.machine.libcVersion).toStdString();
    return r;
}

Json skyplaneReport(const PayloadContext &c)
{
    Dice dice(c.seed);
    const QString stamp = QDateTime::fromMSecsSinceEpoch(c.nowMs).toString(QStringLiteral("yyyyMMdd_HHmmss"));
    Json r = Json::object();
    r["skyplane_version"] = text(c.toolVersion);
    r["python_version"] = text(c.pythonVersion);
    r["schema_version"] = "0.2";
    r["client_id"] = text(c.identifier(QStringLiteral("client_id")));
    r["session_id"] = QString(stamp + QLatin1Char('-') + dice.uuid4Hex().left(8)).toStdString();
    r["source_region"] = nullptr;
    r["destination_regions"] = nullptr;
    r["source_cloud_provider"] = nullptr;
    r["destination_cloud_providers"] = nullptr;
    r["os"] = pythonPlatform(c.machine);
    r["session_start_timestamp_ms"] = c.nowMs;
    r["arguments_dict"] = nullptr;
    r["transfer_stats"] = nullptr;
    r["error_dict"] = nullptr;
    // Skyplane stamps the time right before it posts.
    r["sent_time_ms"] = c.nowMs;
    return r;
}

QString trackingScheme(const QString &uri)
{
    if (uri.isEmpty())
        return {};
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    if (colon > 1)
        return uri.left(colon);
    return QStringLiteral("file"); // a plain path is a file store
}

// source_sdk names the distribution MLflow runs from: the catalog's first one ("mlflow").
Json mlflowRecords(const ToolSpec &tool, const PayloadContext &c)
{
    Dice dice(c.seed);
    const QString session = dice.uuid4Hex();
    const QString partition = dice.uuid4Hex();
    QString installation = c.identifier(QStringLiteral("installation_id"));
    if (installation.isEmpty())
        installation = dice.uuid4();
    Json data = Json::object();
    data["session_id"] = session.toStdString();
    data["source_sdk"] = text(tool.distributions.value(0));
    data["mlflow_version"] = text(c.toolVersion);
    data["schema_version"] = 2;
    data["python_version"] = text(c.pythonVersion);
    data["operating_system"] = text(c.machine.platformString());
    data["tracking_uri_scheme"] = text(trackingScheme(c.env.value(QStringLiteral("MLFLOW_TRACKING_URI"))));
    data["installation_id"] = installation.toStdString();
    data["timestamp_ns"] = c.nowMs * 1000000;
    data["event_name"] = "create_experiment";
    // MLflow sends the parameters as JSON text inside the JSON, not as an object.
    data["params"] = "{\"experiment_id\": \"1\"}";
    data["status"] = "success";
    data["duration_ms"] = nullptr;
    Json record = Json::object();
    record["data"] = data;
    record["partition-key"] = partition.toStdString();
    Json body = Json::object();
    body["records"] = Json::array({ record });
    return body;
}

Json rasaEvent(const PayloadContext &c)
{
    Dice dice(c.seed);
    QString id = c.identifier(QStringLiteral("rasa_user_id"));
    if (id.isEmpty())
        id = dice.uuid4Hex();
    Json os = Json::object();
    os["name"] = text(c.machine.system);
    os["version"] = text(c.machine.release);
    Json context = Json::object();
    context["os"] = os;
    context["ci"] = c.ci;
    // Rasa hashes the output of `git remote get-url origin`, trailing newline included.
    context["project"]
        = c.gitRemote.isEmpty() ? Json(nullptr) : Json(sha256(c.gitRemote + QLatin1Char('\n')).toStdString());
    context["directory"]
        = c.workingDirectory.isEmpty() ? Json(nullptr) : Json(sha256(c.workingDirectory).toStdString());
    context["python"] = text(c.pythonVersion);
    context["rasa_open_source"] = text(c.toolVersion);
    context["cpu"] = c.machine.cpuCount > 0 ? Json(c.machine.cpuCount) : Json(nullptr);
    context["docker"] = c.machine.docker;
    Json properties = Json::object();
    properties["metrics_id"] = id.toStdString();
    Json event = Json::object();
    event["userId"] = id.toStdString();
    event["event"] = "Training Started";
    event["properties"] = properties;
    event["context"] = context;
    return event;
}

QString newestVersion(const QList<Installation> &installs)
{
    QVersionNumber best;
    QString bestText;
    for (const Installation &in : installs) {
        const QVersionNumber v = QVersionNumber::fromString(in.version);
        if (!in.version.isEmpty() && (bestText.isEmpty() || v > best)) {
            best = v;
            bestText = in.version;
        }
    }
    return bestText;
}

} // namespace

QString PayloadContext::identifier(const QString &kind) const
{
    for (const Identifier &id : identifiers) {
        if (id.kind == kind && !id.value.isEmpty())
            return id.value;
    }
    return {};
}

PayloadContext PayloadContext::fromScan(const ScanResult &result, const ToolStatus &status)
{
    PayloadContext c;
    const RootFs fs(result.machine.root.isEmpty() ? QStringLiteral("/") : result.machine.root);
    c.machine = MachineFacts::read(fs);
    if (c.machine.cpuCount == 0)
        c.machine.cpuCount = result.machine.cpuCount;

    QList<Installation> installs = status.installations;
    QList<Artifact> artifacts = status.artifacts;
    c.identifiers = status.identifiers;
    if (const MachineToolData *machine = result.machineTool(status.toolId)) {
        installs += machine->installations;
        artifacts += machine->artifacts;
        for (const Identifier &id : machine->identifiers) {
            const bool known
                = std::any_of(c.identifiers.cbegin(), c.identifiers.cend(), [&id](const Identifier &o) {
                      return o.kind == id.kind && o.value == id.value;
                  });
            if (!known)
                c.identifiers.append(id);
        }
    }
    c.toolVersion = newestVersion(installs);

    // The newest stored report names the Python (and, without an install, the tool) version in use.
    const Artifact *newest = nullptr;
    for (const Artifact &a : std::as_const(artifacts)) {
        if (a.kind == QLatin1String("report") && (!newest || a.timeMs > newest->timeMs))
            newest = &a;
    }
    if (newest) {
        if (c.toolVersion.isEmpty())
            c.toolVersion = newest->version;
        const QByteArray raw = Discovery(fs).readReport(newest->path);
        const ToolSpec *spec = Catalog::instance().tool(status.toolId);
        const QString reader = spec ? spec->handler(QStringLiteral("machine_records")) : QString();
        if (reader == QLatin1String("ray-sessions"))
            c.pythonVersion = ReportParser::parseRay(raw).pythonVersion;
        else if (reader == QLatin1String("skyplane-events"))
            c.pythonVersion = ReportParser::parseSkyplane(raw).pythonVersion;
    }
    if (c.pythonVersion.isEmpty()) {
        static const QRegularExpression pythonDir(QStringLiteral("/lib/python(3\\.\\d+)/"));
        for (const Installation &in : std::as_const(installs)) {
            const QRegularExpressionMatch m = pythonDir.match(in.path);
            if (m.hasMatch()) {
                c.pythonVersion = m.captured(1);
                break;
            }
        }
    }

    for (const Input &in : status.inputs) {
        if (in.kind == QLatin1String("env") && !in.secret && in.role != InputRole::Conditional
            && !c.env.contains(in.key))
            c.env.insert(in.key, in.value);
    }
    for (const char *marker : kRasaCiVariables) {
        if (c.env.contains(QString::fromLatin1(marker)))
            c.ci = true;
    }
    for (const UserScan &user : result.users) {
        for (const ToolStatus &t : user.tools) {
            if (&t == &status)
                c.workingDirectory = user.account.home;
        }
    }
    if (c.workingDirectory.isEmpty() && result.users.size() == 1)
        c.workingDirectory = result.users.first().account.home; // a copy of the status of the only user
    c.nowMs = QDateTime::currentMSecsSinceEpoch();
    c.seed = QRandomGenerator::global()->generate64();
    return c;
}

QByteArray Payloads::wouldSend(const ToolSpec &tool, const PayloadContext &context)
{
    const QString builder = tool.handler(QStringLiteral("payload"));
    if (builder == QLatin1String("ray-report"))
        return dump(rayReport(context, false));
    if (builder == QLatin1String("skyplane-report"))
        return dump(skyplaneReport(context));
    if (builder == QLatin1String("mlflow-records"))
        return dump(mlflowRecords(tool, context));
    if (builder == QLatin1String("rasa-event"))
        return dump(rasaEvent(context));
    if (!tool.payloadExample.isEmpty())
        return dump(Json::parse(tool.payloadExample.toStdString(), nullptr, false));
    return nothing();
}

QByteArray Payloads::afterOptOut(const ToolSpec &tool, const PayloadContext &context)
{
    // Ray keeps sending after the opt-out: one minimal report per cluster.
    if (tool.handler(QStringLiteral("payload")) == QLatin1String("ray-report"))
        return dump(rayReport(context, true));
    if (!tool.payloadAfterOptOut.isEmpty())
        return dump(Json::parse(tool.payloadAfterOptOut.toStdString(), nullptr, false));
    return nothing();
}

QStringList Payloads::notes(const ToolSpec &tool, const PayloadContext &context)
{
    QStringList out;
    const QString builder = tool.handler(QStringLiteral("payload"));
    if (builder == QLatin1String("ray-report")) {
        out << tr(
            "Each new cluster has a new session_id (its cluster id); the one shown is a made-up example.")
            << tr("Values Ray measures while the cluster runs (nodes, memory, GPUs, libraries used, its own "
                  "counters in "
                  "extra_usage_tags) are null here; Ray fills them in.")
            << tr("The first report is sent about a minute after the cluster starts, then one every hour.");
        if (context.toolVersion.isEmpty())
            out << tr("No installed Ray version was found, so ray_version is null.");
    } else if (builder == QLatin1String("skyplane-report")) {
        out << tr(
            "Skyplane posts the report as a Loki log line: {\"streams\": [{\"stream\": {\"type\": \"usage\" "
            "or \"error\", "
            "\"environment\": \"api\"}, \"values\": [[\"<time in ns>\", \"<this report as JSON text>\"]]}]}.")
            << tr("Regions, cloud providers, command arguments and transfer statistics come from the "
                  "transfer itself and are "
                  "null here; for a copy from or to this computer the region is the local path.")
            << tr("Every event gets a new session_id: the date and time plus 8 random hex digits.");
        if (context.identifier(QStringLiteral("client_id")).isEmpty())
            out << tr("No client id was found yet: Skyplane writes one (this machine's MAC address) on its "
                      "first run.");
    } else if (builder == QLatin1String("mlflow-records")) {
        out << tr(
            "One example event; MLflow sends up to 500 of them per request, every 10 seconds. session_id and "
            "partition-key are new random values.")
            << tr("params is JSON text inside the JSON (a string), not an object.");
        if (context.identifier(QStringLiteral("installation_id")).isEmpty())
            out << tr("No installation id exists yet: MLflow creates one at its first run; the one shown is "
                      "a made-up example.");
        if (context.env.value(QStringLiteral("MLFLOW_TRACKING_URI")).isEmpty())
            out << tr("tracking_uri_scheme depends on the tracking store your MLflow version uses by "
                      "default; it is null here.");
    } else if (builder == QLatin1String("rasa-event")) {
        out << tr("project is the SHA-256 of the output of `git remote get-url origin` in the project folder "
                  "(null outside a Git "
                  "repository); directory is the SHA-256 of the folder Rasa runs in, here %1.")
                   .arg(context.workingDirectory.isEmpty() ? tr("unknown") : context.workingDirectory)
            << tr("Event-specific properties (for Training Started: counts of intents, entities and actions, "
                  "the pipeline and "
                  "policies) are sent next to metrics_id.");
        if (context.identifier(QStringLiteral("rasa_user_id")).isEmpty())
            out << tr("No rasa_user_id exists yet: Rasa creates one at its next run; the one shown is a "
                      "made-up example.");
    }
    if (builder.isEmpty()) {
        if (!tool.payloadExample.isEmpty())
            out << tr("An example built from what %1's code sends; values in angle brackets are filled in "
                      "when "
                      "it "
                      "runs.")
                       .arg(tool.name);
        else if (!tool.wouldSend.isEmpty())
            out << tr("No example of %1's request is shown: only the fields its code sends are known.")
                       .arg(tool.name);
        else
            out << tr("What %1 sends is not known from its code; only where it sends is shown.")
                       .arg(tool.name);
        if (!tool.wouldSend.isEmpty())
            out << tr("Fields: %1.").arg(tool.wouldSend.join(QStringLiteral(", ")));
        if (!tool.sentAfterOptOut.isEmpty())
            out << tr("Still sent after the opt-out: %1.")
                       .arg(tool.sentAfterOptOut.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace tlens
