#include "cli/ValidationReportFormatter.h"

#include "cli/TextTable.h"
#include "cli/Tr.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

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

QString budgetKey(validation::BudgetKind kind)
{
    using K = validation::BudgetKind;
    return stableName(kind,
        { { K::MaxP99Latency, u"maxP99Ms" }, { K::MaxMemory, u"maxMemoryBytes" },
            { K::MinThroughput, u"minThroughput" } });
}

QString budgetStatusName(validation::BudgetStatus status)
{
    using S = validation::BudgetStatus;
    return stableName(status,
        { { S::Held, u"held" }, { S::Exceeded, u"exceeded" },
            { S::NotMeasured, u"not-measured" } });
}

QString memorySourceName(validation::MemorySource source)
{
    using M = validation::MemorySource;
    return stableName(source,
        { { M::Engine, u"engine" }, { M::ProcessPeakRssDelta, u"process-peak-rss-delta" },
            { M::NotMeasured, u"not-measured" } });
}

QJsonObject latencyJson(const validation::LatencyStats &latency)
{
    return QJsonObject { { u"runs"_s, qint64(latency.runs) }, { u"min"_s, latency.minMs },
        { u"mean"_s, latency.meanMs }, { u"stddev"_s, latency.stddevMs }, { u"cv"_s, latency.cv },
        { u"p50"_s, latency.p50Ms }, { u"p90"_s, latency.p90Ms }, { u"p99"_s, latency.p99Ms },
        { u"max"_s, latency.maxMs }, { u"unit"_s, u"ms"_s } };
}

QJsonValue performanceJson(const validation::ValidationReport &report)
{
    if (!report.performance)
        return QJsonValue();
    const validation::PerformanceReport &perf = *report.performance;
    QJsonArray throughput;
    for (const validation::ThroughputPoint &point : perf.throughput) {
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
    const QString batchNote = validation::ModelValidator::describe(perf.batchDimension);
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
        { u"cvThreshold"_s, validation::LatencyStats::UnstableCv },
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

QJsonArray budgetsJson(const validation::ValidationReport &report)
{
    QJsonArray budgets;
    for (const validation::BudgetCheck &check : report.budgets)
        budgets.append(
            QJsonObject { { u"budget"_s, budgetKey(check.kind) }, { u"limit"_s, check.limit },
                { u"measured"_s, check.measured ? QJsonValue(*check.measured) : QJsonValue() },
                { u"status"_s, budgetStatusName(check.status) },
                { u"message"_s, validation::ModelValidator::describe(check) } });
    return budgets;
}

QJsonObject comparisonJson(const validation::OutputComparison &c)
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

QJsonArray dataSetsJson(const validation::ValidationReport &report)
{
    QJsonArray sets;
    for (const validation::DataSetResult &set : report.dataSets) {
        QJsonArray outputs;
        for (std::size_t i = 0; i < set.outputs.size(); ++i) {
            QJsonObject output = comparisonJson(set.outputs[i]);
            if (i < set.outputNonFinite.size()) {
                output.insert(u"nan"_s, qint64(set.outputNonFinite[i].nan));
                output.insert(u"inf"_s, qint64(set.outputNonFinite[i].inf));
            }
            outputs.append(output);
        }
        sets.append(QJsonObject {
            { u"name"_s, set.name }, { u"passed"_s, set.passed }, { u"outputs"_s, outputs } });
    }
    return sets;
}

std::vector<validation::OutputStatistics> seededStatistics(
    const validation::ValidationReport &report)
{
    std::vector<validation::OutputStatistics> statistics;
    for (const validation::DataSetResult &set : report.dataSets)
        statistics.insert(statistics.end(), set.statistics.begin(), set.statistics.end());
    return statistics;
}

QJsonArray statisticsJson(const std::vector<validation::OutputStatistics> &statistics)
{
    QJsonArray array;
    for (const validation::OutputStatistics &s : statistics)
        array.append(QJsonObject { { u"name"_s, s.name }, { u"shape"_s, s.shape },
            { u"elements"_s, qint64(s.elements) }, { u"min"_s, s.min }, { u"max"_s, s.max },
            { u"mean"_s, s.mean }, { u"nan"_s, qint64(s.nan) }, { u"inf"_s, qint64(s.inf) } });
    return array;
}

QJsonArray unsupportedJson(const validation::SupportReport &support)
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

QString comparisonTable(const validation::ValidationReport &report)
{
    TextTable table({ Tr::tr("DATA SET"), Tr::tr("OUTPUT"), Tr::tr("ELEMENTS"),
        Tr::tr("MISMATCHES"), Tr::tr("MAX ABS ERR"), Tr::tr("MAX REL ERR"), Tr::tr("NAN"),
        Tr::tr("INF"), Tr::tr("RESULT") });
    for (const validation::DataSetResult &set : report.dataSets) {
        for (std::size_t i = 0; i < set.outputs.size(); ++i) {
            const validation::OutputComparison &c = set.outputs[i];
            const validation::NonFiniteCount nonFinite = i < set.outputNonFinite.size()
                ? set.outputNonFinite[i]
                : validation::NonFiniteCount {};
            table.addRow({ set.name, QString::fromStdString(c.name),
                QString::number(c.elementCount), QString::number(c.mismatches),
                number(c.maxAbsError), number(c.maxRelError), QString::number(nonFinite.nan),
                QString::number(nonFinite.inf), c.passed() ? Tr::tr("pass") : Tr::tr("FAIL") });
        }
    }
    return table.toString();
}

// One sentence per failing output: which one, how far off, and what tolerance it would need.
QStringList failureLines(const validation::ValidationReport &report)
{
    QStringList lines;
    for (const validation::DataSetResult &set : report.dataSets) {
        for (const validation::OutputComparison &c : set.outputs) {
            const QString name = QString::fromStdString(c.name);
            if (!c.typeMatches)
                lines << Tr::tr("Output '%1' of %2 has another data type than the golden output.")
                             .arg(name, set.name);
            else if (!c.shapeMatches)
                lines << Tr::tr("Output '%1' of %2 has another shape than the golden output.")
                             .arg(name, set.name);
            else if (c.mismatches > 0)
                lines << Tr::tr("Output '%1' of %2: %3 of %4 values outside the tolerance, max "
                                "abs error %5, max rel error %6 (it would pass with --atol %7 or "
                                "--rtol %8).")
                             .arg(name, set.name)
                             .arg(c.mismatches)
                             .arg(c.elementCount)
                             .arg(number(c.maxAbsError), number(c.maxRelError),
                                 number(c.neededAtol), number(c.neededRtol));
        }
    }
    return lines;
}

QString statisticsTable(const std::vector<validation::OutputStatistics> &statistics)
{
    TextTable table({ Tr::tr("OUTPUT"), Tr::tr("SHAPE"), Tr::tr("MIN"), Tr::tr("MAX"),
        Tr::tr("MEAN"), Tr::tr("NAN"), Tr::tr("INF") });
    for (const validation::OutputStatistics &s : statistics)
        table.addRow({ s.name, s.shape, number(s.min), number(s.max), number(s.mean),
            QString::number(s.nan), QString::number(s.inf) });
    return table.toString();
}

QString memoryText(const validation::PerformanceReport &perf)
{
    switch (perf.memorySource) {
    case validation::MemorySource::Engine:
        return Tr::tr("Memory:    peak %1 (the engine's own count)")
            .arg(QLocale().formattedDataSize(perf.peakMemoryBytes));
    case validation::MemorySource::ProcessPeakRssDelta:
        return Tr::tr(
            "Memory:    peak %1 (rise of the process's peak resident set during the runs)")
            .arg(QLocale().formattedDataSize(perf.peakMemoryBytes));
    case validation::MemorySource::NotMeasured:
        break;
    }
    return Tr::tr("Memory:    not measured on this system");
}

QString performanceText(const validation::PerformanceReport &perf)
{
    QString device = QString::fromStdString(perf.device.name);
    if (perf.device.threads > 0)
        device = Tr::tr("%1, %n thread(s)", nullptr, perf.device.threads).arg(device);
    QString text = Tr::tr("Device:    %1").arg(device) + u'\n'
        + Tr::tr("Latency at batch %1 over %n timed run(s) after %2 warm-up run(s), %3:", nullptr,
            int(perf.latency.runs))
              .arg(perf.batch)
              .arg(perf.warmupRuns)
              .arg(perf.deviceTimed ? Tr::tr("device timer") : Tr::tr("wall clock"))
        + u'\n';
    TextTable latency({ Tr::tr("P50 MS"), Tr::tr("P90 MS"), Tr::tr("P99 MS"), Tr::tr("MAX MS"),
        Tr::tr("MEAN MS"), Tr::tr("CV"), Tr::tr("STABLE") });
    latency.addRow({ milliseconds(perf.latency.p50Ms), milliseconds(perf.latency.p90Ms),
        milliseconds(perf.latency.p99Ms), milliseconds(perf.latency.maxMs),
        milliseconds(perf.latency.meanMs), QString::number(perf.latency.cv * 100, 'f', 1) + u'%',
        perf.latency.unstable() ? Tr::tr("no") : Tr::tr("yes") });
    TextTable throughput({ Tr::tr("BATCH"), Tr::tr("RUNS"), Tr::tr("MEAN MS"), Tr::tr("P99 MS"),
        Tr::tr("INFERENCES/S") });
    for (const validation::ThroughputPoint &point : perf.throughput) {
        if (point.error)
            throughput.addRow({ QString::number(point.batch), QString::number(point.latency.runs),
                u"-"_s, u"-"_s, Tr::tr("could not run") });
        else
            throughput.addRow({ QString::number(point.batch), QString::number(point.latency.runs),
                milliseconds(point.latency.meanMs), milliseconds(point.latency.p99Ms),
                QString::number(point.inferencesPerSecond, 'f', 1) });
    }
    text += latency.toString() + u'\n' + Tr::tr("Throughput:") + u'\n' + throughput.toString();
    if (const QString batchNote = validation::ModelValidator::describe(perf.batchDimension);
        !batchNote.isEmpty())
        text += batchNote + u'\n';
    return text + memoryText(perf) + u'\n';
}

QString budgetsText(const validation::ValidationReport &report)
{
    TextTable table({ Tr::tr("BUDGET"), Tr::tr("LIMIT"), Tr::tr("MEASURED"), Tr::tr("RESULT") });
    for (const validation::BudgetCheck &check : report.budgets) {
        const bool memory = check.kind == validation::BudgetKind::MaxMemory;
        const auto shown = [memory](double value) {
            return memory ? QLocale().formattedDataSize(qint64(value)) : number(value);
        };
        table.addRow({ budgetKey(check.kind), shown(check.limit),
            check.measured ? shown(*check.measured) : Tr::tr("not measured"),
            check.held() ? Tr::tr("pass") : Tr::tr("FAIL") });
    }
    return Tr::tr("Budgets:") + u'\n' + table.toString();
}

} // namespace

QString ValidationReportFormatter::verdictName(validation::Verdict verdict)
{
    using V = validation::Verdict;
    return stableName(verdict,
        { { V::Passed, u"pass" }, { V::Failed, u"fail" }, { V::CannotValidate, u"cannot-validate" },
            { V::Cancelled, u"cancelled" } });
}

QJsonObject ValidationReportFormatter::toJson(
    const ValidationSubject &subject, const validation::ValidationReport &report)
{
    QJsonArray warnings;
    for (const QString &warning : report.warnings)
        warnings.append(warning);
    QJsonValue error;
    if (report.error)
        error = QJsonObject { { u"message"_s, report.error->message },
            { u"location"_s, report.error->location } };
    const bool budgetsHeld = std::all_of(report.budgets.begin(), report.budgets.end(),
        [](const validation::BudgetCheck &check) { return check.held(); });
    return QJsonObject {
        { u"target"_s, subject.target },
        { u"model"_s, subject.reference.isEmpty() ? QJsonValue() : QJsonValue(subject.reference) },
        { u"modelPath"_s, subject.modelPath },
        { u"sha256"_s, subject.sha256 },
        { u"engine"_s, subject.engine },
        { u"device"_s, subject.device },
        { u"gpuUsed"_s, report.performance && report.performance->device.gpu },
        { u"deviceNote"_s,
            subject.deviceNote.isEmpty() ? QJsonValue() : QJsonValue(subject.deviceNote) },
        { u"inputs"_s, subject.dataDir.isEmpty() ? u"seeded"_s : u"golden"_s },
        { u"dataDir"_s, subject.dataDir.isEmpty() ? QJsonValue() : QJsonValue(subject.dataDir) },
        { u"seed"_s, subject.dataDir.isEmpty() ? QJsonValue(qint64(subject.seed)) : QJsonValue() },
        { u"tolerance"_s,
            QJsonObject {
                { u"rtol"_s, subject.tolerance.rtol }, { u"atol"_s, subject.tolerance.atol } } },
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

QString ValidationReportFormatter::text(
    const ValidationSubject &subject, const validation::ValidationReport &report)
{
    QString model = subject.reference.isEmpty() ? QDir::toNativeSeparators(subject.modelPath)
                                                : subject.reference;
    QString text = Tr::tr("Model:     %1 (SHA-256 %2)").arg(model, subject.sha256) + u'\n'
        + Tr::tr("Engine:    %1 on %2").arg(subject.engine, subject.device) + u'\n';
    if (!subject.deviceNote.isEmpty())
        text += Tr::tr("Note:      %1").arg(subject.deviceNote) + u'\n';
    text += (subject.dataDir.isEmpty()
                    ? Tr::tr("Inputs:    seeded (seed %1), no golden outputs").arg(subject.seed)
                    : Tr::tr("Inputs:    golden data in %1")
                          .arg(QDir::toNativeSeparators(subject.dataDir)))
        + u'\n'
        + Tr::tr("Tolerance: rtol %1, atol %2")
              .arg(number(subject.tolerance.rtol), number(subject.tolerance.atol))
        + u"\n\n"_s;
    if (!report.unsupported.isEmpty())
        text +=
            Tr::tr("Unsupported ops:") + u"\n  "_s + report.unsupported.join(u"\n  "_s) + u"\n\n"_s;
    const std::vector<validation::OutputStatistics> statistics = seededStatistics(report);
    if (!statistics.empty())
        text += statisticsTable(statistics) + u'\n';
    else if (!report.dataSets.empty())
        text += comparisonTable(report) + u'\n';
    if (report.performance)
        text += performanceText(*report.performance) + u'\n';
    if (!report.budgets.empty())
        text += budgetsText(report) + u'\n';
    for (const validation::OutputStatistics &s : statistics) {
        if (s.nan > 0 || s.inf > 0)
            text += Tr::tr("Output '%1' holds %2 NaN and %3 infinite value(s) on seeded inputs.")
                        .arg(s.name)
                        .arg(s.nan)
                        .arg(s.inf)
                + u'\n';
    }
    for (const QString &line : failureLines(report) + report.budgetFailures + report.warnings)
        text += line + u'\n';
    if (report.error)
        text += report.error->toString() + u'\n';
    const QString verdict = verdictName(report.verdict).toUpper();
    return text + Tr::tr("Verdict:   %1").arg(verdict);
}

} // namespace fleetdeck::cli
