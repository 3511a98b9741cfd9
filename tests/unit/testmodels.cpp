#include "testutil.h"

#include "models/changehistorymodel.h"
#include "models/identifiersmodel.h"
#include "models/inputsmodel.h"
#include "models/jsontreemodel.h"
#include "models/reportfiltermodel.h"
#include "models/reportsmodel.h"
#include "models/requestsmodel.h"
#include "models/timelinemodel.h"
#include "models/toolstatusmodel.h"
#include "scan/scanner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace tlens;

namespace {

qint64 ms(const QString &isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toMSecsSinceEpoch();
}

Artifact report(int i, SendStatus status = SendStatus::Sent)
{
    Artifact a;
    a.kind = QStringLiteral("report");
    a.path = QStringLiteral("/tmp/ray/session_%1/usage_stats.json").arg(i, 6, 10, QLatin1Char('0'));
    a.sessionId
        = QStringLiteral("%1").arg(quint64(i) * 2654435761ULL % 0xffffffffULL, 8, 16, QLatin1Char('0'));
    a.sent = status;
    a.timeMs = ms(QStringLiteral("2026-01-01T00:00:00Z")) + qint64(i) * 60000;
    a.version = QStringLiteral("2.%1.0").arg(i % 50);
    a.summary = i % 3 == 0 ? QStringLiteral("core, train") : QStringLiteral("core");
    return a;
}

QList<Artifact> reports(int n)
{
    QList<Artifact> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(report(
            i, i % 7 == 0 ? SendStatus::Failed : (i % 5 == 0 ? SendStatus::NotConfirmed : SendStatus::Sent)));
    return out;
}

} // namespace

class TestModels final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toolStatusModelOnWorkstation();
    void toolStatusModelKeepsRowsOnRescan();
    void reportsModelMerge();
    void reportsFilter_data();
    void reportsFilter();
    void hundredThousandReports();
    void jsonTree_data();
    void jsonTree();
    void inputsModel();
    void identifiersModelChecks();
    void timelineGranularity_data();
    void timelineGranularity();
    void timelineFromScan();
    void requestsModelOverdue();
    void requestsModelBeforeSent_data();
    void requestsModelBeforeSent();
    void changeHistoryModel();
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModels::toolStatusModelOnWorkstation()
{
    test::FixtureCopy fixture;
    QVERIFY(fixture.isValid());
    ScanOptions options;
    options.root = fixture.root();
    options.allUsers = true;
    options.liveEnvironment = false;
    auto scan = std::make_shared<const ScanResult>(Scanner::scan(options));

    ToolStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScan(scan);
    QCOMPARE(model.rowCount(), 8);
    const int ray = model.rowOf(QStringLiteral("alice"), QStringLiteral("ray"));
    QVERIFY(ray >= 0);
    QCOMPARE(model.index(ray, ToolStatusModel::StateColumn).data().toString(), QStringLiteral("Collecting"));
    QCOMPARE(model.index(ray, ToolStatusModel::StateColumn).data(ToolStatusModel::StateRole).toInt(),
             int(State::Enabled));
    QCOMPARE(model.index(ray, ToolStatusModel::ReportsColumn).data().toInt(), 2);
    QVERIFY(
        model.index(ray, ToolStatusModel::ReasonColumn).data().toString().contains(QLatin1String(".bashrc")));
    const int sky = model.rowOf(QStringLiteral("bob"), QStringLiteral("skyplane"));
    QCOMPARE(model.index(sky, ToolStatusModel::StateColumn).data().toString(), QStringLiteral("Off"));
    const int mlflow = model.rowOf(QStringLiteral("alice"), QStringLiteral("mlflow"));
    QVERIFY2(model.index(mlflow, ToolStatusModel::WarningsColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("DO_NOT_TRACK")),
             "MLflow's ignored DO_NOT_TRACK=1 is not among the warnings");
    QCOMPARE(model.rowOf(QStringLiteral("carol"), QStringLiteral("ray")), -1);
    model.setScan(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::toolStatusModelKeepsRowsOnRescan()
{
    test::FixtureCopy fixture;
    ScanOptions options;
    options.root = fixture.root();
    options.home = QStringLiteral("/home/alice");
    options.liveEnvironment = false;
    ToolStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScan(std::make_shared<const ScanResult>(Scanner::scan(options)));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(fixture.write(QStringLiteral("/home/alice/.config/rasa/global.yml"),
                          "metrics:\n  enabled: false\n  rasa_user_id: 3f9a\n"));
    model.setScan(std::make_shared<const ScanResult>(Scanner::scan(options)));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    const int rasa = model.rowOf(QStringLiteral("alice"), QStringLiteral("rasa"));
    QCOMPARE(model.index(rasa, ToolStatusModel::StateColumn).data().toString(), QStringLiteral("Off"));
}

void TestModels::reportsModelMerge()
{
    ReportsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReports({ report(1), report(2), report(3), report(4) });
    QCOMPARE(model.rowCount(), 4);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Artifact rewritten = report(3);
    rewritten.sent = SendStatus::Failed;
    rewritten.error = QStringLiteral("network down");
    // 2 is gone, 3 was rewritten, 5 and 6 are new.
    model.setReports({ report(6), report(1), rewritten, report(4), report(5) });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOfPath(report(2).path), -1);
    QCOMPARE(model.rowOfPath(report(1).path), 0);
    const int row3 = model.rowOfPath(report(3).path);
    QCOMPARE(model.artifact(row3).sent, SendStatus::Failed);
    QVERIFY(model.index(row3, ReportsModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("network down")));
    QVERIFY(model.rowOfPath(report(6).path) >= 0);

    // Nothing changed: no signal at all.
    inserted.clear();
    removed.clear();
    changed.clear();
    model.setReports({ report(6), report(1), rewritten, report(4), report(5) });
    QCOMPARE(inserted.count() + removed.count() + changed.count() + reset.count(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);

    // Sorted by time, newest first: a new report lands on top, a rewritten status moves nothing.
    model.setReports({ report(1), report(2), report(3) });
    model.sort(ReportsModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(model.artifact(0).path, report(3).path);
    const QPersistentModelIndex selected = model.index(model.rowOfPath(report(2).path), 0);
    model.setReports({ report(1), report(2), report(3), report(9) });
    QCOMPARE(model.artifact(0).path, report(9).path);
    QCOMPARE(model.artifact(selected.row()).path, report(2).path);
    model.sort(ReportsModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(model.artifact(0).path, report(1).path);
    QCOMPARE(model.artifact(selected.row()).path, report(2).path);
}

void TestModels::reportsFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status"); // -1: all
    QTest::addColumn<int>("expected");
    // reports(30): i % 7 == 0 failed (0,7,14,21,28), else i % 5 == 0 not confirmed (5,10,15,20,25), rest
    // sent.
    QTest::newRow("everything") << QString() << -1 << 30;
    QTest::newRow("failed only") << QString() << int(SendStatus::Failed) << 5;
    QTest::newRow("not confirmed only") << QString() << int(SendStatus::NotConfirmed) << 5;
    QTest::newRow("text in contents, any case") << QStringLiteral("TRAIN") << -1 << 10;
    QTest::newRow("text and status") << QStringLiteral("train") << int(SendStatus::Failed) << 2;
    QTest::newRow("path fragment") << QStringLiteral("session_000017") << -1 << 1;
    QTest::newRow("no match") << QStringLiteral("mlflow") << -1 << 0;
}

void TestModels::reportsFilter()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(int, expected);
    ReportsModel model;
    model.setReports(reports(30));
    ReportFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setText(text);
    proxy.setStatus(status < 0 ? std::nullopt : std::optional<SendStatus>(SendStatus(status)));
    QCOMPARE(proxy.rowCount(), expected);
}

void TestModels::hundredThousandReports()
{
    constexpr int kRows = 100000;
    const QList<Artifact> data = reports(kRows);
    ReportsModel model;
    ReportFilterModel proxy;
    proxy.setSourceModel(&model);

    // How fast is a figure of tests/bench (tlens-bench-models); a test only checks the results, so that
    // a loaded or instrumented build cannot fail it.
    model.setReports(data);
    proxy.sort(ReportsModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), kRows);
    QCOMPARE(proxy.index(0, 0).data(ReportsModel::TimeRole).toLongLong(), data.last().timeMs);
    proxy.sort(ReportsModel::SessionColumn, Qt::AscendingOrder);
    for (int r = 1; r < 200; ++r)
        QVERIFY(
            proxy.index(r - 1, ReportsModel::SessionColumn)
                .data()
                .toString()
                .compare(proxy.index(r, ReportsModel::SessionColumn).data().toString(), Qt::CaseInsensitive)
            <= 0);
    proxy.setText(QStringLiteral("train"));
    QCOMPARE(proxy.rowCount(), (kRows + 2) / 3);
    proxy.setText(QStringLiteral("2026-01-02"));
    QCOMPARE(proxy.rowCount(), 1440);
    proxy.setText(QStringLiteral("train"));
    QCOMPARE(proxy.rowCount(), (kRows + 2) / 3);
    proxy.setText({});
    proxy.setStatus(SendStatus::Failed);
    QCOMPARE(proxy.rowCount(), (kRows + 6) / 7);
    proxy.setStatus(std::nullopt);

    // A live update adding ten sessions to 100,000 is an insert, not a reload.
    QList<Artifact> more = data;
    for (int i = kRows; i < kRows + 10; ++i)
        more.append(report(i));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setReports(more);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(proxy.rowCount(), kRows + 10);
    // Still sorted by session, the new rows included.
    for (int r = 1; r < proxy.rowCount(); r += 997)
        QVERIFY(
            proxy.index(r - 1, ReportsModel::SessionColumn)
                .data()
                .toString()
                .compare(proxy.index(r, ReportsModel::SessionColumn).data().toString(), Qt::CaseInsensitive)
            <= 0);
}

void TestModels::jsonTree_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("topRows");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");

    QTest::newRow("ray report") << QByteArray(
        R"({"usage_stats": {"session_id": "5c0f", "total_num_cpus": 3, "library_usages": ["core", "tune"]},
                                               "success": false, "error": null})")
                                << true << 3 << "usage_stats.library_usages[1]"
                                << "\"tune\"";
    QTest::newRow("big integer stays exact")
        << QByteArray(R"({"collect_timestamp_ms": 1795173694456})") << true << 1 << "collect_timestamp_ms"
        << "1795173694456";
    QTest::newRow("float shortest") << QByteArray(R"({"total_memory_gb": 10.5})") << true << 1
                                    << "total_memory_gb"
                                    << "10.5";
    QTest::newRow("top-level array") << QByteArray(R"([{"a": 1}, 2])") << true << 2 << "[0].a"
                                     << "1";
    QTest::newRow("truncated") << QByteArray(R"({"usage_stats": {"session_id": )") << false << 0 << QString()
                               << QString();
    QTest::newRow("scalar document") << QByteArray("42") << false << 0 << QString() << QString();
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << false << 0 << QString() << QString();
}

void TestModels::jsonTree()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(int, topRows);
    QFETCH(QString, path);
    QFETCH(QString, value);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.setJson(json), valid);
    QCOMPARE(model.rowCount(), topRows);
    QCOMPARE(model.errorString().isEmpty(), valid);
    if (!valid)
        return;
    const QModelIndex i = model.indexOfPath(path);
    QVERIFY2(i.isValid(), qPrintable(path));
    QCOMPARE(i.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), value);
    QCOMPARE(i.data(JsonTreeModel::JsonPathRole).toString(), path);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::inputsModel()
{
    Input won;
    won.kind = QStringLiteral("env");
    won.key = QStringLiteral("RAY_USAGE_STATS_ENABLED");
    won.text = QStringLiteral("RAY_USAGE_STATS_ENABLED=1");
    won.file = QStringLiteral("/home/alice/.bashrc");
    won.line = 10;
    won.role = InputRole::Won;
    Input def;
    def.kind = QStringLiteral("default");
    def.key = QStringLiteral("enabled");
    def.role = InputRole::Shadowed;
    InputsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInputs({ won, def });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, InputsModel::RoleColumn).data().toString(), QStringLiteral("won"));
    QCOMPARE(model.index(0, InputsModel::SettingColumn).data().toString(),
             QStringLiteral("RAY_USAGE_STATS_ENABLED=1"));
    QCOMPARE(model.index(0, InputsModel::LocationColumn).data().toString(),
             QStringLiteral("/home/alice/.bashrc:10"));
    QCOMPARE(model.index(0, 0).data(InputsModel::FileRole).toString(), QStringLiteral("/home/alice/.bashrc"));
    QCOMPARE(model.index(1, InputsModel::SettingColumn).data().toString(), QStringLiteral("enabled"));
    QCOMPARE(model.index(1, InputsModel::LocationColumn).data().toString(),
             QStringLiteral("built-in default"));
    QCOMPARE(model.index(1, 0).data(InputsModel::FileRole).toString(), QString());
}

void TestModels::identifiersModelChecks()
{
    const QList<Identifier> ids { { QStringLiteral("client_id"), QStringLiteral("0000"),
                                    QStringLiteral("/home/alice/.skyplane/host_uuid"),
                                    QStringLiteral("MAC") },
                                  { QStringLiteral("session_id"), QStringLiteral("s1"), {}, {} },
                                  { QStringLiteral("session_id"), QStringLiteral("s2"), {}, {} } };
    IdentifiersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy checked(&model, &IdentifiersModel::checkedChanged);
    model.setCheckableKinds({ QStringLiteral("session_id") });
    model.setIdentifiers(ids);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    model.setAllChecked(true);
    QCOMPARE(model.checkedIdentifiers().size(), 2);
    QVERIFY(model.setData(model.index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedIdentifiers().size(), 1);
    QCOMPARE(model.checkedIdentifiers().first().value, QStringLiteral("s1"));
    // A rescan keeps the check marks of identifiers that are still there.
    model.setIdentifiers(ids);
    QCOMPARE(model.checkedIdentifiers().size(), 1);
    model.setChecked(QStringLiteral("session_id"), { QStringLiteral("s2") });
    QCOMPARE(model.checkedIdentifiers().first().value, QStringLiteral("s2"));
    QVERIFY(checked.count() >= 5);
    QCOMPARE(model.index(0, IdentifiersModel::RevealsColumn).data().toString(), QStringLiteral("MAC"));
}

void TestModels::timelineGranularity_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("undated");

    const qint64 day = 24 * 3600 * 1000LL;
    const qint64 start = ms(QStringLiteral("2026-11-20T12:00:00Z"));
    QTest::newRow("two days") << QList<qint64> { start, start + day, start + day }
                              << int(TimelineModel::Granularity::Day) << 2 << 0;
    QTest::newRow("empty days are rows")
        << QList<qint64> { start, start + 9 * day } << int(TimelineModel::Granularity::Day) << 10 << 0;
    QTest::newRow("three months by week")
        << QList<qint64> { start, start + 90 * day } << int(TimelineModel::Granularity::Week) << 14 << 0;
    QTest::newRow("two years by month")
        << QList<qint64> { start, start + 700 * day } << int(TimelineModel::Granularity::Month) << 24 << 0;
    QTest::newRow("ten years by year")
        << QList<qint64> { start, start + 3650 * day } << int(TimelineModel::Granularity::Year) << 11 << 0;
    QTest::newRow("unknown times apart")
        << QList<qint64> { 0, start, 0 } << int(TimelineModel::Granularity::Day) << 1 << 2;
    QTest::newRow("nothing dated") << QList<qint64> { 0 } << int(TimelineModel::Granularity::Day) << 0 << 1;
}

void TestModels::timelineGranularity()
{
    QFETCH(QList<qint64>, times);
    QFETCH(int, granularity);
    QFETCH(int, rows);
    QFETCH(int, undated);
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeries({ { QStringLiteral("ray"), QStringLiteral("Ray"), times },
                      { QStringLiteral("mlflow"), QStringLiteral("MLflow"), {} } });
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(model.rowCount() <= TimelineModel::kMaxBuckets);
    QCOMPARE(model.undatedCount(), undated);
    QCOMPARE(model.totalCount(), int(times.size()));
    if (rows == 0)
        return;
    QCOMPARE(int(model.granularity()), granularity);
    int sum = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        sum += model.index(r, 0).data().toInt();
        QCOMPARE(model.index(r, 1).data().toInt(), 0);
        if (r > 0)
            QVERIFY(model.headerData(r, Qt::Vertical, TimelineModel::PeriodStartRole).toDate()
                    > model.headerData(r - 1, Qt::Vertical, TimelineModel::PeriodStartRole).toDate());
    }
    QCOMPARE(sum, int(times.size()) - undated);
}

void TestModels::timelineFromScan()
{
    test::FixtureCopy fixture;
    ScanOptions options;
    options.root = fixture.root();
    options.allUsers = true;
    options.liveEnvironment = false;
    const ScanResult scan = Scanner::scan(options);
    const QList<TimelineModel::Series> series = TimelineModel::seriesFromScan(scan);
    QCOMPARE(series.size(), 4);
    int total = 0;
    for (const TimelineModel::Series &s : series) {
        total += int(s.timesMs.size());
        if (s.toolId == QLatin1String("ray") || s.toolId == QLatin1String("skyplane"))
            QCOMPARE(s.timesMs.size(), 2); // the machine's reports once, however many accounts
    }
    QCOMPARE(total, 4);
    TimelineModel model;
    model.setSeries(series);
    QCOMPARE(model.maxPeriodTotal(), 2);
}

void TestModels::requestsModelOverdue()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2027-03-01T00:00:00Z"), Qt::ISODate);
    DeletionRequest late;
    late.id = QStringLiteral("11111111-aaaa");
    late.toolId = QStringLiteral("ray");
    late.channel = Channel::Mailto;
    late.status = RequestStatus::Sent;
    late.createdAt = now.addMonths(-2);
    late.sentAt = late.createdAt;
    late.deadline = late.sentAt.addMonths(1);
    late.identifiers = { { QStringLiteral("session_id"), QStringLiteral("5c0f"), {}, {} } };
    DeletionRequest fresh = late;
    fresh.id = QStringLiteral("22222222-bbbb");
    fresh.sentAt = now.addDays(-3);
    fresh.deadline = fresh.sentAt.addMonths(1);
    DeletionRequest answered = late;
    answered.id = QStringLiteral("33333333-cccc");
    answered.status = RequestStatus::Answered;

    RequestsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequests({ late, fresh, answered }, now);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.overdueCount(), 1);
    QCOMPARE(model.openCount(), 2);
    const int row = model.rowOf(late.id);
    QVERIFY(model.index(row, 0).data(RequestsModel::OverdueRole).toBool());
    // Overdue is said in words, not only shown by colour.
    QVERIFY2(
        model.index(row, RequestsModel::StatusColumn).data().toString().contains(QLatin1String("overdue")),
        qPrintable(model.index(row, RequestsModel::StatusColumn).data().toString()));
    QVERIFY(
        model.index(row, RequestsModel::DeadlineColumn).data().toString().contains(QLatin1String("overdue")));
    QVERIFY(!model.index(model.rowOf(fresh.id), 0).data(RequestsModel::OverdueRole).toBool());
    QVERIFY(!model.index(model.rowOf(answered.id), 0).data(RequestsModel::OverdueRole).toBool());
    QCOMPARE(model.index(row, RequestsModel::ToolColumn).data().toString(), QStringLiteral("Ray"));
    QCOMPARE(model.index(row, RequestsModel::IdentifiersColumn).data().toString(), QStringLiteral("5c0f"));
}

void TestModels::requestsModelBeforeSent_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("saved") << int(Channel::Eml) << int(RequestStatus::Saved)
                           << QStringLiteral("Saved as .eml");
    QTest::newRow("handed") << int(Channel::Mailto) << int(RequestStatus::Handed)
                            << QStringLiteral("Handed to the mail program");
    QTest::newRow("issue form") << int(Channel::Issue) << int(RequestStatus::Handed)
                                << QStringLiteral("Issue form opened");
    QTest::newRow("draft") << int(Channel::Print) << int(RequestStatus::Draft) << QStringLiteral("Draft");
}

void TestModels::requestsModelBeforeSent()
{
    QFETCH(int, channel);
    QFETCH(int, status);
    QFETCH(QString, shown);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2027-03-01T00:00:00Z"), Qt::ISODate);
    DeletionRequest r;
    r.id = QStringLiteral("44444444-dddd");
    r.toolId = QStringLiteral("skyplane");
    r.account = QStringLiteral("bob");
    r.channel = Channel(channel);
    r.status = RequestStatus(status);
    r.createdAt = now.addMonths(-3);
    r.handedAt = r.createdAt;
    RequestsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequests({ r }, now);
    QCOMPARE(model.index(0, RequestsModel::StatusColumn).data().toString(), shown);
    QCOMPARE(model.index(0, RequestsModel::AccountColumn).data().toString(), QStringLiteral("bob"));
    // Three months after it was handed on, nothing is overdue: nothing was known to be sent.
    QCOMPARE(model.overdueCount(), 0);
    QCOMPARE(model.unsentCount(), 1);
    QVERIFY(model.index(0, RequestsModel::SentColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, RequestsModel::DeadlineColumn).data().toString(),
             QStringLiteral("starts when sent"));
}

void TestModels::changeHistoryModel()
{
    ChangeSet older;
    older.id = QStringLiteral("a");
    older.action = QStringLiteral("disable");
    older.scope = QStringLiteral("user");
    older.tools = { QStringLiteral("ray"), QStringLiteral("rasa") };
    older.state = ChangeSet::State::Undone;
    older.time = QDateTime::currentDateTimeUtc().addDays(-1);
    ChangeSet newer = older;
    newer.id = QStringLiteral("b");
    newer.state = ChangeSet::State::Applied;
    newer.files.append(JournalFile {});
    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChangeSets({ newer, older });
    QCOMPARE(model.undoableRow(), 0);
    QCOMPARE(model.index(0, ChangeHistoryModel::ToolsColumn).data().toString(), QStringLiteral("Ray, Rasa"));
    QCOMPARE(model.index(0, ChangeHistoryModel::FilesColumn).data().toInt(), 1);
    QCOMPARE(model.index(1, ChangeHistoryModel::StateColumn).data().toString(),
             ChangeJournal::stateText(ChangeSet::State::Undone));
    model.setChangeSets({ older });
    QCOMPARE(model.undoableRow(), -1);
}

QTEST_GUILESS_MAIN(TestModels)
#include "testmodels.moc"
