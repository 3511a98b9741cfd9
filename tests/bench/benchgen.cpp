// Builds a machine image for the benchmark: <root>/etc/passwd with several users and their homes
// (the same kinds of files as the sample workstation), <root>/tmp/ray with N Ray sessions and
// <root>/tmp/skyplane/usage with M Skyplane events whose reports look like real ones.
// Deterministic: the same arguments always give the same tree.
//
//   tlens-bench-gen ROOT [--ray N] [--skyplane M] [--users U] [--big-home]
//
// --big-home gives the first user a developer's home (see writeBigHome) for the installation walk.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool makeDirs(const QByteArray &path)
{
    QByteArray partial;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &p : parts) {
        partial += p;
        partial += '/';
        if (p.isEmpty())
            continue;
        if (::mkdir(partial.constData(), 0755) != 0 && errno != EEXIST)
            return false;
    }
    return true;
}

bool writeFile(const QByteArray &path, const QByteArray &data)
{
    const qsizetype slash = path.lastIndexOf('/');
    if (slash > 0 && !makeDirs(path.left(slash)))
        return false;
    std::FILE *f = std::fopen(path.constData(), "wb");
    if (!f)
        return false;
    const bool ok = std::fwrite(data.constData(), 1, size_t(data.size()), f) == size_t(data.size());
    return std::fclose(f) == 0 && ok;
}

QByteArray hex(QRandomGenerator &rng, int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QByteArray out(digits, '0');
    for (int i = 0; i < digits; ++i)
        out[i] = alphabet[rng.bounded(16)];
    return out;
}

QByteArray stamp(qint64 secs, const char *format)
{
    const std::time_t t = std::time_t(secs);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, format, &tm);
    return QByteArray(buf);
}

QByteArray rayReport(QRandomGenerator &rng, const QByteArray &sessionId, qint64 startMs, bool success)
{
    static const char *const versions[] = { "2.9.3", "2.40.0", "2.49.0" };
    static const char *const libraries[] = { R"(["core"])", R"(["core", "train", "tune"])",
                                             R"(["core", "data", "serve"])", R"(["core", "rllib"])" };
    const int seq = int(rng.bounded(20));
    QByteArray r = R"({"usage_stats": {"schema_version": "0.1", "source": "OSS", "collect_timestamp_ms": )";
    r += QByteArray::number(startMs + 60000 + qint64(seq) * 3600000);
    r += R"(, "total_success": )" + QByteArray::number(success ? seq : 0);
    r += R"(, "total_failed": )" + QByteArray::number(success ? 0 : seq + 1);
    r += R"(, "seq_number": )" + QByteArray::number(seq);
    r += R"(, "ray_version": ")" + QByteArray(versions[rng.bounded(3)]);
    r += R"(", "python_version": "3.10.12", "session_id": ")" + sessionId;
    r += R"(", "git_commit": "0123456789abcdef0123456789abcdef01234567", "os": "linux", "session_start_timestamp_ms": )";
    r += QByteArray::number(startMs);
    r += R"(, "cloud_provider": "aws", "min_workers": null, "max_workers": 1, "head_node_instance_type": null, )"
         R"("worker_node_instance_types": null, "total_num_cpus": 3, "total_num_gpus": null, "total_memory_gb": 10.795814514160156, )"
         R"("total_object_store_memory_gb": 1.0, "library_usages": )";
    r += libraries[rng.bounded(4)];
    r += R"(, "extra_usage_tags": {"dashboard_metrics_grafana_enabled": "False", "dashboard_metrics_prometheus_enabled": "False", )"
         R"("gcs_storage": "memory", "dashboard_used": "False", "actor_num_created": "0", "pg_num_created": "0", )"
         R"("num_actor_creation_tasks": "0", "num_actor_tasks": "0", "num_normal_tasks": "0", "num_drivers": "1"}, )"
         R"("total_num_nodes": 1, "total_num_running_jobs": 1, "libc_version": "glibc:2.35", "hardware_usages": ["TestCPU"]}, )";
    if (success)
        r += R"("success": true, "error": null})";
    else
        r += R"x("success": false, "error": "HTTPSConnectionPool(host='usage-stats.ray.io', port=443): Max retries exceeded with url: / )x"
             R"x((Caused by NewConnectionError('Failed to establish a new connection: [Errno 101] Network is unreachable'))"})x";
    return r;
}

QByteArray skyplaneReport(QRandomGenerator &rng, const QByteArray &clientId, const QByteArray &sessionId,
                          qint64 startMs, const QByteArray &user)
{
    const bool error = rng.bounded(5) == 0;
    const bool local = rng.bounded(10) == 0;
    const bool sent = rng.bounded(10) < 7;
    QByteArray r
        = R"({"skyplane_version": "0.3.2", "python_version": "3.10.12", "schema_version": "0.2", "client_id": )";
    r += clientId.isEmpty() ? QByteArray("null") : '"' + clientId + '"';
    r += R"(, "session_id": ")" + sessionId + R"(", "source_region": ")";
    r += local ? QByteArray("/home/" + user + "/datasets/run-") + QByteArray::number(rng.bounded(1000))
               : QByteArray("us-east-1");
    r += R"(", "destination_regions": ["us-central1-a"], "source_cloud_provider": ")";
    r += local ? "local" : "aws";
    r += R"(", "destination_cloud_providers": ["gcp"], "os": "linux", "session_start_timestamp_ms": )"
        + QByteArray::number(startMs);
    r += R"(, "arguments_dict": {"cmd": "cp", "recursive": true, "debug": false, "multipart": true, "confirm": true, )"
         R"("max_instances": 1, "max_connections": 32, "solver": "direct"}, )";
    if (error)
        r += R"("transfer_stats": null, "error_dict": {"loc": "cli_cp", "message": "botocore.exceptions.NoCredentialsError: Unable to locate credentials"}, )";
    else
        r += R"("transfer_stats": {"total_runtime_s": 73.48213291168213, "throughput_gbits": 4.372014188766479}, "error_dict": null, )";
    r += R"("sent_time_ms": )";
    r += sent ? QByteArray::number(startMs + 73000) : QByteArray("null");
    r += '}';
    return r;
}

void writeHome(const QByteArray &root, const QByteArray &user, int index, QRandomGenerator &rng)
{
    const QByteArray home = root + "/home/" + user;
    writeFile(home + "/.profile",
              "# ~/.profile\nif [ -n \"$BASH_VERSION\" ]; then\n    . \"$HOME/.bashrc\"\nfi\nexport "
              "DO_NOT_TRACK=1\n");
    writeFile(home + "/.bashrc",
              index % 2 ? QByteArray("HISTCONTROL=ignoreboth\nexport RAY_USAGE_STATS_ENABLED=1\n")
                        : QByteArray("HISTCONTROL=ignoreboth\nexport MLFLOW_DISABLE_TELEMETRY=true\n"));
    writeFile(home + "/.ray/config.json", index % 3 ? "{\"usage_stats\": false}" : "{\"usage_stats\": true}");
    const QByteArray clientId = "00000000000000000000" + hex(rng, 12);
    writeFile(home + "/.skyplane/host_uuid", "[client]\nanon_clientid = " + clientId + "\n\n");
    writeFile(home + "/.skyplane/config",
              "[aws]\naws_enabled = True\n\n[client]\nanon_clientid = " + clientId
                  + "\n\n[flags]\nusage_stats = " + (index % 2 ? "False" : "True") + "\n");
    writeFile(home + "/.config/mlflow/telemetry.json",
              "{\"installation_id\": \"" + hex(rng, 8) + "-" + hex(rng, 4) + "-4" + hex(rng, 3) + "-a"
                  + hex(rng, 3) + "-" + hex(rng, 12)
                  + "\", \"created_at\": \"2025-12-03T09:41:27.518204+00:00\", "
                    "\"created_version\": \"3.7.0\", \"schema_version\": 1}");
    writeFile(home + "/.config/rasa/global.yml",
              "metrics:\n  enabled: true\n  rasa_user_id: " + hex(rng, 32)
                  + "\n  date: 2024-03-05 14:22:31.482915\n");
    makeDirs(home + "/venv/lib/python3.11/site-packages/ray-2.49.0.dist-info");
    makeDirs(home + "/venv/lib/python3.11/site-packages/numpy-1.26.4.dist-info");
    writeFile(home + "/venv/bin/ray", "#!" + home.mid(root.size()) + "/venv/bin/python\n");
}

// A developer's home as the installation walk meets it (--big-home): 16 Python environments in the
// places people keep them, 5 JavaScript projects with node_modules, project settings, documents and
// caches; about 110,000 files in all. Returns the number of files written.
qint64 writeBigHome(const QByteArray &root, const QByteArray &user)
{
    const QByteArray home = root + "/home/" + user;
    qint64 files = 0;
    auto file = [&files](const QByteArray &path, const QByteArray &data = QByteArray("x\n")) {
        if (writeFile(path, data))
            ++files;
    };
    // A package folder: `modules` modules in a few subpackages, like a real distribution.
    auto package = [&file](const QByteArray &dir, int modules) {
        for (int m = 0; m < modules; ++m)
            file(dir + "/sub" + QByteArray::number(m % 4) + "/mod" + QByteArray::number(m) + ".py");
    };
    static const char *const tools[] = { "ray-2.49.0",
                                         "mlflow-3.7.0",
                                         "streamlit-1.39.0",
                                         "kedro-1.5.0",
                                         "great_expectations-1.2.0",
                                         "huggingface_hub-0.26.2",
                                         "gradio-5.4.0",
                                         "dvc-3.64.0",
                                         "wandb-0.18.5",
                                         "prefect-3.1.0" };
    static const char *const commands[]
        = { "ray",    "mlflow", "streamlit", "kedro",  "great_expectations", "huggingface-cli",
            "gradio", "dvc",    "wandb",     "prefect" };
    const QList<QByteArray> environments {
        home + "/.local",
        home + "/.virtualenvs/web",
        home + "/.virtualenvs/data",
        home + "/.virtualenvs/ml",
        home + "/.pyenv/versions/3.12.7",
        home + "/.local/share/pipx/venvs/dvc",
        home + "/.cache/pypoetry/virtualenvs/service-x1y2-py3.11",
        home + "/miniconda3",
        home + "/miniconda3/envs/torch",
        home + "/miniconda3/envs/tf",
        home + "/projects/pipeline/.venv",
        home + "/projects/dashboard/.venv",
        home + "/projects/quality/venv",
        home + "/projects/research/notebooks/env",
        home + "/work/client/api/.venv",
        home + "/venv",
    };
    for (int e = 0; e < environments.size(); ++e) {
        const QByteArray &env = environments.at(e);
        const QByteArray site = env + "/lib/python3.11/site-packages";
        if (env.endsWith("/miniconda3"))
            makeDirs(env + "/conda-meta");
        else if (!env.endsWith("/.local"))
            file(env + "/pyvenv.cfg", "home = /usr/bin\ninclude-system-site-packages = false\n");
        for (int p = 0; p < 140; ++p) {
            const QByteArray name = "package" + QByteArray::number(p);
            package(site + "/" + name, 25);
            const QByteArray info = site + "/" + name + "-1." + QByteArray::number(p) + ".0.dist-info";
            for (const char *f : { "METADATA", "RECORD", "WHEEL", "INSTALLER", "top_level.txt" })
                file(info + "/" + f);
        }
        for (int t = 0; t < 2; ++t) { // two of the tools per environment
            const int tool = (e + t * 5) % 10;
            file(site + "/" + tools[tool] + ".dist-info/METADATA");
            file(env + "/bin/" + commands[tool], "#!" + env.mid(root.size()) + "/bin/python\n");
        }
        for (int b = 0; b < 20; ++b)
            file(env + "/bin/tool" + QByteArray::number(b));
    }
    // JavaScript projects: package.json, sources, node_modules with nested dependencies.
    static const char *const jsTools[] = { "next", "turbo", "astro", "wrangler", "prisma" };
    for (int j = 0; j < 5; ++j) {
        const QByteArray project = home + "/web/site" + QByteArray::number(j + 1);
        file(project + "/package.json", "{\"name\": \"site\", \"private\": true}\n");
        file(project + "/.env.local", "NEXT_TELEMETRY_DISABLED=1\n");
        for (int s = 0; s < 60; ++s)
            file(project + "/src/components/c" + QByteArray::number(s) + ".tsx");
        const QByteArray modules = project + "/node_modules";
        file(modules + "/" + jsTools[j] + "/package.json",
             QByteArray("{\"name\": \"") + jsTools[j] + "\", \"version\": \"2.1.0\"}\n");
        for (int p = 0; p < 190; ++p) {
            const QByteArray name = p % 10 == 0 ? QByteArray("@scope" + QByteArray::number(p) + "/pkg")
                                                : QByteArray("pkg" + QByteArray::number(p));
            const QByteArray dir = modules + "/" + name;
            file(dir + "/package.json", "{\"name\": \"pkg\", \"version\": \"1.0.0\"}\n");
            for (int f = 0; f < 32; ++f)
                file(dir + QByteArray(f % 3 ? "/dist/f" : "/lib/f") + QByteArray::number(f) + ".js");
            if (p % 19 == 0)
                file(dir + "/node_modules/inner/package.json", "{\"version\": \"0.1.0\"}\n");
        }
    }
    // Project settings the resolver lists as conditional inputs.
    file(home + "/projects/pipeline/.telemetry", "consent: false");
    file(home + "/projects/quality/gx/great_expectations.yml",
         "config_version: 4\nanalytics_enabled: false\n");
    file(home + "/projects/dashboard/.streamlit/config.toml", "[browser]\ngatherUsageStats = false\n");
    // Documents, a git checkout and caches (hidden: not walked).
    for (int d = 0; d < 3000; ++d)
        file(home + "/Documents/archive" + QByteArray::number(d % 30) + "/note" + QByteArray::number(d)
             + ".txt");
    for (int g = 0; g < 3000; ++g)
        file(home + "/projects/pipeline/.git/objects/" + QByteArray::number(g % 256, 16) + "/o"
             + QByteArray::number(g));
    for (int c = 0; c < 4000; ++c)
        file(home + "/.cache/pip/http/" + QByteArray::number(c % 64, 16) + "/e" + QByteArray::number(c));
    file(home + "/.profile", "export NPM_CONFIG_PREFIX=\"$HOME/.npm-global\"\n");
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int rays = 10000;
    int events = 10000;
    int users = 8;
    bool bigHome = false;
    QString root;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--ray") && !args.isEmpty())
            rays = args.takeFirst().toInt();
        else if (a == QLatin1String("--skyplane") && !args.isEmpty())
            events = args.takeFirst().toInt();
        else if (a == QLatin1String("--users") && !args.isEmpty())
            users = args.takeFirst().toInt();
        else if (a == QLatin1String("--big-home"))
            bigHome = true;
        else if (root.isEmpty() && !a.startsWith(QLatin1Char('-')))
            root = a;
        else {
            std::fprintf(stderr,
                         "usage: tlens-bench-gen ROOT [--ray N] [--skyplane M] [--users U] [--big-home]\n");
            return 2;
        }
    }
    if (root.isEmpty()) {
        std::fprintf(stderr,
                     "usage: tlens-bench-gen ROOT [--ray N] [--skyplane M] [--users U] [--big-home]\n");
        return 2;
    }
    const QByteArray r = QFile::encodeName(root);
    QRandomGenerator rng(20261122);

    QByteArray passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
    QList<QByteArray> names;
    for (int u = 0; u < users; ++u) {
        const QByteArray name = "user" + QByteArray::number(u + 1).rightJustified(2, '0');
        names.append(name);
        passwd += name + ":x:" + QByteArray::number(1000 + u) + ":" + QByteArray::number(1000 + u)
            + "::/home/" + name + (u % 3 == 2 ? ":/bin/zsh\n" : ":/bin/bash\n");
        writeHome(r, name, u, rng);
    }
    writeFile(r + "/etc/passwd", passwd);
    writeFile(r + "/etc/environment",
              "PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n");
    writeFile(r + "/etc/os-release",
              "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n");
    makeDirs(r + "/usr/lib/python3.11/dist-packages/mlflow-3.7.0.dist-info");

    const qint64 base = 1763000000; // November 2025
    QByteArray latest;
    for (int i = 0; i < rays; ++i) {
        const qint64 secs = base + qint64(i) * 613;
        const QByteArray folder = "session_" + stamp(secs, "%Y-%m-%d_%H-%M-%S") + "_"
            + QByteArray::number(100000 + i % 900000) + "_" + QByteArray::number(2000 + i);
        const bool success = rng.bounded(10) != 0;
        if (!writeFile(r + "/tmp/ray/" + folder + "/usage_stats.json",
                       rayReport(rng, hex(rng, 56), secs * 1000, success))) {
            std::fprintf(stderr, "cannot write under %s\n", r.constData());
            return 1;
        }
        latest = folder;
    }
    if (!latest.isEmpty())
        ::symlink(latest.constData(), QByteArray(r + "/tmp/ray/session_latest").constData());

    QList<QByteArray> clients;
    for (int c = 0; c < 3; ++c)
        clients.append("00000000000000000000" + hex(rng, 12));
    clients.append("unknown");
    for (int i = 0; i < events; ++i) {
        const qint64 secs = base + qint64(i) * 599;
        const QByteArray client = clients.at(i % clients.size());
        const QByteArray session = stamp(secs, "%Y%m%d_%H%M%S") + "-" + hex(rng, 8);
        const QByteArray user = names.isEmpty() ? QByteArray("root") : names.at(i % names.size());
        if (!writeFile(r + "/tmp/skyplane/usage/" + client + "/" + session + "/usage_stats.json",
                       skyplaneReport(rng, client == "unknown" ? QByteArray() : client, session, secs * 1000,
                                      user))) {
            std::fprintf(stderr, "cannot write under %s\n", r.constData());
            return 1;
        }
    }
    if (bigHome && !names.isEmpty()) {
        const qint64 files = writeBigHome(r, names.first());
        std::printf("%s: big home of %lld files\n", names.first().constData(), static_cast<long long>(files));
    }
    std::printf("%d users, %d Ray sessions, %d Skyplane events in %s\n", users, rays, events, r.constData());
    return 0;
}
