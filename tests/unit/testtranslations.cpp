#include "catalog/catalog.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

// The shipped languages must be complete: every message of the current sources translated (no
// unfinished or missing message), placeholders kept, plural forms given, and the embedded .qm loads.
class TestTranslations final : public QObject {
    Q_OBJECT

private:
    struct Message {
        QString context;
        QString source;
        QStringList translations; // one, or the plural forms
        bool unfinished = false;
        bool numerus = false;
    };

    static QList<Message> readTs(const QString &path, QString *error)
    {
        QList<Message> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return out;
        }
        QXmlStreamReader xml(&f);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    current = Message { context,
                                        {},
                                        {},
                                        false,
                                        xml.attributes().value(QLatin1String("numerus"))
                                            == QLatin1String("yes") };
                else if (xml.name() == QLatin1String("source"))
                    current.source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    current.unfinished = type == QLatin1String("unfinished")
                        || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                    if (!current.numerus)
                        current.translations.append(xml.readElementText());
                } else if (xml.name() == QLatin1String("numerusform")) {
                    current.translations.append(xml.readElementText());
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out.append(current);
            }
        }
        if (xml.hasError())
            *error = xml.errorString();
        return out;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QSet<QString> out;
        auto it = re.globalMatch(text);
        while (it.hasNext())
            out.insert(it.next().captured(0));
        return out;
    }

    static QStringList sources()
    {
        QStringList files;
        for (const char *dir : { "app", "ui" }) {
            QDirIterator it(QStringLiteral(TLENS_SOURCE_DIR "/") + QLatin1String(dir),
                            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
        return files;
    }

private Q_SLOTS:
    void languages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void everyMessageIsFinished_data() { languages_data(); }
    void everyMessageIsFinished()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<Message> messages
            = readTs(QStringLiteral(TLENS_SOURCE_DIR "/translations/telemetry-lens_%1.ts").arg(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, "the catalogue holds the product's messages");
        QStringList problems;
        for (const Message &m : messages) {
            if (m.unfinished) {
                problems.append(QStringLiteral("unfinished: ") + m.source.left(80));
                continue;
            }
            if (m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(),
                               [](const QString &t) { return t.isEmpty(); })) {
                problems.append(QStringLiteral("empty: ") + m.source.left(80));
                continue;
            }
            if (m.numerus && m.translations.size() < 2)
                problems.append(QStringLiteral("one plural form only: ") + m.source.left(80));
            QSet<QString> wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                QSet<QString> got = placeholders(t);
                if (m.numerus && m.translations.size() > 1) {
                    wanted.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (got != wanted)
                    problems.append(QStringLiteral("placeholders differ: ") + m.source.left(80));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void noMessageIsMissing_data() { languages_data(); }
    void noMessageIsMissing()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("check_%1.ts").arg(lang));
        QVERIFY(QFile::copy(QStringLiteral(TLENS_SOURCE_DIR "/translations/telemetry-lens_%1.ts").arg(lang),
                            copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QFile list(dir.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(sources().join(QLatin1Char('\n')).toUtf8());
        list.close();
        QProcess lupdate;
        lupdate.start(QStringLiteral(TLENS_LUPDATE),
                      { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                        QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), copy });
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate finishes");
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QStringList missing;
        for (const Message &m : messages) {
            if (m.unfinished)
                missing.append(m.context + QStringLiteral(": ") + m.source.left(80));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 message(s) in the sources are not translated:\n").arg(missing.size())
                     + missing.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void catalogSentencesAreListedForTranslation()
    {
        const QStringList listed = tlens::Catalog::listedTexts();
        QStringList missing;
        for (const QString &t : tlens::Catalog::instance().texts()) {
            if (!listed.contains(t))
                missing.append(t);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("add to app/core/catalog/catalogstrings.cpp:\n")
                            + missing.join(QLatin1Char('\n'))));
    }

    void embeddedCatalogueLoads_data() { languages_data(); }
    void embeddedCatalogueLoads()
    {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/telemetry-lens_%1.qm").arg(lang)),
                 "the .qm is embedded and loads");
        const QString collecting = translator.translate("State", "Collecting");
        QVERIFY2(!collecting.isEmpty() && collecting != QLatin1String("Collecting"), qPrintable(collecting));
        const QString plural = translator.translate("AuditReport", "%n report(s)", nullptr, 2);
        QVERIFY2(!plural.isEmpty() && !plural.contains(QLatin1String("(s)")), qPrintable(plural));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
