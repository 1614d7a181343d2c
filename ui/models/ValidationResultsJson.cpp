#include "ui/models/ValidationResultsJson.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
QJsonObject outputJson(
    const validation::OutputComparison &c, const validation::NonFiniteCount *nonFinite)
{
    QJsonObject output { { u"name"_s, QString::fromStdString(c.name) }, { u"passed"_s, c.passed() },
        { u"typeMatches"_s, c.typeMatches }, { u"shapeMatches"_s, c.shapeMatches },
        { u"elements"_s, qint64(c.elementCount) }, { u"mismatches"_s, qint64(c.mismatches) },
        { u"maxAbsError"_s, c.maxAbsError }, { u"maxRelError"_s, c.maxRelError },
        { u"neededAtol"_s, c.neededAtol }, { u"neededRtol"_s, c.neededRtol } };
    if (nonFinite) {
        output.insert(u"nan"_s, qint64(nonFinite->nan));
        output.insert(u"inf"_s, qint64(nonFinite->inf));
    }
    return output;
}

QJsonArray dataSetsJson(const validation::ValidationReport &report)
{
    QJsonArray sets;
    for (const validation::DataSetResult &set : report.dataSets) {
        QJsonArray outputs;
        for (std::size_t i = 0; i < set.outputs.size(); ++i)
            outputs.append(outputJson(set.outputs[i],
                i < set.outputNonFinite.size() ? &set.outputNonFinite[i] : nullptr));
        sets.append(QJsonObject {
            { u"name"_s, set.name }, { u"passed"_s, set.passed }, { u"outputs"_s, outputs } });
    }
    return sets;
}

QJsonArray unsupportedOps(const validation::SupportReport &support)
{
    QJsonArray ops;
    for (const auto &[op, summary] : support.byOp())
        ops.append(
            QJsonObject { { u"op"_s, QString::fromStdString(op) }, { u"count"_s, summary.count } });
    return ops;
}
QJsonObject latencyJson(const validation::LatencyStats &l)
{
    return QJsonObject { { u"runs"_s, qint64(l.runs) }, { u"min"_s, l.minMs },
        { u"mean"_s, l.meanMs }, { u"stddev"_s, l.stddevMs }, { u"cv"_s, l.cv },
        { u"p50"_s, l.p50Ms }, { u"p90"_s, l.p90Ms }, { u"p99"_s, l.p99Ms }, { u"max"_s, l.maxMs },
        { u"unit"_s, u"ms"_s } };
}

// Names as `validate --json` writes them: ValidationGate reads them back for rollouts.
QString memorySourceKey(validation::MemorySource source)
{
    switch (source) {
    case validation::MemorySource::Engine:
        return u"engine"_s;
    case validation::MemorySource::ProcessPeakRssDelta:
        return u"process-peak-rss-delta"_s;
    case validation::MemorySource::NotMeasured:
        break;
    }
    return u"not-measured"_s;
}

QJsonValue performanceJson(const validation::ValidationReport &report)
{
    if (!report.performance)
        return QJsonValue();
    const validation::PerformanceReport &p = *report.performance;
    // Rows that could not run have no rate: the gate takes the best rate of those that did.
    QJsonArray throughput;
    for (const validation::ThroughputPoint &point : p.throughput) {
        if (!point.error)
            throughput.append(QJsonObject { { u"batch"_s, qint64(point.batch) },
                { u"inferencesPerSecond"_s, point.inferencesPerSecond },
                { u"meanMs"_s, point.latency.meanMs } });
    }
    QJsonArray samples;
    for (double ms : p.samplesMs)
        samples.append(ms);
    return QJsonObject {
        { u"engine"_s, QString::fromStdString(p.engine) },
        { u"device"_s,
            QJsonObject { { u"name"_s, QString::fromStdString(p.device.name) },
                { u"threads"_s, p.device.threads }, { u"gpu"_s, p.device.gpu } } },
        { u"timer"_s, p.deviceTimed ? u"device"_s : u"wall-clock"_s },
        { u"batch"_s, qint64(p.batch) },
        { u"latencyMs"_s, latencyJson(p.latency) },
        { u"unstable"_s, p.latency.unstable() },
        { u"samplesMs"_s, samples },
        { u"batchFree"_s, p.batchDimension.free() },
        { u"throughput"_s, throughput },
        { u"peakMemoryBytes"_s,
            p.peakMemoryBytes >= 0 ? QJsonValue(qint64(p.peakMemoryBytes)) : QJsonValue() },
        { u"memorySource"_s, memorySourceKey(p.memorySource) },
        { u"memoryCountsForBudget"_s, p.memoryCountsForBudget },
    };
}

QJsonArray budgetsJson(const validation::ValidationReport &report)
{
    static const QHash<validation::BudgetKind, QString> keys {
        { validation::BudgetKind::MaxP99Latency, u"maxP99Ms"_s },
        { validation::BudgetKind::MaxMemory, u"maxMemoryBytes"_s },
        { validation::BudgetKind::MinThroughput, u"minThroughput"_s }
    };
    static const QHash<validation::BudgetStatus, QString> statuses {
        { validation::BudgetStatus::Held, u"held"_s },
        { validation::BudgetStatus::Exceeded, u"exceeded"_s },
        { validation::BudgetStatus::NotMeasured, u"not-measured"_s }
    };
    QJsonArray budgets;
    for (const validation::BudgetCheck &check : report.budgets)
        budgets.append(
            QJsonObject { { u"budget"_s, keys.value(check.kind) }, { u"limit"_s, check.limit },
                { u"measured"_s, check.measured ? QJsonValue(*check.measured) : QJsonValue() },
                { u"status"_s, statuses.value(check.status) },
                { u"message"_s, validation::ModelValidator::describe(check) } });
    return budgets;
}
} // namespace

inventory::ValidationVerdict storedVerdict(validation::Verdict verdict)
{
    using Stored = inventory::ValidationVerdict;
    // A cancelled run is never stored; were it, it would be no verdict on the model.
    return verdict == validation::Verdict::Passed ? Stored::Pass
        : verdict == validation::Verdict::Failed  ? Stored::Fail
                                                  : Stored::CannotValidate;
}

QJsonObject resultsJson(const ValidationOutcome &outcome)
{
    const ValidationRequest &request = outcome.request;
    const validation::ValidationReport &report = outcome.report;
    const bool golden = std::any_of(report.dataSets.begin(), report.dataSets.end(),
        [](const validation::DataSetResult &set) { return !set.outputs.empty(); });
    QJsonObject json {
        { u"source"_s, u"gui"_s },
        { u"model"_s, request.reference.isEmpty() ? QJsonValue() : QJsonValue(request.reference) },
        { u"modelPath"_s, request.modelPath },
        { u"sha256"_s, outcome.sha256 },
        { u"engine"_s, u"cpu"_s },
        { u"device"_s, u"cpu"_s },
        { u"gpuUsed"_s, false },
        { u"deviceChoice"_s, request.deviceAuto ? u"auto"_s : u"cpu"_s },
        { u"inputs"_s, golden ? u"golden"_s : u"seeded"_s },
        { u"dataDir"_s,
            request.options.dataDir.isEmpty() ? QJsonValue()
                                              : QJsonValue(request.options.dataDir) },
        { u"tolerance"_s,
            QJsonObject { { u"rtol"_s, request.options.tolerance.rtol },
                { u"atol"_s, request.options.tolerance.atol } } },
        { u"verdict"_s, inventory::verdictName(storedVerdict(report.verdict)) },
        { u"outputsPassed"_s, report.outputsPassed },
        { u"opset"_s, qint64(report.opset) },
        { u"producer"_s, report.producer },
        { u"dataSets"_s, dataSetsJson(report) },
        { u"latencyMs"_s,
            report.performance ? QJsonValue(latencyJson(report.performance->latency))
                               : QJsonValue() },
        { u"unsupported"_s, unsupportedOps(report.support) },
        { u"warnings"_s, QJsonArray::fromStringList(report.warnings) },
        { u"performance"_s, performanceJson(report) },
        { u"budgets"_s, budgetsJson(report) },
    };
    if (report.error)
        json.insert(u"error"_s,
            QJsonObject { { u"message"_s, report.error->message },
                { u"location"_s, report.error->location } });
    return json;
}

} // namespace fleetdeck::ui
