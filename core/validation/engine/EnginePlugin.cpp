#include "core/validation/engine/EnginePlugin.h"

#include "core/validation/engine/InstallLayout.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <system_error>

#if defined(_WIN32)
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#elif defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#endif

namespace fleetdeck::validation {

namespace fs = std::filesystem;

namespace {

constexpr const char *environmentVariable = "FLEETDECK_CUDA_ENGINE";
constexpr const char *noDevicePrefix = "no CUDA device";

// The system loader, reduced to what a plugin needs: open for good, find a symbol, say why not.
#if defined(_WIN32)
using Handle = HMODULE;

std::string lastSystemError()
{
    char *text = nullptr;
    const DWORD code = GetLastError();
    FormatMessageA(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                   nullptr, code, 0, reinterpret_cast<char *>(&text), 0, nullptr);
    std::string message = text ? text : "error " + std::to_string(code);
    LocalFree(text);
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r'))
        message.pop_back();
    return message;
}

Handle openLibrary(const std::string &path, std::string &error)
{
    // Altered search path: the plugin's own dependencies (cudart, cublas) beside it are found.
    Handle handle = LoadLibraryExW(fs::path(path).wstring().c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (!handle)
        error = lastSystemError();
    return handle;
}

void *findSymbol(Handle handle, const char *name)
{
    return reinterpret_cast<void *>(GetProcAddress(handle, name));
}
#define FLEETDECK_ENGINE_PLUGINS 1
#elif defined(__unix__) || defined(__APPLE__)
using Handle = void *;

Handle openLibrary(const std::string &path, std::string &error)
{
    // RTLD_NOW: a missing CUDA symbol fails here, not in the middle of a validation. RTLD_LOCAL:
    // the plugin's copy of the engine library never interposes on ours.
    Handle handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *message = dlerror();
        error = message ? message : "unknown error";
    }
    return handle;
}

void *findSymbol(Handle handle, const char *name)
{
    return dlsym(handle, name);
}
#define FLEETDECK_ENGINE_PLUGINS 1
#endif

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

LoadedEngine unavailable(LoadedEngine loaded, PluginStatus status, std::string reason)
{
    loaded.status = status;
    loaded.unavailable = std::move(reason);
    return loaded;
}

} // namespace

std::string cudaEnginePluginFileName()
{
#if defined(_WIN32)
    return "fleetdeck-cuda-engine.dll";
#else
    return "libfleetdeck-cuda-engine.so"; // CMake names MODULE libraries .so on macOS too
#endif
}

LoadedEngine loadEnginePlugin(const std::string &path, const EngineOptions &options)
{
    LoadedEngine loaded;
    loaded.path = path;
#ifndef FLEETDECK_ENGINE_PLUGINS
    (void)options;
    return unavailable(std::move(loaded), PluginStatus::NotOnThisPlatform,
                       "engine plugins are not supported on this platform yet");
#else
    std::string error;
    const Handle handle = openLibrary(path, error);
    if (!handle) {
        loaded.detail = error;
        return unavailable(std::move(loaded), PluginStatus::NotLoadable,
                           "the CUDA engine plugin " + path + " cannot be loaded: " + error);
    }
    const auto missing = [&loaded, &path](const char *symbol) {
        loaded.detail = symbol;
        return unavailable(std::move(loaded), PluginStatus::NotAnEngine,
                           path + " is not a Fleetdeck engine plugin: it has no " + symbol);
    };
    const auto abi = reinterpret_cast<EngineAbiFunction>(findSymbol(handle, engineAbiSymbol));
    if (!abi)
        return missing(engineAbiSymbol);
    loaded.pluginAbi = abi();
    if (loaded.pluginAbi != engineAbiVersion)
        return unavailable(std::move(loaded), PluginStatus::WrongAbi,
                           path + " was built for another Fleetdeck (ABI " + std::to_string(loaded.pluginAbi)
                               + ", this is " + std::to_string(engineAbiVersion) + ")");
    const auto create = reinterpret_cast<CreateEngineFunction>(findSymbol(handle, createEngineSymbol));
    if (!create)
        return missing(createEngineSymbol);
    char reason[1024] = {};
    Engine *engine = nullptr;
    try {
        engine = create(&options, reason, sizeof reason);
    } catch (const std::exception &e) {
        std::snprintf(reason, sizeof reason, "the plugin failed: %s", e.what());
    }
    if (!engine) {
        reason[sizeof reason - 1] = '\0';
        loaded.detail = *reason ? reason : "the plugin gave no reason";
        // The plugin's reason usually starts with it already; say it once.
        const bool prefixed = loaded.detail.rfind(noDevicePrefix, 0) == 0;
        return unavailable(std::move(loaded), PluginStatus::NoDevice,
                           prefixed ? loaded.detail : std::string(noDevicePrefix) + ": " + loaded.detail);
    }
    loaded.engine.reset(engine);
    loaded.status = PluginStatus::Loaded;
    return loaded;
#endif
}

LoadedEngine loadCudaEngine(const EngineOptions &options)
{
    std::error_code ec;
    std::vector<std::string> searched;
    if (const char *fromEnvironment = std::getenv(environmentVariable); fromEnvironment && *fromEnvironment) {
        // Named explicitly: only that file, so a test or an operator never gets another by surprise.
        if (fs::is_regular_file(fromEnvironment, ec))
            return loadEnginePlugin(fromEnvironment, options);
        searched.push_back(std::string(fromEnvironment) + " ($" + environmentVariable + ")");
    } else {
        for (const fs::path &candidate : helperCandidates(cudaEnginePluginFileName())) {
            if (fs::is_regular_file(candidate, ec))
                return loadEnginePlugin(candidate.string(), options);
            searched.push_back(candidate.string());
        }
    }
    LoadedEngine loaded;
    loaded.searched = searched;
    return unavailable(std::move(loaded), PluginStatus::NotInstalled,
                       "the CUDA engine plugin is not installed (looked in: " + joined(searched) + ")");
}

} // namespace fleetdeck::validation
