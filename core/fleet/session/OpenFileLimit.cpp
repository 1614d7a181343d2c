#include "core/fleet/session/OpenFileLimit.h"

#include "core/common/Log.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#endif

namespace fleetdeck::fleet {

long raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        qCWarning(lcFleet) << "cannot read the open files limit:" << std::strerror(errno);
        return -1;
    }
    rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? rlim_t(kOpenFileLimitCap)
                                                    : std::min(limit.rlim_max, rlim_t(kOpenFileLimitCap));
#ifdef OPEN_MAX
    // macOS refuses more than OPEN_MAX whatever the hard limit says.
    wanted = std::min(wanted, rlim_t(OPEN_MAX));
#endif
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur >= wanted)
        return long(limit.rlim_cur);
    if (limit.rlim_cur == RLIM_INFINITY)
        return kOpenFileLimitCap;
    const rlim_t before = limit.rlim_cur;
    limit.rlim_cur = wanted;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
        qCWarning(lcFleet) << "cannot raise the open files limit from" << qulonglong(before) << "to"
                           << qulonglong(wanted) << ":" << std::strerror(errno);
        return long(before);
    }
    qCInfo(lcFleet) << "open files limit raised from" << qulonglong(before) << "to" << qulonglong(wanted);
    return long(wanted);
#else
    return -1;
#endif
}

} // namespace fleetdeck::fleet
