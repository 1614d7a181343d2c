#pragma once

namespace fleetdeck::cli {

// fleetdeck-cli's exit codes. Scripts and CI pipelines depend on these numbers: never renumber.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailed = 1, // the operation failed; nothing was half-applied
    ExitUsage = 2, // unknown command or option, missing or malformed argument
    ExitUnreachable = 3, // some nodes could not be reached
    ExitHostKeyRefused = 4, // a host key was unknown (without --accept-new-host-keys) or changed
    ExitCannotValidate = 5, // unsupported ops, or no device where one was demanded
};

// When several outcomes apply to one run, DESIGN.md's order decides: a refused host key matters
// most, then unreachable nodes, then a plain failure.
constexpr int combinedExitCode(int a, int b)
{
    constexpr int order[] = { ExitHostKeyRefused, ExitUnreachable, ExitFailed };
    for (int code : order) {
        if (a == code || b == code)
            return code;
    }
    return a != ExitSuccess ? a : b;
}

} // namespace fleetdeck::cli
