#pragma once

#include "core/credentials/SecretStore.h"

#include <QString>

#include <chrono>
#include <memory>

namespace fleetdeck::credentials {

namespace Internal {
class KeychainThread;
}

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), never with QtKeychain's plain-text fallback.
//
// QtKeychain's jobs are asynchronous and need an event loop. They all run on one thread owned by
// this library (QtKeychain queues jobs on one process-wide executor, which must live in a thread
// that keeps running); a caller waits for its job on a condition with a deadline, so a keychain
// that never answers (a desktop unlock prompt nobody sees, a hung D-Bus peer) costs at most the
// timeout and then reads as unavailable. Needs a QCoreApplication; call from worker threads.
class KeychainStore final : public SecretStore {
public:
    static inline const QString defaultService = QStringLiteral("io.fleetdeck.Fleetdeck");

    explicit KeychainStore(std::chrono::milliseconds timeout = std::chrono::seconds(5),
        QString service = defaultService);
    ~KeychainStore() override;

    Result<std::optional<SecretBytes>> read(const QString &key) override;
    Result<void> write(const QString &key, QByteArrayView secret) override;
    Result<void> remove(const QString &key) override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    QString service() const { return m_service; }

private:
    std::chrono::milliseconds m_timeout;
    QString m_service;
    std::shared_ptr<Internal::KeychainThread> m_thread;
};

} // namespace fleetdeck::credentials
