#include "ui/models/ValidationResultsJson.h"

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
QJsonValue performanceJson(const validation::ValidationReport &report)
{
    if (!report.performance)
        return QJsonValue();
    const validation::PerformanceReport &performance = *report.performance;
    const validation::LatencyStats &latency = performance.latency;
    QJsonArray throughput;
    for (const validation::ThroughputPoint &point : performance.throughput)
        throughput.append(QJsonObject { { u"batch"_s, qint64(point.batch) },
            { u"inferencesPerSecond"_s, point.inferencesPerSecond },
            { u"meanMs"_s, point.latency.meanMs }, { u"failed"_s, point.error.has_value() } });
    return QJsonObject {
        { u"latency"_s,
            QJsonObject { { u"runs"_s, qint64(latency.runs) }, { u"p50"_s, latency.p50Ms },
                { u"p90"_s, latency.p90Ms }, { u"p99"_s, latency.p99Ms },
                { u"max"_s, latency.maxMs }, { u"mean"_s, latency.meanMs }, { u"cv"_s, latency.cv },
                { u"unit"_s, u"ms"_s } } },
        { u"batch"_s, qint64(performance.batch) },
        { u"throughput"_s, throughput },
        { u"peakMemoryBytes"_s,
            performance.peakMemoryBytes >= 0 ? QJsonValue(qint64(performance.peakMemoryBytes))
                                             : QJsonValue() },
        { u"deviceName"_s, QString::fromStdString(performance.device.name) },
    };
}

QJsonArray budgetsJson(const validation::ValidationReport &report)
{
    QJsonArray budgets;
    for (const validation::BudgetCheck &check : report.budgets)
        budgets.append(QJsonObject { { u"text"_s, validation::ModelValidator::describe(check) },
            { u"limit"_s, check.limit },
            { u"measured"_s, check.measured ? QJsonValue(*check.measured) : QJsonValue() },
            { u"held"_s, check.held() } });
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
        { u"dataSets"_s, dataSetsJson(report) },
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
