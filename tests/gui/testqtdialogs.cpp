#include "i18n/language.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace tlens;

// Qt's own dialogs (file dialog, message boxes) speak the user's language too: their strings come
// from Debian's qt6-translations-l10n, which Language installs next to our catalogue.
class TestQtDialogs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Language::install(QStringLiteral("en")); }
    void standardButtons_data();
    void standardButtons();
    void fileDialogLabels_data();
    void fileDialogLabels();
};

void TestQtDialogs::standardButtons_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("save");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Abbrechen")
                            << QStringLiteral("Speichern");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Annuler")
                            << QStringLiteral("Enregistrer");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Cancel") << QStringLiteral("Save");
}

void TestQtDialogs::standardButtons()
{
    QFETCH(QString, lang);
    QFETCH(QString, cancel);
    QFETCH(QString, save);
    QCOMPARE(Language::install(lang), lang);
    QMessageBox box;
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Cancel);
    // Mnemonic markers are not part of what the user reads.
    QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
    QCOMPARE(box.button(QMessageBox::Save)->text().remove(QLatin1Char('&')), save);
}

void TestQtDialogs::fileDialogLabels_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("lookIn");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Suchen in:")
                            << QStringLiteral("Dateiname:");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Look in:")
                             << QStringLiteral("File name:");
}

void TestQtDialogs::fileDialogLabels()
{
    QFETCH(QString, lang);
    QFETCH(QString, lookIn);
    QFETCH(QString, fileName);
    QCOMPARE(Language::install(lang), lang);
    // The dialog the window's Export and "Save as .eml" use: Qt's own, as no platform dialog runs
    // offscreen.
    QFileDialog dialog(nullptr, QString(), QDir::tempPath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    const auto *lookInLabel = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
    const auto *fileNameLabel = dialog.findChild<QLabel *>(QStringLiteral("fileNameLabel"));
    QVERIFY2(lookInLabel && fileNameLabel, "Qt's file dialog has no Look in / File name labels");
    QCOMPARE(lookInLabel->text().remove(QLatin1Char('&')), lookIn);
    QCOMPARE(fileNameLabel->text().remove(QLatin1Char('&')), fileName);
    const auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    const QString cancel = buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    QCOMPARE(cancel, lang == QLatin1String("de") ? QStringLiteral("Abbrechen") : QStringLiteral("Cancel"));
}

QTEST_MAIN(TestQtDialogs)
#include "testqtdialogs.moc"
