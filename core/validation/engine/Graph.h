#pragma once

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/SupportReport.h"
#include "core/validation/engine/Tensor.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace fleetdeck::validation {

// The graph IR every engine reads: plain C++, no protobuf, no Qt. The ONNX loader fills it.

// An attribute no engine reads yet (a sub-graph of If/Loop/Scan, a sparse tensor, a type) is
// kept as a marker naming its kind, so capability checks can say why a node cannot run.
struct OpaqueAttribute
{
    std::string kind; // "graph", "graphs", "sparse_tensor", "tensors", "type_proto"...
};

using AttributeValue = std::variant<int64_t, float, std::string, Tensor, std::vector<int64_t>,
                                     std::vector<float>, std::vector<std::string>, OpaqueAttribute>;

struct Node
{
    std::string name;
    std::string opType;
    std::string domain;           // "" for the default ONNX domain
    std::vector<std::string> inputs;  // "" marks an omitted optional input
    std::vector<std::string> outputs; // "" marks an unused optional output
    std::map<std::string, AttributeValue, std::less<>> attributes;
    // The op's definition in force at the model's opset ("Reshape-5"), and whether a later
    // opset redefined the op: engines implement current definitions and a few older ones.
    int64_t sinceVersion = 0;
    bool redefinedLater = false;
    // Per input: the index of the first input bound to the same type parameter of the op's
    // schema ("T" of Add, Concat, Where's X and Y), or -1. Engines check it before a kernel runs:
    // kernels read such inputs as one element type.
    std::vector<int> sameTypeAs;

    bool hasAttribute(std::string_view key) const { return attributes.find(key) != attributes.end(); }
    // A name for messages: the node's own name, or "OpType#index" when the file gave none.
    std::string displayName(std::size_t index) const;
};

// -1 in a dimension means unknown / symbolic.
struct ValueInfo
{
    std::string name;
    DataType type = DataType::Undefined;
    Shape shape;
    bool hasShape = false;
    bool isTensor = true; // false for sequence, map and optional values
};

struct Graph
{
    std::string name;
    int64_t opset = 0;            // version of the default domain
    std::map<std::string, int64_t> otherOpsets; // other domains the model imports
    std::vector<Node> nodes;      // in topological order (the checker enforces it)
    std::vector<ValueInfo> inputs;  // graph inputs that are not initializers
    std::vector<ValueInfo> outputs;
    std::unordered_map<std::string, Tensor> initializers;
    std::unordered_map<std::string, ValueInfo> valueInfo; // every typed value, from shape inference

    DataType typeOf(const std::string &value) const;
};

// The default ONNX domain: "" or "ai.onnx".
bool isDefaultDomain(const std::string &domain);

// An engine's checkSupport() over a graph: every node `reason` refuses, named and with the opset
// of its domain (a custom domain's own version).
using NodeSupport = std::function<std::optional<UnsupportedReason>(std::size_t index, const Node &node)>;
SupportReport checkNodes(const Graph &graph, std::string engine, const NodeSupport &reason);

// Inputs given to an engine's run(), by position of graph.inputs: their count, element types and
// the dimensions the model fixes (symbolic ones take any size). Every engine checks this first.
Status checkGraphInputs(const Graph &graph, const std::vector<Tensor> &inputs);

} // namespace fleetdeck::validation
