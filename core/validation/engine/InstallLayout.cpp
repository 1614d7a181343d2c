#include "core/validation/engine/InstallLayout.h"

#include <algorithm>
#include <system_error>

#if defined(_WIN32)
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <iterator>
#include <windows.h>
#elif defined(__APPLE__)
#include <cstdint>
#include <mach-o/dyld.h>
#endif

#ifndef FLEETDECK_ONNX_CHECK_RELDIR
#define FLEETDECK_ONNX_CHECK_RELDIR "lib/fleetdeck"
#endif

namespace fleetdeck::validation {

namespace fs = std::filesystem;

fs::path runningProgram()
{
    std::error_code ec;
#if defined(_WIN32)
    wchar_t buffer[32768];
    const DWORD size = GetModuleFileNameW(nullptr, buffer, DWORD(std::size(buffer)));
    if (size == 0 || size >= std::size(buffer))
        return {};
    return fs::path(std::wstring(buffer, size));
#elif defined(__APPLE__)
    char buffer[4096];
    uint32_t size = sizeof buffer;
    if (_NSGetExecutablePath(buffer, &size) == 0)
        return fs::canonical(buffer, ec);
    return {};
#else
    return fs::read_symlink("/proc/self/exe", ec);
#endif
}

std::vector<fs::path> helperCandidates(const std::string &fileName)
{
    const fs::path self = runningProgram();
    if (self.empty())
        return {};
    const fs::path dir = self.parent_path();
    std::vector<fs::path> candidates;
    for (const fs::path &candidate :
         {dir / fileName, dir / ".." / FLEETDECK_ONNX_CHECK_RELDIR / fileName, dir / ".." / "lib" / "fleetdeck" / fileName,
          dir / ".." / "libexec" / "fleetdeck" / fileName}) {
        const fs::path normal = candidate.lexically_normal();
        if (std::find(candidates.begin(), candidates.end(), normal) == candidates.end())
            candidates.push_back(normal);
    }
    return candidates;
}

fs::path findHelper(const std::string &fileName)
{
    std::error_code ec;
    for (const fs::path &candidate : helperCandidates(fileName)) {
        if (fs::is_regular_file(candidate, ec))
            return candidate;
    }
    return {};
}

} // namespace fleetdeck::validation
