#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace fleetdeck::validation {

// Where Fleetdeck's helper programs (fleetdeck-onnx-check) and run-time plugins (the CUDA engine)
// lie, found from the running program rather than from fixed paths, so that the build tree, an
// installed package and an unpacked archive all work: beside the program first, then the plugin
// folder under the install prefix (FLEETDECK_PLUGIN_DIR, e.g. ../lib/x86_64-linux-gnu/fleetdeck),
// then ../lib/fleetdeck and ../libexec/fleetdeck.

// The running program's file; empty where the platform cannot tell.
std::filesystem::path runningProgram();

// Every place to look for `fileName`, in that order, without repeats; empty when the running
// program is unknown.
std::vector<std::filesystem::path> helperCandidates(const std::string &fileName);

// The first candidate that is a regular file; empty when none is.
std::filesystem::path findHelper(const std::string &fileName);

} // namespace fleetdeck::validation
