#include "core/transport/SshConfig.h"
#include "core/transport/SshConnectOptions.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;

class TestSshConnectOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void defaultsComeFromQtHome()
    {
        const QString ssh = QDir::homePath() + u"/.ssh"_s;
        QDir().mkpath(ssh);
        QFile::remove(ssh + u"/id_ecdsa"_s);
        QFile::remove(ssh + u"/id_rsa"_s);
        QFile key(ssh + u"/id_rsa"_s);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.close();
        SshConnectOptions options;
        options.host = u"gpu1"_s;
        QCOMPARE(options.effectiveKnownHostsPath(), ssh + u"/known_hosts"_s);
        QCOMPARE(options.effectiveIdentityFiles(), QStringList{ssh + u"/id_rsa"_s});
        QVERIFY(!options.effectiveUser().isEmpty());
        options.identityFiles = {u"~/keys/edge"_s};
        options.knownHostsPath = u"~/fleet_known_hosts"_s;
        QCOMPARE(options.effectiveIdentityFiles(), QStringList{QDir::homePath() + u"/keys/edge"_s});
        QCOMPARE(options.effectiveKnownHostsPath(), QDir::homePath() + u"/fleet_known_hosts"_s);
    }

    void takesResolvedSshConfigButNotItsTrust()
    {
        const auto config = SshConfig::parse(u"Host gpu1\n"
                                             "  HostName 10.0.0.7\n"
                                             "  Port 2200\n"
                                             "  User ops\n"
                                             "  IdentityFile /keys/gpu\n"
                                             "  IdentitiesOnly yes\n"
                                             "  UserKnownHostsFile /kh/fleet /kh/team\n"
                                             "  ConnectTimeout 4\n"
                                             "  ServerAliveInterval 9\n"
                                             "  StrictHostKeyChecking no\n"
                                             "  HashKnownHosts yes\n"_s,
                                             u"config"_s, QDir::homePath());
        QVERIFY(config.ok());
        const SshConnectOptions options = SshConnectOptions::fromHostSettings(config->resolve(u"gpu1"_s, u"me"_s));
        QCOMPARE(options.host, u"10.0.0.7"_s);
        QCOMPARE(options.port, 2200);
        QCOMPARE(options.user, u"ops"_s);
        QCOMPARE(options.identityFiles, QStringList{u"/keys/gpu"_s});
        QVERIFY(!options.useAgent);
        QCOMPARE(options.knownHostsPath, u"/kh/fleet"_s);
        QCOMPARE(options.extraKnownHostsPaths, QStringList{u"/kh/team"_s});
        QCOMPARE(options.connectTimeout, std::chrono::milliseconds(4000));
        QCOMPARE(options.keepaliveInterval, std::chrono::milliseconds(9000));
        // StrictHostKeyChecking no is ignored: unknown keys are still refused.
        QVERIFY(!options.acceptNewHostKey);
        QVERIFY(options.hashNewHostKeys);
        QCOMPARE(options.displayName(), u"ops@10.0.0.7:2200"_s);
    }
};

QTEST_GUILESS_MAIN(TestSshConnectOptions)
#include "tst_sshconnectoptions.moc"
