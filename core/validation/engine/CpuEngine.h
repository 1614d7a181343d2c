#pragma once

#include "core/validation/engine/Engine.h"
#include "core/validation/engine/ThreadPool.h"

#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fleetdeck::validation {

namespace cpu {
class TensorRecycler;
}

// The reference engine: float32 data with float64 accumulation in sums, written to be right
// before it is fast. Runs nodes in the graph's (topological) order and frees each intermediate
// after its last use, keeping its memory for a later output of the same size.
//
// prepare() fuses a Conv with what only it feeds: a residual Add of a value of its own shape, then
// a Relu or a Clip with constant bounds. The fused Conv runs where the last of those nodes stood
// and applies them in its epilogue, in the same order and rounding steps, so the results are
// those of the separate nodes (up to the sign of a zero Relu output). Where the shapes turn out
// not to fit at run time, the nodes run one by one.
class CpuEngine final : public Engine
{
public:
    explicit CpuEngine(EngineOptions options = {});
    ~CpuEngine() override;

    std::string name() const override { return "cpu"; }
    SupportReport checkSupport(const Graph &graph) const override;
    // Why this engine cannot run the node (a custom domain, an incompatible pre-opset-6
    // definition, sequence values, the kernel's own check), or nothing. Engines that run only what
    // the reference can check (the CUDA engine, host folding) ask this first.
    static std::optional<UnsupportedReason> nodeSupport(const Graph &graph, const Node &node);
    Status prepare(std::shared_ptr<const Graph> graph) override;
    Expected<std::vector<Tensor>> run(const std::vector<Tensor> &inputs) override;

    int threadCount() const { return m_pool.threadCount(); }
    // The fusions prepare() planned, one line each: the nodes' display names joined by " + ".
    std::vector<std::string> fusedGroups() const;
    // Bytes of freed intermediates kept between runs for outputs of their size (bounded by what
    // one run asks for, so it does not grow from run to run).
    int64_t recycledBytes() const;

private:
    // One unit of run(): a node alone, or a Conv with the nodes fused into it.
    struct Step
    {
        std::size_t node = 0;
        std::vector<std::size_t> fused; // a residual Add and/or a Relu/Clip, in graph order
        std::string residual;           // the Add's other input
        float minValue = -std::numeric_limits<float>::infinity();
        float maxValue = std::numeric_limits<float>::infinity();
        std::vector<std::string> freeAfter;
    };

    EngineOptions m_options;
    ThreadPool m_pool;
    std::shared_ptr<const Graph> m_graph;
    std::vector<Step> m_steps;
    std::unique_ptr<cpu::TensorRecycler> m_recycler;
};

} // namespace fleetdeck::validation
