#include "core/transport/SshConnection.h"

#include "core/common/Log.h"
#include "core/transport/KnownHostsStore.h"
#include "core/transport/SshAuthenticator.h"
#include "core/transport/SshJumpRelay.h"
#include "core/transport/Tr.h"

#include <QDir>

#include <libssh/libssh.h>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {

QString lastError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

bool setOption(ssh_session session, ssh_options_e option, const QString &value)
{
    return ssh_options_set(session, option, value.toUtf8().constData()) == SSH_OK;
}

// Everything libssh would otherwise take from files or defaults is set here, explicitly.
bool configure(ssh_session session, const SshConnectOptions &options, const KnownHostsFile &known)
{
    const long seconds = long(options.connectTimeout.count() / 1000);
    const long micros = long(options.connectTimeout.count() % 1000) * 1000;
    const int port = options.port;
    const int no = 0;
    const int yes = 1;
    // /dev/null: libssh must read no known_hosts of its own; we verify against ours.
    const QString nothing = u"/dev/null"_s;
    const QString algorithms = HostKeyPolicy::hostKeyAlgorithms(known, options.host, options.port).join(u',');
    return setOption(session, SSH_OPTIONS_HOST, options.host)
        && ssh_options_set(session, SSH_OPTIONS_PORT, &port) == SSH_OK
        && setOption(session, SSH_OPTIONS_USER, options.effectiveUser())
        && ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &no) == SSH_OK
        && setOption(session, SSH_OPTIONS_SSH_DIR, QDir::homePath() + u"/.ssh")
        && setOption(session, SSH_OPTIONS_KNOWNHOSTS, nothing)
        && setOption(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, nothing)
        && setOption(session, SSH_OPTIONS_HOSTKEYS, algorithms)
        && ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &seconds) == SSH_OK
        && ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &micros) == SSH_OK
        && ssh_options_set(session, SSH_OPTIONS_NODELAY, &yes) == SSH_OK;
}

std::optional<HostKey> serverKey(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return std::nullopt;
    char *base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &base64);
    const QString type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);
    if (rc != SSH_OK)
        return std::nullopt;
    auto parsed = HostKey::fromBase64(type, base64);
    ssh_string_free_char(base64);
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

// The host-key decision. Never a silent accept: Unknown passes only when the caller said so.
std::optional<SshError> verifyHostKey(ssh_session session, const SshConnectOptions &options,
                                      const KnownHostsStore &store, const KnownHostsFile &known,
                                      HostKeyVerdict &verdict)
{
    const std::optional<HostKey> offered = serverKey(session);
    if (!offered) {
        return SshError{SshError::Kind::Disconnected,
                        Tr::tr("%1 sent no usable host key: %2").arg(options.displayName(), lastError(session)), {}};
    }
    verdict = HostKeyPolicy::check(known, store.path(), options.host, options.port, *offered);
    switch (verdict.status) {
    case HostKeyStatus::Known:
        return std::nullopt;
    case HostKeyStatus::Changed:
        return SshError{SshError::Kind::HostKeyChanged, verdict.message(), verdict};
    case HostKeyStatus::Revoked:
        return SshError{SshError::Kind::HostKeyRevoked, verdict.message(), verdict};
    case HostKeyStatus::Unknown:
        break;
    }
    const bool confirmed = options.confirmedHostKey && *options.confirmedHostKey == *offered;
    if (!options.acceptNewHostKey && !confirmed)
        return SshError{SshError::Kind::HostKeyUnknown, verdict.message(), verdict};
    const Result<void> appended = store.append(options.host, options.port, *offered, options.hashNewHostKeys);
    if (!appended)
        return SshError{SshError::Kind::KnownHostsUnusable, appended.error().toString(), verdict};
    qCInfo(lcTransport) << "accepted new host key for" << options.displayName()
                        << offered->fingerprint() << "into" << store.path();
    return std::nullopt;
}

std::optional<SshError> startCommand(ssh_session session, ssh_channel channel,
                                     const SshConnectOptions &options, const QString &command)
{
    if (ssh_channel_open_session(channel) != SSH_OK) {
        return SshError{SshError::Kind::ChannelFailed,
                        Tr::tr("%1 refused to open a session channel: %2").arg(options.displayName(), lastError(session)), {}};
    }
    if (ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK) {
        return SshError{SshError::Kind::ChannelFailed,
                        Tr::tr("%1 refused to run \"%2\": %3").arg(options.displayName(), command, lastError(session)), {}};
    }
    return std::nullopt;
}

// Connects one session (over fd when it is a relay's socket, else by TCP), verifies the host
// key and authenticates. The caller keeps owning fd: libssh never closes it.
std::optional<SshError> establish(ssh_session session, const SshConnectOptions &options, int fd,
                                  HostKeyVerdict &verdict)
{
    const KnownHostsStore store(options.effectiveKnownHostsPath());
    Result<KnownHostsFile> known = store.load();
    if (!known)
        return SshError{SshError::Kind::KnownHostsUnusable, known.error().toString(), {}};
    for (const QString &extra : options.extraKnownHostsPaths) {
        const Result<KnownHostsFile> more = KnownHostsStore(extra).load();
        if (!more)
            return SshError{SshError::Kind::KnownHostsUnusable, more.error().toString(), {}};
        known->merge(*more);
    }
    socket_t socket = fd;
    if (!session || !configure(session, options, *known)
        || (fd >= 0 && ssh_options_set(session, SSH_OPTIONS_FD, &socket) != SSH_OK)) {
        return SshError{SshError::Kind::Disconnected,
                        Tr::tr("Cannot set up an SSH session for %1: %2")
                            .arg(options.displayName(), session ? lastError(session) : QString()), {}};
    }
    if (ssh_connect(session) != SSH_OK)
        return SshError::fromConnectFailure(lastError(session), options.host, options.port, options.connectTimeout);
    if (auto refused = verifyHostKey(session, options, store, *known, verdict))
        return refused;
    return SshAuthenticator(session, options).authenticate();
}

// A failure at a jump host names that hop, so the operator knows which host refused.
SshError atJumpHost(SshError error, const SshConnectOptions &jump, size_t index, size_t count)
{
    error.message = Tr::tr("Jump host %1 (hop %2 of %3): %4")
                        .arg(jump.describe()).arg(index + 1).arg(count).arg(error.message);
    return error;
}

} // namespace

std::variant<std::unique_ptr<SshConnection>, SshError> SshConnection::open(const SshConnectOptions &options,
                                                                           const QString &command)
{
    std::unique_ptr<SshConnection> connection(new SshConnection);
    int fd = -1; // the relay socket the next session runs over; ours until a relay or we take it
    const size_t hops = options.jumpHosts.size();
    for (size_t i = 0; i < hops; ++i) {
        const SshConnectOptions &jump = options.jumpHosts[i];
        const SshConnectOptions &next = i + 1 < hops ? options.jumpHosts[i + 1] : options;
        ssh_session session = ssh_new();
        HostKeyVerdict verdict;
        if (auto failed = establish(session, jump, fd, verdict)) {
            if (session)
                ssh_free(session);
            if (fd >= 0)
                ::close(fd);
            return atJumpHost(*failed, jump, i, hops);
        }
        auto relay = SshJumpRelay::start(session, fd, jump, next.host, next.port);
        if (auto *error = std::get_if<SshError>(&relay))
            return *error;
        fd = std::get<0>(relay)->takePeerSocket();
        connection->m_relays.push_back(std::move(std::get<0>(relay)));
    }
    connection->m_socket = fd;
    connection->m_session = ssh_new();
    ssh_session session = connection->m_session;
    if (auto failed = establish(session, options, fd, connection->m_hostKey))
        return *failed;
    connection->m_channel = ssh_channel_new(session);
    if (!connection->m_channel) {
        return SshError{SshError::Kind::ChannelFailed,
                        Tr::tr("%1: cannot create a channel: %2").arg(options.displayName(), lastError(session)), {}};
    }
    if (auto failed = startCommand(session, connection->m_channel, options, command))
        return *failed;
    return connection;
}

SshConnection::~SshConnection()
{
    if (m_channel)
        ssh_channel_free(m_channel);
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
    }
    // libssh never closes a socket it was given with SSH_OPTIONS_FD.
    if (m_socket >= 0)
        ::close(m_socket);
    // Innermost hop first: each jump session says goodbye through the hops before it.
    while (!m_relays.empty())
        m_relays.pop_back();
}

QString SshConnection::jumpFailure() const
{
    for (const std::unique_ptr<SshJumpRelay> &relay : m_relays) {
        if (QString failure = relay->failure(); !failure.isEmpty())
            return failure;
    }
    return {};
}

} // namespace fleetdeck::transport
