#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tlens::test;

// `status` and `audit` list the tools under their family's heading, families in the order of their
// best-ranked tool, empty families left out; the machine formats name each tool's family.
class TestCliFamilies final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FixtureCopy> m_fixture;

    RunResult run(QStringList args)
    {
        args << QStringLiteral("--root") << m_fixture->root() << QStringLiteral("--home")
             << QStringLiteral("/home/alice");
        return runBinary(args, cleanEnvironment(m_fixture->path(QStringLiteral("/home/alice"))));
    }

    // The lines of alice's block, without the summary line.
    static QStringList lines(const QByteArray &out)
    {
        QStringList l = QString::fromUtf8(out).split(QLatin1Char('\n'));
        return l.mid(1, l.indexOf(QString(), 1) - 1);
    }

    static int lineOf(const QStringList &lines, const QString &text)
    {
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() == text)
                return i;
        }
        return -1;
    }

    static int toolLine(const QStringList &lines, const QString &name)
    {
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(QStringLiteral("    "))
                && lines.at(i).mid(6).startsWith(name + QLatin1Char(' ')))
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<FixtureCopy>();
        QVERIFY(m_fixture->isValid());
        // Two tools of one family beside the four of the sample: Gradio and Streamlit are apps.
        const QString site = QStringLiteral("/home/alice/.local/lib/python3.11/site-packages/");
        QVERIFY(m_fixture->write(site + QStringLiteral("streamlit-1.39.0.dist-info/METADATA"),
                                 "Metadata-Version: 2.1\nName: streamlit\nVersion: 1.39.0\n"));
        QVERIFY(m_fixture->write(site + QStringLiteral("gradio-5.9.1.dist-info/METADATA"),
                                 "Metadata-Version: 2.1\nName: gradio\nVersion: 5.9.1\n"));
    }

    void statusGroupsPresentToolsByFamily()
    {
        const RunResult r = run({ QStringLiteral("status") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList l = lines(r.out);
        // Family order is the lowest rank in the family: Ray (10) and MLflow (30) lead, so MLflow
        // comes before Skyplane (20) even though its own rank is behind it.
        const QStringList headings { QStringLiteral("Machine learning platforms"),
                                     QStringLiteral("Data transfer"), QStringLiteral("Conversational AI"),
                                     QStringLiteral("Apps and user interfaces") };
        int previous = -1;
        for (const QString &h : headings) {
            const int at = lineOf(l, h);
            QVERIFY2(at > previous,
                     qPrintable(QStringLiteral("heading %1 missing or out of order:\n%2")
                                    .arg(h, l.join(QLatin1Char('\n')))));
            QVERIFY2(l.at(at).startsWith(QStringLiteral("  ")) && !l.at(at).startsWith(QStringLiteral("   ")),
                     qPrintable(l.at(at)));
            previous = at;
        }
        const struct {
            const char *tool;
            const char *family;
        } members[]
            = { { "Ray", "Machine learning platforms" },  { "MLflow", "Machine learning platforms" },
                { "Skyplane", "Data transfer" },          { "Rasa", "Conversational AI" },
                { "Gradio", "Apps and user interfaces" }, { "Streamlit", "Apps and user interfaces" } };
        for (const auto &m : members) {
            const int tool = toolLine(l, QString::fromLatin1(m.tool));
            const int heading = lineOf(l, QString::fromLatin1(m.family));
            QVERIFY2(tool > heading,
                     qPrintable(QStringLiteral("%1 is not under %2:\n%3")
                                    .arg(QString::fromLatin1(m.tool), QString::fromLatin1(m.family),
                                         l.join(QLatin1Char('\n')))));
            // No other heading between the family's heading and the tool.
            for (int i = heading + 1; i < tool; ++i)
                QVERIFY2(l.at(i).startsWith(QStringLiteral("    ")), qPrintable(l.at(i)));
        }
        // Absent tools and their empty families are not listed.
        QCOMPARE(lineOf(l, QStringLiteral("Data quality")), -1);
        QCOMPARE(toolLine(l, QStringLiteral("Great Expectations")), -1);
        // The states line up across families.
        QSet<qsizetype> stateColumns;
        for (const QString &line : l) {
            for (const QString &state : { QStringLiteral(" Collecting "), QStringLiteral(" Off "),
                                          QStringLiteral(" Misconfigured ") }) {
                if (line.startsWith(QStringLiteral("    ")) && line.at(4) != QLatin1Char(' ')
                    && line.contains(state))
                    stateColumns.insert(line.indexOf(state));
            }
        }
        QVERIFY2(stateColumns.size() == 1, qPrintable(l.join(QLatin1Char('\n'))));
    }

    void allToolsListsTheRestGrouped()
    {
        const RunResult r = run({ QStringLiteral("status"), QStringLiteral("--all-tools") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList l = lines(r.out);
        const int quality = lineOf(l, QStringLiteral("Data quality"));
        const int gx = toolLine(l, QStringLiteral("Great Expectations"));
        QVERIFY2(quality >= 0 && gx > quality, qPrintable(l.join(QLatin1Char('\n'))));
        // Every family heading appears once.
        QSet<QString> seen;
        for (const QString &line : l) {
            if (line.startsWith(QStringLiteral("  ")) && line.at(2) != QLatin1Char(' ')
                && !line.startsWith(QStringLiteral("  !"))) {
                QVERIFY2(!seen.contains(line), qPrintable(QStringLiteral("heading twice: ") + line));
                seen.insert(line);
            }
        }
    }

    void machineFormatsNameTheFamily()
    {
        RunResult r = run({ QStringLiteral("status"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray tools = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("users"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("tools"))
                                     .toArray();
        // Every tool of the catalog, present or not, with its family, presence and installations.
        const QStringList catalog = QDir(QStringLiteral(TLENS_SOURCE_DIR "/resources/catalog/tools"))
                                        .entryList({ QStringLiteral("*.json") }, QDir::Files);
        QCOMPARE(tools.size(), catalog.size());
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &t : tools) {
            const QJsonObject o = t.toObject();
            QVERIFY2(o.contains(QStringLiteral("present"))
                         && o.value(QStringLiteral("installations")).isArray(),
                     qPrintable(o.value(QStringLiteral("id")).toString()));
            QVERIFY2(!o.value(QStringLiteral("family")).toString().isEmpty(),
                     qPrintable(o.value(QStringLiteral("id")).toString()));
            byId.insert(o.value(QStringLiteral("id")).toString(), o);
        }
        QCOMPARE(byId.value(QStringLiteral("ray")).value(QStringLiteral("family")).toString(),
                 QStringLiteral("ml-platforms"));
        QCOMPARE(byId.value(QStringLiteral("streamlit")).value(QStringLiteral("family")).toString(),
                 QStringLiteral("apps-and-ui"));
        QCOMPARE(byId.value(QStringLiteral("streamlit")).value(QStringLiteral("present")).toBool(), true);
        QCOMPARE(byId.value(QStringLiteral("great-expectations")).value(QStringLiteral("present")).toBool(),
                 false);

        r = run({ QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QVERIFY2(rows.first().trimmed().endsWith(",family"), rows.first().constData());
        bool sawGradio = false;
        for (const QByteArray &row : rows) {
            if (row.startsWith("alice,/home/alice,gradio,")) {
                sawGradio = true;
                QVERIFY2(row.trimmed().endsWith(",apps-and-ui"), row.constData());
            }
        }
        QVERIFY2(sawGradio, r.out.constData());

        r = run({ QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("html") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qsizetype heading
            = r.out.indexOf("<th colspan=\"5\" scope=\"colgroup\">Apps and user interfaces</th>");
        QVERIFY2(heading > 0, r.out.constData());
        QVERIFY2(r.out.indexOf("<tr><td>Gradio</td>") > heading,
                 "Gradio is not under its family in the HTML");
    }
};

QTEST_GUILESS_MAIN(TestCliFamilies)
#include "testclifamilies.moc"
