#include "ui/widgets/LatencyHistogram.h"

#include "ui/Tr.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
// Square-root choice of bin count, bounded so a bar stays wide enough to see and to hover.
constexpr int kMaxBins = 40;

// 1, 2, 5, 10, 20... whichever keeps the axis at five ticks or fewer.
int tickStep(int tallest)
{
    for (int decade = 1; decade < INT32_MAX / 10; decade *= 10) {
        for (int multiple : { 1, 2, 5 }) {
            if (tallest <= 5 * multiple * decade)
                return multiple * decade;
        }
    }
    return INT32_MAX / 10;
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'g', 3);
}
} // namespace

LatencyHistogram::LatencyHistogram(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_bars(new QBarSeries(m_chart))
    , m_runs(new QBarSet(QString(), m_bars))
    , m_p50Marker(new QLineSeries(m_chart))
    , m_p99Marker(new QLineSeries(m_chart))
    , m_xAxis(new QBarCategoryAxis(m_chart))
    , m_yAxis(new QValueAxis(m_chart))
{
    m_view->setObjectName(u"latencyChart"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_bars->append(m_runs);
    m_bars->setBarWidth(0.95);
    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_p50Marker);
    m_chart->addSeries(m_p99Marker);
    m_p50Marker->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2, Qt::DashLine));
    m_p99Marker->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series :
        std::initializer_list<QAbstractSeries *> { m_bars, m_p50Marker, m_p99Marker }) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    m_yAxis->setLabelFormat(u"%d"_s);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(220);
    retranslateUi();
    clear();
}

void LatencyHistogram::clear()
{
    m_counts.clear();
    m_lowest = m_binWidth = m_p50 = m_p99 = 0;
    m_runs->remove(0, m_runs->count());
    m_xAxis->clear();
    m_p50Marker->clear();
    m_p99Marker->clear();
    m_yAxis->setRange(0, 1);
    retranslateUi();
}

void LatencyHistogram::setLatencies(
    const std::vector<double> &latenciesMs, double p50Ms, double p99Ms)
{
    clear();
    if (latenciesMs.empty())
        return;
    const auto [low, high] = std::minmax_element(latenciesMs.begin(), latenciesMs.end());
    const int bins = std::clamp(int(std::ceil(std::sqrt(double(latenciesMs.size())))), 1, kMaxBins);
    m_lowest = *low;
    // Equal runs still get a visible bar: one bin of a width that holds them.
    m_binWidth = *high > *low ? (*high - *low) / bins : std::max(std::abs(*low) * 0.01, 1e-6);
    m_counts = QList<int>(*high > *low ? bins : 1, 0);
    for (double ms : latenciesMs)
        ++m_counts[binOf(ms)];
    QStringList categories;
    for (int i = 0; i < m_counts.size(); ++i) {
        categories << milliseconds(m_lowest + i * m_binWidth);
        m_runs->append(m_counts[i]);
    }
    m_xAxis->append(categories);
    // Whole runs on the axis, never "0 1 1 2".
    const int tallest = *std::max_element(m_counts.begin(), m_counts.end());
    const int step = tickStep(tallest);
    m_yAxis->setTickAnchor(0);
    m_yAxis->setTickInterval(step);
    m_yAxis->setRange(0, (tallest + step - 1) / step * step);
    m_p50 = p50Ms;
    m_p99 = p99Ms;
    placeMarker(m_p50Marker, p50Ms);
    placeMarker(m_p99Marker, p99Ms);
    retranslateUi();
}

int LatencyHistogram::binOf(double ms) const
{
    if (m_counts.isEmpty() || ms < m_lowest)
        return -1;
    const auto bin = qsizetype(std::floor((ms - m_lowest) / m_binWidth));
    // The slowest run sits on the upper edge of the last bin.
    if (bin >= m_counts.size())
        return ms <= m_lowest + m_binWidth * double(m_counts.size()) * (1 + 1e-9)
            ? int(m_counts.size() - 1)
            : -1;
    return int(bin);
}

// Bar i spans i - 0.5 .. i + 0.5 on the category axis; a latency maps linearly into that.
double LatencyHistogram::categoryPosition(double ms) const
{
    return (ms - m_lowest) / m_binWidth - 0.5;
}

void LatencyHistogram::placeMarker(QLineSeries *marker, double ms)
{
    const double x = categoryPosition(ms);
    marker->append(x, 0);
    marker->append(x, m_yAxis->max());
}

void LatencyHistogram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LatencyHistogram::retranslateUi()
{
    m_runs->setLabel(Tr::tr("Runs"));
    m_xAxis->setTitleText(Tr::tr("Latency (ms, lower edge of each bin)"));
    m_yAxis->setTitleText(Tr::tr("Runs"));
    m_p50Marker->setName(Tr::tr("p50 %1 ms").arg(milliseconds(m_p50)));
    m_p99Marker->setName(Tr::tr("p99 %1 ms").arg(milliseconds(m_p99)));
    const bool marked = !m_counts.isEmpty();
    m_p50Marker->setVisible(marked);
    m_p99Marker->setVisible(marked);
}

} // namespace fleetdeck::ui
