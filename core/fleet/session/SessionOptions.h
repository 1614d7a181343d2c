#pragma once

#include "core/common/Result.h"
#include "core/transport/HostKey.h"
#include "core/transport/SshConfig.h"
#include "core/transport/SshConnectOptions.h"

#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace fleetdeck::fleet {

// How sessions connect and how long they may take. Defaults suit an interactive check; the GUI
// and the CLI take the host-key settings from the operator.
struct SessionOptions
{
    // Empty: ~/.ssh/known_hosts.
    QString knownHostsPath;
    // Pin the key of a host seen for the first time (CLI --accept-new-host-keys). A changed key
    // is refused whatever this says.
    bool acceptNewHostKeys = false;
    // Pin an unknown host's key only if it is this one: the key the operator confirmed in the GUI
    // after a refusal, so a different key offered on the retry is still refused.
    std::optional<transport::HostKey> confirmedHostKey;
    // Passphrases of encrypted identity files (a keychain, a tty prompt, a dialog); may be empty.
    transport::PassphraseProvider passphraseProvider;
    transport::PassphraseAccepted passphraseAccepted;
    std::chrono::milliseconds connectTimeout{10000};
    // Each request to the agent (hello, facts, ping).
    std::chrono::milliseconds requestTimeout{10000};
    // From open() to online, whatever the steps: a hung node never holds a check longer.
    std::chrono::milliseconds openTimeout{30000};
    std::chrono::milliseconds keepaliveInterval{15000};
    // Gather node.facts right after hello.
    bool fetchFacts = true;
    // Reconnect a lost session (never after a refused host key), with exponential backoff.
    bool autoReconnect = false;
    std::chrono::milliseconds reconnectInitialDelay{1000};
    std::chrono::milliseconds reconnectMaxDelay{60000};
    // Told to the agent in hello, for its log. Empty: "fleetdeck/<version>".
    QString clientName;
    // The user's ssh config, parsed once and shared by every node of a check (1,000 nodes must
    // not mean 1,000 parses); SSH nodes resolve their host through it. Null: none.
    std::shared_ptr<const transport::SshConfig> sshConfig;
    // The config could not be read or parsed: every SSH node fails with this (file:line), rather
    // than being checked as if the file said nothing.
    std::optional<Error> sshConfigError;

    // Loads ~/.ssh/config (or path) into sshConfig/sshConfigError; no default file is no error.
    // Whoever builds SessionOptions calls it once (the CLI's nodes check, the GUI's sessions).
    SessionOptions &withUserSshConfig(const QString &path = {})
    {
        auto loaded = transport::SshConfig::loadShared(path);
        sshConfig = loaded ? *loaded : nullptr;
        sshConfigError.reset();
        if (!loaded)
            sshConfigError = loaded.error();
        return *this;
    }
};

} // namespace fleetdeck::fleet
