// Times what the window and the scanner do with large inputs, figures that tests must not assert
// (a loaded or sanitizer-instrumented runner would fail them):
//
//   tlens-bench-models [--runs N]
//
// Prints the best of N runs, in milliseconds: loading 100,000 reports into ReportsModel, sorting
// them by time and by session, filtering by text and by date, merging ten more in; and the CPU
// time of parsing a 1 MB start-up file of 50,000 lines.

#include "env/envsources.h"
#include "models/reportfiltermodel.h"
#include "models/reportsmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tlens;

namespace {

constexpr int kRows = 100000;

Artifact report(int i)
{
    Artifact a;
    a.kind = QStringLiteral("report");
    a.path = QStringLiteral("/tmp/ray/session_%1/usage_stats.json").arg(i, 6, 10, QLatin1Char('0'));
    a.sessionId
        = QStringLiteral("%1").arg(quint64(i) * 2654435761ULL % 0xffffffffULL, 8, 16, QLatin1Char('0'));
    a.sent = i % 7 == 0 ? SendStatus::Failed : (i % 5 == 0 ? SendStatus::NotConfirmed : SendStatus::Sent);
    a.timeMs = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + qint64(i) * 60000;
    a.version = QStringLiteral("2.%1.0").arg(i % 50);
    a.summary = i % 3 == 0 ? QStringLiteral("core, train") : QStringLiteral("core");
    return a;
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

QByteArray startupFile()
{
    QByteArray text;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray block = "export V" + n + "=\"$HOME/x\"\n";
        block += "[ -n \"$X\" ] && A=1\n";
        block += "case $x in a) B=1;; esac\n";
        block += "f() { export C=2; }\n";
        text += block + "# " + QByteArray(std::max(0, 103 - int(block.size())), 'x') + "\n";
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? std::max(1, args.at(runsAt + 1).toInt()) : 3;

    QList<Artifact> data;
    for (int i = 0; i < kRows; ++i)
        data.append(report(i));
    QList<Artifact> more = data;
    for (int i = kRows; i < kRows + 10; ++i)
        more.append(report(i));
    const QByteArray text = startupFile();

    enum { Load, SortTime, SortSession, FilterText, FilterDate, Merge, Parse, Count };
    const char *const names[Count] = { "load 100,000 reports",
                                       "sort by time",
                                       "sort by session",
                                       "filter by text",
                                       "filter by date",
                                       "merge +10 reports",
                                       "parse 1 MB start-up file (CPU)" };
    double best[Count];
    std::fill(std::begin(best), std::end(best), 1e18);
    for (int run = 0; run < runs; ++run) {
        ReportsModel model;
        ReportFilterModel proxy;
        proxy.setSourceModel(&model);
        QElapsedTimer timer;
        double took[Count] = {};
        timer.start();
        model.setReports(data);
        took[Load] = double(timer.restart());
        proxy.sort(ReportsModel::TimeColumn, Qt::DescendingOrder);
        took[SortTime] = double(timer.restart());
        proxy.sort(ReportsModel::SessionColumn, Qt::AscendingOrder);
        took[SortSession] = double(timer.restart());
        // rowCount() makes the proxy finish filtering.
        proxy.setText(QStringLiteral("train"));
        proxy.rowCount();
        took[FilterText] = double(timer.restart());
        proxy.setText(QStringLiteral("2026-01-02"));
        proxy.rowCount();
        took[FilterDate] = double(timer.restart());
        proxy.setText({});
        timer.restart();
        model.setReports(more);
        took[Merge] = double(timer.elapsed());
        const double start = threadCpuMs();
        const QList<EnvAssignment> found
            = EnvSources::parse(text, EnvSources::Syntax::Posix, QStringLiteral("/home/carol/.bashrc"),
                                QStringLiteral("interactive"), nullptr, QStringLiteral("/home/carol"));
        took[Parse] = threadCpuMs() - start;
        if (found.size() != 40000 || proxy.rowCount() != kRows + 10) {
            std::fprintf(stderr, "unexpected results: %lld assignments, %d rows\n", qlonglong(found.size()),
                         proxy.rowCount());
            return 1;
        }
        for (int i = 0; i < Count; ++i)
            best[i] = std::min(best[i], took[i]);
    }
    for (int i = 0; i < Count; ++i)
        std::printf("%-32s %8.1f ms\n", names[i], best[i]);
    return 0;
}
