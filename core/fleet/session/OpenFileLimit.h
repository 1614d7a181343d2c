#pragma once

namespace fleetdeck::fleet {

// Each open session holds a socket or a child's pipes, and libssh opens a few more while it
// connects: 1,000 sessions need far more than the usual soft limit of 1,024 descriptors. Raises
// the soft RLIMIT_NOFILE to the hard limit (at most kOpenFileLimitCap) and logs what it did.
// Returns the soft limit now in force; -1 where there is no such limit (not POSIX) or it
// cannot be read. Call once, early in main().
inline constexpr long kOpenFileLimitCap = 65536;
long raiseOpenFileLimit();

} // namespace fleetdeck::fleet
