#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace fleetdeck::validation {

// Where libonnx's checker and shape inference run. They are the one part of loading we did not
// write, and fuzzing found inputs on which libonnx 1.12 reads out of bounds or dereferences null;
// guarding pattern by pattern cannot close a library's bugs, so by default they run in a
// short-lived child process (fleetdeck-onnx-check) under a memory and time limit. A crash there
// is an error about the file, never a crash of the app.
enum class OnnxCheckMode {
    Isolated,  // a child process (POSIX); where there is none, falls back to InProcess
    InProcess, // trusted input only, or platforms without the child process
    Skip,      // no checker, no shape inference: fuzzing our own conversion on unchecked models
};

struct OnnxCheckOptions
{
    OnnxCheckMode mode = OnnxCheckMode::Isolated;
    // Empty: $FLEETDECK_ONNX_CHECK, else fleetdeck-onnx-check beside the running program, else in
    // ../lib/fleetdeck or ../libexec/fleetdeck next to it (the installed layout).
    std::string program;
    std::chrono::milliseconds timeout{120000};
    // Address-space limit of the child; shape inference on a hostile file can ask for anything.
    int64_t memoryLimitBytes = int64_t(8) << 30;
};

// The program an Isolated check runs, found as described above; empty when none exists.
std::string findOnnxCheckProgram();

// main() of fleetdeck-onnx-check. Reads a model (from --path FILE, or all of stdin), runs the
// checker and strict shape inference, and writes to stdout one tag byte and a payload:
//   'O' + a ModelProto whose graph holds only inputs, outputs and value_info (the inferred types)
//   'C' + the checker's message, 'S' + shape inference's message, 'E' + a usage or read error.
int runOnnxCheckMain(int argc, char **argv);

} // namespace fleetdeck::validation
