#include "core/validation/engine/CpuEngine.h"

#include "core/validation/engine/cpu/OpRegistry.h"

#include <set>
#include <unordered_map>
#include <unordered_set>

namespace fleetdeck::validation {

using cpu::OpRegistry;

namespace {

// Inputs that share a type parameter in the op's schema must hold one element type: the
// checker guarantees it for a checked model, and kernels rely on it. Checked here all the same,
// so an unchecked graph gets an error, never a read past a buffer.
Status checkSharedTypes(const Node &node, const std::vector<const Tensor *> &args)
{
    for (std::size_t i = 0; i < node.sameTypeAs.size() && i < args.size(); ++i) {
        const int j = node.sameTypeAs[i];
        if (j < 0 || !args[i] || !args[static_cast<std::size_t>(j)])
            continue;
        const DataType a = args[static_cast<std::size_t>(j)]->dataType();
        const DataType b = args[i]->dataType();
        if (a != b) {
            EngineError e = makeError(ErrorCode::KernelFailed,
                "inputs " + std::to_string(j) + " and " + std::to_string(i) + " must have one element type, not "
                    + std::string(dataTypeName(a)) + " and " + std::string(dataTypeName(b)));
            e.opType = node.opType;
            return e;
        }
    }
    return {};
}
bool isIncompatibleLegacyOp(const Node &node)
{
    static const std::set<std::pair<std::string, int64_t>> legacy = {
        {"Reshape", 1}, {"Upsample", 1}, {"Pad", 1}, {"Tile", 1}, {"Split", 1}, {"Cast", 1}, {"Concat", 1},
        {"Dropout", 1}, {"BatchNormalization", 1}};
    return legacy.count({node.opType, node.sinceVersion}) > 0;
}

bool isDefaultDomain(const std::string &domain)
{
    return domain.empty() || domain == "ai.onnx";
}
std::optional<UnsupportedReason> nonTensorValue(const Graph &graph, const Node &node)
{
    auto check = [&graph](const std::vector<std::string> &names) -> std::optional<UnsupportedReason> {
        for (const std::string &name : names) {
            auto it = graph.valueInfo.find(name);
            if (it != graph.valueInfo.end() && !it->second.isTensor)
                return UnsupportedReason{UnsupportedKind::InputForm, "sequence or optional value " + name};
        }
        return std::nullopt;
    };
    if (auto reason = check(node.inputs))
        return reason;
    return check(node.outputs);
}
} // namespace

CpuEngine::CpuEngine(EngineOptions options) : m_options(options), m_pool(options.threads)
{
}

SupportReport CpuEngine::checkSupport(const Graph &graph) const
{
    SupportReport report;
    report.engine = name();
    const OpRegistry &registry = OpRegistry::instance();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes[i];
        UnsupportedNode entry{node.displayName(i), node.opType, node.domain, graph.opset, {}};
        if (!isDefaultDomain(node.domain)) {
            auto it = graph.otherOpsets.find(node.domain);
            entry.opset = it == graph.otherOpsets.end() ? 0 : it->second;
            entry.reason = {UnsupportedKind::CustomDomain, node.domain};
            report.nodes.push_back(std::move(entry));
            continue;
        }
        // A few definitions from before opset 6 mean something else than today's (Reshape-1's
        // shape attribute, Cast-1's type names...); those are not implemented. Other old
        // definitions differ only in hints (consumed_inputs) or in types, and run as today's.
        if (node.redefinedLater && isIncompatibleLegacyOp(node)) {
            entry.reason = {UnsupportedKind::OpsetVersion, node.opType + "-" + std::to_string(node.sinceVersion)};
            report.nodes.push_back(std::move(entry));
            continue;
        }
        if (auto reason = nonTensorValue(graph, node)) {
            entry.reason = *reason;
            report.nodes.push_back(std::move(entry));
            continue;
        }
        cpu::SupportQuery query{node, graph.opset, {}, {}, cpu::AttributeReader(node)};
        for (const std::string &input : node.inputs)
            query.inputTypes.push_back(input.empty() ? DataType::Undefined : graph.typeOf(input));
        for (const std::string &output : node.outputs)
            query.outputTypes.push_back(output.empty() ? DataType::Undefined : graph.typeOf(output));
        if (auto reason = registry.check(query)) {
            entry.reason = *reason;
            report.nodes.push_back(std::move(entry));
        }
    }
    return report;
}

Status CpuEngine::prepare(std::shared_ptr<const Graph> graph)
{
    if (!graph)
        return makeError(ErrorCode::NotPrepared, "no graph");
    const SupportReport support = checkSupport(*graph);
    if (!support.supported()) {
        EngineError error = makeError(ErrorCode::UnsupportedOps, support.describe());
        error.opType = support.nodes.front().opType;
        error.nodeName = support.nodes.front().nodeName;
        return error;
    }
    // Which node reads each value last, so its memory goes back as soon as possible.
    std::unordered_map<std::string, std::size_t> lastReader;
    for (std::size_t i = 0; i < graph->nodes.size(); ++i) {
        for (const std::string &input : graph->nodes[i].inputs) {
            if (!input.empty())
                lastReader[input] = i;
        }
    }
    std::unordered_set<std::string> keep;
    for (const ValueInfo &output : graph->outputs)
        keep.insert(output.name);
    m_freeAfter.assign(graph->nodes.size(), {});
    for (const auto &[value, node] : lastReader) {
        if (!keep.count(value))
            m_freeAfter[node].push_back(value);
    }
    m_graph = std::move(graph);
    return {};
}

Status CpuEngine::checkInputs(const std::vector<Tensor> &inputs) const
{
    if (inputs.size() != m_graph->inputs.size()) {
        EngineError error = makeError(ErrorCode::InputCountMismatch, {});
        error.expected = static_cast<int64_t>(m_graph->inputs.size());
        error.actual = static_cast<int64_t>(inputs.size());
        return error;
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const ValueInfo &info = m_graph->inputs[i];
        const Tensor &tensor = inputs[i];
        if (info.type != DataType::Undefined && info.type != tensor.dataType()) {
            EngineError error = makeError(ErrorCode::InputTypeMismatch,
                std::string(dataTypeName(info.type)) + " expected, got " + std::string(dataTypeName(tensor.dataType())));
            error.valueName = info.name;
            error.offset = static_cast<int64_t>(i);
            return error;
        }
        if (!info.hasShape)
            continue;
        bool matches = info.shape.size() == tensor.shape().size();
        for (std::size_t d = 0; matches && d < info.shape.size(); ++d)
            matches = info.shape[d] < 0 || info.shape[d] == tensor.shape()[d];
        if (!matches) {
            EngineError error = makeError(ErrorCode::InputShapeMismatch,
                "model declares " + shapeToString(info.shape) + ", data has " + shapeToString(tensor.shape()));
            error.valueName = info.name;
            error.offset = static_cast<int64_t>(i);
            return error;
        }
    }
    return {};
}

Expected<std::vector<Tensor>> CpuEngine::run(const std::vector<Tensor> &inputs)
{
    if (!m_graph)
        return makeError(ErrorCode::NotPrepared, "prepare() was not called");
    FD_TRY_STATUS(checkInputs(inputs));
    const Graph &graph = *m_graph;
    std::unordered_map<std::string, const Tensor *> bound;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        bound[graph.inputs[i].name] = &inputs[i];
    std::unordered_map<std::string, Tensor> produced;
    auto lookup = [&](const std::string &name) -> const Tensor * {
        if (auto it = produced.find(name); it != produced.end())
            return &it->second;
        if (auto it = bound.find(name); it != bound.end())
            return it->second;
        if (auto it = graph.initializers.find(name); it != graph.initializers.end())
            return &it->second;
        return nullptr;
    };
    const OpRegistry &registry = OpRegistry::instance();
    for (std::size_t n = 0; n < graph.nodes.size(); ++n) {
        const Node &node = graph.nodes[n];
        std::vector<const Tensor *> args;
        for (const std::string &input : node.inputs) {
            const Tensor *tensor = input.empty() ? nullptr : lookup(input);
            if (!input.empty() && !tensor) {
                EngineError error = makeError(ErrorCode::InvalidGraph, "input used before it is produced");
                error.opType = node.opType;
                error.nodeName = node.displayName(n);
                error.valueName = input;
                return error;
            }
            args.push_back(tensor);
        }
        if (Status types = checkSharedTypes(node, args); !types.ok()) {
            EngineError error = types.error();
            error.nodeName = node.displayName(n);
            return error;
        }
        cpu::KernelContext context(node, graph.opset, std::move(args), m_pool, m_options.maxTensorBytes);
        Status status = registry.find(node.opType)->run(context);
        if (!status.ok()) {
            EngineError error = status.error();
            error.nodeName = node.displayName(n);
            return error;
        }
        std::vector<Tensor> outputs = context.takeOutputs();
        for (std::size_t o = 0; o < node.outputs.size() && o < outputs.size(); ++o) {
            if (!node.outputs[o].empty())
                produced[node.outputs[o]] = std::move(outputs[o]);
        }
        for (const std::string &value : m_freeAfter[n])
            produced.erase(value);
    }
    std::vector<Tensor> results;
    for (const ValueInfo &output : graph.outputs) {
        const Tensor *tensor = lookup(output.name);
        if (!tensor) {
            EngineError error = makeError(ErrorCode::InvalidGraph, "graph output is never produced");
            error.valueName = output.name;
            return error;
        }
        results.push_back(*tensor);
    }
    return results;
}

} // namespace fleetdeck::validation
