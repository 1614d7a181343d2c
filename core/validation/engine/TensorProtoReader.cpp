#include "core/validation/engine/TensorProtoReader.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fleetdeck::validation {

namespace fs = std::filesystem;

namespace {
// A bool holds 0 or 1; a file may hold any byte, and reading 68 as bool is undefined behaviour.
void normalizeBool(Tensor &tensor)
{
    if (tensor.dataType() != DataType::Bool)
        return;
    auto *bytes = static_cast<unsigned char *>(static_cast<void *>(tensor.bytes()));
    for (int64_t i = 0; i < tensor.elementCount(); ++i)
        bytes[i] = bytes[i] != 0 ? 1 : 0;
}
} // namespace

TensorProtoReader::TensorProtoReader(std::string modelDir, LoadLimits limits)
    : m_modelDir(std::move(modelDir)), m_limits(limits)
{
}

EngineError TensorProtoReader::error(ErrorCode code, const onnx::TensorProto &proto, std::string detail) const
{
    EngineError e = makeError(code, std::move(detail));
    e.valueName = proto.name();
    return e;
}

Expected<Tensor> TensorProtoReader::read(const onnx::TensorProto &proto)
{
    if (!isKnownDataType(proto.data_type()) || elementSize(static_cast<DataType>(proto.data_type())) == 0) {
        return error(ErrorCode::UnsupportedDataType, proto,
                     "tensor data type " + std::to_string(proto.data_type()));
    }
    const auto type = static_cast<DataType>(proto.data_type());
    Shape shape(proto.dims().begin(), proto.dims().end());
    // Check the declared size before allocating anything: a tiny file may claim terabytes.
    const auto count = checkedElementCount(shape);
    const auto size = static_cast<int64_t>(elementSize(type));
    if (!count || *count > m_limits.maxTensorBytes / size) {
        EngineError e = error(ErrorCode::DeclaredSizeTooLarge, proto, "declared shape " + shapeToString(shape));
        e.expected = m_limits.maxTensorBytes;
        return e;
    }
    const int64_t bytes = *count * size;
    if (proto.data_location() == onnx::TensorProto::EXTERNAL)
        return readExternal(proto, Tensor(type, std::move(shape)));
    if (proto.has_raw_data()) {
        if (static_cast<int64_t>(proto.raw_data().size()) != bytes) {
            EngineError e = error(ErrorCode::TensorDataMismatch, proto, "raw_data size differs from shape");
            e.expected = bytes;
            e.actual = static_cast<int64_t>(proto.raw_data().size());
            return e;
        }
        Tensor tensor(type, std::move(shape));
        if (bytes > 0)
            std::memcpy(tensor.bytes(), proto.raw_data().data(), static_cast<std::size_t>(bytes));
        normalizeBool(tensor);
        return tensor;
    }
    return readTyped(proto, Tensor(type, std::move(shape)));
}

namespace {
template <typename Out, typename Field>
bool copyField(const Field &field, Tensor &tensor)
{
    if (static_cast<int64_t>(field.size()) != tensor.elementCount())
        return false;
    Out *out = tensor.data<Out>();
    for (int i = 0; i < field.size(); ++i)
        out[i] = static_cast<Out>(field.Get(i));
    return true;
}

int64_t fieldCount(const onnx::TensorProto &p)
{
    return p.float_data_size() + p.int32_data_size() + p.int64_data_size() + p.double_data_size()
        + p.uint64_data_size();
}
} // namespace

Expected<Tensor> TensorProtoReader::readTyped(const onnx::TensorProto &proto, Tensor tensor)
{
    bool ok = false;
    switch (tensor.dataType()) {
    case DataType::Float: ok = copyField<float>(proto.float_data(), tensor); break;
    case DataType::Double: ok = copyField<double>(proto.double_data(), tensor); break;
    case DataType::Int64: ok = copyField<int64_t>(proto.int64_data(), tensor); break;
    case DataType::Int32: ok = copyField<int32_t>(proto.int32_data(), tensor); break;
    case DataType::Int16: ok = copyField<int16_t>(proto.int32_data(), tensor); break;
    case DataType::Uint16:
    case DataType::Float16:
    case DataType::BFloat16: ok = copyField<uint16_t>(proto.int32_data(), tensor); break;
    case DataType::Int8: ok = copyField<int8_t>(proto.int32_data(), tensor); break;
    case DataType::Uint8:
    case DataType::Bool: ok = copyField<uint8_t>(proto.int32_data(), tensor); break;
    case DataType::Uint32: ok = copyField<uint32_t>(proto.uint64_data(), tensor); break;
    case DataType::Uint64: ok = copyField<uint64_t>(proto.uint64_data(), tensor); break;
    case DataType::Complex64: ok = copyField<float>(proto.float_data(), tensor); break; // never equal: 2 per element
    default: break;
    }
    if (!ok) {
        EngineError e = error(ErrorCode::TensorDataMismatch, proto, "typed data count differs from shape");
        e.expected = tensor.elementCount();
        e.actual = fieldCount(proto);
        return e;
    }
    normalizeBool(tensor);
    return tensor;
}

Expected<Tensor> TensorProtoReader::readExternal(const onnx::TensorProto &proto, Tensor tensor)
{
    std::string location;
    int64_t offset = 0;
    int64_t length = -1;
    for (const auto &entry : proto.external_data()) {
        try {
            if (entry.key() == "location")
                location = entry.value();
            else if (entry.key() == "offset")
                offset = std::stoll(entry.value());
            else if (entry.key() == "length")
                length = std::stoll(entry.value());
        } catch (const std::exception &) {
            return error(ErrorCode::TensorDataMismatch, proto, "external_data " + entry.key() + " is not a number");
        }
    }
    const fs::path relative(location);
    if (location.empty() || relative.is_absolute() || relative.has_root_name())
        return error(ErrorCode::ExternalDataOutsideModel, proto, "location '" + location + "' must be relative");
    for (const auto &part : relative) {
        if (part == "..")
            return error(ErrorCode::ExternalDataOutsideModel, proto, "location '" + location + "' leaves the model folder");
    }
    std::error_code ec;
    const fs::path base = fs::weakly_canonical(fs::path(m_modelDir.empty() ? "." : m_modelDir), ec);
    const fs::path file = fs::weakly_canonical(base / relative, ec);
    // A symlink inside the folder may still point outside it: compare the resolved paths.
    auto [baseEnd, fileIt] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
    if (ec || baseEnd != base.end())
        return error(ErrorCode::ExternalDataOutsideModel, proto, "location '" + location + "' resolves outside the model folder");
    EngineError missing = error(ErrorCode::ExternalDataMissing, proto, "cannot open external data");
    missing.path = file.string();
    if (!fs::is_regular_file(file, ec))
        return missing;
    const auto fileSize = static_cast<int64_t>(fs::file_size(file, ec));
    const auto bytes = static_cast<int64_t>(tensor.byteSize());
    if (ec || offset < 0 || (length >= 0 && length != bytes) || offset > fileSize || fileSize - offset < bytes) {
        EngineError e = error(ErrorCode::ExternalDataOutOfRange, proto, "external data range does not fit the file or the shape");
        e.path = file.string();
        e.offset = offset;
        e.expected = bytes;
        e.actual = length >= 0 ? length : fileSize - offset;
        return e;
    }
    m_externalBytes += bytes;
    if (m_externalBytes > m_limits.maxExternalBytes) {
        EngineError e = error(ErrorCode::DeclaredSizeTooLarge, proto, "external data in total");
        e.expected = m_limits.maxExternalBytes;
        return e;
    }
    std::ifstream in(file, std::ios::binary);
    in.seekg(offset);
    if (!in || !in.read(reinterpret_cast<char *>(tensor.bytes()), bytes))
        return missing;
    normalizeBool(tensor);
    return tensor;
}

} // namespace fleetdeck::validation
