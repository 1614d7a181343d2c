#include "agents/InstanceLock.h"

#include "agents/Tr.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace fleetdeck::agent {

Result<InstanceLock> InstanceLock::acquire(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error { Tr::tr("Cannot open the lock file %1: %2.")
                           .arg(path, QString::fromLocal8Bit(std::strerror(errno))),
            {} };
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) {
            return Error { Tr::tr("Another fleetdeck-agent daemon already serves this state folder "
                                  "(it holds %1).")
                               .arg(path),
                {} };
        }
        return Error {
            Tr::tr("Cannot lock %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(error))),
            {}
        };
    }
    return InstanceLock(fd);
}

InstanceLock::InstanceLock(InstanceLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

InstanceLock &InstanceLock::operator=(InstanceLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

InstanceLock::~InstanceLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace fleetdeck::agent
