#include "core/validation/ModelValidator.h"

#include "core/validation/EngineErrorText.h"
#include "core/validation/Tr.h"
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/TestDataSet.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdint>

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

DataSetResult compareOutputs(const Graph &graph, const TensorComparator &comparator, const QString &name,
                             const std::vector<Tensor> &actual, const std::vector<Tensor> &expected)
{
    DataSetResult result;
    result.name = name;
    result.passed = true;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        result.outputNonFinite.push_back(countNonFinite(actual[i]));
        if (i < expected.size()) {
            result.outputs.push_back(comparator.compare(graph.outputs[i].name, actual[i], expected[i]));
            result.passed = result.passed && result.outputs.back().passed();
        } else if (result.outputNonFinite.back().nan > 0 || result.outputNonFinite.back().inf > 0) {
            // Without a golden value, NaN or Inf in an output is a failure by itself.
            result.passed = false;
        }
    }
    return result;
}

} // namespace

ModelValidator::ModelValidator(ValidationOptions options) : m_options(std::move(options))
{
}

ValidationReport ModelValidator::validate(const QString &modelPath) const
{
    ValidationReport report;
    report.modelPath = modelPath;
    auto model = OnnxModelLoader(m_options.limits).loadFile(QFile::encodeName(modelPath).toStdString());
    if (!model) {
        fail(report, model.error());
        return report;
    }
    const Graph &graph = *model->graph;
    report.opset = graph.opset;
    report.producer = QString::fromStdString(model->producerName + " " + model->producerVersion).trimmed();
    CpuEngine engine(EngineOptions{m_options.threads, m_options.limits.maxTensorBytes});
    report.support = engine.checkSupport(graph);
    if (!report.support.supported()) {
        report.verdict = Verdict::CannotValidate;
        report.unsupported = EngineErrorText::describeUnsupported(report.support);
        report.error = Error{Tr::tr("The model cannot be validated: the CPU engine does not support %n node(s).",
                                    nullptr, int(report.support.nodes.size())), modelPath};
        return report;
    }
    if (Status prepared = engine.prepare(model->graph); !prepared) {
        fail(report, prepared.error());
        return report;
    }
    const TensorComparator comparator(m_options.tolerance);
    const QString dataDir = m_options.dataDir.isEmpty() ? QFileInfo(modelPath).absolutePath() : m_options.dataDir;
    std::vector<std::string> folders = TestDataSet::findFolders(QFile::encodeName(dataDir).toStdString());
    if (folders.empty() && QFileInfo::exists(dataDir + u"/input_0.pb"))
        folders.push_back(QFile::encodeName(dataDir).toStdString()); // --data pointing at one set
    report.verdict = Verdict::Passed;
    if (folders.empty()) {
        auto inputs = generateInputs(graph, m_options.seed);
        if (!inputs) {
            fail(report, inputs.error());
            return report;
        }
        auto outputs = engine.run(inputs.value());
        if (!outputs) {
            fail(report, outputs.error());
            return report;
        }
        report.dataSets.push_back(compareOutputs(graph, comparator, Tr::tr("seeded inputs"), outputs.value(), {}));
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
        auto outputs = engine.run(data->inputs);
        if (!outputs) {
            EngineError e = outputs.error();
            if (e.path.empty())
                e.path = folder;
            fail(report, e);
            return report;
        }
        report.dataSets.push_back(compareOutputs(graph, comparator, name, outputs.value(), data->outputs));
    }
    for (const DataSetResult &set : report.dataSets) {
        if (!set.passed)
            report.verdict = Verdict::Failed;
    }
    return report;
}

} // namespace fleetdeck::validation
