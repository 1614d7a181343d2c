#pragma once

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Graph.h"
#include "core/validation/engine/LoadLimits.h"
#include "core/validation/engine/Tensor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fleetdeck::validation {

// One ONNX test_data_set_N folder: input_i.pb and output_i.pb, matched to the graph by position.
struct TestDataSet
{
    std::string path;
    std::vector<Tensor> inputs;
    std::vector<Tensor> outputs;

    static Expected<TestDataSet> load(const std::string &folder, const LoadLimits &limits = {});
    // The test_data_set_N folders beside a model (or inside dataDir), in numeric order.
    static std::vector<std::string> findFolders(const std::string &dir);
};

// Seeded random inputs for a graph, for comparing engines when no golden data exists. Unknown
// dimensions take dynamicDim. Floats are uniform in [-1, 1); integers in [0, 4); bools random.
Expected<std::vector<Tensor>> generateInputs(const Graph &graph, uint64_t seed, int64_t dynamicDim = 1,
                                             int64_t maxBytes = int64_t(1) << 30);

} // namespace fleetdeck::validation
