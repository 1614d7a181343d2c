#pragma once

#include "core/common/Result.h"
#include "core/credentials/SecretBytes.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace fleetdeck::credentials {

// Secrets by key, e.g. the OS keychain. Calls block and may come from any thread but the one the
// store runs its work on; the GUI thread calls it through a worker (QtConcurrent), never directly.
//
// An Error always means "the store is unavailable" (none installed, locked, no D-Bus session, a
// timeout, access refused): an expected outcome, which callers meet by asking the operator
// instead. Its message says why, for a log or a status line. A key that is simply not there is
// not an error: read() returns an empty optional.
class SecretStore {
public:
    virtual ~SecretStore() = default;

    virtual Result<std::optional<SecretBytes>> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, QByteArrayView secret) = 0;
    // Removing a key that is not there succeeds.
    virtual Result<void> remove(const QString &key) = 0;
};

} // namespace fleetdeck::credentials
