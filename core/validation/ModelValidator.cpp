#include "core/validation/ModelValidator.h"

#include "core/validation/EngineErrorText.h"
#include "core/validation/Tr.h"
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/EnginePlugin.h"
#include "core/validation/engine/HostProbe.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/TestDataSet.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>

namespace fleetdeck::validation {

namespace {

void fail(ValidationReport &report, const EngineError &error)
{
    report.verdict = EngineErrorText::meansCannotValidate(error) ? Verdict::CannotValidate : Verdict::Failed;
    report.error = EngineErrorText::toError(error);
}

void warnAboutInputs(ValidationReport &report, const QString &setName, const std::vector<Tensor> &inputs)
{
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const NonFiniteCount count = countNonFinite(inputs[i]);
        if (count.nan > 0 || count.inf > 0)
            report.warnings << Tr::tr("%1: input %2 holds %n NaN or infinite value(s); outputs may be NaN too.",
                                      nullptr, int(std::min<int64_t>(count.nan + count.inf, INT32_MAX)))
                                   .arg(setName).arg(i);
    }
}

OutputStatistics statistics(const std::string &name, const Tensor &tensor)
{
    OutputStatistics stats;
    stats.name = QString::fromStdString(name);
    stats.shape = QString::fromStdString(shapeToString(tensor.shape()));
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

DataSetResult compareOutputs(const Graph &graph, const TensorComparator &comparator, const QString &name,
                             const std::vector<Tensor> &actual, const std::vector<Tensor> &expected,
                             OutputReference reference)
{
    DataSetResult result;
    result.name = name;
    result.reference = reference;
    result.passed = true;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        result.outputNonFinite.push_back(countNonFinite(actual[i]));
        if (i < expected.size()) {
            result.outputs.push_back(comparator.compare(graph.outputs[i].name, actual[i], expected[i]));
            result.passed = result.passed && result.outputs.back().passed();
            if (reference == OutputReference::Golden)
                continue;
        }
        // Without a golden value, NaN or Inf in an output is a failure by itself (even where the
        // CPU engine agrees: both could share a bug, and a model that yields NaN is no model).
        result.statistics.push_back(statistics(i < graph.outputs.size() ? graph.outputs[i].name : std::string(),
                                               actual[i]));
        if (result.outputNonFinite.back().nan > 0 || result.outputNonFinite.back().inf > 0)
            result.passed = false;
    }
    return result;
}

QString formatMs(double ms)
{
    return QLocale().toString(ms, 'g', 4);
}

QString measuredText(BudgetKind kind, double value)
{
    switch (kind) {
    case BudgetKind::MaxP99Latency: return Tr::tr("%1 ms").arg(formatMs(value));
    case BudgetKind::MaxMemory: return QLocale().formattedDataSize(int64_t(value));
    case BudgetKind::MinThroughput: return Tr::tr("%1 inferences/s").arg(QLocale().toString(value, 'f', 1));
    }
    return {};
}

QString budgetName(BudgetKind kind)
{
    switch (kind) {
    case BudgetKind::MaxP99Latency: return Tr::tr("p99 latency");
    case BudgetKind::MaxMemory: return Tr::tr("peak memory");
    case BudgetKind::MinThroughput: return Tr::tr("throughput");
    }
    return {};
}

// Times the model on the inputs of the first data set; false when validation must stop here.
bool measurePerformance(ValidationReport &report, Engine &engine, const Graph &graph,
                        const std::vector<Tensor> &inputs, PerformanceRun &performance)
{
    auto measured = performance.measure(engine, graph, inputs);
    if (!measured) {
        fail(report, measured.error());
        return false;
    }
    if (measured->cancelled) {
        report.verdict = Verdict::Cancelled;
        return false;
    }
    PerformanceReport &perf = *measured;
    if (perf.device.name.empty() && !perf.device.gpu)
        perf.device = report.device;
    if (perf.latency.unstable())
        report.warnings << Tr::tr("Timings are unstable: the coefficient of variation is %1%, above %2%. Something "
                                  "else may be using this machine; run again for figures to rely on.")
                               .arg(QLocale().toString(perf.latency.cv * 100, 'f', 1))
                               .arg(QLocale().toString(LatencyStats::UnstableCv * 100, 'f', 0));
    for (const ThroughputPoint &point : perf.throughput) {
        if (point.error)
            report.warnings << Tr::tr("Batch %1 could not run: %2")
                                   .arg(point.batch)
                                   .arg(EngineErrorText::toError(*point.error).message);
        else if (point.stoppedByTimeLimit)
            report.warnings << Tr::tr("Batch %1 stopped after %n run(s): it reached the time limit for one batch "
                                      "size.", nullptr, int(point.latency.runs)).arg(point.batch);
    }
    report.performance = std::move(perf);
    return true;
}

std::unique_ptr<Engine> cpuEngineFor(ValidationReport &report, const EngineOptions &engineOptions)
{
    auto cpu = std::make_unique<CpuEngine>(engineOptions);
    report.engine = QString::fromStdString(cpu->name());
    report.device = DeviceInfo{};
    report.device.name = hostCpuModelName();
    report.device.threads = cpu->threadCount();
    report.pluginEngine = false;
    report.tf32 = false;
    return cpu;
}

// The engine the options ask for, with the report's engine and device filled in; null when
// validation must stop here (the report says why).
std::unique_ptr<Engine> chooseEngine(ValidationReport &report, const ValidationOptions &options)
{
    const EngineOptions engineOptions{options.threads, options.limits.maxTensorBytes, options.allowTf32};
    if (options.device != DeviceChoice::Cpu) {
        LoadedEngine loaded = loadCudaEngine(engineOptions);
        if (loaded.engine) {
            report.engine = QString::fromStdString(loaded.engine->name());
            report.device = loaded.engine->deviceInfo();
            if (report.device.name.empty() && !report.device.gpu)
                report.device.name = hostCpuModelName();
            report.pluginEngine = true;
            report.tf32 = options.allowTf32;
            return std::move(loaded.engine);
        }
        const QString reason = EngineErrorText::pluginText(loaded);
        if (options.device == DeviceChoice::Cuda) {
            report.verdict = Verdict::CannotValidate;
            report.deviceUnavailable = true;
            report.error = Error{Tr::tr("The model cannot be validated on a GPU here: %1. Validate on the CPU, or on "
                                        "a machine with an NVIDIA GPU and the CUDA engine plugin.").arg(reason),
                                 QString::fromStdString(loaded.path)};
            return nullptr;
        }
        report.deviceNote = Tr::tr("No GPU was used: %1. The CPU reference engine ran the model.").arg(reason);
    }
    return cpuEngineFor(report, engineOptions);
}

// The tolerance the outputs are held to: the operator's, or the GPU profile's when TF32 is on
// and the operator left the tolerances alone.
Tolerance chooseTolerance(ValidationReport &report, const ValidationOptions &options)
{
    if (!report.pluginEngine || !options.allowTf32 || options.toleranceGiven)
        return options.tolerance;
    report.toleranceNote = Tr::tr("TF32 was allowed on the GPU, so the outputs were held to the GPU profile's "
                                  "tolerances, rtol %1 and atol %2, instead of rtol %3 and atol %4. Set the "
                                  "tolerances to hold them to others.")
                               .arg(tf32Tolerance.rtol).arg(tf32Tolerance.atol)
                               .arg(options.tolerance.rtol).arg(options.tolerance.atol);
    return tf32Tolerance;
}

// The CPU engine that checks a plugin engine's outputs on seeded inputs ("compared across
// engines"); null, with a warning, when it cannot run the model.
std::unique_ptr<CpuEngine> referenceEngine(ValidationReport &report, const ValidationOptions &options,
                                           const std::shared_ptr<const Graph> &graph)
{
    auto cpu = std::make_unique<CpuEngine>(EngineOptions{options.threads, options.limits.maxTensorBytes});
    const SupportReport support = cpu->checkSupport(*graph);
    if (!support.supported()) {
        report.warnings << Tr::tr("The outputs were not compared with the CPU reference engine: it cannot run %n "
                                  "node(s) of the model (%1).", nullptr, int(support.nodes.size()))
                               .arg(EngineErrorText::describeUnsupported(support).join(u"; "));
        return nullptr;
    }
    if (Status prepared = cpu->prepare(graph); !prepared) {
        report.warnings << Tr::tr("The outputs were not compared with the CPU reference engine: %1")
                               .arg(EngineErrorText::toError(prepared.error()).message);
        return nullptr;
    }
    return cpu;
}

} // namespace

QString ValidationProgress::text() const
{
    const QString phaseText = phaseCount > 0 ? Tr::tr("Phase %1 of %2").arg(phase).arg(phaseCount)
                                             : Tr::tr("Phase %1").arg(phase);
    switch (kind) {
    case Kind::Loading: return Tr::tr("%1: loading and checking the model").arg(phaseText);
    case Kind::Comparing: return Tr::tr("%1: running %2").arg(phaseText, dataSet);
    case Kind::WarmingUp:
        return Tr::tr("%1: warming up at batch %2, run %3 of %4").arg(phaseText).arg(batch).arg(run).arg(runs);
    case Kind::Timing:
        return Tr::tr("%1: timing batch %2, run %3 of %4").arg(phaseText).arg(batch).arg(run).arg(runs);
    }
    return phaseText;
}

ModelValidator::ModelValidator(ValidationOptions options) : m_options(std::move(options))
{
}

QString ModelValidator::describe(const BudgetCheck &check)
{
    const QString limit = measuredText(check.kind, check.limit);
    switch (check.status) {
    case BudgetStatus::Held:
        return Tr::tr("The %1 of %2 is within the budget of %3.").arg(budgetName(check.kind),
                                                                measuredText(check.kind, *check.measured), limit);
    case BudgetStatus::Exceeded:
        return check.kind == BudgetKind::MinThroughput
            ? Tr::tr("The %1 of %2 is below the required %3.").arg(budgetName(check.kind),
                                                             measuredText(check.kind, *check.measured), limit)
            : Tr::tr("The %1 of %2 exceeds the budget of %3.").arg(budgetName(check.kind),
                                                             measuredText(check.kind, *check.measured), limit);
    case BudgetStatus::NotMeasured:
        return Tr::tr("The %1 was not measured, so the budget of %2 cannot be shown to hold.")
            .arg(budgetName(check.kind), limit);
    }
    return {};
}

QString ModelValidator::describe(const BatchDimension &batch)
{
    const QString input = QString::fromStdString(batch.inputName);
    switch (batch.kind) {
    case BatchDimension::Kind::Free: return {};
    case BatchDimension::Kind::NoInputs:
        return Tr::tr("Throughput was measured at one batch size only: the model has no inputs.");
    case BatchDimension::Kind::UnknownShape:
        return Tr::tr("Throughput was measured at one batch size only: input '%1' declares no shape.").arg(input);
    case BatchDimension::Kind::ScalarInput:
        return Tr::tr("Throughput was measured at one batch size only: input '%1' is a scalar.").arg(input);
    case BatchDimension::Kind::Fixed:
        return Tr::tr("Throughput was measured at one batch size only: input '%1' fixes its first dimension "
                      "to %2.").arg(input).arg(batch.fixedSize);
    }
    return {};
}

ValidationReport ModelValidator::validate(const QString &modelPath) const
{
    ValidationReport report;
    report.modelPath = modelPath;
    report.tolerance = m_options.tolerance;
    ValidationProgress progress;
    const auto notify = [this, &progress] {
        if (m_options.progress)
            m_options.progress(progress);
    };
    const auto cancelled = [this] { return m_options.cancel && m_options.cancel->load(); };
    notify();
    auto model = OnnxModelLoader(m_options.limits).loadFile(QFile::encodeName(modelPath).toStdString());
    if (!model) {
        fail(report, model.error());
        return report;
    }
    const Graph &graph = *model->graph;
    report.opset = graph.opset;
    report.producer = QString::fromStdString(model->producerName + " " + model->producerVersion).trimmed();
    std::unique_ptr<Engine> chosen = chooseEngine(report, m_options);
    if (!chosen)
        return report;
    report.support = chosen->checkSupport(graph);
    if (!report.support.supported() && report.pluginEngine && m_options.device == DeviceChoice::Auto) {
        // auto means "the GPU where it can": a model the GPU engine cannot run but the CPU
        // engine can is validated on the CPU, and the report says which nodes sent it there.
        const EngineOptions engineOptions{m_options.threads, m_options.limits.maxTensorBytes, false};
        auto cpu = std::make_unique<CpuEngine>(engineOptions);
        const SupportReport cpuSupport = cpu->checkSupport(graph);
        if (cpuSupport.supported()) {
            const QString gpuEngine = report.engine;
            const int nodes = int(report.support.nodes.size());
            const QString ops = EngineErrorText::describeUnsupported(report.support).join(u"; ");
            chosen = cpuEngineFor(report, engineOptions);
            report.support = cpuSupport;
            report.deviceNote = Tr::tr("No GPU was used: the %1 engine cannot run %n node(s) of this model (%2). "
                                       "The CPU reference engine ran the model.", nullptr, nodes)
                                    .arg(gpuEngine, ops);
        }
    }
    Engine &engine = *chosen;
    report.tolerance = chooseTolerance(report, m_options);
    if (!report.support.supported()) {
        report.verdict = Verdict::CannotValidate;
        report.unsupported = EngineErrorText::describeUnsupported(report.support);
        report.error = report.pluginEngine
            ? Error{Tr::tr("The model cannot be validated on the GPU: the %1 engine does not support %n node(s).",
                           nullptr, int(report.support.nodes.size())).arg(report.engine), modelPath}
            : Error{Tr::tr("The model cannot be validated: the CPU engine does not support %n node(s).",
                           nullptr, int(report.support.nodes.size())), modelPath};
        return report;
    }
    if (Status prepared = engine.prepare(model->graph); !prepared) {
        fail(report, prepared.error());
        return report;
    }
    const TensorComparator comparator(report.tolerance);
    const QString dataDir = m_options.dataDir.isEmpty() ? QFileInfo(modelPath).absolutePath() : m_options.dataDir;
    const bool lookForData = !m_options.dataDir.isEmpty() || m_options.dataBesideModel;
    std::vector<std::string> folders;
    if (lookForData)
        folders = TestDataSet::findFolders(QFile::encodeName(dataDir).toStdString());
    if (lookForData && folders.empty() && QFileInfo::exists(dataDir + u"/input_0.pb"))
        folders.push_back(QFile::encodeName(dataDir).toStdString()); // --data pointing at one set
    PerformanceRun performance(m_options.performance, m_options.limits.maxTensorBytes);
    performance.setCancelFlag(m_options.cancel);
    const auto perfPhases = [&](const std::vector<Tensor> &inputs) {
        return m_options.performance.enabled ? int(performance.plannedBatches(graph, inputs).size()) : 0;
    };
    progress.phaseCount = 1 + int(std::max<std::size_t>(1, folders.size())) + perfPhases({});

    std::unique_ptr<CpuEngine> reference; // a plugin engine's check on seeded inputs
    if (folders.empty() && report.pluginEngine)
        reference = referenceEngine(report, m_options, model->graph);
    std::vector<Tensor> timingInputs; // the first data set's inputs: what the timings run on
    const auto runSet = [&](const QString &name, std::vector<Tensor> inputs, const std::vector<Tensor> &golden,
                            const std::string &folder) -> bool {
        ++progress.phase;
        progress.kind = ValidationProgress::Kind::Comparing;
        progress.dataSet = name;
        notify();
        if (cancelled())
            return false;
        auto outputs = engine.run(inputs);
        std::vector<Tensor> cpuOutputs;
        if (outputs && golden.empty() && reference) {
            if (cancelled())
                return false;
            auto expected = reference->run(inputs);
            if (!expected)
                outputs = expected.error();
            else
                cpuOutputs = std::move(expected.value());
        }
        if (!outputs) {
            EngineError e = outputs.error();
            if (e.path.empty())
                e.path = folder;
            fail(report, e);
            return false;
        }
        const OutputReference against = !golden.empty() ? OutputReference::Golden
            : reference                                  ? OutputReference::CpuEngine
                                                         : OutputReference::None;
        report.dataSets.push_back(compareOutputs(graph, comparator, name, outputs.value(),
                                                 golden.empty() ? cpuOutputs : golden, against));
        if (timingInputs.empty())
            timingInputs = std::move(inputs);
        return true;
    };
    if (folders.empty()) {
        auto inputs = generateInputs(graph, m_options.seed);
        if (!inputs) {
            fail(report, inputs.error());
            return report;
        }
        if (!runSet(Tr::tr("seeded inputs"), std::move(inputs.value()), {}, {}))
            return cancelled() ? (report.verdict = Verdict::Cancelled, report) : report;
    }
    for (const std::string &folder : folders) {
        const QString name = QDir(QString::fromStdString(folder)).dirName();
        auto data = TestDataSet::load(folder, m_options.limits);
        if (!data) {
            fail(report, data.error());
            return report;
        }
        warnAboutInputs(report, name, data->inputs);
        if (!data->outputs.empty() && data->outputs.size() != graph.outputs.size()) {
            EngineError e = makeError(ErrorCode::OutputCountMismatch, {});
            e.expected = int64_t(graph.outputs.size());
            e.actual = int64_t(data->outputs.size());
            e.path = folder;
            fail(report, e);
            return report;
        }
        if (!runSet(name, std::move(data->inputs), data->outputs, folder))
            return cancelled() ? (report.verdict = Verdict::Cancelled, report) : report;
    }
    report.outputsPassed = std::all_of(report.dataSets.begin(), report.dataSets.end(),
                                       [](const DataSetResult &set) { return set.passed; });
    if (m_options.performance.enabled) {
        const int comparePhases = progress.phase;
        progress.phaseCount = comparePhases + perfPhases(timingInputs);
        performance.setProgress([&](const PerformanceProgress &step) {
            progress.phase = comparePhases + 1 + step.batchIndex;
            progress.kind = step.step == PerformanceProgress::Step::Warmup ? ValidationProgress::Kind::WarmingUp
                                                                           : ValidationProgress::Kind::Timing;
            progress.batch = step.batch;
            progress.run = step.run;
            progress.runs = step.runs;
            notify();
        });
        if (!measurePerformance(report, engine, graph, timingInputs, performance))
            return report;
    }
    if (report.performance)
        report.performance->memoryCountsForBudget = m_options.memoryBudgetOnHost || report.performance->device.gpu;
    report.budgets = checkBudgets(m_options.budgets, report.performance ? &*report.performance : nullptr,
                                  report.performance && report.performance->memoryCountsForBudget);
    for (const BudgetCheck &check : report.budgets) {
        if (check.held())
            continue;
        report.budgetFailures << describe(check);
        if (check.kind == BudgetKind::MaxMemory && check.status == BudgetStatus::NotMeasured && report.performance
            && !report.performance->memoryCountsForBudget)
            report.budgetFailures.last() += u' '
                + Tr::tr("A memory budget means GPU memory, and the model ran on the CPU; choose the CPU "
                         "explicitly (--device cpu) to hold the CPU engine's memory to it.");
    }
    const bool budgetsHeld = std::all_of(report.budgets.begin(), report.budgets.end(),
                                         [](const BudgetCheck &check) { return check.held(); });
    report.verdict = report.outputsPassed && budgetsHeld ? Verdict::Passed : Verdict::Failed;
    return report;
}

} // namespace fleetdeck::validation
