#include "core/validation/engine/CpuEngine.h"

#include "core/validation/engine/cpu/OpRegistry.h"

#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <tuple>
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

// What prepare() may fold into one Conv.
struct Fusion
{
    std::vector<std::size_t> nodes;
    std::string residual;
    float minValue = -std::numeric_limits<float>::infinity();
    float maxValue = std::numeric_limits<float>::infinity();
};

// Who reads each value: the number of reads, and the last reader.
struct Readers
{
    std::unordered_map<std::string, int> count;
    std::unordered_map<std::string, std::size_t> last;
    std::unordered_set<std::string> graphOutputs;
    std::unordered_set<std::string> produced; // outputs of nodes

    // The node that alone reads value, if the value is not also a graph output.
    std::optional<std::size_t> soleReader(const std::string &value) const
    {
        auto it = count.find(value);
        if (it == count.end() || it->second != 1 || graphOutputs.count(value))
            return std::nullopt;
        return last.at(value);
    }
};

Readers findReaders(const Graph &graph)
{
    Readers readers;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        for (const std::string &input : graph.nodes[i].inputs) {
            if (!input.empty()) {
                ++readers.count[input];
                readers.last[input] = i;
            }
        }
        readers.produced.insert(graph.nodes[i].outputs.begin(), graph.nodes[i].outputs.end());
    }
    for (const ValueInfo &output : graph.outputs)
        readers.graphOutputs.insert(output.name);
    return readers;
}

bool isPlainNode(const Node &node, const char *opType, std::size_t maxInputs)
{
    return node.opType == opType && isDefaultDomain(node.domain) && node.outputs.size() == 1
        && !node.outputs[0].empty() && !node.inputs.empty() && node.inputs.size() <= maxInputs;
}

// A Clip bound that is an initializer (not a graph input, not computed), as runClip reads it.
std::optional<double> constantBound(const Graph &graph, const Readers &readers, const Node &node, std::size_t input,
                                    double fallback)
{
    if (input >= node.inputs.size() || node.inputs[input].empty())
        return fallback;
    const std::string &name = node.inputs[input];
    auto it = graph.initializers.find(name);
    if (it == graph.initializers.end() || readers.produced.count(name))
        return std::nullopt;
    for (const ValueInfo &info : graph.inputs) {
        if (info.name == name)
            return std::nullopt;
    }
    return it->second.elementCount() > 0 ? it->second.valueAsDouble(0) : fallback;
}

// The clamp a Relu or Clip applies, when prepare() can know it and float holds it exactly.
std::optional<std::pair<float, float>> clampOf(const Graph &graph, const Readers &readers, const Node &node)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (isPlainNode(node, "Relu", 1))
        return std::pair{0.0f, std::numeric_limits<float>::infinity()};
    if (!isPlainNode(node, "Clip", 3))
        return std::nullopt;
    std::optional<double> low, high;
    if (graph.opset < 11) {
        const cpu::AttributeReader attributes(node);
        low = attributes.getFloat("min", -std::numeric_limits<float>::max());
        high = attributes.getFloat("max", std::numeric_limits<float>::max());
    } else {
        low = constantBound(graph, readers, node, 1, -inf);
        high = constantBound(graph, readers, node, 2, inf);
    }
    if (!low || !high)
        return std::nullopt;
    const auto lowF = static_cast<float>(*low), highF = static_cast<float>(*high);
    if ((double(lowF) != *low && !std::isinf(*low)) || (double(highF) != *high && !std::isinf(*high)))
        return std::nullopt;
    return std::pair{std::isinf(*low) ? -std::numeric_limits<float>::infinity() : lowF,
                     std::isinf(*high) ? std::numeric_limits<float>::infinity() : highF};
}

// A Conv's output read by one Add alone (the residual join of ResNet and MobileNetV2), and what
// is left read by one Relu or Clip alone. Nothing else may see the values the fusion skips.
// absorbed: nodes an earlier Conv took (both inputs of an Add can be Conv outputs).
Fusion planFusion(const Graph &graph, const Readers &readers, std::size_t conv, const std::vector<bool> &absorbed)
{
    Fusion fusion;
    const Node &node = graph.nodes[conv];
    if (!isPlainNode(node, "Conv", 3))
        return fusion;
    std::string value = node.outputs[0];
    if (auto add = readers.soleReader(value); add && !absorbed[*add] && isPlainNode(graph.nodes[*add], "Add", 2)
        && graph.nodes[*add].inputs.size() == 2) {
        const Node &join = graph.nodes[*add];
        const std::string &other = join.inputs[0] == value ? join.inputs[1] : join.inputs[0];
        if (!other.empty()) {
            fusion.nodes.push_back(*add);
            fusion.residual = other;
            value = join.outputs[0];
        }
    }
    if (auto reader = readers.soleReader(value); reader && !absorbed[*reader]) {
        if (auto clamp = clampOf(graph, readers, graph.nodes[*reader])) {
            fusion.nodes.push_back(*reader);
            std::tie(fusion.minValue, fusion.maxValue) = *clamp;
        }
    }
    return fusion;
}

} // namespace

CpuEngine::CpuEngine(EngineOptions options)
    : m_options(options), m_pool(options.threads), m_recycler(std::make_unique<cpu::TensorRecycler>())
{
}

CpuEngine::~CpuEngine() = default;

std::optional<UnsupportedReason> CpuEngine::nodeSupport(const Graph &graph, const Node &node)
{
    if (!isDefaultDomain(node.domain))
        return UnsupportedReason{UnsupportedKind::CustomDomain, node.domain};
    // A few definitions from before opset 6 mean something else than today's (Reshape-1's
    // shape attribute, Cast-1's type names...); those are not implemented. Other old
    // definitions differ only in hints (consumed_inputs) or in types, and run as today's.
    if (node.redefinedLater && isIncompatibleLegacyOp(node))
        return UnsupportedReason{UnsupportedKind::OpsetVersion, node.opType + "-" + std::to_string(node.sinceVersion)};
    if (auto reason = nonTensorValue(graph, node))
        return reason;
    return OpRegistry::instance().check(cpu::supportQueryFor(graph, node));
}

SupportReport CpuEngine::checkSupport(const Graph &graph) const
{
    return checkNodes(graph, name(), [&graph](std::size_t, const Node &node) { return nodeSupport(graph, node); });
}

Status CpuEngine::prepare(std::shared_ptr<const Graph> graph)
{
    if (!graph)
        return makeError(ErrorCode::NotPrepared, "no graph");
    FD_TRY_STATUS(requireSupported(checkSupport(*graph)));
    const Readers readers = findReaders(*graph);
    // Steps in graph order; a fused group takes the place of its last node, where every input of
    // every node in it exists.
    std::vector<Step> steps;
    std::vector<bool> absorbed(graph->nodes.size(), false);
    std::vector<std::optional<Step>> at(graph->nodes.size());
    for (std::size_t i = 0; i < graph->nodes.size(); ++i) {
        if (absorbed[i])
            continue;
        Fusion fusion = planFusion(*graph, readers, i, absorbed);
        Step step{i, fusion.nodes, fusion.residual, fusion.minValue, fusion.maxValue, {}};
        for (std::size_t n : fusion.nodes)
            absorbed[n] = true;
        const std::size_t place = fusion.nodes.empty() ? i : fusion.nodes.back();
        at[place] = std::move(step);
    }
    for (auto &step : at) {
        if (step)
            steps.push_back(std::move(*step));
    }
    // Which step reads each value last, so its memory goes back as soon as possible.
    std::unordered_map<std::string, std::size_t> lastStep;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        std::vector<std::size_t> nodes{steps[s].node};
        nodes.insert(nodes.end(), steps[s].fused.begin(), steps[s].fused.end());
        for (std::size_t n : nodes) {
            for (const std::string &input : graph->nodes[n].inputs) {
                if (!input.empty())
                    lastStep[input] = s;
            }
        }
    }
    for (const auto &[value, s] : lastStep) {
        if (!readers.graphOutputs.count(value))
            steps[s].freeAfter.push_back(value);
    }
    m_steps = std::move(steps);
    m_recycler->clear();
    m_graph = std::move(graph);
    return {};
}

int64_t CpuEngine::recycledBytes() const
{
    return m_recycler->bytes();
}

std::vector<std::string> CpuEngine::fusedGroups() const
{
    std::vector<std::string> groups;
    for (const Step &step : m_steps) {
        if (step.fused.empty())
            continue;
        std::string line = m_graph->nodes[step.node].displayName(step.node);
        for (std::size_t n : step.fused)
            line.append(" + ").append(m_graph->nodes[n].displayName(n));
        groups.push_back(std::move(line));
    }
    return groups;
}

namespace {

// The values of one run and the running of one node.
class RunState
{
public:
    RunState(const Graph &graph, const std::vector<Tensor> &inputs, ThreadPool &pool, int64_t maxTensorBytes,
             cpu::TensorRecycler &recycler)
        : m_graph(graph), m_pool(pool), m_maxTensorBytes(maxTensorBytes), m_recycler(recycler)
    {
        for (std::size_t i = 0; i < inputs.size(); ++i)
            m_bound[graph.inputs[i].name] = &inputs[i];
    }

    const Tensor *lookup(const std::string &name) const
    {
        if (auto it = m_produced.find(name); it != m_produced.end())
            return &it->second;
        if (auto it = m_bound.find(name); it != m_bound.end())
            return it->second;
        if (auto it = m_graph.initializers.find(name); it != m_graph.initializers.end())
            return &it->second;
        return nullptr;
    }

    // Runs node n. With an epilogue its kernel may apply the nodes fused into it; then its output
    // is stored as fusedOutput and tookEpilogue is set.
    Status runNode(std::size_t n, const cpu::FusedEpilogue *epilogue, const std::string &fusedOutput,
                   bool &tookEpilogue)
    {
        const Node &node = m_graph.nodes[n];
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
        cpu::KernelContext context(node, m_graph.opset, std::move(args), m_pool, m_maxTensorBytes, &m_recycler,
                                   epilogue);
        Status status = OpRegistry::instance().find(node.opType)->run(context);
        if (!status.ok()) {
            EngineError error = status.error();
            error.nodeName = node.displayName(n);
            return error;
        }
        tookEpilogue = context.tookEpilogue();
        std::vector<Tensor> outputs = context.takeOutputs();
        for (std::size_t o = 0; o < node.outputs.size() && o < outputs.size(); ++o) {
            const std::string &name = tookEpilogue && o == 0 ? fusedOutput : node.outputs[o];
            if (!name.empty())
                m_produced[name] = std::move(outputs[o]);
        }
        return {};
    }

    // Its memory goes to the recycler for a later output of the same size.
    void release(const std::string &name)
    {
        auto it = m_produced.find(name);
        if (it == m_produced.end())
            return;
        m_recycler.give(std::move(it->second));
        m_produced.erase(it);
    }

private:
    const Graph &m_graph;
    ThreadPool &m_pool;
    int64_t m_maxTensorBytes;
    cpu::TensorRecycler &m_recycler;
    std::unordered_map<std::string, const Tensor *> m_bound;
    std::unordered_map<std::string, Tensor> m_produced;
};

} // namespace

Expected<std::vector<Tensor>> CpuEngine::run(const std::vector<Tensor> &inputs)
{
    if (!m_graph)
        return makeError(ErrorCode::NotPrepared, "prepare() was not called");
    FD_TRY_STATUS(checkGraphInputs(*m_graph, inputs));
    const Graph &graph = *m_graph;
    m_recycler->startRun();
    RunState state(graph, inputs, m_pool, m_options.maxTensorBytes, *m_recycler);
    for (const Step &step : m_steps) {
        bool fused = false;
        if (step.fused.empty()) {
            FD_TRY_STATUS(state.runNode(step.node, nullptr, {}, fused));
        } else {
            cpu::FusedEpilogue epilogue{nullptr, step.minValue, step.maxValue};
            if (!step.residual.empty())
                epilogue.residual = state.lookup(step.residual);
            const bool usable = step.residual.empty() || epilogue.residual;
            const std::string &output = graph.nodes[step.fused.back()].outputs[0];
            FD_TRY_STATUS(state.runNode(step.node, usable ? &epilogue : nullptr, output, fused));
            // The epilogue did not fit (a broadcasting Add, say): the fused nodes run as written.
            for (std::size_t i = 0; !fused && i < step.fused.size(); ++i) {
                bool ignored = false;
                FD_TRY_STATUS(state.runNode(step.fused[i], nullptr, {}, ignored));
            }
        }
        for (const std::string &value : step.freeAfter)
            state.release(value);
    }
    std::vector<Tensor> results;
    for (const ValueInfo &output : graph.outputs) {
        const Tensor *tensor = state.lookup(output.name);
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
