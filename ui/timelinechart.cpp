#include "timelinechart.h"

#include "models/timelinemodel.h"
#include "statestyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace tlens {

namespace {

// Distinct hues that keep their contrast on light and dark backgrounds.
QColor seriesColor(int index)
{
    static const QColor colors[]
        = { QColor(0x3a, 0x7c, 0xc8), QColor(0xe0, 0x8a, 0x1e), QColor(0x3f, 0xa3, 0x6b),
            QColor(0xb8, 0x5c, 0xc4), QColor(0xd1, 0x4f, 0x4f), QColor(0x6e, 0x8a, 0x99) };
    return colors[index % int(std::size(colors))];
}

QChart *newChart()
{
    auto *c = new QChart;
    c->legend()->setAlignment(Qt::AlignRight);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    return c;
}

} // namespace

// The view owns the chart given to its constructor; setChart() would instead release (and leak) the
// default chart the view makes when it gets none.
TimelineChart::TimelineChart(TimelineModel *model, QWidget *parent)
    : QChartView(newChart(), parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Reports sent per tool over time"));
    setMinimumHeight(180);
    setFocusPolicy(Qt::NoFocus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineChart::rebuild);
    rebuild();
}

QSize TimelineChart::sizeHint() const
{
    return { 600, 240 };
}

void TimelineChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (int row = 0; row < m_model->rowCount(); ++row)
        categories.append(m_model->periodLabel(row));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        auto *set = new QBarSet(m_model->headerData(column, Qt::Horizontal).toString());
        set->setColor(seriesColor(column));
        set->setBorderColor(seriesColor(column).darker(130));
        for (int row = 0; row < m_model->rowCount(); ++row)
            set->append(m_model->index(row, column).data().toInt());
        series->append(set);
    }
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // Long ranges get many periods: label every period only while they fit.
    x->setLabelsAngle(categories.size() > 14 ? -60 : 0);
    auto *y = new QValueAxis;
    const int top = qMax(1, m_model->maxPeriodTotal());
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(qMin(top, 4) + 1);
    y->setTitleText(tr("Reports"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    applyPalette();
}

void TimelineChart::applyPalette()
{
    QChart *c = chart();
    const QPalette pal = palette();
    c->setBackgroundBrush(pal.brush(QPalette::Base));
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    c->setTitleBrush(pal.brush(QPalette::Text));
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    setBackgroundBrush(pal.brush(QPalette::Base));
}

void TimelineChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace tlens
