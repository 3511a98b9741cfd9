#include "testutil.h"

#include "fleetpage.h"
#include "mainwindow.h"

#include "fleet/fleetmodel.h"
#include "i18n/language.h"

#include <QDir>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace tlens;
using namespace tlens::test;

// The fleet page: a folder of audit reports opened in the window shows the host × tool matrix,
// collecting hosts first, with a navigation entry; a folder with a bad report is refused with the
// file named.
class TestFleetPage final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_work;

    bool audit(const QString &root, const QString &file)
    {
        const RunResult r
            = runBinary({ QStringLiteral("audit"), QStringLiteral("--all-users"), QStringLiteral("--json"),
                          QStringLiteral("--output"), file, QStringLiteral("--root"), root },
                        cleanEnvironment(m_work.filePath(QStringLiteral("home"))));
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void opensAFolderOfReports()
    {
        FixtureCopy fixture;
        QVERIFY(fixture.isValid());
        const QString reports = m_work.filePath(QStringLiteral("reports"));
        QDir().mkpath(reports);
        QVERIFY(audit(fixture.root(), reports + QStringLiteral("/web1.json")));
        QVERIFY(audit(fixture.root(), reports + QStringLiteral("/web2.json")));

        WindowOptions options;
        options.root = fixture.root();
        options.allUsers = true;
        options.liveEnvironment = false;
        options.dataDir = m_work.filePath(QStringLiteral("data"));
        options.settingsFile = m_work.filePath(QStringLiteral("settings.ini"));
        MainWindow window(options);
        window.show();
        QVERIFY(window.openFleet({ reports }));
        QCOMPARE(window.currentPage(), MainWindow::Page::Fleet);
        QTableView *table = window.fleetPage()->table();
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("web1"));
        QCOMPARE(table->model()->index(0, 1).data(FleetModel::StateRole).toInt(), int(State::Enabled));
        QVERIFY2(!table->model()->index(0, 1).data(Qt::DecorationRole).isNull(),
                 "a state is shown with its icon");
        QVERIFY(table->model()
                    ->headerData(1, Qt::Horizontal)
                    .toString()
                    .startsWith(QStringLiteral("Ray (collecting on 2 of 2")));
        QTRY_VERIFY(
            !window.navigation()->findItems(QStringLiteral("Fleet — 2 hosts"), Qt::MatchExactly).isEmpty());

        QFile bad(reports + QStringLiteral("/broken.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{}");
        bad.close();
        QVERIFY(!window.openFleet({ reports }));
        QCOMPARE(table->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestFleetPage)
#include "testfleetpage.moc"
