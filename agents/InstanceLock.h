#pragma once

#include "core/common/Result.h"

#include <QString>

namespace fleetdeck::agent {

// One daemon per state folder: an flock(2) on a file in it. The kernel drops the lock when the
// process dies, even by kill -9, so a stale lock cannot block the next daemon.
class InstanceLock {
public:
    static Result<InstanceLock> acquire(const QString &path);

    InstanceLock(InstanceLock &&other) noexcept;
    InstanceLock &operator=(InstanceLock &&other) noexcept;
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;
    ~InstanceLock();

private:
    explicit InstanceLock(int fd)
        : m_fd(fd)
    {
    }
    int m_fd = -1;
};

} // namespace fleetdeck::agent
