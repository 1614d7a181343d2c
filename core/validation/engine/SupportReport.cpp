#include "core/validation/engine/SupportReport.h"

#include <algorithm>

namespace fleetdeck::validation {

std::string UnsupportedReason::describe() const
{
    switch (kind) {
    case UnsupportedKind::UnknownOp: return "no kernel";
    case UnsupportedKind::CustomDomain: return "custom domain " + detail;
    case UnsupportedKind::OpsetVersion: return "opset version " + detail;
    case UnsupportedKind::DataType: return detail.empty() ? "data type" : detail;
    case UnsupportedKind::AttributeValue: return detail;
    case UnsupportedKind::InputForm: return detail;
    case UnsupportedKind::Subgraph: return "control flow with sub-graphs";
    }
    return detail;
}

std::map<std::string, SupportReport::OpSummary> SupportReport::byOp() const
{
    std::map<std::string, OpSummary> summary;
    for (const UnsupportedNode &node : nodes) {
        const std::string key = node.domain.empty() || node.domain == "ai.onnx"
            ? node.opType : node.domain + ":" + node.opType;
        OpSummary &entry = summary[key];
        ++entry.count;
        entry.nodeNames.push_back(node.nodeName);
        const std::string reason = node.reason.describe();
        if (std::find(entry.reasons.begin(), entry.reasons.end(), reason) == entry.reasons.end())
            entry.reasons.push_back(reason);
    }
    return summary;
}

std::string SupportReport::describe() const
{
    std::string text;
    for (const auto &[op, entry] : byOp()) {
        if (!text.empty())
            text += "; ";
        text += op + " (" + std::to_string(entry.count) + ": ";
        for (std::size_t i = 0; i < entry.nodeNames.size() && i < 5; ++i)
            text += (i ? ", " : "") + entry.nodeNames[i];
        if (entry.nodeNames.size() > 5)
            text += ", ...";
        for (const std::string &reason : entry.reasons)
            text += " [" + reason + "]";
        text += ")";
    }
    return text;
}

} // namespace fleetdeck::validation
