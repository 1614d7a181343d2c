#include "core/validation/engine/TestDataSet.h"

#include "core/validation/engine/OnnxModelLoader.h"

#include <algorithm>
#include <filesystem>
#include <random>
#include <system_error>

namespace fleetdeck::validation {

namespace fs = std::filesystem;

namespace {
// Reads prefix_0.pb, prefix_1.pb... until the next index is missing.
Expected<std::vector<Tensor>> loadSeries(const fs::path &folder, const std::string &prefix, const LoadLimits &limits)
{
    std::vector<Tensor> tensors;
    std::error_code ec;
    for (int i = 0;; ++i) {
        const fs::path file = folder / (prefix + "_" + std::to_string(i) + ".pb");
        if (!fs::exists(file, ec))
            break;
        auto tensor = loadTensorFile(file.string(), limits);
        if (!tensor) {
            EngineError e = tensor.error();
            e.offset = i;
            return e;
        }
        tensors.push_back(std::move(tensor).value());
    }
    return tensors;
}

int64_t setNumber(const fs::path &path)
{
    const std::string name = path.filename().string();
    const std::string prefix = "test_data_set_";
    try {
        return std::stoll(name.substr(prefix.size()));
    } catch (const std::exception &) {
        return -1;
    }
}
} // namespace

Expected<TestDataSet> TestDataSet::load(const std::string &folder, const LoadLimits &limits)
{
    TestDataSet set;
    set.path = folder;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        EngineError e = makeError(ErrorCode::FileNotFound, "not a folder");
        e.path = folder;
        return e;
    }
    auto inputs = loadSeries(folder, "input", limits);
    if (!inputs)
        return inputs.error();
    auto outputs = loadSeries(folder, "output", limits);
    if (!outputs)
        return outputs.error();
    set.inputs = std::move(inputs).value();
    set.outputs = std::move(outputs).value();
    return set;
}

std::vector<std::string> TestDataSet::findFolders(const std::string &dir)
{
    std::vector<fs::path> folders;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        if (entry.is_directory(ec) && entry.path().filename().string().rfind("test_data_set_", 0) == 0
            && setNumber(entry.path()) >= 0)
            folders.push_back(entry.path());
    }
    std::sort(folders.begin(), folders.end(),
              [](const fs::path &a, const fs::path &b) { return setNumber(a) < setNumber(b); });
    std::vector<std::string> result;
    for (const fs::path &folder : folders)
        result.push_back(folder.string());
    return result;
}

Expected<std::vector<Tensor>> generateInputs(const Graph &graph, uint64_t seed, int64_t dynamicDim, int64_t maxBytes)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> real(-1.0, 1.0);
    std::uniform_int_distribution<int64_t> integer(0, 3);
    std::vector<Tensor> inputs;
    int64_t total = 0;
    for (const ValueInfo &info : graph.inputs) {
        Shape shape = info.shape;
        for (int64_t &dim : shape)
            dim = dim < 0 ? dynamicDim : dim;
        const auto count = checkedElementCount(shape);
        const auto size = static_cast<int64_t>(elementSize(info.type));
        if (size == 0 || !visitNumericType(info.type, [](auto) {})) {
            EngineError e = makeError(ErrorCode::UnsupportedDataType, std::string(dataTypeName(info.type)));
            e.valueName = info.name;
            return e;
        }
        if (!count || *count > (maxBytes - total) / size) {
            EngineError e = makeError(ErrorCode::MemoryLimitExceeded, "generated input " + shapeToString(shape));
            e.valueName = info.name;
            return e;
        }
        total += *count * size;
        Tensor tensor(info.type, shape);
        visitNumericType(info.type, [&](auto tag) {
            using T = typename decltype(tag)::type;
            T *out = tensor.data<T>();
            for (int64_t i = 0; i < *count; ++i) {
                if constexpr (std::is_floating_point_v<T>)
                    out[i] = static_cast<T>(real(random));
                else
                    out[i] = static_cast<T>(integer(random));
            }
        });
        inputs.push_back(std::move(tensor));
    }
    return inputs;
}

} // namespace fleetdeck::validation
