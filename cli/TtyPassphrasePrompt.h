#pragma once

#include "core/credentials/PassphraseSource.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace fleetdeck::cli {

// Asks for a passphrase on the controlling terminal (/dev/tty), with echo off, as ssh does:
// "Enter passphrase for key '/home/me/.ssh/id_ed25519':". Never on stdout, so --json output stays
// one document. The terminal's settings are restored on every way out: an answer, Ctrl-D, the
// timeout, cancel(), and Ctrl-C or another terminating signal (the handler restores them, then
// the signal ends the process as usual); Ctrl-Z is ignored while asking. No terminal (a pipe, cron,
// CI): no question, the key is skipped. Unix only; elsewhere nobody is asked. With a keychain
// (--keychain) a typed passphrase is marked to be remembered: PassphraseSource keeps it there once
// it has decrypted the key.
class TtyPassphrasePrompt {
public:
    // timeout bounds one question: a node's check gives up at its own timeout anyway, and an
    // unanswered question must not keep the process alive after the command is done.
    explicit TtyPassphrasePrompt(std::chrono::milliseconds timeout);

    // The credentials::PassphrasePromptFunction; copies share the cancel flag.
    std::optional<credentials::PassphraseAnswer> operator()(
        const credentials::PassphrasePrompt &prompt) const;

    // Ends a question in progress (as if unanswered) and any later one.
    void cancel() const { m_cancelled->store(true); }

    // A line on the terminal (for "could not store it in the keychain"); stderr without one.
    static void tell(const QString &message);

private:
    std::chrono::milliseconds m_timeout;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace fleetdeck::cli
