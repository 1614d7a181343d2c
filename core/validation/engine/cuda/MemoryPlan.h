#pragma once

// Device memory for one execution plan, laid out once: every intermediate tensor and workspace
// gets an offset in a single arena, and buffers whose lifetimes do not overlap share bytes.
// Plain C++ (no CUDA), so its unit test runs everywhere.

#include <cstdint>
#include <vector>

namespace fleetdeck::validation::cuda {

struct BufferRequest
{
    int64_t bytes = 0;
    int firstStep = 0; // the step that writes it (inputs: 0)
    int lastStep = 0;  // the last step that reads it (graph outputs: the last step), inclusive
};

struct MemoryPlan
{
    std::vector<int64_t> offsets; // per request, aligned to kAlignment; -1 for 0-byte requests
    int64_t arenaBytes = 0;       // what the arena must hold
    int64_t naiveBytes = 0;       // the sum of all requests, for comparison
};

inline constexpr int64_t kAlignment = 256; // cudaMalloc's alignment; enough for every kernel

// Greedy by size: the largest buffers are placed first, each at the lowest offset where it
// overlaps no already placed buffer that is alive at the same time. Buffers alive at the same
// step never share a byte. O(n^2) in the number of buffers, which is the node count of a model.
MemoryPlan planMemory(const std::vector<BufferRequest> &requests);

} // namespace fleetdeck::validation::cuda
