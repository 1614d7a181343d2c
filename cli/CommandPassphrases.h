#pragma once

#include "cli/TtyPassphrasePrompt.h"
#include "core/credentials/PassphraseSource.h"

#include <chrono>

namespace fleetdeck::cli {

// Passphrases of encrypted SSH keys for one command: asked on the terminal, and read from (and,
// when the operator says so, kept in) the OS keychain only with --keychain. The keychain is off
// by default so that a script never waits on a desktop unlock prompt. Asked once per key for the
// whole command, however many nodes use it.
class CommandPassphrases {
public:
    CommandPassphrases(bool useKeychain, std::chrono::milliseconds promptTimeout);
    // Ends a question still on the terminal (the command is over) and waits for the SSH
    // handshakes that were held by it.
    ~CommandPassphrases();
    CommandPassphrases(const CommandPassphrases &) = delete;
    CommandPassphrases &operator=(const CommandPassphrases &) = delete;

    const credentials::PassphraseSource &source() const { return m_source; }

private:
    std::chrono::milliseconds m_promptTimeout;
    TtyPassphrasePrompt m_prompt;
    credentials::PassphraseSource m_source;
};

} // namespace fleetdeck::cli
