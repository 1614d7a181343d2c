#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace fleetdeck::transport {

enum class StrictHostKeyChecking { Ask, Yes, No, AcceptNew };

// What OpenSSH would use to reach one host, as `ssh -G host` shows it.
struct SshHostSettings
{
    QString host;                      // the name asked for, as given
    QString hostName;                  // HostName (%h expanded) or host, lowercased as OpenSSH does
    int port = 22;
    QString user;                      // User, else the local user
    QStringList identityFiles;         // every IdentityFile in order, ~ and %-tokens expanded;
                                       // empty: none configured (OpenSSH then tries its defaults)
    QString proxyJump;                 // empty: none ("ProxyJump none" also gives empty)
    QStringList userKnownHostsFiles;   // expanded; default ~/.ssh/known_hosts ~/.ssh/known_hosts2
    bool identitiesOnly = false;
    std::optional<int> connectTimeoutSeconds;  // empty: the system's TCP timeout
    int serverAliveIntervalSeconds = 0;
    StrictHostKeyChecking strictHostKeyChecking = StrictHostKeyChecking::Ask;
    // Lowercase keyword -> first obtained raw value (arguments joined by one space), for every
    // keyword that applied, the ones above included. IdentityFile is not here (it accumulates).
    QMap<QString, QString> options;

    bool isSet(const QString &lowercaseKeyword) const { return options.contains(lowercaseKeyword); }
};

// A name or pattern on a Host line (or a Match line), with where it was written.
struct SshConfigHostEntry
{
    QString name;       // "web1", "web-*", "!bastion", or "Match host x" for a Match line
    QString file;
    int line = 0;
    bool isPattern = false;  // wildcard, negation, or a Match block: never one concrete host
};

// OpenSSH client configuration (ssh_config(5)), parsed once and resolved per host with OpenSSH's
// rules: keywords are case-insensitive, "Key value" or "Key=value", quoted arguments and comments;
// the first obtained value of a keyword wins, except IdentityFile which accumulates in order.
// Host takes several patterns with *, ? and !negation; Match supports all, host, originalhost,
// user and localuser. Match exec, canonical and final are reported by warnings() and their blocks
// never apply (we do not run commands or canonicalise names). Include takes globs; relative paths
// are relative to ~/.ssh (the file is treated as a user config, as `ssh -F` does) and nesting
// stops at 16 levels. Parsing is pure: no network, no commands; only Include reads more files.
// IgnoreUnknown applies to every later line of any block (OpenSSH applies it per host).
class SshConfig
{
public:
    // homeDir gives "~", "%d" and the base for relative Include; QDir::homePath() when empty.
    static Result<SshConfig> load(const QString &path, const QString &homeDir = {});
    static Result<SshConfig> parse(const QString &text, const QString &fileName,
                                   const QString &homeDir = {});
    // ~/.ssh/config, with ~ as QDir::homePath() (which honours $HOME).
    static QString defaultUserPath();
    // The config every connection of a session shares, parsed once. path empty: the default
    // file, and a null pointer (no error) when it does not exist; a named file must exist.
    // Warnings (Match exec, ...) are logged here, once.
    static Result<std::shared_ptr<const SshConfig>> loadShared(const QString &path = {});

    SshConfig();
    ~SshConfig();
    SshConfig(const SshConfig &);
    SshConfig &operator=(const SshConfig &);
    SshConfig(SshConfig &&) noexcept;
    SshConfig &operator=(SshConfig &&) noexcept;

    // Every concrete name on a Host line (in file order, each once, first place it appears).
    QList<SshConfigHostEntry> concreteHostEntries() const;
    QStringList concreteHosts() const;
    // Patterns and Match lines: blocks that apply to other hosts but are no host themselves.
    QList<SshConfigHostEntry> patternEntries() const;
    // Translated notes on parts that are accepted but not supported (Match exec, ...), each
    // starting with file:line.
    QStringList warnings() const;
    // Every file read, the main one first, then included ones in the order they were read.
    QStringList files() const;

    // localUser: the local account name for %u, "Match localuser" and the default User; when
    // empty, the account's name from the system (as OpenSSH does), else USER or USERNAME.
    SshHostSettings resolve(const QString &host, const QString &localUser = {}) const;

    struct Data;

private:
    explicit SshConfig(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data;  // immutable once parsed, so copies share it
};

QString strictHostKeyCheckingName(StrictHostKeyChecking value);  // "ask", "true", ... as ssh -G

} // namespace fleetdeck::transport
