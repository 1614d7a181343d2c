#include "cli/SeededInputsRun.h"

#include "cli/Tr.h"
#include "core/validation/EngineErrorText.h"
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/TestDataSet.h"

#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <limits>

namespace fleetdeck::cli {

namespace {

void fail(validation::ValidationReport &report, const validation::EngineError &error)
{
    report.verdict = validation::EngineErrorText::meansCannotValidate(error)
        ? validation::Verdict::CannotValidate
        : validation::Verdict::Failed;
    report.error = validation::EngineErrorText::toError(error);
}

OutputStatistics statistics(const std::string &name, const validation::Tensor &tensor)
{
    OutputStatistics stats;
    stats.name = QString::fromStdString(name);
    stats.shape = QString::fromStdString(validation::shapeToString(tensor.shape()));
    stats.elements = tensor.elementCount();
    double sum = 0;
    int64_t finite = 0;
    stats.min = std::numeric_limits<double>::infinity();
    stats.max = -std::numeric_limits<double>::infinity();
    for (int64_t i = 0; i < tensor.elementCount(); ++i) {
        const double value = tensor.valueAsDouble(i);
        if (std::isnan(value)) {
            ++stats.nan;
        } else if (std::isinf(value)) {
            ++stats.inf;
        } else {
            stats.min = std::min(stats.min, value);
            stats.max = std::max(stats.max, value);
            sum += value;
            ++finite;
        }
    }
    if (finite == 0)
        stats.min = stats.max = 0;
    stats.mean = finite > 0 ? sum / double(finite) : 0;
    return stats;
}

} // namespace

SeededInputsRun::SeededInputsRun(uint64_t seed, int timedRuns)
    : m_seed(seed)
    , m_timedRuns(timedRuns)
{
}

SeededRunResult SeededInputsRun::run(const QString &modelPath) const
{
    SeededRunResult result;
    validation::ValidationReport &report = result.report;
    report.modelPath = modelPath;
    auto model = validation::OnnxModelLoader().loadFile(QFile::encodeName(modelPath).toStdString());
    if (!model) {
        fail(report, model.error());
        return result;
    }
    const validation::Graph &graph = *model->graph;
    report.opset = graph.opset;
    report.producer =
        QString::fromStdString(model->producerName + " " + model->producerVersion).trimmed();
    validation::CpuEngine engine;
    report.support = engine.checkSupport(graph);
    if (!report.support.supported()) {
        report.verdict = validation::Verdict::CannotValidate;
        report.unsupported = validation::EngineErrorText::describeUnsupported(report.support);
        report.error = Error { Tr::tr("The model cannot be validated: the CPU engine does not "
                                      "support %n node(s).",
                                   nullptr, int(report.support.nodes.size())),
            modelPath };
        return result;
    }
    if (auto prepared = engine.prepare(model->graph); !prepared) {
        fail(report, prepared.error());
        return result;
    }
    auto inputs = validation::generateInputs(graph, m_seed);
    if (!inputs) {
        fail(report, inputs.error());
        return result;
    }
    validation::Expected<std::vector<validation::Tensor>> outputs = engine.run(inputs.value());
    for (int i = 0; outputs && i < m_timedRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        outputs = engine.run(inputs.value());
        result.latenciesMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!outputs) {
        fail(report, outputs.error());
        return result;
    }
    validation::DataSetResult set;
    set.name = Tr::tr("seeded inputs");
    set.passed = true;
    for (std::size_t i = 0; i < outputs->size(); ++i) {
        const std::string &name = i < graph.outputs.size() ? graph.outputs[i].name : std::string();
        result.outputs.push_back(statistics(name, outputs.value()[i]));
        set.outputNonFinite.push_back({ result.outputs.back().nan, result.outputs.back().inf });
        if (result.outputs.back().nan > 0 || result.outputs.back().inf > 0)
            set.passed = false;
    }
    report.dataSets.push_back(std::move(set));
    report.verdict =
        report.dataSets.back().passed ? validation::Verdict::Passed : validation::Verdict::Failed;
    return result;
}

} // namespace fleetdeck::cli
