// A real engine plugin for the loader's tests, built as one library per variant so that every
// way a plugin can be wrong is a real file that dlopen sees (tests/unit/validation/CMakeLists.txt):
//   FLEETDECK_TEST_PLUGIN_CPU       a working plugin whose engine is the CPU engine under another
//                                   name ("cpu-plugin"), which says it is no GPU. It lets the
//                                   validator's plugin path (support check, outputs compared with
//                                   the CPU engine, the TF32 tolerance profile) run where no GPU
//                                   exists, without pretending one. Two knobs, read at creation:
//                                   FLEETDECK_TEST_PLUGIN_SKEW=x multiplies float outputs by 1+x;
//                                   FLEETDECK_TEST_PLUGIN_REFUSE=Op claims Op is unsupported.
//   FLEETDECK_TEST_PLUGIN_NODEVICE  loads, but finds no device (as the CUDA plugin here)
//   FLEETDECK_TEST_PLUGIN_WRONGABI  built "for another Fleetdeck"
//   FLEETDECK_TEST_PLUGIN_NOENTRY   has the ABI entry point but no fleetdeck_create_engine
#include "core/validation/engine/Engine.h"

#include <cstdio>

#ifdef FLEETDECK_TEST_PLUGIN_CPU
#include "core/validation/engine/CpuEngine.h"

#include <cstdlib>
#include <cstring>
#endif

#if defined(_WIN32)
#define FLEETDECK_PLUGIN_EXPORT extern "C" __declspec(dllexport)
#else
#define FLEETDECK_PLUGIN_EXPORT extern "C" __attribute__((visibility("default")))
#endif

using namespace fleetdeck::validation;

#ifdef FLEETDECK_TEST_PLUGIN_CPU
namespace {

class CpuPluginEngine final : public Engine
{
public:
    explicit CpuPluginEngine(const EngineOptions &options) : m_cpu(options)
    {
        if (const char *skew = std::getenv("FLEETDECK_TEST_PLUGIN_SKEW"))
            m_skew = std::atof(skew);
        if (const char *refuse = std::getenv("FLEETDECK_TEST_PLUGIN_REFUSE"))
            m_refuse = refuse;
    }

    std::string name() const override { return "cpu-plugin"; }
    DeviceInfo deviceInfo() const override { return {"CPU (test plugin)", {}, m_cpu.threadCount(), false}; }

    SupportReport checkSupport(const Graph &graph) const override
    {
        SupportReport report = m_cpu.checkSupport(graph);
        report.engine = name();
        for (const Node &node : graph.nodes) {
            if (!m_refuse.empty() && node.opType == m_refuse)
                report.nodes.push_back({node.name, node.opType, node.domain, graph.opset,
                                        {UnsupportedKind::UnknownOp, {}}});
        }
        return report;
    }

    Status prepare(std::shared_ptr<const Graph> graph) override { return m_cpu.prepare(std::move(graph)); }

    Expected<std::vector<Tensor>> run(const std::vector<Tensor> &inputs) override
    {
        auto outputs = m_cpu.run(inputs);
        if (!outputs || m_skew == 0)
            return outputs;
        for (Tensor &output : outputs.value()) {
            if (output.dataType() != DataType::Float)
                continue;
            float *values = output.data<float>();
            for (int64_t i = 0; i < output.elementCount(); ++i)
                values[i] *= float(1 + m_skew);
        }
        return outputs;
    }

private:
    CpuEngine m_cpu;
    double m_skew = 0;
    std::string m_refuse;
};

} // namespace
#endif

FLEETDECK_PLUGIN_EXPORT int fleetdeck_engine_abi()
{
#ifdef FLEETDECK_TEST_PLUGIN_WRONGABI
    return engineAbiVersion + 1;
#else
    return engineAbiVersion;
#endif
}

#ifndef FLEETDECK_TEST_PLUGIN_NOENTRY
FLEETDECK_PLUGIN_EXPORT Engine *fleetdeck_create_engine(const EngineOptions *options, char *reason,
                                                        std::size_t reasonSize)
{
#ifdef FLEETDECK_TEST_PLUGIN_CPU
    (void)reason;
    (void)reasonSize;
    return new CpuPluginEngine(*options);
#else
    (void)options;
    std::snprintf(reason, reasonSize, "no CUDA device: the test plugin never has one");
    return nullptr;
#endif
}
#endif
