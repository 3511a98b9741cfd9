#include "windowharness.h"

#include "overviewpage.h"

#include "models/toolstatusmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace tlens;
using namespace tlens::test;

// The navigation and the overview list the tools under family headings: headings are labels the
// keyboard and the mouse pass over, empty families are left out, "Show all supported tools" keeps
// the grouping, and the overview's rows come family by family.
class TestNavigationFamilies final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<WindowHarness> m_h;

    QTreeWidget *nav() const { return m_h->window->navigation(); }

    static bool isHeading(const QTreeWidgetItem *item) { return !(item->flags() & Qt::ItemIsSelectable); }

    QTreeWidgetItem *heading(const QString &label) const
    {
        for (int i = 0; i < nav()->topLevelItemCount(); ++i) {
            if (nav()->topLevelItem(i)->text(0) == label)
                return nav()->topLevelItem(i);
        }
        return nullptr;
    }

    QStringList headings() const
    {
        QStringList out;
        for (int i = 0; i < nav()->topLevelItemCount(); ++i) {
            if (isHeading(nav()->topLevelItem(i)))
                out.append(nav()->topLevelItem(i)->text(0));
        }
        return out;
    }

    QStringList toolsUnder(const QString &label) const
    {
        QStringList out;
        if (const QTreeWidgetItem *h = heading(label)) {
            for (int i = 0; i < h->childCount(); ++i)
                out.append(h->child(i)->data(0, Qt::UserRole + 3).toString());
        }
        return out;
    }

    void setAllTools(bool all)
    {
        auto *box = m_h->window->overviewPage()->findChild<QCheckBox *>(QStringLiteral("showAllTools"));
        QVERIFY(box);
        box->setChecked(all);
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<WindowHarness>();
        QVERIFY(m_h->ready);
        // Gradio and Streamlit (one family) beside the sample's four tools.
        const QString site = QStringLiteral("/home/alice/.local/lib/python3.11/site-packages/");
        QVERIFY(m_h->fixture.write(site + QStringLiteral("streamlit-1.39.0.dist-info/METADATA"),
                                   "Metadata-Version: 2.1\nName: streamlit\nVersion: 1.39.0\n"));
        QVERIFY(m_h->fixture.write(site + QStringLiteral("gradio-5.9.1.dist-info/METADATA"),
                                   "Metadata-Version: 2.1\nName: gradio\nVersion: 5.9.1\n"));
        QVERIFY(m_h->rescanAfter([this] { m_h->window->rescan(); }));
    }

    void cleanup() { m_h.reset(); }

    void toolsSitUnderFamilyHeadings()
    {
        QCOMPARE(headings(),
                 (QStringList { QStringLiteral("Machine learning platforms"), QStringLiteral("Data transfer"),
                                QStringLiteral("Conversational AI"),
                                QStringLiteral("Apps and user interfaces") }));
        QCOMPARE(toolsUnder(QStringLiteral("Machine learning platforms")),
                 (QStringList { QStringLiteral("ray"), QStringLiteral("mlflow") }));
        QCOMPARE(toolsUnder(QStringLiteral("Apps and user interfaces")),
                 (QStringList { QStringLiteral("gradio"), QStringLiteral("streamlit") }));
        for (int i = 0; i < nav()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = nav()->topLevelItem(i);
            if (!isHeading(item))
                continue;
            QVERIFY2(item->childCount() > 0,
                     qPrintable(QStringLiteral("empty family listed: ") + item->text(0)));
            QVERIFY2(item->data(0, Qt::AccessibleTextRole).toString().startsWith(item->text(0)),
                     "a heading has no accessible name");
            QVERIFY2(item->font(0).capitalization() == QFont::SmallCaps,
                     "a heading is not styled as a label");
        }
    }

    void keyboardAndMousePassOverHeadings()
    {
        nav()->setFocus();
        nav()->setCurrentItem(nav()->topLevelItem(0)); // Overview
        QStringList visited;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(nav(), Qt::Key_Down);
            const QTreeWidgetItem *current = nav()->currentItem();
            QVERIFY(current);
            QVERIFY2(!isHeading(current),
                     qPrintable(QStringLiteral("Down stopped on the heading ") + current->text(0)));
            visited.append(current->text(0));
        }
        for (const QString &tool :
             { QStringLiteral("Ray"), QStringLiteral("MLflow"), QStringLiteral("Skyplane"),
               QStringLiteral("Rasa"), QStringLiteral("Gradio"), QStringLiteral("Streamlit") }) {
            QVERIFY2(
                std::any_of(visited.cbegin(), visited.cend(),
                            [&tool](const QString &t) { return t.startsWith(tool + QStringLiteral(" — ")); }),
                qPrintable(tool + QStringLiteral(" was never reached: ")
                           + visited.join(QStringLiteral(", "))));
        }

        // Up from the first tool goes back to the overview, over the first heading.
        m_h->window->showTool(QStringLiteral("alice"), QStringLiteral("ray"));
        QTest::keyClick(nav(), Qt::Key_Up);
        QCOMPARE(nav()->currentItem(), nav()->topLevelItem(0));
        QCOMPARE(m_h->window->currentPage(), MainWindow::Page::Overview);

        // Left from a tool does not climb to its heading; a click on a heading changes nothing.
        m_h->window->showTool(QStringLiteral("alice"), QStringLiteral("gradio"));
        QTreeWidgetItem *gradio = nav()->currentItem();
        QTest::keyClick(nav(), Qt::Key_Left);
        QCOMPARE(nav()->currentItem(), gradio);
        QTreeWidgetItem *apps = heading(QStringLiteral("Apps and user interfaces"));
        QVERIFY(apps);
        QTest::mouseClick(nav()->viewport(), Qt::LeftButton, {}, nav()->visualItemRect(apps).center());
        QCOMPARE(nav()->currentItem(), gradio);
        QCOMPARE(m_h->window->currentPage(), MainWindow::Page::Tool);
        QVERIFY2(apps->isExpanded(), "a heading folded away its tools");
    }

    void allToolsKeepsTheGrouping()
    {
        QCOMPARE(heading(QStringLiteral("Data quality")), nullptr);
        setAllTools(true);
        QVERIFY2(toolsUnder(QStringLiteral("Data quality")).contains(QStringLiteral("great-expectations")),
                 qPrintable(headings().join(QStringLiteral(", "))));
        QCOMPARE(toolsUnder(QStringLiteral("Machine learning platforms")),
                 (QStringList { QStringLiteral("ray"), QStringLiteral("mlflow") }));
        // Every tool is under a heading; no heading is listed twice.
        int tools = 0;
        for (int i = 0; i < nav()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = nav()->topLevelItem(i);
            QVERIFY2(item->data(0, Qt::UserRole + 1).toString() != QLatin1String("tool"),
                     qPrintable(item->text(0) + QStringLiteral(" is not under a family")));
            tools += isHeading(item) ? item->childCount() : 0;
        }
        QCOMPARE(tools, m_h->window->statusModel()->rowCount());
        const QStringList all = headings();
        QCOMPARE(all.size(), QSet<QString>(all.cbegin(), all.cend()).size());
        setAllTools(false);
        QCOMPARE(heading(QStringLiteral("Data quality")), nullptr);
    }

    void overviewRowsComeFamilyByFamily()
    {
        QTableView *table = m_h->window->overviewPage()->table();
        QAbstractItemModel *model = table->model();
        QStringList families;
        QStringList shown;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex family = model->index(r, ToolStatusModel::FamilyColumn);
            const QString id = family.data(ToolStatusModel::FamilyRole).toString();
            if (families.isEmpty() || families.last() != id) {
                QVERIFY2(!families.contains(id), qPrintable(QStringLiteral("family split: ") + id));
                families.append(id);
                shown.append(family.data().toString());
            } else {
                QVERIFY2(family.data().toString().isEmpty(), "the family is repeated inside its group");
            }
            QVERIFY2(!family.data(Qt::AccessibleTextRole).toString().isEmpty(), "a row has no spoken family");
        }
        QCOMPARE(families,
                 (QStringList { QStringLiteral("ml-platforms"), QStringLiteral("data-transfer"),
                                QStringLiteral("conversational-ai"), QStringLiteral("apps-and-ui") }));
        QCOMPARE(shown.first(), QStringLiteral("Machine learning platforms"));
    }

    void turnOffAllOptionsAreReachable()
    {
        auto *bar = m_h->window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QToolButton *button = nullptr;
        for (QAction *a : bar->actions()) {
            if (a->text().startsWith(QStringLiteral("Turn &off all")))
                button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
        }
        QVERIFY2(button && button->menu(), "\"Turn off all\" has no menu with its option");
        const QList<QAction *> options = button->menu()->actions();
        QVERIFY2(std::any_of(options.cbegin(), options.cend(),
                             [](const QAction *a) {
                                 return a->isCheckable()
                                     && a->text() == QLatin1String("Also for tools not installed yet");
                             }),
                 "the option for tools not installed yet is not beside the button");
        QVERIFY2(m_h->window->findChild<QAction *>(QStringLiteral("doNotTrackView")), "no DO_NOT_TRACK view");
    }
};

QTEST_MAIN(TestNavigationFamilies)
#include "testnavigationfamilies.moc"
