#include "formats/jsonedit.h"
#include "optout/fileoptoutwriters.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace tlens;

namespace {

// A missing file in a data table: writers get std::nullopt for it.
const QByteArray kMissing = QByteArrayLiteral("\x01<missing>");

// What a JSON reader makes of the bytes, for comparing meaning as well as bytes.
nlohmann::ordered_json read(const QByteArray &bytes, bool comments = false)
{
    return nlohmann::ordered_json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false, comments);
}

} // namespace

class TestJsonEdit final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setKeepsLayout_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("indent");
        QTest::addColumn<bool>("comments");
        QTest::addColumn<QByteArray>("after");

        // The dumps of CATALOG-JS.md: what the tools' own commands leave.
        QTest::newRow("next: key added beside notifiedAt")
            << QByteArray("{\n\t\"telemetry\": {\n\t\t\"notifiedAt\": \"1796283954607\"\n\t}\n}")
            << QByteArray("telemetry.enabled") << QByteArray("false") << QByteArray("\t") << false
            << QByteArray("{\n\t\"telemetry\": {\n\t\t\"notifiedAt\": \"1796283954607\",\n\t\t\"enabled\": "
                          "false\n\t}\n}");
        QTest::newRow("astro: created from nothing")
            << QByteArray() << QByteArray("telemetry.enabled") << QByteArray("false") << QByteArray("\t")
            << false << QByteArray("{\n\t\"telemetry\": {\n\t\t\"enabled\": false\n\t}\n}");
        QTest::newRow("capacitor: value replaced, final newline kept")
            << QByteArray("{\n\t\"machine\": \"a83108b6\",\n\t\"telemetry\": true\n}\n")
            << QByteArray("telemetry") << QByteArray("false") << QByteArray("\t") << false
            << QByteArray("{\n\t\"machine\": \"a83108b6\",\n\t\"telemetry\": false\n}\n");
        QTest::newRow("two-space file keeps two spaces, object nested")
            << QByteArray("{\n  \"anonymousId\": \"ab\"\n}\n") << QByteArray("telemetry.enabled")
            << QByteArray("false") << QByteArray("\t") << false
            << QByteArray(
                   "{\n  \"anonymousId\": \"ab\",\n  \"telemetry\": {\n    \"enabled\": false\n  }\n}\n");
        QTest::newRow("empty object filled")
            << QByteArray("{}") << QByteArray("telemetry_enabled") << QByteArray("false") << QByteArray("  ")
            << false << QByteArray("{\n  \"telemetry_enabled\": false\n}");
        QTest::newRow("one-line document stays on one line")
            << QByteArray("{\"a\":1}") << QByteArray("telemetry.enabled") << QByteArray("false")
            << QByteArray("\t") << false << QByteArray("{\"a\":1,\"telemetry\":{\"enabled\":false}}");
        QTest::newRow("scalar where an object belongs")
            << QByteArray("{\n  \"telemetry\": true\n}") << QByteArray("telemetry.enabled")
            << QByteArray("false") << QByteArray("  ") << false
            << QByteArray("{\n  \"telemetry\": {\n    \"enabled\": false\n  }\n}");
        QTest::newRow("comments kept (angular)") << QByteArray(
            "{\n  // mine\n  \"version\": 1,\n  \"cli\": {\n    \"analytics\": \"uid\" /* id */\n  }\n}")
                                                 << QByteArray("cli.analytics") << QByteArray("false")
                                                 << QByteArray("  ") << true
                                                 << QByteArray(
                                                        "{\n  // mine\n  \"version\": 1,\n  \"cli\": {\n    "
                                                        "\"analytics\": false /* id */\n  }\n}");
        QTest::newRow("duplicate key: the last one, as JSON.parse keeps")
            << QByteArray("{\"usage\": true, \"usage\": true}") << QByteArray("usage") << QByteArray("false")
            << QByteArray("\t") << false << QByteArray("{\"usage\": true, \"usage\": false}");
        QTest::newRow("escaped key matched by its meaning")
            << QByteArray("{\"tele\\u006detry\": true}") << QByteArray("telemetry") << QByteArray("false")
            << QByteArray("\t") << false << QByteArray("{\"tele\\u006detry\": false}");
        QTest::newRow("non-ASCII neighbours untouched")
            << QByteArray("{\n\t\"name\": \"Zoë ✓\",\n\t\"telemetry\": true\n}") << QByteArray("telemetry")
            << QByteArray("false") << QByteArray("\t") << false
            << QByteArray("{\n\t\"name\": \"Zoë ✓\",\n\t\"telemetry\": false\n}");
    }

    void setKeepsLayout()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, indent);
        QFETCH(bool, comments);
        QFETCH(QByteArray, after);
        JsonEdit::Style style;
        style.indent = indent;
        style.comments = comments;
        QByteArray out;
        QString problem;
        QVERIFY2(JsonEdit::set(before, QString::fromUtf8(path).split(QLatin1Char('.')), value, style, &out,
                               &problem),
                 qPrintable(problem));
        QCOMPARE(out, after);
        QVERIFY2(!read(out, comments).is_discarded(), out.constData());
    }

    void removeKeepsLayout_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("first of two") << QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n}") << QByteArray("a")
                                      << QByteArray("{\n  \"b\": 2\n}");
        QTest::newRow("last of two") << QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n}\n") << QByteArray("b")
                                     << QByteArray("{\n  \"a\": 1\n}\n");
        QTest::newRow("middle") << QByteArray("{\"a\":1,\"b\":2,\"c\":3}") << QByteArray("b")
                                << QByteArray("{\"a\":1,\"c\":3}");
        QTest::newRow("only member") << QByteArray("{\n\t\"t\": {\n\t\t\"enabled\": false\n\t}\n}")
                                     << QByteArray("t.enabled") << QByteArray("{\n\t\"t\": {}\n}");
        QTest::newRow("absent key: unchanged")
            << QByteArray("{\"a\": 1}") << QByteArray("b.c") << QByteArray("{\"a\": 1}");
    }

    void removeKeepsLayout()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, after);
        QByteArray out;
        QString problem;
        QVERIFY2(
            JsonEdit::remove(before, QString::fromUtf8(path).split(QLatin1Char('.')), {}, &out, &problem),
            qPrintable(problem));
        QCOMPARE(out, after);
        QVERIFY(!read(out).is_discarded());
    }

    void refusesWhatDoesNotParse_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::newRow("truncated") << QByteArray("{\n  \"cli\": {\n    \"analytics\": ");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("string") << QByteArray("\"x\"");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}");
        QTest::newRow("comment without the dialect") << QByteArray("{\n  // c\n  \"a\": 1\n}");
        QTest::newRow("deep nesting")
            << QByteArray(QByteArray(300, '[') + QByteArray(300, ']')).prepend("{\"a\":").append('}');
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x01\x00",
                                              6);
    }

    void refusesWhatDoesNotParse()
    {
        QFETCH(QByteArray, before);
        QByteArray out = "untouched";
        QString problem;
        QVERIFY(!JsonEdit::set(before, { QStringLiteral("a") }, "false", {}, &out, &problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(out, QByteArray("untouched"));
    }

    // The catalog's "json-key" writer: templates, extra keys stamped with the time, enabling.
    void writer_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("disableValue");
        QTest::addColumn<QByteArray>("enableValue");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QByteArray>("style");
        QTest::addColumn<bool>("disable");
        QTest::addColumn<QByteArray>("after");

        QTest::newRow("angular: new global file from the template")
            << kMissing << QByteArray("cli.analytics") << QByteArray("false") << QByteArray("")
            << QByteArray("")
            << QByteArray("{\"indent\": 2, \"create\": \"{\\\"$schema\\\": "
                          "\\\"./node_modules/@angular/cli/lib/config/schema.json\\\", \\\"version\\\": 1, "
                          "\\\"cli\\\": "
                          "{}, \\\"projects\\\": {}}\"}")
            << true
            << QByteArray("{\n  \"$schema\": \"./node_modules/@angular/cli/lib/config/schema.json\",\n  "
                          "\"version\": "
                          "1,\n  \"cli\": {\n    \"analytics\": false\n  },\n  \"projects\": {}\n}");
        QTest::newRow("wrangler: enabled false with the date")
            << kMissing << QByteArray("permission.enabled") << QByteArray("false") << QByteArray("true")
            << QByteArray("{\"date\": \"<now>\"}") << QByteArray("{\"indent\": \"\\t\"}") << true
            << QByteArray(
                   "{\n\t\"permission\": {\n\t\t\"enabled\": false,\n\t\t\"date\": \"<date>\"\n\t}\n}");
        const QByteArray wranglerStyle("{\"indent\": \"\\t\", \"dated_since\": \"2022-07-04\"}");
        const QByteArray dated("{\n\t\"permission\": {\n\t\t\"enabled\": false,\n\t\t\"date\": "
                               "\"2025-01-02T03:04:05.006Z\"\n\t}\n}");
        QTest::newRow("wrangler: a valid date is kept, nothing to change")
            << dated << QByteArray("permission.enabled") << QByteArray("false") << QByteArray("true")
            << QByteArray("{\"date\": \"<now>\"}") << wranglerStyle << true << dated;
        QTest::newRow("wrangler: a date before 2022-07-04 is renewed")
            << QByteArray("{\n\t\"permission\": {\n\t\t\"enabled\": false,\n\t\t\"date\": "
                          "\"2021-05-01T00:00:00.000Z\"\n\t}\n}")
            << QByteArray("permission.enabled") << QByteArray("false") << QByteArray("true")
            << QByteArray("{\"date\": \"<now>\"}") << wranglerStyle << true
            << QByteArray(
                   "{\n\t\"permission\": {\n\t\t\"enabled\": false,\n\t\t\"date\": \"<date>\"\n\t}\n}");
        QTest::newRow("wrangler: an undated false gets the date")
            << QByteArray("{\n\t\"permission\": {\n\t\t\"enabled\": false\n\t},\n\t\"deviceId\": \"d\"\n}")
            << QByteArray("permission.enabled") << QByteArray("false") << QByteArray("true")
            << QByteArray("{\"date\": \"<now>\"}") << wranglerStyle << true
            << QByteArray("{\n\t\"permission\": {\n\t\t\"enabled\": false,\n\t\t\"date\": "
                          "\"<date>\"\n\t},\n\t\"deviceId\": \"d\"\n}");
        QTest::newRow("wrangler: a date that is not one is renewed")
            << QByteArray("{\"permission\": {\"enabled\": false, \"date\": \"soon\"}}")
            << QByteArray("permission.enabled") << QByteArray("false") << QByteArray("true")
            << QByteArray("{\"date\": \"<now>\"}") << wranglerStyle << true
            << QByteArray("{\"permission\": {\"enabled\": false, \"date\": \"<date>\"}}");
        QTest::newRow("eas: final newline on a created file")
            << kMissing << QByteArray("analyticsEnabled") << QByteArray("false") << QByteArray("")
            << QByteArray("") << QByteArray("{\"indent\": 2, \"final_newline\": true}") << true
            << QByteArray("{\n  \"analyticsEnabled\": false\n}\n");
        QTest::newRow("enable removes the key")
            << QByteArray("{\n  \"a\": 1,\n  \"analyticsEnabled\": false\n}\n")
            << QByteArray("analyticsEnabled") << QByteArray("false") << QByteArray("") << QByteArray("")
            << QByteArray("{}") << false << QByteArray("{\n  \"a\": 1\n}\n");
        QTest::newRow("enable of a missing file writes nothing")
            << kMissing << QByteArray("analyticsEnabled") << QByteArray("false") << QByteArray("")
            << QByteArray("") << QByteArray("{}") << false << kMissing;
        QTest::newRow("enable writes the value asked for")
            << QByteArray("{\"telemetryDisabled\": true}") << QByteArray("telemetryDisabled")
            << QByteArray("true") << QByteArray("false") << QByteArray("") << QByteArray("{}") << false
            << QByteArray("{\"telemetryDisabled\": false}");
    }

    void writer()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, disableValue);
        QFETCH(QByteArray, enableValue);
        QFETCH(QByteArray, extra);
        QFETCH(QByteArray, style);
        QFETCH(bool, disable);
        QFETCH(QByteArray, after);
        const FileOptOutWriter write = FileOptOutWriters::find(QStringLiteral("json-key"));
        QVERIFY(write);
        ToolSpec tool;
        tool.name = QStringLiteral("Tool");
        OptOutFileSpec spec;
        spec.writer = QStringLiteral("json-key");
        spec.key = QString::fromUtf8(key);
        spec.disableValue = QString::fromUtf8(disableValue);
        spec.enableValue = QString::fromUtf8(enableValue);
        spec.extra = QString::fromUtf8(extra);
        spec.style = QString::fromUtf8(style);
        const QDateTime now(QDate(2026, 12, 3), QTime(7, 50, 20, 448), Qt::UTC);
        const FileOptOutRequest request { &tool, &spec, disable, QStringLiteral("/home/a/.config/x.json"),
                                          now };
        const EditResult result
            = write(before == kMissing ? std::nullopt : std::optional<QByteArray>(before), request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QByteArray expected = after;
        expected.replace("<date>", "2026-12-03T07:50:20.448Z");
        QCOMPARE(result.bytes.value_or(kMissing), expected);
    }

    void writerNamesTheFileAndHidesTheContent()
    {
        const FileOptOutWriter write = FileOptOutWriters::find(QStringLiteral("json-key"));
        ToolSpec tool;
        tool.name = QStringLiteral("Firebase CLI");
        OptOutFileSpec spec;
        spec.key = QStringLiteral("usage");
        spec.disableValue = QStringLiteral("false");
        const FileOptOutRequest request { &tool, &spec, true,
                                          QStringLiteral("/home/a/.config/configstore/x.json"),
                                          QDateTime::currentDateTimeUtc() };
        const EditResult result
            = write(QByteArray("{\"tokens\": {\"refresh_token\": \"1//SECRET-abc\""), request);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("/home/a/.config/configstore/x.json")),
                 qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String("SECRET")), qPrintable(result.error));
    }

    void createIsWhatJsonStringifyWrites()
    {
        JsonEdit::Style tabs;
        tabs.indent = "\t";
        QCOMPARE(JsonEdit::create("{\"b\": [1, 2], \"a\": {}}", tabs),
                 QByteArray("{\n\t\"b\": [\n\t\t1,\n\t\t2\n\t],\n\t\"a\": {}\n}"));
        JsonEdit::Style newline;
        newline.finalNewline = true;
        QCOMPARE(JsonEdit::create("{\"x\": \"é\"}", newline), QByteArray("{\n  \"x\": \"é\"\n}\n"));
    }
};

QTEST_GUILESS_MAIN(TestJsonEdit)
#include "testjsonedit.moc"
