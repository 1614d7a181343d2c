#include "core/validation/engine/cuda/Folding.h"

#include "core/validation/engine/CpuEngine.h"

#include <algorithm>
#include <unordered_set>

namespace fleetdeck::validation::cuda {

namespace {
// Never folded even when all inputs are known: their result is not a function of the inputs.
bool isNondeterministic(const Node &node)
{
    return node.opType.rfind("Random", 0) == 0 || node.opType == "Multinomial" || node.opType == "Bernoulli";
}

} // namespace

// Ops whose result depends on the input's shape alone: folded once the plan knows the shapes.
bool readsShapeOnly(const Node &node)
{
    return node.opType == "Shape" || node.opType == "Size";
}

// Shape-15's start/end clamp like Slice.
Tensor foldShapeOnly(const Node &node, const Shape &shape)
{
    if (node.opType == "Size")
        return Tensor::fromVector<int64_t>(DataType::Int64, {}, {checkedElementCount(shape).value_or(0)});
    const cpu::AttributeReader attributes(node);
    const auto rank = static_cast<int64_t>(shape.size());
    auto clampAxis = [rank](int64_t axis) {
        if (axis < 0)
            axis += rank;
        return std::clamp<int64_t>(axis, 0, rank);
    };
    const int64_t start = clampAxis(attributes.getInt("start", 0));
    const int64_t end = attributes.has("end") ? clampAxis(attributes.getInt("end", rank)) : rank;
    std::vector<int64_t> dims;
    for (int64_t i = start; i < end; ++i)
        dims.push_back(shape[static_cast<std::size_t>(i)]);
    const auto count = static_cast<int64_t>(dims.size());
    return Tensor::fromVector<int64_t>(DataType::Int64, {count}, dims);
}

std::vector<bool> foldableNodes(const Graph &graph, std::vector<std::string> *constantValues)
{
    std::unordered_set<std::string> known;
    for (const auto &entry : graph.initializers)
        known.insert(entry.first);
    std::vector<bool> folded(graph.nodes.size(), false);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes[i];
        if (isNondeterministic(node))
            continue;
        bool allKnown = true;
        if (!readsShapeOnly(node)) {
            for (const std::string &input : node.inputs)
                allKnown = allKnown && (input.empty() || known.count(input) > 0);
        }
        // Folding runs the CPU engine's kernel, so only what that engine runs as defined folds
        // (never a pre-opset-6 definition it refuses, a custom domain or a sequence).
        if (!allKnown || CpuEngine::nodeSupport(graph, node))
            continue;
        folded[i] = true;
        for (const std::string &output : node.outputs) {
            if (!output.empty())
                known.insert(output);
        }
    }
    if (constantValues)
        constantValues->assign(known.begin(), known.end());
    return folded;
}

} // namespace fleetdeck::validation::cuda
