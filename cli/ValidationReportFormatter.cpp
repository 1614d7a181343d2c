#include "cli/ValidationReportFormatter.h"

#include "cli/TextTable.h"
#include "cli/Tr.h"

#include <QDir>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<double> &sorted, double p)
{
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank > 0 ? rank - 1 : 0)];
}

QJsonValue latencyJson(const std::vector<double> &latenciesMs)
{
    if (latenciesMs.empty())
        return QJsonValue();
    std::vector<double> sorted = latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (double value : sorted)
        sum += value;
    return QJsonObject { { u"runs"_s, qint64(sorted.size()) }, { u"p50"_s, percentile(sorted, 50) },
        { u"p90"_s, percentile(sorted, 90) }, { u"p99"_s, percentile(sorted, 99) },
        { u"mean"_s, sum / double(sorted.size()) }, { u"unit"_s, u"ms"_s } };
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

QJsonArray statisticsJson(const std::vector<OutputStatistics> &statistics)
{
    QJsonArray array;
    for (const OutputStatistics &s : statistics)
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

QString statisticsTable(const std::vector<OutputStatistics> &statistics)
{
    TextTable table({ Tr::tr("OUTPUT"), Tr::tr("SHAPE"), Tr::tr("MIN"), Tr::tr("MAX"),
        Tr::tr("MEAN"), Tr::tr("NAN"), Tr::tr("INF") });
    for (const OutputStatistics &s : statistics)
        table.addRow({ s.name, s.shape, number(s.min), number(s.max), number(s.mean),
            QString::number(s.nan), QString::number(s.inf) });
    return table.toString();
}

} // namespace

QString ValidationReportFormatter::verdictName(validation::Verdict verdict)
{
    switch (verdict) {
    case validation::Verdict::Passed:
        return u"pass"_s;
    case validation::Verdict::Failed:
        return u"fail"_s;
    case validation::Verdict::CannotValidate:
        return u"cannot-validate"_s;
    }
    return u"cannot-validate"_s;
}

QJsonObject ValidationReportFormatter::toJson(const ValidationSubject &subject,
    const validation::ValidationReport &report, const std::vector<OutputStatistics> &statistics,
    const std::vector<double> &latenciesMs)
{
    QJsonArray warnings;
    for (const QString &warning : report.warnings)
        warnings.append(warning);
    QJsonValue error;
    if (report.error)
        error = QJsonObject { { u"message"_s, report.error->message },
            { u"location"_s, report.error->location } };
    return QJsonObject {
        { u"target"_s, subject.target },
        { u"model"_s, subject.reference.isEmpty() ? QJsonValue() : QJsonValue(subject.reference) },
        { u"modelPath"_s, subject.modelPath },
        { u"sha256"_s, subject.sha256 },
        { u"engine"_s, subject.engine },
        { u"device"_s, subject.device },
        { u"gpuUsed"_s, false },
        { u"deviceNote"_s,
            subject.deviceNote.isEmpty() ? QJsonValue() : QJsonValue(subject.deviceNote) },
        { u"inputs"_s, subject.dataDir.isEmpty() ? u"seeded"_s : u"golden"_s },
        { u"dataDir"_s, subject.dataDir.isEmpty() ? QJsonValue() : QJsonValue(subject.dataDir) },
        { u"seed"_s, subject.dataDir.isEmpty() ? QJsonValue(qint64(subject.seed)) : QJsonValue() },
        { u"tolerance"_s,
            QJsonObject {
                { u"rtol"_s, subject.tolerance.rtol }, { u"atol"_s, subject.tolerance.atol } } },
        { u"verdict"_s, verdictName(report.verdict) },
        { u"opset"_s, qint64(report.opset) },
        { u"producer"_s, report.producer },
        { u"dataSets"_s, dataSetsJson(report) },
        { u"outputStatistics"_s, statisticsJson(statistics) },
        { u"latencyMs"_s, latencyJson(latenciesMs) },
        { u"unsupported"_s, unsupportedJson(report.support) },
        { u"warnings"_s, warnings },
        { u"error"_s, error },
    };
}

QString ValidationReportFormatter::text(const ValidationSubject &subject,
    const validation::ValidationReport &report, const std::vector<OutputStatistics> &statistics,
    const std::vector<double> &latenciesMs)
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
    if (!statistics.empty())
        text += statisticsTable(statistics) + u'\n';
    else if (!report.dataSets.empty())
        text += comparisonTable(report) + u'\n';
    if (const QJsonValue latency = latencyJson(latenciesMs); latency.isObject())
        text += Tr::tr("Latency:   p50 %1 ms, p90 %2 ms over %3 run(s) after one warm-up")
                    .arg(number(latency[u"p50"_s].toDouble()), number(latency[u"p90"_s].toDouble()))
                    .arg(latency[u"runs"_s].toInteger())
            + u"\n\n"_s;
    for (const OutputStatistics &s : statistics) {
        if (s.nan > 0 || s.inf > 0)
            text += Tr::tr("Output '%1' holds %2 NaN and %3 infinite value(s) on seeded inputs.")
                        .arg(s.name)
                        .arg(s.nan)
                        .arg(s.inf)
                + u'\n';
    }
    for (const QString &line : failureLines(report) + report.warnings)
        text += line + u'\n';
    if (report.error)
        text += report.error->toString() + u'\n';
    const QString verdict = verdictName(report.verdict).toUpper();
    return text + Tr::tr("Verdict:   %1").arg(verdict);
}

} // namespace fleetdeck::cli
