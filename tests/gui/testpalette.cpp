#include "windowharness.h"

#include "contraststyle.h"
#include "models/identifiersmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace tlens;
using tlens::test::kScanTimeoutMs;
using tlens::test::WindowHarness;

namespace {

QColor pixel(const QImage &image, int x, int y)
{
    QColor c = image.pixelColor(x, y);
    c.setAlpha(255);
    return c;
}

// The most frequent colour in `area` outside `exclude`: the background there.
QColor background(const QImage &image, const QRect &area, const QRect &exclude = {})
{
    QHash<QRgb, int> counts;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (!exclude.contains(x, y))
                ++counts[pixel(image, x, y).rgb()];
        }
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// The strongest contrast any pixel of `area` has against `bg`: the darkest (or lightest) stroke.
double strongest(const QImage &image, const QRect &area, const QColor &bg)
{
    double best = 1.0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, ContrastStyle::contrast(pixel(image, x, y), bg));
    }
    return best;
}

// A widget as painted over its window, so that a transparent widget shows what lies behind it.
QImage grabInWindow(QWidget *widget, int margin, QRect *widgetRect)
{
    QWidget *window = widget->window();
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    const QRect area = inWindow.adjusted(-margin, -margin, margin, margin).intersected(window->rect());
    *widgetRect = inWindow.translated(-area.topLeft());
    return window->grab(area).toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestPalette final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contrast_data();
    void contrast();
    void placeholderRoleIsReadable();
};

void TestPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TLENS_DATA_DIR", QByteArray());
    // The WCAG formula itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(ContrastStyle::contrast(Qt::black, Qt::white)), 21);
    QCOMPARE(ContrastStyle::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
}

void TestPalette::contrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TestPalette::contrast()
{
    QFETCH(bool, dark);
    // What the application does at start with --palette: Fusion, the palette, the contrast proxy.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? ContrastStyle::darkPalette() : ContrastStyle::lightPalette());
    ContrastStyle::install();

    WindowHarness h;
    QVERIFY(h.ready);
    ToolPage *page = h.tool(QStringLiteral("alice"), QStringLiteral("ray"));

    // Text of the page against its background.
    auto *why = page->findChild<QLabel *>(QStringLiteral("explanation"));
    QVERIFY(why && why->isVisible());
    QRect r;
    QImage image = grabInWindow(why, 0, &r);
    const QColor labelBg = background(image, r);
    const double text = strongest(image, r, labelBg);
    QVERIFY2(text >= 4.5, qPrintable(QStringLiteral("text %1:1").arg(text)));

    // The filter: its placeholder text and its border.
    page->showTab(ToolPage::SentTab);
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("reportFilter"));
    QVERIFY(filter && filter->text().isEmpty() && !filter->placeholderText().isEmpty());
    page->reportsTable()->setFocus();
    QTRY_VERIFY(!filter->hasFocus());
    image = grabInWindow(filter, 4, &r);
    const QRect inside = r.adjusted(4, 4, -4, -4);
    const QColor fieldBg = background(image, inside);
    const double placeholder = strongest(image, inside, fieldBg);
    QVERIFY2(placeholder >= 4.5, qPrintable(QStringLiteral("placeholder text %1:1").arg(placeholder)));
    const QRect outside = r.adjusted(-4, -4, 4, 4);
    const QColor around = background(image, outside, r);
    QRect edge(r.left(), r.center().y() - 2, 3, 5); // the left edge, away from rounded corners
    const double borderAtEdge = strongest(image, edge, around);
    QVERIFY2(borderAtEdge >= 3.0,
             qPrintable(QStringLiteral("field border %1:1 against %2").arg(borderAtEdge).arg(around.name())));

    // An unticked checkbox in the Identifiers table.
    page->showTab(ToolPage::IdentifiersTab);
    auto *table = page->findChild<QTableView *>(QStringLiteral("identifiersTable"));
    QVERIFY(table && table->isVisible());
    auto *identifiers = qobject_cast<IdentifiersModel *>(table->model());
    QVERIFY(identifiers);
    identifiers->setAllChecked(false);
    int row = -1;
    for (int i = 0; i < table->model()->rowCount() && row < 0; ++i) {
        if (table->model()->index(i, IdentifiersModel::KindColumn).flags() & Qt::ItemIsUserCheckable)
            row = i;
    }
    QVERIFY2(row >= 0, "no identifier can be ticked");
    const QModelIndex cell = table->model()->index(row, IdentifiersModel::KindColumn);
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    table->clearSelection();
    table->setCurrentIndex(QModelIndex());
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.rect = table->visualRect(cell);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = cell.data().toString();
    option.checkState = Qt::Unchecked;
    const QRect check = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
    QVERIFY(check.isValid());
    image = table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QColor cellBg = background(image, option.rect, check);
    const double tableBox = strongest(image, check, cellBg);
    QVERIFY2(tableBox >= 3.0, qPrintable(QStringLiteral("table checkbox %1:1").arg(tableBox)));

    // The unticked checkbox of the opt-out dialog.
    h.window->requestSwitch(QStringLiteral("alice"), { QStringLiteral("ray") }, false);
    QTRY_VERIFY_WITH_TIMEOUT(h.openDialog(), kScanTimeoutMs);
    QCheckBox *box = h.openDialog()->fixOverridesBox();
    QVERIFY(box->isVisible() && !box->isChecked());
    QStyleOptionButton buttonOption;
    buttonOption.initFrom(box);
    buttonOption.text = box->text();
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &buttonOption, box);
    image = grabInWindow(box, 0, &r);
    const QRect indicatorInImage = indicator.translated(r.topLeft());
    const QColor dialogBg = background(image, r, indicatorInImage.adjusted(-1, -1, 1, 1));
    const double dialogBox = strongest(image, indicatorInImage, dialogBg);
    QVERIFY2(dialogBox >= 3.0, qPrintable(QStringLiteral("dialog checkbox %1:1").arg(dialogBox)));
    qInfo(
        "contrast: text %.2f, placeholder %.2f, field border %.2f, table checkbox %.2f, dialog checkbox %.2f",
        text, placeholder, borderAtEdge, tableBox, dialogBox);
    h.openDialog()->reject();
}

void TestPalette::placeholderRoleIsReadable()
{
    // Whatever the system palette, the placeholder role reaches 4.5:1 once the style polished it.
    for (const QPalette &p : { ContrastStyle::lightPalette(), ContrastStyle::darkPalette() }) {
        QPalette polished = p;
        polished.setColor(QPalette::PlaceholderText, QColor(128, 128, 128, 90));
        ContrastStyle style;
        style.polish(polished);
        const double ratio = ContrastStyle::contrast(polished.color(QPalette::PlaceholderText),
                                                     polished.color(QPalette::Base));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }
}

QTEST_MAIN(TestPalette)
#include "testpalette.moc"
