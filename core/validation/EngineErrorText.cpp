#include "core/validation/EngineErrorText.h"

#include "core/validation/Tr.h"

#include <map>

namespace fleetdeck::validation {

namespace {
QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString nodeText(const EngineError &e)
{
    if (e.nodeName.empty())
        return q(e.opType);
    return Tr::tr("%1 (node %2)").arg(q(e.opType), q(e.nodeName));
}

QString message(const EngineError &e)
{
    switch (e.code) {
    case ErrorCode::FileNotFound:
        return Tr::tr("The file does not exist. Check the path.");
    case ErrorCode::FileUnreadable:
        return Tr::tr("The file cannot be read. Check that it is a regular file and its permissions.");
    case ErrorCode::FileTooLarge:
        return Tr::tr("The file is %1 bytes, more than the %2 bytes a model file may have. Store large weights as external data.")
            .arg(e.actual).arg(e.expected);
    case ErrorCode::NotOnnx:
        return Tr::tr("This is not an ONNX file, or it is truncated. Export the model again.");
    case ErrorCode::CheckerFailed:
        return Tr::tr("The ONNX checker rejects the model: %1. Fix the exporter or the model.").arg(q(e.detail));
    case ErrorCode::ShapeInferenceFailed:
        return Tr::tr("Shape inference fails: %1. The model's shapes or types are inconsistent.").arg(q(e.detail));
    case ErrorCode::CheckerCrashed:
        return Tr::tr("The ONNX library crashed while checking the model (%1). The file is malformed in a way "
                      "the library cannot handle; export the model again.").arg(q(e.detail));
    case ErrorCode::CheckerTimedOut:
        return Tr::tr("Checking the model took longer than %1 s and was stopped. The file may be malformed "
                      "(for example, sizes that make shape inference explode); export it again.").arg(e.expected);
    case ErrorCode::CheckerUnavailable:
        return Tr::tr("The model checker %1 cannot be started: %2. Reinstall Fleetdeck.")
            .arg(q(e.path), q(e.detail));
    case ErrorCode::UnsupportedOpset:
        return Tr::tr("The model uses opset %1; this version reads opsets up to %2. Export with an older opset.")
            .arg(e.opset).arg(e.expected);
    case ErrorCode::UnsupportedIrVersion:
        return Tr::tr("The model has IR version %1; versions 3 to %2 are supported.").arg(e.actual).arg(e.expected);
    case ErrorCode::DeclaredSizeTooLarge:
        return Tr::tr("Tensor '%1' declares a size beyond the limit of %2 bytes (%3); the file is damaged or hostile.")
            .arg(q(e.valueName)).arg(e.expected).arg(q(e.detail));
    case ErrorCode::TensorDataMismatch:
        return Tr::tr("Tensor '%1' holds %2 values or bytes where its shape needs %3; the file is damaged.")
            .arg(q(e.valueName)).arg(e.actual).arg(e.expected);
    case ErrorCode::ExternalDataMissing:
        return Tr::tr("The external data of tensor '%1' is missing: %2. Copy the data file next to the model.")
            .arg(q(e.valueName), q(e.path));
    case ErrorCode::ExternalDataOutsideModel:
        return Tr::tr("Tensor '%1' points outside the model's folder for its data (%2); this is refused.")
            .arg(q(e.valueName), q(e.detail));
    case ErrorCode::ExternalDataOutOfRange:
        return Tr::tr("The external data of tensor '%1' does not fit in %2 (offset %3, %4 bytes needed).")
            .arg(q(e.valueName), q(e.path)).arg(e.offset).arg(e.expected);
    case ErrorCode::UnsupportedDataType:
        return Tr::tr("Tensor '%1' has a data type this engine cannot hold (%2).").arg(q(e.valueName), q(e.detail));
    case ErrorCode::UnsupportedOps:
        return Tr::tr("The model uses ops this engine cannot run: %1.").arg(q(e.detail));
    case ErrorCode::InvalidGraph:
        return Tr::tr("The graph is invalid near %1: value '%2' (%3).").arg(nodeText(e), q(e.valueName), q(e.detail));
    case ErrorCode::InputCountMismatch:
        return Tr::tr("The model has %1 inputs but the data provides %2.").arg(e.expected).arg(e.actual);
    case ErrorCode::InputTypeMismatch:
        return Tr::tr("Input '%1' has the wrong type: %2.").arg(q(e.valueName), q(e.detail));
    case ErrorCode::InputShapeMismatch:
        return Tr::tr("Input '%1' has the wrong shape: %2.").arg(q(e.valueName), q(e.detail));
    case ErrorCode::OutputCountMismatch:
        return Tr::tr("The model has %1 outputs but the data provides %2.").arg(e.expected).arg(e.actual);
    case ErrorCode::KernelFailed:
        return Tr::tr("%1 cannot compute its inputs: %2.").arg(nodeText(e), q(e.detail));
    case ErrorCode::MemoryLimitExceeded:
        return Tr::tr("%1 would need more than %2 bytes for one tensor (%3).").arg(nodeText(e)).arg(e.expected).arg(q(e.detail));
    case ErrorCode::NotPrepared:
        return Tr::tr("The engine was not given a model.");
    }
    return q(e.describe());
}
} // namespace

Error EngineErrorText::toError(const EngineError &error)
{
    return Error{message(error), q(error.path)};
}

bool EngineErrorText::meansCannotValidate(const EngineError &error)
{
    switch (error.code) {
    case ErrorCode::UnsupportedOpset:
    case ErrorCode::UnsupportedIrVersion:
    case ErrorCode::UnsupportedDataType:
    case ErrorCode::UnsupportedOps:
        return true;
    default:
        return false;
    }
}

QString EngineErrorText::reasonText(const UnsupportedReason &reason)
{
    const QString detail = q(reason.detail);
    switch (reason.kind) {
    case UnsupportedKind::UnknownOp: return Tr::tr("not implemented");
    case UnsupportedKind::CustomDomain: return Tr::tr("custom domain %1").arg(detail);
    case UnsupportedKind::OpsetVersion: return Tr::tr("old definition %1").arg(detail);
    case UnsupportedKind::DataType: return Tr::tr("data type: %1").arg(detail);
    case UnsupportedKind::AttributeValue: return Tr::tr("attribute: %1").arg(detail);
    case UnsupportedKind::InputForm: return Tr::tr("unsupported form: %1").arg(detail);
    case UnsupportedKind::Subgraph: return Tr::tr("control flow (sub-graph in %1)").arg(detail);
    }
    return detail;
}

QString EngineErrorText::pluginText(const LoadedEngine &loaded)
{
    const QString path = q(loaded.path);
    const QString detail = q(loaded.detail);
    switch (loaded.status) {
    case PluginStatus::Loaded:
        return {};
    case PluginStatus::NotInstalled: {
        QStringList searched;
        for (const std::string &place : loaded.searched)
            searched << q(place);
        return Tr::tr("the CUDA engine plugin is not installed (looked in: %1)").arg(searched.join(u", "));
    }
    case PluginStatus::NotLoadable:
        return Tr::tr("the CUDA engine plugin %1 cannot be loaded (%2); install the CUDA runtime and cuBLAS it "
                      "needs, or the Fleetdeck CUDA engine package again").arg(path, detail);
    case PluginStatus::NotAnEngine:
        return Tr::tr("%1 is not a Fleetdeck engine plugin: it has no %2").arg(path, detail);
    case PluginStatus::WrongAbi:
        return Tr::tr("%1 was built for another Fleetdeck (ABI %2, this is %3); install the CUDA engine package "
                      "of this version").arg(path).arg(loaded.pluginAbi).arg(engineAbiVersion);
    case PluginStatus::NoDevice:
        // The plugin's own reason is English ("no CUDA device: cudaGetDeviceCount ..."): it comes
        // from the CUDA runtime, which has no translations either.
        return q(loaded.unavailable);
    case PluginStatus::NotOnThisPlatform:
        return Tr::tr("engine plugins cannot be loaded on this platform yet");
    }
    return q(loaded.unavailable);
}

QStringList EngineErrorText::describeUnsupported(const SupportReport &report)
{
    struct Entry
    {
        QStringList nodes;
        QStringList reasons;
    };
    std::map<QString, Entry> byOp;
    for (const UnsupportedNode &node : report.nodes) {
        const QString op = node.domain.empty() || node.domain == "ai.onnx"
            ? q(node.opType) : q(node.domain) + u':' + q(node.opType);
        Entry &entry = byOp[op];
        entry.nodes << q(node.nodeName);
        const QString reason = reasonText(node.reason);
        if (!entry.reasons.contains(reason))
            entry.reasons << reason;
    }
    QStringList lines;
    for (const auto &[op, entry] : byOp) {
        lines << Tr::tr("%1: %n node(s) (%2): %3", nullptr, int(entry.nodes.size()))
                     .arg(op, entry.nodes.join(u", "), entry.reasons.join(u"; "));
    }
    return lines;
}

} // namespace fleetdeck::validation
