#include "windowharness.h"

#include "deletiondialog.h"
#include "historypage.h"
#include "overviewpage.h"
#include "requestspage.h"

#include "i18n/language.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace tlens;
using tlens::test::kScanTimeoutMs;
using tlens::test::WindowHarness;

namespace {

// The Alt+letter a text binds ("&File" binds f), or a null character.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

using Bindings = QMultiMap<QChar, QString>; // letter -> what binds it

void add(Bindings *bindings, const QString &text, const QString &where)
{
    const QChar m = mnemonic(text);
    if (!m.isNull())
        bindings->insert(m, where + QLatin1String(": \"") + text + QLatin1Char('"'));
}

// What Alt+letter can reach in `root` now: visible buttons, labels with a buddy, group boxes, tabs.
void collect(QWidget *root, Bindings *bindings, const QWidget *skip = nullptr)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || (skip && (w == skip || skip->isAncestorOf(w))))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(bindings, b->text(), QString::fromLatin1(w->metaObject()->className()));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(bindings, l->text(), QStringLiteral("QLabel"));
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(bindings, g->title(), QStringLiteral("QGroupBox"));
        else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                if (t->isTabVisible(i) && t->isTabEnabled(i))
                    add(bindings, t->tabText(i), QStringLiteral("tab"));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                add(bindings, a->text(), QStringLiteral("menu"));
        }
    }
}

QString clashes(const Bindings &bindings)
{
    QStringList out;
    for (const QChar &key : bindings.uniqueKeys()) {
        const QStringList users = bindings.values(key);
        if (users.size() > 1)
            out.append(QStringLiteral("Alt+%1: %2").arg(key.toUpper(), users.join(QStringLiteral(", "))));
    }
    return out.join(QLatin1Char('\n'));
}

// Every menu's items, each menu on its own, submenus included.
QString menuClashes(QMenu *menu)
{
    Bindings bindings;
    QStringList out;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        add(&bindings, a->text(), menu->title());
        if (a->menu())
            out.append(menuClashes(a->menu()));
    }
    out.append(clashes(bindings));
    out.removeAll(QString());
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestMnemonics final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void uniquePerWindow_data();
    void uniquePerWindow();
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TLENS_DATA_DIR", QByteArray());
}

void TestMnemonics::cleanup()
{
    Language::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

void TestMnemonics::uniquePerWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestMnemonics::uniquePerWindow()
{
    QFETCH(QString, language);
    QCOMPARE(Language::install(language), language);
    WindowHarness h;
    QVERIFY(h.ready);
    MainWindow *w = h.window.get();

    // The menus: their titles are part of every page's bindings; each menu's items unique.
    for (QAction *a : w->menuBar()->actions()) {
        QVERIFY(a->menu());
        const QString inMenu = menuClashes(a->menu());
        QVERIFY2(inMenu.isEmpty(), qPrintable(inMenu));
    }
    QWidget *pages = w->overviewPage()->parentWidget();
    Bindings chrome;
    collect(w, &chrome, pages);
    QVERIFY2(chrome.contains(mnemonic(w->menuBar()->actions().first()->text())),
             "the File menu's letter is not among the window's");

    const auto check = [&](const QString &where) {
        Bindings all = chrome;
        collect(pages, &all);
        const QString found = clashes(all);
        return found.isEmpty() ? QString() : where + QLatin1Char('\n') + found;
    };
    QString problem;
    w->showPage(MainWindow::Page::Overview);
    problem = check(QStringLiteral("overview"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    w->showTool(QStringLiteral("alice"), QStringLiteral("ray"));
    for (ToolPage::Tab tab : { ToolPage::WhyTab, ToolPage::SentTab, ToolPage::WouldSendTab,
                               ToolPage::IdentifiersTab, ToolPage::FilesTab }) {
        w->toolPage()->showTab(tab);
        problem = check(QStringLiteral("tool page, tab %1").arg(int(tab)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    w->showPage(MainWindow::Page::Requests);
    problem = check(QStringLiteral("requests"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    w->showPage(MainWindow::Page::History);
    problem = check(QStringLiteral("history"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The dialogs: each on its own.
    w->requestSwitch(QStringLiteral("alice"), { QStringLiteral("ray") }, false);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    Bindings dialog;
    collect(h.openDialog(), &dialog);
    QVERIFY2(clashes(dialog).isEmpty(), qPrintable(clashes(dialog)));
    h.openDialog()->reject();
    QTRY_VERIFY(!h.openDialog());

    w->composeDeletion(QStringLiteral("alice"), QStringLiteral("ray"), {});
    DeletionDialog *compose = nullptr;
    QTRY_VERIFY((compose = w->findChild<DeletionDialog *>()) && compose->isVisible());
    Bindings deletion;
    collect(compose, &deletion);
    QVERIFY2(clashes(deletion).isEmpty(), qPrintable(clashes(deletion)));
    compose->reject();
}

QTEST_MAIN(TestMnemonics)
#include "testmnemonics.moc"
