// `fleetdeck-cli nodes check` with a passphrase-protected key against a real sshd and the real
// agent: the passphrase typed on a pseudo-terminal (echo off, restored, Ctrl-C), kept in a real
// keychain when the operator says so, read back from it with --keychain; and no question at all
// where there is no terminal.
#include "tests/integration/cli/CliProcess.h"
#include "tests/integration/credentials/PrivateKeyring.h"
#include "tests/integration/fleet/FleetFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace fleetdeck;

namespace {

const QByteArray passphrase = "open sesame 42";
// Nodes that share the one protected key; "enc" is the one most tests check.
const QStringList nodeNames { QStringLiteral("enc"), QStringLiteral("n2"), QStringLiteral("n3"),
    QStringLiteral("n4") };

// fleetdeck-cli on a pseudo-terminal of its own (its controlling terminal, stdin and stderr),
// with stdout on a pipe so that the JSON document can be told apart from the questions.
class PtyCli {
public:
    PtyCli(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        int out[2];
        if (::pipe(out) != 0)
            return;
        QByteArrayList storage { test::binaryPath(u"fleetdeck-cli"_s).toLocal8Bit() };
        for (const QString &argument : arguments)
            storage.append(argument.toLocal8Bit());
        QByteArrayList envStorage;
        for (const QString &entry : environment.toStringList())
            envStorage.append(entry.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &a : storage)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<char *> envp;
        for (QByteArray &e : envStorage)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        m_pid = forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            ::dup2(out[1], STDOUT_FILENO);
            ::close(out[0]);
            ::close(out[1]);
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        ::close(out[1]);
        m_out = out[0];
    }

    ~PtyCli()
    {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            ::close(m_master);
        if (m_out >= 0)
            ::close(m_out);
    }

    bool started() const { return m_pid > 0 && m_master >= 0; }

    // Reads the terminal until text shows up after what was already seen.
    bool waitFor(const QByteArray &text, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_screen.mid(m_seen).contains(text)) {
            if (timer.elapsed() > timeoutMs || !readSome(100))
                return false;
        }
        m_seen = m_screen.indexOf(text, m_seen) + text.size();
        return true;
    }

    void type(const QByteArray &bytes)
    {
        QVERIFY(::write(m_master, bytes.constData(), size_t(bytes.size())) == bytes.size());
    }

    bool echoOn() const
    {
        termios settings {};
        return tcgetattr(m_master, &settings) == 0 && (settings.c_lflag & ECHO);
    }

    // Waits for the process; its exit code, or 128 + the signal that ended it; -1 when it hung.
    int finish(int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        int status = 0;
        while (::waitpid(m_pid, &status, WNOHANG) == 0) {
            if (timer.elapsed() > timeoutMs)
                return -1;
            readSome(50);
        }
        m_exited = true;
        while (readSome(0)) { }
        char buffer[4096];
        for (ssize_t n; (n = ::read(m_out, buffer, sizeof buffer)) > 0;)
            m_stdout.append(buffer, n);
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }

    const QByteArray &screen() const { return m_screen; }
    const QByteArray &out() const { return m_stdout; }

private:
    bool readSome(int waitMs)
    {
        pollfd ready { m_master, POLLIN, 0 };
        if (::poll(&ready, 1, waitMs) <= 0)
            return waitMs > 0; // nothing yet is not the end
        char buffer[1024];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        m_screen.append(buffer, n);
        return true;
    }

    pid_t m_pid = -1;
    int m_master = -1;
    int m_out = -1;
    bool m_exited = false;
    QByteArray m_screen;
    qsizetype m_seen = 0;
    QByteArray m_stdout;
};

QJsonObject onlyNode(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"nodes"_s).toArray().first().toObject();
}

} // namespace

class tst_CliPassphrase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateFromUser();
        FD_START_KEYRING(m_keyring);
        m_fleet = std::make_unique<test::FleetFixture>(m_temp);

        // A passphrase-protected key that every server knows; no public half beside it, so the
        // passphrase is needed before a server is even asked.
        m_key = m_temp.filePath(u"keys/id_protected"_s);
        QDir().mkpath(m_temp.filePath(u"keys"_s));
        QCOMPARE(QProcess::execute(u"ssh-keygen"_s,
                     { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString::fromLatin1(passphrase),
                         u"-f"_s, m_key }),
            0);
        QFile publicKey(m_key + u".pub"_s);
        QVERIFY(publicKey.open(QIODevice::ReadOnly));
        const QByteArray publicLine = publicKey.readAll();
        QVERIFY(QFile::remove(m_key + u".pub"_s));

        for (const QString &name : nodeNames) {
            QVERIFY2(m_fleet->startServer(name), qPrintable(m_fleet->error()));
            test::SshdFixture &sshd = m_fleet->server(name);
            QFile authorized(sshd.dir() + u"/authorized_keys"_s);
            QVERIFY(authorized.open(QIODevice::Append));
            authorized.write(publicLine);
            authorized.close();
            const test::CliResult added = test::runCli({ u"--db"_s, m_fleet->dbPath(), u"nodes"_s,
                u"add"_s, name, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                QString::number(sshd.port()), u"--user"_s, sshd.user(), u"--identity"_s, m_key,
                u"--agent-command"_s, m_fleet->agentCommand(name) });
            FD_CHECK_EXIT(added, 0);
        }
        m_knownHosts = m_fleet->writeKnownHosts(u"known_hosts"_s);
    }

    void noTerminalNoQuestion()
    {
        // setsid(): no controlling terminal, as under cron or CI; stdin is not a terminal either.
        const test::CliResult result = runDetached({});
        FD_CHECK_EXIT(result, 3);
        const QJsonObject node = QJsonDocument::fromJson(result.out)
                                     .object()
                                     .value(u"nodes"_s)
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(node.value(u"state"_s).toString(), u"unreachable"_s);
        QVERIFY2(node.value(u"reason"_s)
                     .toString()
                     .contains(m_key + u" (cannot be read or decrypted)"_s),
            qPrintable(result.describe()));
        QVERIFY(!result.err.contains("Enter passphrase"));
    }

    void typedOnTheTerminalWithEchoOffThenRemembered()
    {
        PtyCli cli(prefix(true) + QStringList { u"--json"_s, u"nodes"_s, u"check"_s, u"enc"_s },
            environment());
        QVERIFY(cli.started());
        QVERIFY2(cli.waitFor("Enter passphrase for key '" + m_key.toLocal8Bit()
                     + "' (kept in the keychain once it works):"),
            cli.screen().constData());
        QVERIFY2(!cli.echoOn(), "the passphrase would be echoed");
        // Ctrl-Z first: ignored while asking, or the process would stop with echo off.
        cli.type("\x1a");
        cli.type("not it\n");
        QVERIFY2(cli.waitFor("Wrong passphrase for key"), cli.screen().constData());
        QVERIFY(cli.waitFor("Enter passphrase for key"));
        QVERIFY(!cli.echoOn());
        cli.type(passphrase + '\n');
        const int code = cli.finish();
        QVERIFY2(code == 0, cli.screen().constData());
        QVERIFY2(cli.echoOn(), "echo was not switched back on");
        QVERIFY2(!cli.screen().contains(passphrase) && !cli.screen().contains("not it"),
            "a passphrase appeared on the terminal");
        // stdout holds the JSON document alone: the questions went to the terminal.
        QJsonParseError error {};
        QJsonDocument::fromJson(cli.out(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(onlyNode(cli.out()).value(u"state"_s).toString(), u"online"_s);
    }

    void nodesSharingTheKeyAskOnce()
    {
        PtyCli cli(prefix(false) + QStringList { u"--json"_s, u"nodes"_s, u"check"_s } + nodeNames,
            environment());
        QVERIFY(cli.started());
        QVERIFY2(cli.waitFor("Enter passphrase for key"), cli.screen().constData());
        cli.type(passphrase + '\n');
        const int code = cli.finish();
        QVERIFY2(code == 0, cli.screen().constData());
        QCOMPARE(cli.screen().count("Enter passphrase"), 1);
        const QJsonArray nodes =
            QJsonDocument::fromJson(cli.out()).object().value(u"nodes"_s).toArray();
        QCOMPARE(nodes.size(), nodeNames.size());
        for (const QJsonValue &node : nodes)
            QCOMPARE(node.toObject().value(u"state"_s).toString(), u"online"_s);
    }

    void readFromTheKeychainWithoutATerminal()
    {
        // Remembered by the previous run, after the key decrypted: no terminal needed now.
        const test::CliResult result = runDetached({ u"--keychain"_s });
        FD_CHECK_EXIT(result, 0);
        QCOMPARE(onlyNode(result.out).value(u"state"_s).toString(), u"online"_s);
        // Without --keychain the CLI does not look there.
        FD_CHECK_EXIT(runDetached({}), 3);
        // Nothing of it landed in a file: not the CLI's settings, not the inventory.
        QVERIFY(!containsPassphrase(QDir::homePath()));
        QVERIFY(!containsPassphrase(m_temp.path()));
    }

    void unavailableKeychainIsSaid()
    {
        const QString nowhere = u"unix:path="_s + m_temp.filePath(u"no-bus"_s);
        const test::CliResult result = runDetached({ u"--keychain"_s }, nowhere);
        FD_CHECK_EXIT(result, 3);
        QVERIFY2(result.errText().contains(u"--keychain: The keychain cannot be reached"_s)
                && result.errText().trimmed().endsWith(u"Passphrases are asked for instead."_s),
            qPrintable(result.describe()));
        // Said on stderr: stdout is still the one JSON document.
        QCOMPARE(onlyNode(result.out).value(u"state"_s).toString(), u"unreachable"_s);
    }

    void ctrlCRestoresTheTerminal()
    {
        PtyCli cli(prefix(false) + QStringList { u"nodes"_s, u"check"_s, u"enc"_s }, environment());
        QVERIFY(cli.started());
        QVERIFY2(cli.waitFor("Enter passphrase for key"), cli.screen().constData());
        QVERIFY(!cli.echoOn());
        cli.type("half typed\x03");
        const int code = cli.finish();
        QCOMPARE(code, 128 + SIGINT);
        QVERIFY2(cli.echoOn(), "Ctrl-C left the terminal without echo");
    }

    void unansweredQuestionGivesUp()
    {
        PtyCli cli(prefix(false)
                + QStringList { u"--json"_s, u"nodes"_s, u"check"_s, u"enc"_s, u"--timeout"_s,
                    u"2"_s },
            environment());
        QVERIFY(cli.started());
        QVERIFY(cli.waitFor("Enter passphrase for key"));
        QElapsedTimer timer;
        timer.start();
        const int code = cli.finish(30000);
        QCOMPARE(code, 3);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(cli.screen().contains("skipped"), cli.screen().constData());
        QVERIFY(cli.echoOn());
    }

private:
    QStringList prefix(bool keychain) const
    {
        QStringList arguments = m_fleet->cliPrefix(m_knownHosts);
        if (keychain)
            arguments << u"--keychain"_s;
        return arguments;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_keyring.busAddress());
        // Only the key file may authenticate.
        env.remove(u"SSH_AUTH_SOCK"_s);
        return env;
    }

    // busAddress: the session bus the CLI sees; empty: the private keyring's.
    test::CliResult runDetached(
        const QStringList &globalOptions, const QString &busAddress = {}) const
    {
        QProcess cli;
        QProcessEnvironment env = environment();
        if (!busAddress.isEmpty())
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
        cli.setProcessEnvironment(env);
        cli.setStandardInputFile(QProcess::nullDevice());
        cli.setChildProcessModifier([] { ::setsid(); });
        const QStringList arguments = prefix(false) + globalOptions
            + QStringList { u"--json"_s, u"nodes"_s, u"check"_s, u"enc"_s };
        cli.start(test::binaryPath(u"fleetdeck-cli"_s), arguments);
        test::CliResult result;
        result.arguments = arguments;
        if (cli.waitForFinished(120000) && cli.exitStatus() == QProcess::NormalExit)
            result.exitCode = cli.exitCode();
        result.out = cli.readAllStandardOutput();
        result.err = cli.readAllStandardError();
        return result;
    }

    bool containsPassphrase(const QString &folder) const
    {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(m_keyring.path()))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(passphrase))
                return true;
        }
        return false;
    }

    test::PrivateKeyring m_keyring;
    QTemporaryDir m_temp;
    std::unique_ptr<test::FleetFixture> m_fleet;
    QString m_key;
    QString m_knownHosts;
};

QTEST_GUILESS_MAIN(tst_CliPassphrase)
#include "tst_cli_passphrase.moc"
