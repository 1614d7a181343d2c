#include "core/validation/engine/ChildProcess.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

namespace fleetdeck::validation {

namespace {

using Clock = std::chrono::steady_clock;

class Fd
{
public:
    Fd() = default;
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd = -1;
};

bool makePipe(Fd &readEnd, Fd &writeEnd)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    for (int fd : fds)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    readEnd.reset(fds[0]);
    writeEnd.reset(fds[1]);
    return true;
}

// Writing to a pipe whose reader died raises SIGPIPE, which would end this process: block it on
// this thread while we write, and swallow one that became pending.
class SigpipeGuard
{
public:
    SigpipeGuard()
    {
        sigset_t pipeOnly;
        sigemptyset(&pipeOnly);
        sigaddset(&pipeOnly, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &pipeOnly, &m_previous);
    }
    ~SigpipeGuard()
    {
        if (!m_wasPending) {
            sigset_t pending;
            sigpending(&pending);
            if (sigismember(&pending, SIGPIPE) == 1) {
                sigset_t pipeOnly;
                sigemptyset(&pipeOnly);
                sigaddset(&pipeOnly, SIGPIPE);
                const timespec zero{0, 0};
                while (sigtimedwait(&pipeOnly, nullptr, &zero) == -1 && errno == EINTR) {
                }
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SigpipeGuard(const SigpipeGuard &) = delete;
    SigpipeGuard &operator=(const SigpipeGuard &) = delete;

private:
    sigset_t m_previous;
    bool m_wasPending = false;
};

void reap(pid_t pid, ChildResult &result)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) == -1 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        result.exitStatus = WEXITSTATUS(status);
    else if (WIFSIGNALED(status) && !result.timedOut && !result.outputTruncated)
        result.signal = WTERMSIG(status);
}

int millisecondsUntil(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<int>(std::clamp<long long>(left, 0, 1000));
}

} // namespace

ChildResult runChildProcess(const std::string &program, const std::vector<std::string> &arguments,
                            const std::string &input, std::chrono::milliseconds timeout,
                            std::size_t maxOutput)
{
    ChildResult result;
    Fd stdinRead, stdinWrite, stdoutRead, stdoutWrite;
    if (!makePipe(stdinRead, stdinWrite) || !makePipe(stdoutRead, stdoutWrite)) {
        result.startError = std::strerror(errno);
        return result;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, stdinRead.get(), STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, stdoutWrite.get(), STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    // The child starts with default signal handling and nothing blocked, whatever this thread has.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<std::string> argvStrings{program};
    argvStrings.insert(argvStrings.end(), arguments.begin(), arguments.end());
    std::vector<char *> argv;
    for (std::string &s : argvStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0) {
        result.startError = std::strerror(spawned);
        return result;
    }
    stdinRead.reset();
    stdoutWrite.reset();
    ::fcntl(stdinWrite.get(), F_SETFL, O_NONBLOCK);
    ::fcntl(stdoutRead.get(), F_SETFL, O_NONBLOCK);

    const SigpipeGuard noSigpipe;
    const Clock::time_point deadline = Clock::now() + timeout;
    std::size_t written = 0;
    if (input.empty())
        stdinWrite.reset();
    std::array<char, 65536> buffer;
    bool outputOpen = true;
    while (outputOpen) {
        if (Clock::now() >= deadline) {
            result.timedOut = true;
            break;
        }
        pollfd fds[2];
        nfds_t count = 0;
        fds[count++] = {stdoutRead.get(), POLLIN, 0};
        if (stdinWrite.get() >= 0)
            fds[count++] = {stdinWrite.get(), POLLOUT, 0};
        if (::poll(fds, count, millisecondsUntil(deadline)) < 0 && errno != EINTR)
            break;
        if (count == 2 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t n = ::write(stdinWrite.get(), input.data() + written,
                                      std::min<std::size_t>(input.size() - written, 1 << 20));
            if (n > 0)
                written += static_cast<std::size_t>(n);
            if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input.size())
                stdinWrite.reset(); // done, or the child stopped reading: it answers regardless
        }
        if (fds[0].revents & (POLLIN | POLLERR | POLLHUP)) {
            const ssize_t n = ::read(stdoutRead.get(), buffer.data(), buffer.size());
            if (n > 0) {
                result.output.append(buffer.data(), static_cast<std::size_t>(n));
                if (result.output.size() > maxOutput) {
                    result.outputTruncated = true;
                    break;
                }
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                outputOpen = false;
            }
        }
    }
    stdinWrite.reset();
    stdoutRead.reset();
    if (result.timedOut || result.outputTruncated) {
        ::kill(pid, SIGKILL);
        reap(pid, result);
        return result;
    }
    // stdout closed: the child is exiting. Still bounded: a child that closed stdout and hangs is
    // killed at the deadline.
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            if (WIFEXITED(status))
                result.exitStatus = WEXITSTATUS(status);
            else if (WIFSIGNALED(status))
                result.signal = WTERMSIG(status);
            return result;
        }
        if (done == -1 && errno != EINTR)
            return result;
        if (Clock::now() >= deadline) {
            result.timedOut = true;
            ::kill(pid, SIGKILL);
            reap(pid, result);
            return result;
        }
        const timespec pause{0, 2'000'000};
        nanosleep(&pause, nullptr);
    }
}

} // namespace fleetdeck::validation
