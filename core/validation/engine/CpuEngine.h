#pragma once

#include "core/validation/engine/Engine.h"
#include "core/validation/engine/ThreadPool.h"

#include <memory>

namespace fleetdeck::validation {

// The reference engine: float32 data with float64 accumulation in sums, written to be right
// before it is fast. Runs nodes in the graph's (topological) order and frees each intermediate
// after its last use.
class CpuEngine final : public Engine
{
public:
    explicit CpuEngine(EngineOptions options = {});

    std::string name() const override { return "cpu"; }
    SupportReport checkSupport(const Graph &graph) const override;
    Status prepare(std::shared_ptr<const Graph> graph) override;
    Expected<std::vector<Tensor>> run(const std::vector<Tensor> &inputs) override;

    int threadCount() const { return m_pool.threadCount(); }

private:
    Status checkInputs(const std::vector<Tensor> &inputs) const;

    EngineOptions m_options;
    ThreadPool m_pool;
    std::shared_ptr<const Graph> m_graph;
    std::vector<std::vector<std::string>> m_freeAfter;
};

} // namespace fleetdeck::validation
