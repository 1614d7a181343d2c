#include "core/validation/engine/cuda/MemoryPlan.h"

#include <algorithm>
#include <numeric>

namespace fleetdeck::validation::cuda {

namespace {
int64_t alignUp(int64_t bytes)
{
    return (bytes + kAlignment - 1) / kAlignment * kAlignment;
}

bool liveTogether(const BufferRequest &a, const BufferRequest &b)
{
    return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}
} // namespace

MemoryPlan planMemory(const std::vector<BufferRequest> &requests)
{
    MemoryPlan plan;
    plan.offsets.assign(requests.size(), -1);
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    // Largest first; ties by earlier start, then by index, so the plan is deterministic.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (requests[a].bytes != requests[b].bytes)
            return requests[a].bytes > requests[b].bytes;
        return requests[a].firstStep < requests[b].firstStep;
    });

    struct Placed
    {
        int64_t begin;
        int64_t end;
        std::size_t request;
    };
    std::vector<Placed> placed; // kept sorted by begin
    for (std::size_t index : order) {
        const BufferRequest &request = requests[index];
        if (request.bytes <= 0)
            continue;
        plan.naiveBytes += alignUp(request.bytes);
        const int64_t size = alignUp(request.bytes);
        // Walk the live neighbours in address order and take the first gap that fits.
        int64_t candidate = 0;
        for (const Placed &other : placed) {
            if (!liveTogether(request, requests[other.request]))
                continue;
            if (other.begin >= candidate + size)
                break;
            candidate = std::max(candidate, other.end);
        }
        plan.offsets[index] = candidate;
        plan.arenaBytes = std::max(plan.arenaBytes, candidate + size);
        const Placed entry{candidate, candidate + size, index};
        placed.insert(std::upper_bound(placed.begin(), placed.end(), entry,
                          [](const Placed &a, const Placed &b) { return a.begin < b.begin; }),
            entry);
    }
    return plan;
}

} // namespace fleetdeck::validation::cuda
