// Measures discovery on a machine image (see tlens-bench-gen) without the rest of the scan, and
// compares JSON parsers on the image's reports.
//
//   tlens-bench-discovery ROOT [--runs N] [--parsers]
//
// Prints the best of N runs of Discovery::rayReports + skyplaneReports, the counts found, and the
// peak RSS. With --parsers, also the single-thread time of nlohmann::json::parse, nlohmann's SAX
// interface, QJsonDocument and ReportParser (which uses QJsonDocument) over every Ray report, each
// extracting the same fields by name.

#include "discovery/discovery.h"
#include "discovery/reportparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

using namespace tlens;

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QList<QByteArray> loadReports(const RootFs &fs, const QString &dir)
{
    QList<QByteArray> out;
    const auto top = fs.openDir(dir);
    if (!top)
        return out;
    const auto entries = top->entries();
    for (const SafeDir::Entry &e : entries) {
        if (e.type != SafeDir::Type::Directory)
            continue;
        if (const auto session = top->openChild(e.name)) {
            const RootFs::ReadResult r = session->readFile(QStringLiteral("usage_stats.json"));
            if (r.ok())
                out.append(r.data);
        }
    }
    return out;
}

// The SAX contender: keeps only usage_stats.{session_id, collect_timestamp_ms, ray_version,
// library_usages} by name, with no document built.
class RaySax {
public:
    using Json = nlohmann::json;
    qint64 found = 0;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return number(); }
    bool number_unsigned(Json::number_unsigned_t) { return number(); }
    bool number_float(Json::number_float_t, const Json::string_t &) { return number(); }
    bool string(Json::string_t &value)
    {
        if (m_depth == 2 && m_inReport && (m_key == "session_id" || m_key == "ray_version"))
            found += qint64(value.size() > 0);
        else if (m_depth == 3 && m_inLibraries)
            ++found;
        return true;
    }
    bool binary(Json::binary_t &) { return true; }
    bool start_object(std::size_t)
    {
        if (m_depth == 1 && m_key == "usage_stats")
            m_inReport = true;
        ++m_depth;
        return m_depth < 64;
    }
    bool start_array(std::size_t)
    {
        m_inLibraries = m_depth == 2 && m_inReport && m_key == "library_usages";
        ++m_depth;
        return m_depth < 64;
    }
    bool end_object()
    {
        if (--m_depth == 1)
            m_inReport = false;
        return true;
    }
    bool end_array()
    {
        --m_depth;
        m_inLibraries = false;
        return true;
    }
    bool key(Json::string_t &value)
    {
        m_key = value;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

private:
    bool number()
    {
        if (m_depth == 2 && m_inReport && m_key == "collect_timestamp_ms")
            ++found;
        return true;
    }
    int m_depth = 0;
    bool m_inReport = false;
    bool m_inLibraries = false;
    std::string m_key;
};

template<class Fn> double bestMs(int runs, const Fn &fn)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

void compareParsers(const QList<QByteArray> &reports, int runs)
{
    qint64 sink = 0;
    const double dom = bestMs(runs, [&] {
        for (const QByteArray &r : reports) {
            const nlohmann::json j
                = nlohmann::json::parse(r.constData(), r.constData() + r.size(), nullptr, false);
            if (j.is_object()) {
                const auto u = j.find("usage_stats");
                if (u != j.end() && u->is_object()) {
                    const auto s = u->find("session_id");
                    const auto t = u->find("collect_timestamp_ms");
                    const auto v = u->find("ray_version");
                    const auto l = u->find("library_usages");
                    sink += (s != u->end() && s->is_string()) + (t != u->end() && t->is_number())
                        + (v != u->end() && v->is_string())
                        + (l != u->end() && l->is_array() ? qint64(l->size()) : 0);
                }
            }
        }
    });
    const double sax = bestMs(runs, [&] {
        for (const QByteArray &r : reports) {
            RaySax handler;
            nlohmann::json::sax_parse(r.constData(), r.constData() + r.size(), &handler);
            sink += handler.found;
        }
    });
    const double qjson = bestMs(runs, [&] {
        for (const QByteArray &r : reports) {
            const QJsonObject u
                = QJsonDocument::fromJson(r).object().value(QLatin1String("usage_stats")).toObject();
            sink += u.value(QLatin1String("session_id")).toString().size()
                + qint64(u.value(QLatin1String("collect_timestamp_ms")).toDouble() > 0)
                + u.value(QLatin1String("ray_version")).toString().size()
                + u.value(QLatin1String("library_usages")).toArray().size();
        }
    });
    const double chosen = bestMs(runs, [&] {
        for (const QByteArray &r : reports) {
            const ReportParser::RayReport p = ReportParser::parseRay(r);
            sink += p.sessionId.size() + qint64(p.collectMs > 0) + p.rayVersion.size() + p.libraries.size();
        }
    });
    std::printf(
        "parsers over %lld Ray reports (one thread, best of %d): nlohmann DOM %.1f ms, nlohmann SAX %.1f ms, "
        "QJsonDocument %.1f ms, ReportParser %.1f ms  [%lld]\n",
        qint64(reports.size()), runs, dom, sax, qjson, chosen, sink % 10);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString root;
    int runs = 5;
    bool parsers = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--runs") && !args.isEmpty())
            runs = std::max(1, args.takeFirst().toInt());
        else if (a == QLatin1String("--parsers"))
            parsers = true;
        else if (root.isEmpty())
            root = a;
    }
    if (root.isEmpty()) {
        std::fprintf(stderr, "usage: tlens-bench-discovery ROOT [--runs N] [--parsers]\n");
        return 2;
    }
    const RootFs fs(root);
    const Discovery discovery(fs);
    qsizetype ray = 0;
    qsizetype sky = 0;
    qsizetype findings = 0;
    const double ms = bestMs(runs, [&] {
        const DiscoveredData r = discovery.rayReports(QStringLiteral("/tmp/ray"));
        const DiscoveredData s = discovery.skyplaneReports();
        ray = r.artifacts.size();
        sky = s.artifacts.size();
        findings = r.findings.size() + s.findings.size();
    });
    std::printf("discovery: %lld Ray sessions + %lld Skyplane events, %lld findings, best of %d: %.1f ms, "
                "peak RSS %lld KiB\n",
                qint64(ray), qint64(sky), qint64(findings), runs, ms, peakRssKiB());
    if (parsers)
        compareParsers(loadReports(fs, QStringLiteral("/tmp/ray")), runs);
    return 0;
}
