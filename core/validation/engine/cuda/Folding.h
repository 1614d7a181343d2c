#pragma once

// Which nodes of a graph the CUDA engine computes on the host, once per plan, instead of on the
// device: those whose inputs are all known before any run. Known are initializers, Constant
// outputs, Shape and Size outputs (a plan knows its input shapes) and anything computed from
// those alone: the shape arithmetic exporters put in front of Reshape, Expand or Resize.
// Plain C++ on the CPU engine's kernels, so the unit tests run without CUDA.

#include "core/validation/engine/Graph.h"
#include "core/validation/engine/cpu/KernelContext.h"

#include <string>
#include <vector>

namespace fleetdeck::validation::cuda {

// Per node: folded on the host. A node folds only when the CPU engine supports it
// (CpuEngine::nodeSupport) and its
// result is a function of its inputs (no Random*). constantValues, when given, receives every
// value known before the run.
std::vector<bool> foldableNodes(const Graph &graph, std::vector<std::string> *constantValues = nullptr);

// Shape and Size read nothing but their input's shape.
bool readsShapeOnly(const Node &node);
// Shape (with Shape-15's start/end, clamped like Slice) or Size of a value of this shape.
Tensor foldShapeOnly(const Node &node, const Shape &shape);


} // namespace fleetdeck::validation::cuda
