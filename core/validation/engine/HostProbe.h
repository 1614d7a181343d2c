#pragma once

#include <cstdint>
#include <string>

namespace fleetdeck::validation {

// The host CPU's model name ("AMD EPYC 7B13"): /proc/cpuinfo on Linux; "" where unknown.
std::string hostCpuModelName();

// Peak resident set of this process while something runs, as a delta over the resident set at
// start(). Linux only: start() resets the kernel's high-water mark (writing 5 to
// /proc/self/clear_refs), so an earlier, larger peak does not hide this one. It is process-wide:
// other threads' allocations during the runs count too.
class PeakRssMeter
{
public:
    // False when this system cannot measure (no /proc, reset refused).
    bool start();
    // Bytes; negative when start() failed or the reading is gone.
    int64_t peakDeltaBytes() const;

private:
    int64_t m_baseline = -1;
};

} // namespace fleetdeck::validation
