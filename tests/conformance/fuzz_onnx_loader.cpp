// libFuzzer target for the ONNX loader and, with FLEETDECK_FUZZ_ENGINE=1, the CPU engine on seeded
// inputs of every model that loads. Built only with -DFLEETDECK_FUZZ=ON and clang. Memory stays
// bounded by LoadLimits.
// It fuzzes what runs inside the app's process: protobuf parsing, our version and size checks,
// initializer reading and graph conversion, then the engine. libonnx's checker and shape inference
// run in the fleetdeck-onnx-check child process (OnnxCheck.h) and are skipped here, which makes
// this the harder test: our code meets models no checker has seen.
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/TestDataSet.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace fleetdeck::validation;
    LoadLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxTensorBytes = 1 << 24;
    limits.maxExternalBytes = 1 << 24;
    // External data resolves against a folder that holds nothing: every location must fail cleanly.
    OnnxCheckOptions check;
    check.mode = OnnxCheckMode::Skip;
    auto model = OnnxModelLoader(limits, check).loadBytes(std::string(reinterpret_cast<const char *>(data), size),
                                                   "/nonexistent-fleetdeck-fuzz");
    static const bool runEngine = std::getenv("FLEETDECK_FUZZ_ENGINE") != nullptr;
    if (model.ok() && runEngine) {
        // Run what loads on small seeded inputs: hostile attributes must fail, never crash.
        CpuEngine engine(EngineOptions{1, 1 << 24});
        if (engine.prepare(model->graph).ok()) {
            auto inputs = generateInputs(*model->graph, 1, 1, 1 << 20);
            if (inputs.ok())
                (void)engine.run(inputs.value());
        }
    }
    return 0;
}
