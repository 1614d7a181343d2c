#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace fleetdeck::validation {

struct ChildResult
{
    std::string startError;     // non-empty: the program could not be started
    bool timedOut = false;      // killed at the deadline
    int exitStatus = -1;        // when it exited
    int signal = 0;             // when a signal ended it
    std::string output;         // stdout
    bool outputTruncated = false; // stdout went past maxOutput; the child was killed
};

// Runs program with arguments (POSIX), feeds it input on stdin, collects stdout (stderr goes to
// /dev/null), and kills it at the deadline. Blocking; never leaves a zombie or a SIGPIPE behind.
ChildResult runChildProcess(const std::string &program, const std::vector<std::string> &arguments,
                            const std::string &input, std::chrono::milliseconds timeout,
                            std::size_t maxOutput);

} // namespace fleetdeck::validation
