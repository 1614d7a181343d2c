#include "core/credentials/PassphraseSource.h"

#include "core/credentials/CredentialsLog.h"
#include "core/credentials/SecretStore.h"

#include <QDir>
#include <QFileInfo>

#include <libssh/libssh.h>
#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace fleetdeck::credentials {

namespace {

// Rounds of questions about one key before it is skipped, as OpenSSH does.
constexpr int maxPromptRounds = 3;

QString canonicalPath(const QString &identityFile)
{
    const QFileInfo info(identityFile);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

bool passphraseDecryptsKey(const QString &identityFile, QByteArrayView passphrase)
{
    // libssh wants a C string; SecretBytes keeps the NUL-terminated copy wiped.
    const SecretBytes terminated = SecretBytes::copyOf(passphrase);
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_file(
        identityFile.toLocal8Bit().constData(), terminated.view().data(), nullptr, nullptr, &key);
    ssh_key_free(key);
    return rc == SSH_OK;
}

struct PassphraseSource::State {
    struct Key {
        // A passphrase that decrypted the key.
        std::optional<SecretBytes> known;
        bool keychainRead = false;
        bool rememberWhenAccepted = false;
        // Callers that arrived up to this ticket skip the key: the question was cancelled.
        quint64 declinedUpTo = 0;
    };

    std::shared_ptr<SecretStore> keychain;
    PassphrasePromptFunction prompt;
    PassphraseCheck check;
    std::function<void(const QString &, const QString &)> rememberFailed;
    std::function<void(const QString &)> keychainUnavailableHandler;

    std::mutex mutex; // guards what follows
    std::map<QString, Key> keys; // by canonical path
    quint64 tickets = 0;
    bool keychainUnavailable = false;

    // Held while the keychain is read or the operator is asked: one question at a time.
    std::mutex askMutex;

    std::optional<QByteArray> provide(const QString &identityFile, int attempt);
    std::optional<QByteArray> ask(
        const QString &identityFile, const QString &id, PassphrasePrompt::Previous previous);
    std::optional<SecretBytes> readKeychain(
        const QString &identityFile, const QString &id, PassphrasePrompt::Previous &previous);
    QByteArray keep(const QString &id, const SecretBytes &passphrase, bool remember);
    void accepted(const QString &identityFile, const QByteArray &passphrase);
};

std::optional<QByteArray> PassphraseSource::State::provide(const QString &identityFile, int attempt)
{
    const QString id = canonicalPath(identityFile);
    quint64 ticket = 0;
    {
        const std::lock_guard lock(mutex);
        ticket = ++tickets;
        Key &key = keys[id];
        // A later attempt means the passphrase handed out last did not decrypt the key (it
        // changed on disk since): forget it and ask.
        if (attempt > 1)
            key.known.reset();
        else if (key.known)
            return key.known->copy();
    }
    const std::lock_guard asking(askMutex);
    {
        const std::lock_guard lock(mutex);
        const Key &key = keys[id];
        // While this caller queued, another one's question settled the key either way.
        if (key.known)
            return key.known->copy();
        if (ticket <= key.declinedUpTo)
            return std::nullopt;
    }
    auto previous =
        attempt > 1 ? PassphrasePrompt::Previous::Wrong : PassphrasePrompt::Previous::None;
    if (attempt == 1) {
        if (std::optional<SecretBytes> stored = readKeychain(identityFile, id, previous))
            return keep(id, *stored, false);
    }
    return ask(identityFile, id, previous);
}

std::optional<SecretBytes> PassphraseSource::State::readKeychain(
    const QString &identityFile, const QString &id, PassphrasePrompt::Previous &previous)
{
    {
        const std::lock_guard lock(mutex);
        Key &key = keys[id];
        if (!keychain || keychainUnavailable || key.keychainRead)
            return std::nullopt;
        key.keychainRead = true;
    }
    Result<std::optional<SecretBytes>> stored = keychain->read(PassphraseSource::keychainKey(id));
    if (!stored) {
        qCInfo(lcCredentials).noquote()
            << "keychain unavailable, asking instead:" << stored.error().message;
        std::function<void(const QString &)> tell;
        {
            const std::lock_guard lock(mutex);
            keychainUnavailable = true;
            tell = keychainUnavailableHandler;
        }
        if (tell)
            tell(stored.error().message);
        return std::nullopt;
    }
    if (!stored->has_value())
        return std::nullopt;
    if (check(identityFile, (*stored)->view()))
        return std::move(*stored);
    qCInfo(lcCredentials).noquote()
        << "the keychain's passphrase for" << id << "does not decrypt it";
    previous = PassphrasePrompt::Previous::KeychainWrong;
    return std::nullopt;
}

std::optional<QByteArray> PassphraseSource::State::ask(
    const QString &identityFile, const QString &id, PassphrasePrompt::Previous previous)
{
    for (int round = 1; prompt && round <= maxPromptRounds; ++round) {
        const PassphrasePrompt question { identityFile, round, previous, keychain != nullptr };
        std::optional<PassphraseAnswer> answer = prompt(question);
        if (!answer)
            break;
        if (check(identityFile, answer->passphrase.view()))
            return keep(id, answer->passphrase, answer->remember && keychain);
        previous = PassphrasePrompt::Previous::Wrong;
    }
    qCInfo(lcCredentials).noquote() << "no passphrase for" << id << "- the key is skipped";
    const std::lock_guard lock(mutex);
    keys[id].declinedUpTo = tickets;
    return std::nullopt;
}

QByteArray PassphraseSource::State::keep(
    const QString &id, const SecretBytes &passphrase, bool remember)
{
    const std::lock_guard lock(mutex);
    Key &key = keys[id];
    key.known = passphrase;
    key.rememberWhenAccepted = remember;
    return passphrase.copy();
}

void PassphraseSource::State::accepted(const QString &identityFile, const QByteArray &passphrase)
{
    const QString id = canonicalPath(identityFile);
    std::function<void(const QString &, const QString &)> failed;
    {
        const std::lock_guard lock(mutex);
        Key &key = keys[id];
        if (!key.rememberWhenAccepted || !key.known
            || key.known->view() != QByteArrayView(passphrase))
            return;
        key.rememberWhenAccepted = false;
        failed = rememberFailed;
    }
    const Result<void> written = keychain->write(PassphraseSource::keychainKey(id), passphrase);
    if (written) {
        qCInfo(lcCredentials).noquote() << "passphrase for" << id << "kept in the keychain";
        return;
    }
    qCWarning(lcCredentials).noquote()
        << "cannot keep the passphrase for" << id << "in the keychain:" << written.error().message;
    if (failed)
        failed(identityFile, written.error().message);
}

PassphraseSource::PassphraseSource(
    std::shared_ptr<SecretStore> keychain, PassphrasePromptFunction prompt, PassphraseCheck check)
    : m_state(std::make_shared<State>())
{
    m_state->keychain = std::move(keychain);
    m_state->prompt = std::move(prompt);
    m_state->check = check ? std::move(check) : PassphraseCheck(passphraseDecryptsKey);
}

PassphraseSource::~PassphraseSource() = default;

transport::PassphraseProvider PassphraseSource::provider() const
{
    return [state = m_state](const QString &identityFile, int attempt) {
        return state->provide(identityFile, attempt);
    };
}

transport::PassphraseAccepted PassphraseSource::acceptedHook() const
{
    return [state = m_state](const QString &identityFile, const QByteArray &passphrase) {
        state->accepted(identityFile, passphrase);
    };
}

void PassphraseSource::forget(const QString &identityFile)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->keys.erase(canonicalPath(identityFile));
}

void PassphraseSource::setRememberFailedHandler(
    std::function<void(const QString &, const QString &)> handler)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->rememberFailed = std::move(handler);
}

void PassphraseSource::setKeychainUnavailableHandler(std::function<void(const QString &)> handler)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->keychainUnavailableHandler = std::move(handler);
}

QString PassphraseSource::keychainKey(const QString &identityFile)
{
    return u"ssh-passphrase:"_s + canonicalPath(identityFile);
}

} // namespace fleetdeck::credentials
