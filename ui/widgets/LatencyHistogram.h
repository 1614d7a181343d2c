#pragma once

#include <QList>
#include <QWidget>

#include <vector>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace fleetdeck::ui {

// A histogram of run latencies with the p50 and p99 marked. Qt Charts stays behind this widget's
// interface (plain numbers in, nothing of the chart library out), so it can be swapped for Qt
// Graphs without touching the pages that use it.
class LatencyHistogram : public QWidget {
    Q_OBJECT
public:
    explicit LatencyHistogram(QWidget *parent = nullptr);

    // Bins the latencies (milliseconds, any order); the percentiles are the report's, drawn as
    // marker lines. Fewer than one latency clears the chart.
    void setLatencies(const std::vector<double> &latenciesMs, double p50Ms, double p99Ms);
    void clear();

    QList<int> binCounts() const { return m_counts; }
    double binWidthMs() const { return m_binWidth; }
    double lowestMs() const { return m_lowest; }
    // The bin a latency falls into, for tests and tooltips; -1 when outside or empty.
    int binOf(double ms) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void placeMarker(QLineSeries *marker, double ms);
    double categoryPosition(double ms) const;

    QChart *m_chart;
    QChartView *m_view;
    QBarSeries *m_bars;
    QBarSet *m_runs;
    QLineSeries *m_p50Marker;
    QLineSeries *m_p99Marker;
    QBarCategoryAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QList<int> m_counts;
    double m_lowest = 0;
    double m_binWidth = 0;
    double m_p50 = 0;
    double m_p99 = 0;
};

} // namespace fleetdeck::ui
