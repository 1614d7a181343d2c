#include "core/validation/ValidationReportJson.h"

#include <QJsonArray>

#include <algorithm>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace fleetdeck::validation {

namespace {

// The stable names the JSON uses (and ValidationRepository reads back); never translated.
template<typename Enum>
QString stableName(Enum value, std::initializer_list<std::pair<Enum, QStringView>> names)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

QString referenceName(OutputReference reference)
{
    using R = OutputReference;
    return stableName(reference,
        { { R::None, u"none" }, { R::Golden, u"golden" }, { R::CpuEngine, u"cpu-engine" } });
}

QJsonObject latencyJson(const LatencyStats &latency)
{
    return QJsonObject { { u"runs"_s, qint64(latency.runs) }, { u"min"_s, latency.minMs },
        { u"mean"_s, latency.meanMs }, { u"stddev"_s, latency.stddevMs }, { u"cv"_s, latency.cv },
        { u"p50"_s, latency.p50Ms }, { u"p90"_s, latency.p90Ms }, { u"p99"_s, latency.p99Ms },
        { u"max"_s, latency.maxMs }, { u"unit"_s, u"ms"_s } };
}

QJsonValue performanceJson(const ValidationReport &report)
{
    if (!report.performance)
        return QJsonValue();
    const PerformanceReport &perf = *report.performance;
    QJsonArray throughput;
    for (const ThroughputPoint &point : perf.throughput) {
        QJsonObject row { { u"batch"_s, qint64(point.batch) },
            { u"runs"_s, qint64(point.latency.runs) }, { u"meanMs"_s, point.latency.meanMs },
            { u"p50Ms"_s, point.latency.p50Ms }, { u"p99Ms"_s, point.latency.p99Ms },
            { u"inferencesPerSecond"_s, point.inferencesPerSecond },
            { u"stoppedByTimeLimit"_s, point.stoppedByTimeLimit } };
        if (point.error)
            row.insert(u"error"_s, QString::fromStdString(point.error->detail));
        throughput.append(row);
    }
    QJsonArray samples;
    for (double sample : perf.samplesMs)
        samples.append(sample);
    const QString batchNote = ModelValidator::describe(perf.batchDimension);
    return QJsonObject {
        { u"engine"_s, QString::fromStdString(perf.engine) },
        { u"device"_s,
            QJsonObject { { u"name"_s, QString::fromStdString(perf.device.name) },
                { u"driver"_s, QString::fromStdString(perf.device.driver) },
                { u"threads"_s, perf.device.threads }, { u"gpu"_s, perf.device.gpu } } },
        { u"timer"_s, perf.deviceTimed ? u"device"_s : u"wall-clock"_s },
        { u"warmup"_s, QJsonObject { { u"runs"_s, perf.warmupRuns }, { u"ms"_s, perf.warmupMs } } },
        { u"batch"_s, qint64(perf.batch) },
        { u"latencyMs"_s, latencyJson(perf.latency) },
        { u"unstable"_s, perf.latency.unstable() },
        { u"cvThreshold"_s, LatencyStats::UnstableCv },
        { u"samplesMs"_s, samples },
        { u"batchFree"_s, perf.batchDimension.free() },
        { u"batchNote"_s, batchNote.isEmpty() ? QJsonValue() : QJsonValue(batchNote) },
        { u"throughput"_s, throughput },
        { u"peakMemoryBytes"_s,
            perf.peakMemoryBytes >= 0 ? QJsonValue(qint64(perf.peakMemoryBytes)) : QJsonValue() },
        { u"memorySource"_s, memorySourceName(perf.memorySource) },
        { u"memoryCountsForBudget"_s, perf.memoryCountsForBudget },
    };
}

QJsonArray budgetsJson(const ValidationReport &report)
{
    QJsonArray budgets;
    for (const BudgetCheck &check : report.budgets)
        budgets.append(
            QJsonObject { { u"budget"_s, budgetKey(check.kind) }, { u"limit"_s, check.limit },
                { u"measured"_s, check.measured ? QJsonValue(*check.measured) : QJsonValue() },
                { u"status"_s, budgetStatusName(check.status) },
                { u"message"_s, ModelValidator::describe(check) } });
    return budgets;
}

QJsonObject comparisonJson(const OutputComparison &c)
{
    return QJsonObject { { u"name"_s, QString::fromStdString(c.name) }, { u"passed"_s, c.passed() },
        { u"typeMatches"_s, c.typeMatches }, { u"shapeMatches"_s, c.shapeMatches },
        { u"elements"_s, qint64(c.elementCount) }, { u"mismatches"_s, qint64(c.mismatches) },
        { u"firstMismatch"_s, qint64(c.firstMismatch) }, { u"maxAbsError"_s, c.maxAbsError },
        { u"maxRelError"_s, c.maxRelError }, { u"neededAtol"_s, c.neededAtol },
        { u"neededRtol"_s, c.neededRtol }, { u"unexpectedNan"_s, qint64(c.unexpectedNan) },
        { u"unexpectedInf"_s, qint64(c.unexpectedInf) },
        { u"missingNan"_s, qint64(c.missingNan) } };
}

QJsonArray dataSetsJson(const ValidationReport &report)
{
    QJsonArray sets;
    for (const DataSetResult &set : report.dataSets) {
        QJsonArray outputs;
        for (std::size_t i = 0; i < set.outputs.size(); ++i) {
            QJsonObject output = comparisonJson(set.outputs[i]);
            if (i < set.outputNonFinite.size()) {
                output.insert(u"nan"_s, qint64(set.outputNonFinite[i].nan));
                output.insert(u"inf"_s, qint64(set.outputNonFinite[i].inf));
            }
            outputs.append(output);
        }
        sets.append(QJsonObject { { u"name"_s, set.name },
            { u"reference"_s, referenceName(set.reference) }, { u"passed"_s, set.passed },
            { u"outputs"_s, outputs } });
    }
    return sets;
}


QJsonArray statisticsJson(const std::vector<OutputStatistics> &statistics)
{
    QJsonArray array;
    for (const OutputStatistics &s : statistics)
        array.append(QJsonObject { { u"name"_s, s.name }, { u"shape"_s, s.shape },
            { u"elements"_s, qint64(s.elements) }, { u"min"_s, s.min }, { u"max"_s, s.max },
            { u"mean"_s, s.mean }, { u"nan"_s, qint64(s.nan) }, { u"inf"_s, qint64(s.inf) } });
    return array;
}

QJsonArray unsupportedJson(const SupportReport &support)
{
    QJsonArray array;
    for (const auto &[op, summary] : support.byOp()) {
        QJsonArray nodes;
        for (const std::string &node : summary.nodeNames)
            nodes.append(QString::fromStdString(node));
        QJsonArray reasons;
        for (const std::string &reason : summary.reasons)
            reasons.append(QString::fromStdString(reason));
        array.append(QJsonObject { { u"op"_s, QString::fromStdString(op) },
            { u"count"_s, summary.count }, { u"nodes"_s, nodes }, { u"reasons"_s, reasons } });
    }
    return array;
}

} // namespace

QString budgetKey(BudgetKind kind)
{
    using K = BudgetKind;
    return stableName(kind,
        { { K::MaxP99Latency, u"maxP99Ms" }, { K::MaxMemory, u"maxMemoryBytes" },
            { K::MinThroughput, u"minThroughput" } });
}

QString budgetStatusName(BudgetStatus status)
{
    using S = BudgetStatus;
    return stableName(status,
        { { S::Held, u"held" }, { S::Exceeded, u"exceeded" },
            { S::NotMeasured, u"not-measured" } });
}

QString memorySourceName(MemorySource source)
{
    using M = MemorySource;
    return stableName(source,
        { { M::Engine, u"engine" }, { M::ProcessPeakRssDelta, u"process-peak-rss-delta" },
            { M::NotMeasured, u"not-measured" } });
}

std::vector<OutputStatistics> seededStatistics(
    const ValidationReport &report)
{
    std::vector<OutputStatistics> statistics;
    for (const DataSetResult &set : report.dataSets)
        statistics.insert(statistics.end(), set.statistics.begin(), set.statistics.end());
    return statistics;
}

QString reportedEngine(const ValidationSubject &subject, const ValidationReport &report)
{
    return report.engine.isEmpty() ? subject.engine : report.engine;
}

QString reportedDevice(const ValidationSubject &subject, const ValidationReport &report)
{
    if (report.engine.isEmpty())
        return subject.device;
    // A CPU whose model the system does not tell is still the CPU.
    return report.device.name.empty() ? report.engine : QString::fromStdString(report.device.name);
}

QString verdictName(Verdict verdict)
{
    using V = Verdict;
    return stableName(verdict,
        { { V::Passed, u"pass" }, { V::Failed, u"fail" }, { V::CannotValidate, u"cannot-validate" },
            { V::Cancelled, u"cancelled" } });
}

QJsonObject validationReportJson(const ValidationSubject &subject, const ValidationReport &report)
{
    QJsonArray warnings;
    for (const QString &warning : report.warnings)
        warnings.append(warning);
    QJsonValue error;
    if (report.error)
        error = QJsonObject { { u"message"_s, report.error->message },
            { u"location"_s, report.error->location } };
    const bool budgetsHeld = std::all_of(report.budgets.begin(), report.budgets.end(),
        [](const BudgetCheck &check) { return check.held(); });
    const bool loosened = !report.toleranceNote.isEmpty();
    const Tolerance &tolerance = loosened ? report.tolerance : subject.tolerance;
    const QString deviceNote = report.deviceNote.isEmpty() ? subject.deviceNote : report.deviceNote;
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return QJsonObject {
        { u"target"_s, subject.target },
        { u"model"_s, subject.reference.isEmpty() ? QJsonValue() : QJsonValue(subject.reference) },
        { u"modelPath"_s, subject.modelPath },
        { u"sha256"_s, subject.sha256 },
        { u"engine"_s, reportedEngine(subject, report) },
        { u"device"_s, reportedDevice(subject, report) },
        { u"driver"_s, orNull(QString::fromStdString(report.device.driver)) },
        { u"deviceChoice"_s, orNull(subject.deviceChoice) },
        { u"gpuUsed"_s, report.device.gpu },
        { u"tf32"_s, report.tf32 },
        { u"deviceNote"_s, orNull(deviceNote) },
        { u"inputs"_s, subject.dataDir.isEmpty() ? u"seeded"_s : u"golden"_s },
        { u"dataDir"_s, subject.dataDir.isEmpty() ? QJsonValue() : QJsonValue(subject.dataDir) },
        { u"seed"_s, subject.dataDir.isEmpty() ? QJsonValue(qint64(subject.seed)) : QJsonValue() },
        { u"tolerance"_s,
            QJsonObject { { u"rtol"_s, tolerance.rtol }, { u"atol"_s, tolerance.atol } } },
        { u"toleranceProfile"_s, loosened ? u"gpu-tf32"_s : u"standard"_s },
        { u"toleranceNote"_s, orNull(report.toleranceNote) },
        { u"verdict"_s, verdictName(report.verdict) },
        { u"outputsPassed"_s, report.outputsPassed },
        { u"budgetsPassed"_s, budgetsHeld },
        { u"opset"_s, qint64(report.opset) },
        { u"producer"_s, report.producer },
        { u"dataSets"_s, dataSetsJson(report) },
        { u"outputStatistics"_s, statisticsJson(seededStatistics(report)) },
        { u"latencyMs"_s,
            report.performance ? QJsonValue(latencyJson(report.performance->latency))
                               : QJsonValue() },
        { u"performance"_s, performanceJson(report) },
        { u"budgets"_s, budgetsJson(report) },
        { u"unsupported"_s, unsupportedJson(report.support) },
        { u"warnings"_s, warnings },
        { u"error"_s, error },
    };
}

} // namespace fleetdeck::validation
