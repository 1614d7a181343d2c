#pragma once

#include "core/transport/SshConnectOptions.h"
#include "core/transport/SshError.h"

#include <QStringList>

#include <optional>

struct ssh_session_struct;

namespace fleetdeck::transport {

// Public-key user authentication on a connected, host-verified session: ssh-agent first, then
// each identity file, asking the passphrase provider for encrypted ones. Blocking; worker thread.
class SshAuthenticator
{
public:
    SshAuthenticator(ssh_session_struct *session, const SshConnectOptions &options);

    // Nothing when authenticated; otherwise AuthRefused naming every method tried.
    std::optional<SshError> authenticate();

private:
    enum class Outcome { Accepted, Refused, Broken };

    Outcome tryAgent();
    Outcome tryIdentityFile(const QString &path);
    Outcome tryPrivateKey(const QString &path);
    SshError refused() const;
    SshError broken() const;

    ssh_session_struct *m_session;
    const SshConnectOptions &m_options;
    QString m_user;
    QStringList m_tried;
};

} // namespace fleetdeck::transport
