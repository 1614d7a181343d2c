#include "ui/pages/ValidationResultView.h"

#include "core/validation/EngineErrorText.h"
#include "ui/Tr.h"
#include "ui/models/OutputErrorModel.h"
#include "ui/models/ValidationResultsJson.h"
#include "ui/widgets/LatencyHistogram.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using validation::Verdict;

namespace {
QString number(double value)
{
    return QString::number(value, 'g', 4);
}

bool hasGoldenOutputs(const validation::ValidationReport &report)
{
    return std::any_of(report.dataSets.begin(), report.dataSets.end(),
        [](const validation::DataSetResult &set) { return !set.outputs.empty(); });
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Banner colours that read on light and dark palettes alike: a saturated fill, white text.
QString bannerStyle(const QColor &fill)
{
    return u"QLabel { background: %1; color: white; padding: 8px 12px; border-radius: 4px; }"_s.arg(
        fill.name());
}
} // namespace

ValidationResultView::ValidationResultView(QWidget *parent)
    : QWidget(parent)
    , m_outputModel(new OutputErrorModel(this))
    , m_outputProxy(new QSortFilterProxyModel(this))
    , m_verdictLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_engineLabel(new QLabel(this))
    , m_outputsTitle(sectionTitle(this))
    , m_outputsView(new QTableView(this))
    , m_latencyTitle(sectionTitle(this))
    , m_histogram(new LatencyHistogram(this))
    , m_latencyLabel(new QLabel(this))
    , m_throughputTable(new QTableWidget(this))
    , m_warningsLabel(new QLabel(this))
{
    m_verdictLabel->setObjectName(u"verdictBanner"_s);
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    verdictFont.setBold(true);
    m_verdictLabel->setFont(verdictFont);
    m_reasonLabel->setObjectName(u"verdictReason"_s);
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_engineLabel->setObjectName(u"engineSummary"_s);
    m_engineLabel->setWordWrap(true);
    m_engineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_latencyLabel->setObjectName(u"latencySummary"_s);
    m_latencyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningsLabel->setObjectName(u"warningsLabel"_s);
    m_warningsLabel->setWordWrap(true);

    m_outputProxy->setSourceModel(m_outputModel);
    m_outputProxy->setSortRole(OutputErrorModel::SortRole);
    m_outputsView->setObjectName(u"outputErrorTable"_s);
    m_outputsView->setModel(m_outputProxy);
    m_outputsView->setSortingEnabled(true);
    m_outputsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outputsView->setAlternatingRowColors(true);
    m_outputsView->verticalHeader()->hide();
    m_outputsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_outputsView->horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows, up to a screenful of outputs; the histogram gets the rest.
    m_outputsView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_outputsView->setMaximumHeight(260);

    m_throughputTable->setObjectName(u"throughputTable"_s);
    m_throughputTable->setColumnCount(3);
    m_throughputTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_throughputTable->verticalHeader()->hide();
    m_throughputTable->horizontalHeader()->setStretchLastSection(true);
    m_throughputTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_throughputTable->setMaximumHeight(200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_engineLabel);
    layout->addWidget(m_outputsTitle);
    layout->addWidget(m_outputsView);
    layout->addWidget(m_latencyTitle);
    layout->addWidget(m_histogram, 1);
    layout->addWidget(m_latencyLabel);
    layout->addWidget(m_throughputTable);
    layout->addWidget(m_warningsLabel);
    clear();
}

void ValidationResultView::clear()
{
    m_outcome.reset();
    render();
}

void ValidationResultView::showOutcome(const ValidationOutcome &outcome)
{
    m_outcome = outcome;
    render();
}

QString ValidationResultView::verdictText() const
{
    return m_outcome ? m_verdictLabel->text() : QString();
}

QString ValidationResultView::reasonText() const
{
    return m_reasonLabel->text();
}

void ValidationResultView::render()
{
    const bool shown = m_outcome.has_value();
    m_verdictLabel->setVisible(shown);
    m_reasonLabel->setVisible(shown);
    m_engineLabel->setVisible(shown && !m_outcome->cancelled);
    if (!shown) {
        m_verdictLabel->clear();
        m_reasonLabel->clear();
        m_engineLabel->clear();
        m_outputModel->clear();
        m_histogram->clear();
    }
    const bool hasOutputs = shown && !m_outcome->report.dataSets.empty();
    m_outputsTitle->setVisible(hasOutputs);
    m_outputsView->setVisible(hasOutputs);
    m_warningsLabel->setVisible(shown && !m_outcome->report.warnings.isEmpty());
    if (shown) {
        renderVerdict(*m_outcome);
        renderEngine(*m_outcome);
        m_outputModel->setReport(m_outcome->report);
        renderWarnings(m_outcome->report);
    }
    renderPerformance(shown ? m_outcome->report : validation::ValidationReport {});
    retranslateUi();
}

void ValidationResultView::renderVerdict(const ValidationOutcome &outcome)
{
    const validation::ValidationReport &report = outcome.report;
    QStringList reason;
    if (outcome.cancelled) {
        m_verdictLabel->setText(Tr::tr("Cancelled"));
        m_verdictLabel->setStyleSheet(bannerStyle(QColor(0x60, 0x60, 0x60)));
        reason << Tr::tr("The run was cancelled; nothing was stored.");
    } else if (report.verdict == Verdict::Passed) {
        m_verdictLabel->setText(Tr::tr("Passed"));
        m_verdictLabel->setStyleSheet(bannerStyle(QColor(0x2e, 0x7d, 0x32)));
        const bool againstCpu = std::any_of(report.dataSets.begin(), report.dataSets.end(),
            [](const validation::DataSetResult &set) {
                return set.reference == validation::OutputReference::CpuEngine;
            });
        if (report.outputsPassed && againstCpu)
            reason << Tr::tr("On seeded inputs every output is within the tolerance (rtol %1, "
                             "atol %2) of the CPU reference engine's, and none holds NaN or Inf.")
                          .arg(report.tolerance.rtol)
                          .arg(report.tolerance.atol);
        else if (report.outputsPassed && hasGoldenOutputs(report))
            reason << Tr::tr("Every output is within the tolerance (rtol %1, atol %2).")
                          .arg(report.tolerance.rtol)
                          .arg(report.tolerance.atol);
        else
            reason << Tr::tr("No golden outputs were found, so the model ran on seeded inputs: "
                             "no output holds NaN or Inf.");
    } else if (report.verdict == Verdict::Failed) {
        m_verdictLabel->setText(Tr::tr("Failed"));
        m_verdictLabel->setStyleSheet(bannerStyle(QColor(0xc6, 0x28, 0x28)));
        if (!report.error && !report.outputsPassed)
            reason << Tr::tr("Outputs differ from the golden outputs beyond the tolerance, or hold "
                             "NaN or Inf; the table below names them.");
        reason << report.budgetFailures;
    } else {
        m_verdictLabel->setText(Tr::tr("Cannot validate"));
        m_verdictLabel->setStyleSheet(bannerStyle(QColor(0xb2, 0x6a, 0x00)));
    }
    if (!outcome.cancelled && report.error)
        reason << report.error->toString();
    if (!outcome.cancelled && !report.support.supported()) {
        reason << Tr::tr("Unsupported ops:");
        for (const QString &line : validation::EngineErrorText::describeUnsupported(report.support))
            reason << u"  • "_s + line;
    }
    m_reasonLabel->setText(reason.join(u'\n'));
}

void ValidationResultView::renderEngine(const ValidationOutcome &outcome)
{
    const validation::ValidationReport &report = outcome.report;
    QStringList lines;
    if (!report.engine.isEmpty()) {
        const validation::ValidationSubject subject = subjectOf(outcome);
        const QString engine = validation::reportedEngine(subject, report);
        const QString device = validation::reportedDevice(subject, report);
        lines << (report.device.driver.empty()
                ? Tr::tr("Engine: %1 on %2").arg(engine, device)
                : Tr::tr("Engine: %1 on %2, driver %3")
                      .arg(engine, device, QString::fromStdString(report.device.driver)));
    }
    if (report.tf32)
        lines << Tr::tr("TF32 was allowed in float32 matrix products.");
    if (!report.deviceNote.isEmpty())
        lines << report.deviceNote;
    if (!report.toleranceNote.isEmpty())
        lines << report.toleranceNote;
    m_engineLabel->setText(lines.join(u'\n'));
}

void ValidationResultView::renderPerformance(const validation::ValidationReport &report)
{
    const validation::PerformanceReport *performance =
        report.performance ? &*report.performance : nullptr;
    const bool timed = performance && performance->latency.runs > 0;
    m_latencyTitle->setVisible(timed);
    m_histogram->setVisible(timed);
    m_latencyLabel->setVisible(timed);
    m_throughputTable->setVisible(timed && !performance->throughput.empty());
    if (!timed) {
        m_histogram->clear();
        m_throughputTable->setRowCount(0);
        return;
    }
    const validation::LatencyStats &latency = performance->latency;
    m_histogram->setLatencies(performance->samplesMs, latency.p50Ms, latency.p99Ms);
    QStringList lines;
    lines << Tr::tr("p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms (%n timed run(s) at batch %5)",
        nullptr, int(latency.runs))
                 .arg(number(latency.p50Ms), number(latency.p90Ms), number(latency.p99Ms),
                     number(latency.maxMs))
                 .arg(performance->batch);
    if (performance->memorySource == validation::MemorySource::Engine)
        lines << Tr::tr("Peak memory %1 (the engine's live tensors)")
                     .arg(QLocale().formattedDataSize(performance->peakMemoryBytes));
    else if (performance->memorySource == validation::MemorySource::ProcessPeakRssDelta)
        lines << Tr::tr("Peak memory %1 (growth of the process's peak resident set)")
                     .arg(QLocale().formattedDataSize(performance->peakMemoryBytes));
    else
        lines << Tr::tr("Peak memory not measured");
    if (performance->device.threads > 0)
        lines << Tr::tr("Device: %1, %n thread(s)", nullptr, performance->device.threads)
                     .arg(QString::fromStdString(performance->device.name));
    for (const validation::BudgetCheck &check : report.budgets)
        lines << validation::ModelValidator::describe(check);
    if (const QString batch = validation::ModelValidator::describe(performance->batchDimension);
        !batch.isEmpty())
        lines << batch;
    m_latencyLabel->setText(lines.join(u'\n'));

    m_throughputTable->setRowCount(int(performance->throughput.size()));
    for (int row = 0; row < int(performance->throughput.size()); ++row) {
        const validation::ThroughputPoint &point = performance->throughput[std::size_t(row)];
        const QString rate =
            point.error ? Tr::tr("could not run") : number(point.inferencesPerSecond);
        const QStringList cells { QString::number(point.batch), rate,
            point.error ? u"—"_s : number(point.latency.meanMs) };
        for (int column = 0; column < cells.size(); ++column)
            m_throughputTable->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void ValidationResultView::renderWarnings(const validation::ValidationReport &report)
{
    QStringList lines;
    for (const QString &warning : report.warnings)
        lines << u"⚠ "_s + warning;
    m_warningsLabel->setText(lines.join(u'\n'));
}

void ValidationResultView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_outcome)
        render(); // the verdict, reasons and units are rebuilt from the stored outcome
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ValidationResultView::retranslateUi()
{
    m_outputsTitle->setText(Tr::tr("Outputs"));
    m_latencyTitle->setText(Tr::tr("Latency"));
    m_throughputTable->setHorizontalHeaderLabels(
        { Tr::tr("Batch"), Tr::tr("Inferences/s"), Tr::tr("Mean latency (ms)") });
    m_outputModel->retranslate();
}

} // namespace fleetdeck::ui
