#pragma once

#include <QChartView>

namespace tlens {

class TimelineModel;

// The overview's chart of reports per tool over time: stacked bars per period from a
// TimelineModel, with a legend naming every tool (colour is never the only key) and colours and
// text that follow the window's palette.
class TimelineChart final : public QChartView {
    Q_OBJECT
public:
    explicit TimelineChart(TimelineModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    TimelineModel *m_model;
};

} // namespace tlens
