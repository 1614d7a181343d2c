#include "core/credentials/KeychainStore.h"
#include "tests/integration/credentials/PrivateKeyring.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/credentials/SecretScan.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fleetdeck;
using namespace fleetdeck::credentials;
using namespace std::chrono_literals;

namespace {

// The test binary doubles as a one-shot keychain client (FLEETDECK_KEYCHAIN_PROBE="read KEY",
// "write KEY VALUE" or "remove KEY"): D-Bus connections are made once per process, so every bus
// situation (none, a silent one, a locked keyring) gets a fresh process with its own environment.
int probe()
{
    const QStringList words = qEnvironmentVariable("FLEETDECK_KEYCHAIN_PROBE").split(u' ');
    const auto timeout =
        std::chrono::milliseconds(qEnvironmentVariableIntValue("FLEETDECK_KEYCHAIN_TIMEOUT_MS"));
    KeychainStore store(timeout);
    QString answer;
    const auto failed = [](const Error &error) -> QString {
        return u"unavailable: "_s + error.message;
    };
    if (words.value(0) == u"read") {
        auto read = store.read(words.value(1));
        answer = !read ? failed(read.error())
                       : (*read ? u"found "_s + QString::fromUtf8((*read)->view().toByteArray())
                                : u"missing"_s);
    } else if (words.value(0) == u"write") {
        const Result<void> written = store.write(words.value(1), words.value(2).toUtf8());
        answer = written ? u"ok"_s : failed(written.error());
    } else {
        const Result<void> removed = store.remove(words.value(1));
        answer = removed ? u"ok"_s : failed(removed.error());
    }
    std::fputs(qPrintable(answer + u'\n'), stdout);
    return 0;
}

struct ProbeRun {
    QString answer;
    qint64 elapsedMs = 0;
};

} // namespace

// KeychainStore against a real Secret Service: gnome-keyring-daemon on a private D-Bus session
// started by start-keyring.sh (no desktop, no prompt), and against buses that cannot serve it.
class tst_KeychainStore : public QObject {
    Q_OBJECT

public:
    explicit tst_KeychainStore(test::PrivateKeyring &keyring)
        : m_keyring(keyring)
    {
    }

private slots:
    void initTestCase()
    {
        test::isolateFromUser();
        FD_START_KEYRING(m_keyring);
        m_address = m_keyring.busAddress();
        // Only this test process (and the probes it starts) talk to the private bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    }

    void storeReadOverwriteRemove()
    {
        KeychainStore store(10s);
        const QString key = u"ssh-passphrase:/tmp/fleetdeck-test/id_one"_s;
        auto missing = store.read(key);
        QVERIFY2(missing, qPrintable(missing.error().message));
        QVERIFY(!missing->has_value());

        QVERIFY(store.write(key, "first secret"));
        auto read = store.read(key);
        QVERIFY2(read, qPrintable(read.error().message));
        QVERIFY(read->has_value());
        QCOMPARE((*read)->view(), "first secret"_ba);

        QVERIFY(store.write(key, "second secret"));
        QCOMPARE((*store.read(key))->view(), "second secret"_ba);
        // Binary-safe: a passphrase is bytes.
        QVERIFY(store.write(key, QByteArrayView("a\0b\xff", 4)));
        QCOMPARE((*store.read(key))->view(), QByteArrayView("a\0b\xff", 4));

        QVERIFY(store.remove(key));
        QVERIFY(!store.read(key)->has_value());
        QVERIFY(store.remove(key)); // gone already: still fine
    }

    void keptByTheKeyringNotByUs()
    {
        KeychainStore store(10s);
        QVERIFY(
            store.write(u"ssh-passphrase:/tmp/fleetdeck-test/id_two"_s, "kept-by-the-daemon-5c1e"));
        // Another process reads it: it lives in gnome-keyring, not in this process.
        const ProbeRun run =
            runProbe(u"read ssh-passphrase:/tmp/fleetdeck-test/id_two"_s, m_address, 10000);
        QCOMPARE(run.answer, u"found kept-by-the-daemon-5c1e"_s);
        // Services do not mix: another application's entry of the same key is not ours.
        KeychainStore other(10s, u"io.fleetdeck.Other"_s);
        QVERIFY(!other.read(u"ssh-passphrase:/tmp/fleetdeck-test/id_two"_s)->has_value());
        // The keyring file on disk is encrypted, and nothing else holds the secret in plain text.
        QVERIFY(!test::anyFileContains(m_keyring.path(), "kept-by-the-daemon-5c1e"));
        QVERIFY(!test::anyFileContains(QDir::homePath(), "kept-by-the-daemon-5c1e"));
    }

    void parallelCallersFromWorkerThreads()
    {
        KeychainStore store(10s);
        QVERIFY(store.write(u"ssh-passphrase:/tmp/fleetdeck-test/id_three"_s, "shared"));
        std::vector<std::thread> threads;
        std::atomic<int> found = 0;
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back([&] {
                auto read = store.read(u"ssh-passphrase:/tmp/fleetdeck-test/id_three"_s);
                if (read && *read && (*read)->view() == "shared")
                    ++found;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(found.load(), 8);
    }

    void noBusIsUnavailableAndWritesNoFile()
    {
        const QString nowhere = u"unix:path="_s + m_keyring.filePath(u"no-bus-here"_s);
        const ProbeRun read = runProbe(u"read ssh-passphrase:/tmp/x"_s, nowhere, 3000);
        QVERIFY2(read.answer.startsWith(u"unavailable: "_s), qPrintable(read.answer));
        QVERIFY2(read.elapsedMs < 3000 + 2000, qPrintable(QString::number(read.elapsedMs)));
        const ProbeRun write =
            runProbe(u"write ssh-passphrase:/tmp/x no-fallback-secret-91b2"_s, nowhere, 3000);
        QVERIFY2(write.answer.startsWith(u"unavailable: "_s), qPrintable(write.answer));
        // QtKeychain's insecure fallback would have put it into a QSettings file under HOME.
        QVERIFY(!test::anyFileContains(m_probeHome.path(), "no-fallback-secret-91b2"));
        QVERIFY(!test::anyFileContains(m_probeHome.path(), "ssh-passphrase"));
    }

    void silentBusTimesOut()
    {
        // A socket that takes connections and never says a word: a hung session bus.
        QLocalServer silent;
        QVERIFY(silent.listen(m_keyring.filePath(u"silent"_s)));
        const QString address = u"unix:path="_s + silent.fullServerName();
        const ProbeRun run = runProbe(u"read ssh-passphrase:/tmp/x"_s, address, 1500);
        QVERIFY2(run.answer.startsWith(u"unavailable: "_s), qPrintable(run.answer));
        QVERIFY2(run.elapsedMs < 1500 + 2500, qPrintable(QString::number(run.elapsedMs)));
    }

    void lockedKeyringIsUnavailableWithoutPrompting()
    {
        KeychainStore store(10s);
        QVERIFY(store.write(u"ssh-passphrase:/tmp/fleetdeck-test/id_four"_s, "behind-a-lock"));
        // Lock the collection: reading it now needs an unlock prompt that no one will answer.
        QProcess lock;
        lock.setProcessEnvironment(probeEnvironment(m_address, 0));
        lock.start(u"dbus-send"_s,
            { u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                u"array:objpath:/org/freedesktop/secrets/collection/login"_s });
        QVERIFY(lock.waitForFinished(10000));
        QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());
        const ProbeRun run =
            runProbe(u"read ssh-passphrase:/tmp/fleetdeck-test/id_four"_s, m_address, 1500);
        // QtKeychain's libsecret backend reports the locked entry as missing (gnome-keyring 42);
        // either way the operator is asked, and no unlock prompt is waited for.
        QVERIFY2(!run.answer.startsWith(u"found"_s), qPrintable(run.answer));
        QVERIFY2(run.answer.startsWith(u"unavailable: "_s) || run.answer == u"missing"_s,
            qPrintable(run.answer));
        QVERIFY2(run.elapsedMs < 1500 + 2500, qPrintable(QString::number(run.elapsedMs)));
    }

private:
    QProcessEnvironment probeEnvironment(const QString &busAddress, int timeoutMs) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
        env.insert(u"HOME"_s, m_probeHome.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_probeHome.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_probeHome.filePath(u".local/share"_s));
        env.insert(u"FLEETDECK_KEYCHAIN_TIMEOUT_MS"_s, QString::number(timeoutMs));
        return env;
    }

    ProbeRun runProbe(const QString &request, const QString &busAddress, int timeoutMs) const
    {
        QProcess child;
        QProcessEnvironment env = probeEnvironment(busAddress, timeoutMs);
        env.insert(u"FLEETDECK_KEYCHAIN_PROBE"_s, request);
        child.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), {});
        // The timeout is the promise under test; far past it the probe is declared hung.
        if (!child.waitForFinished(timeoutMs + 20000)) {
            child.kill();
            child.waitForFinished();
            return { u"hung"_s, timer.elapsed() };
        }
        const ProbeRun run { QString::fromUtf8(child.readAllStandardOutput()).trimmed(),
            timer.elapsed() };
        qInfo().noquote() << request.section(u' ', 0, 0) << "->" << run.answer << "in"
                          << run.elapsedMs << "ms";
        return run;
    }

    test::PrivateKeyring &m_keyring;
    QTemporaryDir m_probeHome;
    QString m_address;
};

int main(int argc, char **argv)
{
    test::PrivateKeyring keyring; // outlives the application: see PrivateKeyring
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("FLEETDECK_KEYCHAIN_PROBE"))
        return probe();
    tst_KeychainStore test(keyring);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainstore.moc"
