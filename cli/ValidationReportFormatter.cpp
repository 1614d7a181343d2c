#include "cli/ValidationReportFormatter.h"

#include "core/validation/ValidationReportJson.h"

#include "cli/TextTable.h"
#include "cli/Tr.h"

#include <QDir>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

using validation::budgetKey;
using validation::seededStatistics;

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1);
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
    return validation::verdictName(verdict);
}

QJsonObject ValidationReportFormatter::toJson(
    const ValidationSubject &subject, const validation::ValidationReport &report)
{
    return validation::validationReportJson(subject, report);
}

QString ValidationReportFormatter::text(
    const ValidationSubject &subject, const validation::ValidationReport &report)
{
    QString model = subject.reference.isEmpty() ? QDir::toNativeSeparators(subject.modelPath)
                                                : subject.reference;
    QString text = Tr::tr("Model:     %1 (SHA-256 %2)").arg(model, subject.sha256) + u'\n'
        + Tr::tr("Engine:    %1 on %2")
              .arg(validation::reportedEngine(subject, report),
                  validation::reportedDevice(subject, report))
        + u'\n';
    if (!report.device.driver.empty())
        text += Tr::tr("Driver:    %1").arg(QString::fromStdString(report.device.driver)) + u'\n';
    if (report.tf32)
        text += Tr::tr("TF32:      allowed in float32 matrix products") + u'\n';
    const QString deviceNote = report.deviceNote.isEmpty() ? subject.deviceNote : report.deviceNote;
    if (!deviceNote.isEmpty())
        text += Tr::tr("Note:      %1").arg(deviceNote) + u'\n';
    const bool againstCpu = std::any_of(report.dataSets.begin(), report.dataSets.end(),
        [](const validation::DataSetResult &set) {
            return set.reference == validation::OutputReference::CpuEngine;
        });
    const validation::Tolerance tolerance =
        report.toleranceNote.isEmpty() ? subject.tolerance : report.tolerance;
    text += (subject.dataDir.isEmpty()
                    ? (againstCpu ? Tr::tr("Inputs:    seeded (seed %1), compared with the CPU "
                                           "reference engine's outputs")
                                  : Tr::tr("Inputs:    seeded (seed %1), no golden outputs"))
                          .arg(subject.seed)
                    : Tr::tr("Inputs:    golden data in %1")
                          .arg(QDir::toNativeSeparators(subject.dataDir)))
        + u'\n'
        + Tr::tr("Tolerance: rtol %1, atol %2").arg(number(tolerance.rtol), number(tolerance.atol))
        + u'\n';
    if (!report.toleranceNote.isEmpty())
        text += Tr::tr("Note:      %1").arg(report.toleranceNote) + u'\n';
    text += u'\n';
    if (!report.unsupported.isEmpty())
        text +=
            Tr::tr("Unsupported ops:") + u"\n  "_s + report.unsupported.join(u"\n  "_s) + u"\n\n"_s;
    const std::vector<validation::OutputStatistics> statistics = seededStatistics(report);
    if (!statistics.empty())
        text += statisticsTable(statistics) + u'\n';
    const bool compared = std::any_of(report.dataSets.begin(), report.dataSets.end(),
        [](const validation::DataSetResult &set) { return !set.outputs.empty(); });
    if (compared)
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
