#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fleetdeck::validation {

// Why an engine cannot run a node, as a kind plus the fact (type name, attribute=value...), so
// that the operator's message can be translated and a conformance skip can name its reason.
enum class UnsupportedKind {
    UnknownOp,       // the engine has no kernel for this op at all
    CustomDomain,    // op from a domain other than ai.onnx
    OpsetVersion,    // the op's definition at this opset is not implemented
    DataType,        // detail: the type, e.g. "float16 inputs"
    AttributeValue,  // detail: e.g. "mode=cubic"
    InputForm,       // detail: e.g. "dynamic pads", "optional output mask"
    Subgraph,        // control flow (If, Loop, Scan)
};

struct UnsupportedReason
{
    UnsupportedKind kind = UnsupportedKind::UnknownOp;
    std::string detail;

    std::string describe() const;
};

struct UnsupportedNode
{
    std::string nodeName;
    std::string opType;
    std::string domain;
    int64_t opset = 0;
    UnsupportedReason reason;
};

// Every node an engine cannot run. Empty means the model can be run.
struct SupportReport
{
    std::string engine;
    std::vector<UnsupportedNode> nodes;

    bool supported() const { return nodes.empty(); }

    struct OpSummary
    {
        int count = 0;
        std::vector<std::string> nodeNames;
        std::vector<std::string> reasons; // distinct reasons, in order of first appearance
    };
    // Grouped by op type ("domain:Op" for custom domains), for "3 × Foo at a, b, c".
    std::map<std::string, OpSummary> byOp() const;
    // "Foo (3: a, b, c); Bar (1: d: mode=cubic)" for logs and the conformance output.
    std::string describe() const;
};

} // namespace fleetdeck::validation
