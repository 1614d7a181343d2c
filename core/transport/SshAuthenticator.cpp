#include "core/transport/SshAuthenticator.h"

#include "core/common/Log.h"
#include "core/transport/Tr.h"

#include <QFileInfo>

#include <libssh/libssh.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

constexpr int maxPassphraseAttempts = 3;

} // namespace

SshAuthenticator::SshAuthenticator(ssh_session_struct *session, const SshConnectOptions &options)
    : m_session(session), m_options(options), m_user(options.effectiveUser())
{
}

std::optional<SshError> SshAuthenticator::authenticate()
{
    // "none" first: it is how a client learns which methods the server takes.
    const int none = ssh_userauth_none(m_session, nullptr);
    if (none == SSH_AUTH_SUCCESS)
        return std::nullopt;
    if (none == SSH_AUTH_ERROR)
        return broken();
    if (!(ssh_userauth_list(m_session, nullptr) & SSH_AUTH_METHOD_PUBLICKEY)) {
        return SshError{SshError::Kind::AuthRefused,
                        Tr::tr("%1 does not accept public-key authentication, the only kind Fleetdeck "
                               "uses. Allow PubkeyAuthentication in the node's sshd_config.")
                            .arg(m_options.displayName()), {}};
    }
    if (m_options.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
        const Outcome agent = tryAgent();
        if (agent != Outcome::Refused)
            return agent == Outcome::Accepted ? std::nullopt : std::optional(broken());
    }
    for (const QString &path : m_options.effectiveIdentityFiles()) {
        const Outcome outcome = tryIdentityFile(path);
        if (outcome != Outcome::Refused)
            return outcome == Outcome::Accepted ? std::nullopt : std::optional(broken());
    }
    return refused();
}

SshAuthenticator::Outcome SshAuthenticator::tryAgent()
{
    m_tried.append(Tr::tr("ssh-agent"));
    const int rc = ssh_userauth_agent(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return Outcome::Accepted;
    return rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session) ? Outcome::Broken : Outcome::Refused;
}

SshAuthenticator::Outcome SshAuthenticator::tryIdentityFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_tried.append(Tr::tr("%1 (no such file)").arg(path));
        return Outcome::Refused;
    }
    // Offer the public half first: an encrypted key the server would refuse costs no passphrase.
    const QString publicPath = path + u".pub";
    if (QFileInfo::exists(publicPath)) {
        ssh_key raw = nullptr;
        if (ssh_pki_import_pubkey_file(publicPath.toLocal8Bit().constData(), &raw) == SSH_OK) {
            const KeyPtr publicKey(raw);
            const int rc = ssh_userauth_try_publickey(m_session, nullptr, publicKey.get());
            if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
                return Outcome::Broken;
            if (rc != SSH_AUTH_SUCCESS) {
                m_tried.append(Tr::tr("%1 (not accepted)").arg(path));
                return Outcome::Refused;
            }
        }
    }
    return tryPrivateKey(path);
}

SshAuthenticator::Outcome SshAuthenticator::tryPrivateKey(const QString &path)
{
    const QByteArray file = path.toLocal8Bit();
    ssh_key raw = nullptr;
    int rc = ssh_pki_import_privkey_file(file.constData(), nullptr, nullptr, nullptr, &raw);
    for (int attempt = 1; rc != SSH_OK && attempt <= maxPassphraseAttempts; ++attempt) {
        if (!QFileInfo::exists(path) || !m_options.passphraseProvider)
            break;
        std::optional<QByteArray> passphrase = m_options.passphraseProvider(path, attempt);
        if (!passphrase)
            break;
        rc = ssh_pki_import_privkey_file(file.constData(), passphrase->constData(), nullptr, nullptr, &raw);
        if (rc == SSH_OK && m_options.passphraseAccepted)
            m_options.passphraseAccepted(path, *passphrase);
        passphrase->fill('\0');
    }
    if (rc != SSH_OK) {
        m_tried.append(Tr::tr("%1 (cannot be read or decrypted)").arg(path));
        return Outcome::Refused;
    }
    const KeyPtr privateKey(raw);
    rc = ssh_userauth_publickey(m_session, nullptr, privateKey.get());
    if (rc == SSH_AUTH_SUCCESS)
        return Outcome::Accepted;
    if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
        return Outcome::Broken;
    m_tried.append(Tr::tr("%1 (not accepted)").arg(path));
    return Outcome::Refused;
}

SshError SshAuthenticator::refused() const
{
    const QString tried = m_tried.isEmpty() ? Tr::tr("no key: no ssh-agent and no identity file found")
                                            : m_tried.join(u", "_s);
    return {SshError::Kind::AuthRefused,
            Tr::tr("%1 refused authentication. Tried: %2. Add one of your public keys to the node's "
                   "authorized_keys, or set the node's identity file.")
                .arg(m_options.displayName(), tried), {}};
}

SshError SshAuthenticator::broken() const
{
    return {SshError::Kind::Disconnected,
            Tr::tr("The connection to %1 broke during authentication: %2")
                .arg(m_options.displayName(), QString::fromUtf8(ssh_get_error(m_session))), {}};
}

} // namespace fleetdeck::transport
