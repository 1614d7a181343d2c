#include "core/validation/engine/OnnxCheck.h"
#include "core/validation/engine/InstallLayout.h"
#include "core/validation/engine/OnnxCheckInternal.h"

#include <onnx/checker.h>
#include <onnx/defs/schema.h>
#include <onnx/shape_inference/implementation.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <new>
#include <system_error>

#if defined(__unix__) || defined(__APPLE__)
#define FLEETDECK_ONNX_CHECK_ISOLATED 1
#include "core/validation/engine/ChildProcess.h"
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace fleetdeck::validation {

namespace fs = std::filesystem;

namespace {

constexpr const char *programName = "fleetdeck-onnx-check";
// A reply holds types and shapes, never weights: anything bigger is not from our child.
constexpr std::size_t maxReplyBytes = std::size_t(256) << 20;

// The graph's interface and inferred types: what the parent needs back, without the weights.
std::string inferredTypesReply(const onnx::ModelProto &model)
{
    onnx::ModelProto reply;
    *reply.mutable_graph()->mutable_input() = model.graph().input();
    *reply.mutable_graph()->mutable_output() = model.graph().output();
    *reply.mutable_graph()->mutable_value_info() = model.graph().value_info();
    return reply.SerializeAsString();
}

bool writeAll(const std::string &bytes)
{
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    return static_cast<bool>(std::cout);
}

int reply(char tag, const std::string &payload)
{
    return writeAll(std::string(1, tag) + payload) ? 0 : 1;
}

#ifdef FLEETDECK_ONNX_CHECK_ISOLATED
Status checkInChild(onnx::ModelProto &model, const std::string &bytes, const std::string &path,
                    const OnnxCheckOptions &options)
{
    const std::string program = options.program.empty() ? findOnnxCheckProgram() : options.program;
    if (program.empty()) {
        EngineError e = makeError(ErrorCode::CheckerUnavailable, "not found beside the running program");
        e.path = programName;
        return e;
    }
    std::vector<std::string> arguments{"--memory-limit", std::to_string(options.memoryLimitBytes)};
    if (!path.empty()) {
        arguments.push_back("--path");
        arguments.push_back(path);
    }
    const ChildResult child = runChildProcess(program, arguments, path.empty() ? bytes : std::string(),
                                              options.timeout, maxReplyBytes);
    if (!child.startError.empty()) {
        EngineError e = makeError(ErrorCode::CheckerUnavailable, child.startError);
        e.path = program;
        return e;
    }
    if (child.timedOut) {
        EngineError e = makeError(ErrorCode::CheckerTimedOut, {});
        e.expected = std::chrono::duration_cast<std::chrono::seconds>(options.timeout).count();
        return e;
    }
    if (child.signal != 0)
        return makeError(ErrorCode::CheckerCrashed, "signal " + std::to_string(child.signal) + " ("
                                                        + std::string(strsignal(child.signal)) + ")");
    if (child.output.empty() || child.outputTruncated)
        return makeError(ErrorCode::CheckerCrashed, "exit status " + std::to_string(child.exitStatus)
                                                        + " without a usable answer");
    const char tag = child.output.front();
    const std::string payload = child.output.substr(1);
    switch (tag) {
    case 'O': {
        onnx::ModelProto inferred;
        if (!inferred.ParseFromString(payload))
            return makeError(ErrorCode::CheckerCrashed, "an unreadable answer");
        *model.mutable_graph()->mutable_output() = inferred.graph().output();
        *model.mutable_graph()->mutable_value_info() = inferred.graph().value_info();
        return {};
    }
    case 'C': return makeError(ErrorCode::CheckerFailed, payload);
    case 'S': return makeError(ErrorCode::ShapeInferenceFailed, payload);
    case 'N': return makeError(ErrorCode::NotOnnx, payload);
    default: return makeError(ErrorCode::CheckerCrashed, "an unexpected answer: " + payload);
    }
}
#endif

} // namespace

std::string findOnnxCheckProgram()
{
    std::error_code ec;
    if (const char *fromEnvironment = std::getenv("FLEETDECK_ONNX_CHECK"); fromEnvironment && *fromEnvironment)
        return fs::is_regular_file(fromEnvironment, ec) ? std::string(fromEnvironment) : std::string();
    return findHelper(programName).string();
}

namespace detail {

Status checkAndInferShapesInProcess(onnx::ModelProto &model, const std::string &path)
{
    try {
        // With a path libonnx resolves external data locations against the model's folder.
        if (path.empty())
            onnx::checker::check_model(model);
        else
            onnx::checker::check_model(path);
    } catch (const std::exception &e) {
        return makeError(ErrorCode::CheckerFailed, e.what());
    }
    try {
        // Strict: without error_mode 1 libonnx swallows per-node errors and leaves types unknown.
        // check_type stays off: old PyTorch exports put int64 in Constant-1 (float types only),
        // which every runtime accepts.
        onnx::shape_inference::InferShapes(model, onnx::OpSchemaRegistry::Instance(),
                                           onnx::ShapeInferenceOptions(false, 1, false));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::ShapeInferenceFailed, e.what());
    }
    return {};
}

Status checkAndInferShapes(onnx::ModelProto &model, const std::string &bytes, const std::string &path,
                           const OnnxCheckOptions &options)
{
    switch (options.mode) {
    case OnnxCheckMode::Skip:
        return {};
    case OnnxCheckMode::InProcess:
        return checkAndInferShapesInProcess(model, path);
    case OnnxCheckMode::Isolated:
#ifdef FLEETDECK_ONNX_CHECK_ISOLATED
        return checkInChild(model, bytes, path, options);
#else
        (void)bytes;
        return checkAndInferShapesInProcess(model, path);
#endif
    }
    return {};
}

} // namespace detail

int runOnnxCheckMain(int argc, char **argv)
{
    std::string path;
    long long memoryLimit = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--path" && i + 1 < argc) {
            path = argv[++i];
        } else if (arg == "--memory-limit" && i + 1 < argc) {
            memoryLimit = std::atoll(argv[++i]);
        } else {
            std::fprintf(stderr, "usage: %s [--path MODEL.onnx] [--memory-limit BYTES] < MODEL.onnx\n"
                                 "Checks an ONNX model and infers its shapes for Fleetdeck; not meant "
                                 "to be run by hand.\n", programName);
            return 2;
        }
    }
#ifdef FLEETDECK_ONNX_CHECK_ISOLATED
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore); // a crash here is expected input, not a core dump
    if (memoryLimit > 0) {
        const rlimit memory{static_cast<rlim_t>(memoryLimit), static_cast<rlim_t>(memoryLimit)};
        setrlimit(RLIMIT_AS, &memory);
    }
#endif
    std::string bytes;
    if (path.empty()) {
        std::ios::sync_with_stdio(false);
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return reply('N', "cannot read " + path);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    onnx::ModelProto model;
    if (bytes.empty() || !model.ParseFromString(bytes) || !model.has_graph())
        return reply('N', "not a protobuf ModelProto with a graph");
    bytes.clear();
    bytes.shrink_to_fit();
    try {
        const Status status = detail::checkAndInferShapesInProcess(model, path);
        if (!status)
            return reply(status.error().code == ErrorCode::CheckerFailed ? 'C' : 'S', status.error().detail);
        return reply('O', inferredTypesReply(model));
    } catch (const std::bad_alloc &) {
        return reply('S', "out of memory (the model asks for more than "
                              + std::to_string(memoryLimit >> 20) + " MiB)");
    }
}

} // namespace fleetdeck::validation
