#pragma once

#include "core/credentials/SecretBytes.h"
#include "core/transport/SshConnectOptions.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace fleetdeck::credentials {

class SecretStore;

// What the operator is asked: the passphrase of one identity file.
struct PassphrasePrompt {
    enum class Previous {
        None, // first question for this key
        Wrong, // the passphrase typed last time did not decrypt the key
        KeychainWrong, // the passphrase kept in the keychain no longer decrypts it
    };
    // Absolute path of the private key.
    QString identityFile;
    // Counts from 1 for each round of questions about this key.
    int attempt = 1;
    Previous previous = Previous::None;
    // Whether a "remember in the keychain" choice makes sense (a keychain is configured).
    bool canRemember = false;
};

struct PassphraseAnswer {
    SecretBytes passphrase;
    // Keep it in the keychain, once it has decrypted the key.
    bool remember = false;
};

// Asks the operator. Nothing: cancelled, or nobody to ask (no tty); the key is then skipped.
// Runs on an SSH worker thread and may block (a GUI shows a dialog on its own thread and waits);
// never more than one runs at a time.
using PassphrasePromptFunction =
    std::function<std::optional<PassphraseAnswer>(const PassphrasePrompt &)>;

// Whether a passphrase decrypts a private key file. The default reads the key with libssh.
using PassphraseCheck = std::function<bool(const QString &identityFile, QByteArrayView passphrase)>;
bool passphraseDecryptsKey(const QString &identityFile, QByteArrayView passphrase);

// Passphrases of encrypted identity files for SSH connections, from (in this order) what worked
// before in this process, the keychain (once per key), and the operator.
//
// - One question at a time, whatever the number of parallel handshakes; a passphrase is checked
//   against the key before it is handed out, and then kept in memory for the life of the source,
//   so 50 nodes that share a key ask once. Callers that queued behind a cancelled question skip
//   the key too, instead of asking again one after the other.
// - The keychain is read on the first attempt only; a stored passphrase that no longer decrypts
//   the key is not used again, and the operator is told so.
// - "Remember" stores the passphrase in the keychain only once the connection decrypted the key
//   with it (passphraseAccepted), never before.
// - Passphrases held here are wiped when dropped. Nothing goes to files or settings.
//
// Copies share one state; the provider and the accepted hook keep it alive on their own, so the
// source may be dropped while connections still run. Typical use:
//     PassphraseSource source(keychain, prompt);
//     sessionOptions.passphraseProvider = source.provider();
//     sessionOptions.passphraseAccepted = source.acceptedHook();
class PassphraseSource {
public:
    // keychain may be null (no keychain: only the operator is asked). prompt may be empty
    // (nobody to ask: keychain only). check defaults to passphraseDecryptsKey.
    PassphraseSource(std::shared_ptr<SecretStore> keychain, PassphrasePromptFunction prompt,
        PassphraseCheck check = {});
    ~PassphraseSource();

    transport::PassphraseProvider provider() const;
    transport::PassphraseAccepted acceptedHook() const;

    // Sets both hooks on connect options (or anything with the two members).
    template<typename Options> void applyTo(Options &options) const
    {
        options.passphraseProvider = provider();
        options.passphraseAccepted = acceptedHook();
    }

    // Drops (and wipes) the passphrase kept in memory for one key, e.g. after the operator
    // changed it; the next connection asks again.
    void forget(const QString &identityFile);

    // Told when a "remember" could not be stored (keychain unavailable); the message says why.
    // Called on a worker thread.
    void setRememberFailedHandler(
        std::function<void(const QString &identityFile, const QString &why)> handler);

    // Told once, when the keychain turns out to be unavailable (none, locked, timed out); the
    // message says why. Passphrases are asked for instead. Called on a worker thread.
    void setKeychainUnavailableHandler(std::function<void(const QString &why)> handler);

    // The keychain key for an identity file: "ssh-passphrase:" + its absolute canonical path.
    static QString keychainKey(const QString &identityFile);

    struct State;

private:
    std::shared_ptr<State> m_state;
};

} // namespace fleetdeck::credentials
