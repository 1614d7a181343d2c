#include "core/validation/engine/HostProbe.h"

#include <algorithm>
#include <fstream>
#include <string_view>

namespace fleetdeck::validation {

namespace {

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t\r\n");
    return first == std::string_view::npos ? std::string() : std::string(text.substr(first, last - first + 1));
}

// A "VmRSS:   1234 kB" line of /proc/self/status, in bytes; -1 when missing.
int64_t statusKilobytes(std::string_view key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.compare(0, key.size(), key) == 0 && line.size() > key.size() && line[key.size()] == ':')
            return std::stoll(line.substr(key.size() + 1)) * 1024;
    }
    return -1;
}

} // namespace

std::string hostCpuModelName()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        // x86 says "model name"; some ARM kernels say only "Hardware" or "CPU part".
        for (std::string_view key : {"model name", "Hardware"}) {
            if (line.compare(0, key.size(), key) == 0) {
                const auto colon = line.find(':');
                if (colon != std::string::npos)
                    return trimmed(std::string_view(line).substr(colon + 1));
            }
        }
    }
    return {};
}

bool PeakRssMeter::start()
{
    m_baseline = -1;
    std::ofstream clearRefs("/proc/self/clear_refs");
    if (!clearRefs)
        return false;
    clearRefs << "5";
    clearRefs.close();
    if (clearRefs.fail())
        return false;
    m_baseline = statusKilobytes("VmRSS");
    return m_baseline >= 0;
}

int64_t PeakRssMeter::peakDeltaBytes() const
{
    if (m_baseline < 0)
        return -1;
    const int64_t peak = statusKilobytes("VmHWM");
    return peak < 0 ? -1 : std::max<int64_t>(0, peak - m_baseline);
}

} // namespace fleetdeck::validation
