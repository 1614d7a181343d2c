#include "cli/TtyPassphrasePrompt.h"

#include "cli/Tr.h"
#include "core/common/Log.h"

#include <QDeadlineTimer>

#include <cstdio>
#include <mutex>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

TtyPassphrasePrompt::TtyPassphrasePrompt(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

#if defined(Q_OS_UNIX)

namespace {

// What a signal handler needs to put the terminal back. One question at a time (promptMutex),
// so one saved state is enough; std::atomic<int> is lock-free, hence safe in a handler.
std::mutex promptMutex;
std::atomic<int> echoOffFd { -1 };
termios savedTermios;
constexpr int handledSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
struct sigaction previousActions[std::size(handledSignals)];
struct sigaction previousStop;

void restoreTerminalAndRaise(int signal)
{
    const int fd = echoOffFd.exchange(-1);
    if (fd >= 0) {
        tcsetattr(fd, TCSAFLUSH, &savedTermios);
        const ssize_t ignored = ::write(fd, "\n", 1);
        (void)ignored;
    }
    // Then end the process the way the signal would have.
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// The controlling terminal for one question: echo switched off for the passphrase and always
// back on when this goes, or in the signal handler when a signal ends the process first.
class Terminal {
public:
    enum class Read { Line, EndOfInput, TimedOut, Cancelled };

    static std::unique_ptr<Terminal> open()
    {
        const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            return nullptr;
        termios current {};
        if (tcgetattr(fd, &current) != 0) {
            ::close(fd);
            return nullptr;
        }
        return std::unique_ptr<Terminal>(new Terminal(fd, current));
    }

    ~Terminal()
    {
        setEcho(true);
        for (std::size_t i = 0; i < std::size(handledSignals); ++i)
            sigaction(handledSignals[i], &previousActions[i], nullptr);
        sigaction(SIGTSTP, &previousStop, nullptr);
        ::close(m_fd);
    }

    void write(const QString &text) const
    {
        const QByteArray bytes = text.toLocal8Bit();
        for (qsizetype done = 0; done < bytes.size();) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            done += n;
        }
    }

    void setEcho(bool on)
    {
        if (on) {
            if (echoOffFd.exchange(-1) >= 0)
                tcsetattr(m_fd, TCSAFLUSH, &savedTermios);
            return;
        }
        termios quiet = savedTermios;
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
        echoOffFd.store(m_fd);
        tcsetattr(m_fd, TCSAFLUSH, &quiet);
    }

    // One line, without its end; the buffer is reserved up front so that no reallocation leaves
    // a copy of a passphrase behind in freed memory.
    Read readLine(
        QByteArray &line, QDeadlineTimer deadline, const std::atomic<bool> &cancelled) const
    {
        constexpr qsizetype maxLine = 1023;
        line.reserve(maxLine + 1);
        for (;;) {
            if (cancelled)
                return Read::Cancelled;
            if (deadline.hasExpired())
                return Read::TimedOut;
            pollfd wait { m_fd, POLLIN, 0 };
            const int ready =
                ::poll(&wait, 1, int(std::min<qint64>(deadline.remainingTime(), 100)));
            if (ready < 0 && errno != EINTR)
                return Read::EndOfInput;
            if (ready <= 0)
                continue;
            char c = 0;
            const ssize_t n = ::read(m_fd, &c, 1);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n <= 0) // Ctrl-D on an empty line, or the terminal went away
                return line.isEmpty() ? Read::EndOfInput : Read::Line;
            if (c == '\n')
                return Read::Line;
            if (c != '\r' && line.size() < maxLine)
                line.append(c);
        }
    }

private:
    Terminal(int fd, const termios &current)
        : m_fd(fd)
    {
        savedTermios = current;
        struct sigaction action { };
        action.sa_handler = restoreTerminalAndRaise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(handledSignals); ++i)
            sigaction(handledSignals[i], &action, &previousActions[i]);
        // Ctrl-Z is ignored while asking: a process stopped mid-question would hand the shell a
        // terminal without echo.
        struct sigaction ignore { };
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        sigaction(SIGTSTP, &ignore, &previousStop);
    }

    int m_fd;
};

QString introFor(const credentials::PassphrasePrompt &prompt)
{
    switch (prompt.previous) {
    case credentials::PassphrasePrompt::Previous::Wrong:
        return Tr::tr("Wrong passphrase for key '%1'; try again.").arg(prompt.identityFile) + u'\n';
    case credentials::PassphrasePrompt::Previous::KeychainWrong:
        return Tr::tr("The passphrase kept in the keychain does not decrypt key '%1'.")
                   .arg(prompt.identityFile)
            + u'\n';
    case credentials::PassphrasePrompt::Previous::None:
        break;
    }
    return {};
}

} // namespace

std::optional<credentials::PassphraseAnswer> TtyPassphrasePrompt::operator()(
    const credentials::PassphrasePrompt &prompt) const
{
    const std::lock_guard lock(promptMutex);
    const std::unique_ptr<Terminal> terminal = Terminal::open();
    if (!terminal) {
        qCInfo(lcCli).noquote() << "no terminal to ask for the passphrase of"
                                << prompt.identityFile;
        return std::nullopt;
    }
    const QDeadlineTimer deadline(m_timeout);
    // Echo off before the question shows: switching it flushes pending input, which must not
    // take what a quick typist (or a test) sends as soon as the question appears.
    terminal->setEcho(false);
    const QString question = prompt.canRemember
        ? Tr::tr("Enter passphrase for key '%1' (kept in the keychain once it works):")
        : Tr::tr("Enter passphrase for key '%1':");
    terminal->write(introFor(prompt) + question.arg(prompt.identityFile) + u' ');
    QByteArray line;
    const Terminal::Read read = terminal->readLine(line, deadline, *m_cancelled);
    terminal->setEcho(true);
    terminal->write(u"\n"_s);
    credentials::PassphraseAnswer answer { credentials::SecretBytes(std::move(line)), false };
    if (read == Terminal::Read::TimedOut) {
        terminal->write(Tr::tr("No answer within %n second(s); key '%1' skipped.", nullptr,
                            int(std::chrono::ceil<std::chrono::seconds>(m_timeout).count()))
                            .arg(prompt.identityFile)
            + u'\n');
    } else if (read == Terminal::Read::Cancelled) {
        terminal->write(
            Tr::tr("Key '%1' skipped: the command no longer waits for it.").arg(prompt.identityFile)
            + u'\n');
    }
    if (read != Terminal::Read::Line)
        return std::nullopt;
    // With --keychain a typed passphrase is kept once it has decrypted the key; the question said
    // so.
    answer.remember = prompt.canRemember;
    return answer;
}

void TtyPassphrasePrompt::tell(const QString &message)
{
    const std::lock_guard lock(promptMutex);
    if (const std::unique_ptr<Terminal> terminal = Terminal::open()) {
        terminal->write(message + u'\n');
        return;
    }
    std::fputs(qPrintable(message + u'\n'), stderr);
}

#else

std::optional<credentials::PassphraseAnswer> TtyPassphrasePrompt::operator()(
    const credentials::PassphrasePrompt &) const
{
    return std::nullopt;
}

void TtyPassphrasePrompt::tell(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

#endif

} // namespace fleetdeck::cli
