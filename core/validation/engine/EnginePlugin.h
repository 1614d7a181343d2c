#pragma once

#include "core/validation/engine/Engine.h"

#include <memory>
#include <string>
#include <vector>

namespace fleetdeck::validation {

// Why a plugin gave no engine, as a fact the Qt layer words and translates (EngineErrorText).
enum class PluginStatus {
    Loaded,          // `engine` is set
    NotInstalled,    // no plugin file in any place looked (searched)
    NotLoadable,     // the file exists but the system loader refused it (detail: its message,
                     // often a missing libcudart / libcublas)
    NotAnEngine,     // the library lacks an entry point (detail: the symbol's name)
    WrongAbi,        // built from other sources than this program (pluginAbi)
    NoDevice,        // the plugin loaded but found no usable device (detail: the plugin's reason)
    NotOnThisPlatform,
};

// An engine from a run-time plugin, or why there is none. The library stays loaded for the rest
// of the process whatever happens to the engine: engines hold code and vtables from it, and a
// CUDA runtime unloaded while its threads live crashes at exit.
struct LoadedEngine
{
    std::unique_ptr<Engine> engine;
    std::string unavailable; // English, for logs and the Qt-free callers: why `engine` is null
    std::string path;        // the plugin file loaded or tried; empty when none was found
    PluginStatus status = PluginStatus::NotInstalled;
    std::vector<std::string> searched; // NotInstalled: every place looked in, in order
    std::string detail;
    int pluginAbi = 0;       // WrongAbi: what the plugin reported
};

// The CUDA engine plugin's file name on this platform ("libfleetdeck-cuda-engine.so").
std::string cudaEnginePluginFileName();

// Looks for the CUDA engine plugin in $FLEETDECK_CUDA_ENGINE alone when that is set, else beside
// the running program and in the plugin folder (InstallLayout.h), loads it and asks it for an
// engine. Blocking: loading the CUDA libraries and creating a context takes 100 ms or more, so
// a GUI calls it on a worker.
LoadedEngine loadCudaEngine(const EngineOptions &options);

// The same for one given plugin file (tests, other engines): load, check the ABI, create.
LoadedEngine loadEnginePlugin(const std::string &path, const EngineOptions &options);

} // namespace fleetdeck::validation
