#include "core/validation/engine/Graph.h"

namespace fleetdeck::validation {

std::string Node::displayName(std::size_t index) const
{
    if (!name.empty())
        return name;
    return opType + "#" + std::to_string(index);
}

DataType Graph::typeOf(const std::string &value) const
{
    if (auto it = valueInfo.find(value); it != valueInfo.end())
        return it->second.type;
    if (auto it = initializers.find(value); it != initializers.end())
        return it->second.dataType();
    return DataType::Undefined;
}

bool isDefaultDomain(const std::string &domain)
{
    return domain.empty() || domain == "ai.onnx";
}

SupportReport checkNodes(const Graph &graph, std::string engine, const NodeSupport &reason)
{
    SupportReport report;
    report.engine = std::move(engine);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes[i];
        auto refused = reason(i, node);
        if (!refused)
            continue;
        int64_t opset = graph.opset;
        if (!isDefaultDomain(node.domain)) {
            auto it = graph.otherOpsets.find(node.domain);
            opset = it == graph.otherOpsets.end() ? 0 : it->second;
        }
        report.nodes.push_back(UnsupportedNode{node.displayName(i), node.opType, node.domain, opset, std::move(*refused)});
    }
    return report;
}

Status checkGraphInputs(const Graph &graph, const std::vector<Tensor> &inputs)
{
    if (inputs.size() != graph.inputs.size()) {
        EngineError error = makeError(ErrorCode::InputCountMismatch, {});
        error.expected = static_cast<int64_t>(graph.inputs.size());
        error.actual = static_cast<int64_t>(inputs.size());
        return error;
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const ValueInfo &info = graph.inputs[i];
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

} // namespace fleetdeck::validation
