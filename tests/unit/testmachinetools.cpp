#include "testutil.h"

#include "catalog/catalog.h"
#include "scan/scanner.h"

#include <QtTest>

using namespace tlens;
using tlens::test::FixtureCopy;

// A machine-wide tool (Debian's popularity-contest) belongs to the machine: its host id and its
// last report are listed once under the machine, never as an account's own identifier, while each
// account still sees the state the machine's files decide.
class TestMachineTools final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void popconHostIdIsTheMachines()
    {
        FixtureCopy copy;
        QVERIFY(copy.isValid());
        QVERIFY(copy.write(QStringLiteral("/etc/popularity-contest.conf"),
                           "# Config file for Debian's popularity-contest package.\n"
                           "MY_HOSTID=\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"\n"
                           "PARTICIPATE=\"No\"\n"));
        QVERIFY(copy.write(QStringLiteral("/var/log/popularity-contest"), "POPULARITY-CONTEST-0 TIME:1\n"));
        ScanOptions options;
        options.root = copy.root();
        options.allUsers = true;
        options.liveEnvironment = false;
        options.tools = QStringList { QStringLiteral("popularity-contest") };
        const ScanResult result = Scanner::scan(options);

        const MachineToolData *machine = result.machineTool(QStringLiteral("popularity-contest"));
        QVERIFY2(machine, "popularity-contest is listed under the machine");
        QCOMPARE(machine->identifiers.size(), 1);
        QCOMPARE(machine->identifiers.first().kind, QStringLiteral("my_hostid"));
        // Debian asks to keep it secret: it lets anyone send reports in this machine's name.
        QCOMPARE(machine->identifiers.first().value, maskedValue());
        QVERIFY2(!machine->identifiers.first().reveals.isEmpty(), "the host id says what it reveals");
        QVERIFY(machine->locations.contains(QStringLiteral("/etc/popularity-contest.conf")));
        const bool report
            = std::any_of(machine->artifacts.cbegin(), machine->artifacts.cend(), [](const Artifact &a) {
                  return a.path == QLatin1String("/var/log/popularity-contest");
              });
        QVERIFY2(report, "the last report is listed under the machine");

        QVERIFY(result.users.size() >= 2);
        for (const UserScan &u : result.users) {
            QCOMPARE(u.tools.size(), 1);
            const ToolStatus &t = u.tools.first();
            QCOMPARE(stateName(t.state), QStringLiteral("enabled"));
            QCOMPARE(t.decidedBy.file, QStringLiteral("/etc/popularity-contest.conf"));
            QVERIFY2(t.identifiers.isEmpty(), "the machine's id is not an account's own");
        }
    }
};

QTEST_GUILESS_MAIN(TestMachineTools)
#include "testmachinetools.moc"
