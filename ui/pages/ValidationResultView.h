#pragma once

#include "ui/models/ValidationRun.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace fleetdeck::ui {

class LatencyHistogram;
class OutputErrorModel;

// The Validate page's result: a verdict banner with the reason (and, for unsupported ops, each op
// by name and count), the outputs' error statistics, the latency histogram with its percentiles
// and the throughput table when the run was timed, and the report's warnings.
class ValidationResultView : public QWidget {
    Q_OBJECT
public:
    explicit ValidationResultView(QWidget *parent = nullptr);

    void showOutcome(const ValidationOutcome &outcome);
    void clear();

    // "Passed", "Failed", "Cannot validate", "Cancelled"; empty before any run.
    QString verdictText() const;
    QString reasonText() const;
    // The engine and device that ran the model, with the driver and why no GPU was used.
    QLabel *engineLabel() const { return m_engineLabel; }
    OutputErrorModel *outputModel() const { return m_outputModel; }
    LatencyHistogram *histogram() const { return m_histogram; }
    QTableWidget *throughputTable() const { return m_throughputTable; }
    QLabel *latencyLabel() const { return m_latencyLabel; }
    QLabel *warningsLabel() const { return m_warningsLabel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void renderVerdict(const ValidationOutcome &outcome);
    void renderEngine(const ValidationOutcome &outcome);
    void renderPerformance(const validation::ValidationReport &report);
    void renderWarnings(const validation::ValidationReport &report);

    std::optional<ValidationOutcome> m_outcome;
    OutputErrorModel *m_outputModel;
    QSortFilterProxyModel *m_outputProxy;
    QLabel *m_verdictLabel;
    QLabel *m_reasonLabel;
    QLabel *m_engineLabel;
    QLabel *m_outputsTitle;
    QTableView *m_outputsView;
    QLabel *m_latencyTitle;
    LatencyHistogram *m_histogram;
    QLabel *m_latencyLabel;
    QTableWidget *m_throughputTable;
    QLabel *m_warningsLabel;
};

} // namespace fleetdeck::ui
