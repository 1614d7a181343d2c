#pragma once

#include <QString>
#include <QStringList>

namespace fleetdeck::test {

// A real OpenSSH sshd on a loopback port, run by start-sshd.sh / stop-sshd.sh from this folder.
// All its files (host keys, client key, authorized_keys, known_hosts, log) live in dir().
// The destructor stops it. Start several fixtures for several servers.
class SshdFixture
{
public:
    // dir: an empty or earlier-used folder, normally inside a QTemporaryDir.
    explicit SshdFixture(QString dir);
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    struct StartOptions
    {
        // 0: any free port the first time, then the same port again on a restart.
        int port = 0;
        bool newHostKeys = false;
        QStringList hostKeyTypes = {QStringLiteral("ed25519"), QStringLiteral("rsa"), QStringLiteral("ecdsa")};
    };

    // False, with the reason in errorString(), when sshd did not come up.
    bool start(const StartOptions &options);
    bool start() { return start(StartOptions{}); }
    // SIGTERM to the server and every process it started.
    void stop();
    // SIGKILL to the same: the server dies mid-session.
    void kill();
    // SIGSTOP / SIGCONT to the same: connections stay up but nothing answers (a hung host).
    void freeze();
    void thaw();
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    const QString &dir() const { return m_dir; }
    QString user() const;
    QString knownHostsPath() const;
    QString clientKeyPath() const;
    QString hostKeyPublicPath(const QString &type) const;
    QString logText() const;
    const QString &errorString() const { return m_error; }

    // The folder holding the scripts (the source tree's tests/support/sshd).
    static QString scriptDir();

private:
    bool runStop(const QString &mode);

    QString m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace fleetdeck::test
