#include "core/transport/SshConfig.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using fleetdeck::transport::SshConfig;
using fleetdeck::transport::SshHostSettings;
using fleetdeck::transport::strictHostKeyCheckingName;

// Our resolver against the real OpenSSH client: `ssh -G -F file host` prints the settings it
// would use and connects nowhere. OpenSSH takes "~" from the passwd entry, so the comparisons
// resolve with that home (no file under it is read: the configs use absolute Include paths).
class TestSshConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        m_ssh = QStandardPaths::findExecutable(u"ssh"_s);
        const passwd *pw = getpwuid(getuid());
        QVERIFY(pw);
        m_pwUser = QString::fromLocal8Bit(pw->pw_name);
        m_pwHome = QString::fromLocal8Bit(pw->pw_dir);
    }

    void matchesOpenSsh_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("hosts");
        const QByteArray dir = m_dir.path().toUtf8();

        QTest::newRow("first value wins")
            << QByteArray("Host web\n  Port 2201\nHost web\n  Port 2202\n  User a\n"
                          "Host *\n  User b\n  Port 2203\n")
            << QStringList{u"web"_s, u"other"_s};
        QTest::newRow("Host * at the start")
            << QByteArray("Host *\n  User all\n  Port 2000\nHost web\n  User web\n"
                          "  HostName web.example.org\n")
            << QStringList{u"web"_s, u"db"_s};
        QTest::newRow("negation")
            << QByteArray("Host web-* !web-secret\n  User deploy\n  Port 2022\n"
                          "Host !db *\n  User other\nHost db\n  Port 2300\n")
            << QStringList{u"web-1"_s, u"web-secret"_s, u"db"_s, u"x"_s};
        QTest::newRow("patterns ? and several names")
            << QByteArray("Host gpu-?? cpu1 cpu2\n  User ops\nHost *.example.com\n  Port 2444\n")
            << QStringList{u"gpu-01"_s, u"gpu-123"_s, u"cpu2"_s, u"a.example.com"_s};
        QTest::newRow("Match host, originalhost, user, localuser")
            << QByteArray("Host alias\n  HostName real.example.com\n"
                          "Match host real.example.com\n  Port 2022\n"
                          "Match originalhost alias\n  User orig\n"
                          "Match user orig\n  IdentityFile /k/orig\n"
                          "Match !localuser nobody-at-all host *.example.com\n  ConnectTimeout 7\n"
                          "Match all\n  ServerAliveInterval 9\n")
            << QStringList{u"alias"_s, u"real.example.com"_s, u"x"_s};
        QTest::newRow("Match host pattern list and negation")
            << QByteArray("Match host web*,!web-secret\n  User webuser\n"
                          "Match !host db*\n  Port 2100\n")
            << QStringList{u"web1"_s, u"web-secret"_s, u"db1"_s};
        QTest::newRow("IdentityFile accumulates, duplicates dropped")
            << QByteArray("Host x\n  IdentityFile /k/1\n  IdentityFile /k/2\n"
                          "Host *\n  IdentityFile /k/3\n  IdentityFile /k/1\n  IdentityFile /k/4\n")
            << QStringList{u"x"_s, u"y"_s};
        QTest::newRow("Port precedence: global line before any Host")
            << QByteArray("Port 1111\nUser globaluser\nHost p\n  Port 2222\n  User puser\n")
            << QStringList{u"p"_s, u"q"_s};
        QTest::newRow("syntax: key=value, quotes, comments, case")
            << QByteArray("# comment\n\nHOST quoted\n  HOSTNAME = \"quoted.example.com\" # why\n"
                          "  port=2345\n  IdentityFile \"/k/with space\"\n"
                          "\tUser\ttabbed\n  identityfile='/k/single quoted'\n"
                          "  IdentityFile /k/esc\\ aped\n")
            << QStringList{u"quoted"_s};
        QTest::newRow("modelled options")
            << QByteArray("Host a\n  StrictHostKeyChecking no\n  IdentitiesOnly yes\n"
                          "  ConnectTimeout 1m30s\n  ServerAliveInterval 30\n"
                          "  ProxyJump jump@bastion:2022,other\n"
                          "  UserKnownHostsFile /kh/%h_%r_%p ~/kh2 \"/q q/kh\"\n"
                          "Host b\n  StrictHostKeyChecking accept-new\n  ProxyJump none\n"
                          "Host *\n  ProxyJump later\n  StrictHostKeyChecking yes\n"
                          "  IdentitiesOnly no\n")
            << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("HostName %h and case of the host")
            << QByteArray("Host WEB\n  HostName %h.Example.COM\nHost Web\n  Port 2999\n")
            << QStringList{u"WEB"_s, u"Web"_s, u"web"_s};

        fleetdeck::test::writeFile(m_dir, u"conf.d/10-a.conf"_s,
                                   "Host a\n  Port 1001\n  IdentityFile /k/a1\n");
        fleetdeck::test::writeFile(m_dir, u"conf.d/20-b.conf"_s,
                                   "Host a b\n  Port 1002\n  IdentityFile /k/a2\n"
                                   "Match all\n  ServerAliveInterval 15\n");
        fleetdeck::test::writeFile(m_dir, u"conf.d/skip.txt"_s, "Host a\n  Port 9\n");
        fleetdeck::test::writeFile(m_dir, u"inc-c"_s,
                                   "User cuser\nHost d\n  User duser\n  Port 4004\n");
        QTest::newRow("Include under a Match that does not apply")
            << QByteArray("Host web-2\n  Port 1\nMatch originalhost web-2\n  Port 2202\n"
                          "Include " + dir + "/inc-c\nHost *\n  Port 2999\n")
            << QStringList{u"d"_s, u"web-2"_s, u"x"_s};
        QTest::newRow("Include with glob, Match in include, Include inside Host")
            << QByteArray("Include " + dir + "/conf.d/*.conf\nHost c d\n  Include " + dir
                          + "/inc-c\n  Port 3003\nHost *\n  User main\n")
            << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    }

    void matchesOpenSsh()
    {
        if (m_ssh.isEmpty())
            QSKIP("the OpenSSH client (ssh) is not installed");
        QFETCH(QByteArray, config);
        QFETCH(QStringList, hosts);
        const QString path = fleetdeck::test::writeFile(
            m_dir, u"config-"_s + QString::number(++m_counter), config);
        auto parsed = SshConfig::load(path, m_pwHome);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        for (const QString &host : std::as_const(hosts)) {
            const QMultiMap<QString, QString> expected = sshG(path, host);
            QVERIFY2(!expected.isEmpty(), "ssh -G printed nothing");
            const SshHostSettings got = parsed->resolve(host, m_pwUser);
            const QString what = host + u" in:\n" + QString::fromUtf8(config);
            QCOMPARE(got.hostName, expected.value(u"hostname"_s));
            QCOMPARE(QString::number(got.port), expected.value(u"port"_s));
            QCOMPARE(got.user, expected.value(u"user"_s));
            if (!got.identityFiles.isEmpty()) {
                QStringList files = expected.values(u"identityfile"_s);
                std::reverse(files.begin(), files.end());  // QMultiMap keeps the newest first
                QVERIFY2(got.identityFiles == files, qPrintable(what + u"\nours: "
                         + got.identityFiles.join(u'|') + u"\nssh: " + files.join(u'|')));
            }
            QCOMPARE(got.proxyJump, expected.value(u"proxyjump"_s));
            QCOMPARE(got.userKnownHostsFiles.join(u' '), expected.value(u"userknownhostsfile"_s));
            QCOMPARE(got.identitiesOnly ? u"yes"_s : u"no"_s, expected.value(u"identitiesonly"_s));
            QCOMPARE(got.connectTimeoutSeconds ? QString::number(*got.connectTimeoutSeconds)
                                               : u"none"_s,
                     expected.value(u"connecttimeout"_s));
            QCOMPARE(QString::number(got.serverAliveIntervalSeconds),
                     expected.value(u"serveraliveinterval"_s));
            QCOMPARE(strictHostKeyCheckingName(got.strictHostKeyChecking),
                     expected.value(u"stricthostkeychecking"_s));
        }
    }

    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown keyword") << QByteArray("Host a\n  Prot 22\n") << 2 << u"Prot"_s;
        QTest::newRow("missing argument") << QByteArray("Host a\n  User\n") << 2 << u"User"_s;
        QTest::newRow("port too big") << QByteArray("Port 70000\n") << 1 << u"70000"_s;
        QTest::newRow("port not a number") << QByteArray("\nHost a\n Port ssh22\n") << 3
                                           << u"ssh22"_s;
        QTest::newRow("unclosed quote") << QByteArray("Host a\n  HostName \"x\n") << 2
                                        << u"quote"_s;
        QTest::newRow("extra argument") << QByteArray("Host a\n  Port 22 23\n") << 2
                                        << u"one argument"_s;
        QTest::newRow("bad Match criterion") << QByteArray("Match colour blue\n") << 1
                                             << u"colour"_s;
        QTest::newRow("Match without pattern") << QByteArray("Match host\n") << 1 << u"host"_s;
        QTest::newRow("Match all combined") << QByteArray("Match all host x\n") << 1 << u"all"_s;
        QTest::newRow("bad IdentitiesOnly") << QByteArray("IdentitiesOnly maybe\n") << 1
                                            << u"maybe"_s;
        QTest::newRow("bad time") << QByteArray("ConnectTimeout soon\n") << 1 << u"soon"_s;
    }

    void errorsNameFileAndLine()
    {
        QFETCH(QByteArray, config);
        QFETCH(int, line);
        QFETCH(QString, words);
        const QString path = fleetdeck::test::writeFile(
            m_dir, u"bad-"_s + QString::number(++m_counter), config);
        auto parsed = SshConfig::load(path, m_pwHome);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().location, path + u':' + QString::number(line));
        QVERIFY2(parsed.error().message.contains(words), qPrintable(parsed.error().message));
        if (!m_ssh.isEmpty()) {
            QProcess ssh;
            ssh.start(m_ssh, {u"-G"_s, u"-F"_s, path, u"a"_s});
            QVERIFY(ssh.waitForFinished());
            QVERIFY2(ssh.exitCode() != 0, "OpenSSH accepts what we refuse");
        }
    }

    void includedFileWritableByOthersIsRefused()
    {
        const QString included = fleetdeck::test::writeFile(m_dir, u"shared-inc"_s,
                                                            "Host s\n  Port 1\n");
        // World-writable: upstream OpenSSH also refuses group-writable, Debian's allows that
        // for a private group, so this case is the one both agree on.
        QFile::setPermissions(included, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther
                                            | QFile::WriteOther);
        const QString path = fleetdeck::test::writeFile(m_dir, u"perm"_s,
                                                        "\nInclude " + included.toUtf8() + "\n");
        auto parsed = SshConfig::load(path, m_pwHome);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().location, path + u":2"_s);
        QVERIFY(parsed.error().message.contains(included));
        if (!m_ssh.isEmpty()) {
            QProcess ssh;
            ssh.start(m_ssh, {u"-G"_s, u"-F"_s, path, u"s"_s});
            QVERIFY(ssh.waitForFinished());
            QVERIFY2(ssh.exitCode() != 0, "OpenSSH accepts what we refuse");
        }
    }

    void includeLoopStopsAtDepthLimit()
    {
        const QString path = m_dir.filePath(u"loop"_s);
        fleetdeck::test::writeFile(m_dir, u"loop"_s, "Include " + path.toUtf8() + "\n");
        auto parsed = SshConfig::load(path, m_pwHome);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(u"16"_s));
        QCOMPARE(parsed.error().location, path + u":1"_s);
    }

    void relativeIncludeIsUnderDotSsh()
    {
        QTemporaryDir home;
        fleetdeck::test::writeFile(home, u".ssh/config.d/extra"_s, "Host extra\n  Port 4444\n");
        fleetdeck::test::writeFile(home, u".ssh/tilde"_s, "Host tilde\n  Port 5555\n");
        const QString path = fleetdeck::test::writeFile(
            home, u".ssh/config"_s, "Include config.d/*\nInclude ~/.ssh/tilde\nInclude missing\n");
        auto parsed = SshConfig::load(path, home.path());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->resolve(u"extra"_s).port, 4444);
        QCOMPARE(parsed->resolve(u"tilde"_s).port, 5555);
        QCOMPARE(parsed->files().size(), 3);
        QCOMPARE(parsed->concreteHosts(), (QStringList{u"extra"_s, u"tilde"_s}));
        QCOMPARE(parsed->concreteHostEntries().first().file, home.filePath(u".ssh/config.d/extra"_s));
    }

    void tokensAndTildeExpand()
    {
        auto parsed = SshConfig::parse(
            u"Host n1\n  HostName real.example\n  User remote\n  Port 2200\n"
            "  IdentityFile ~/.ssh/id_%h_%r_%u_%p_%n_%%\n  IdentityFile %d/k/%x\n"
            "  UserKnownHostsFile ~/kh/%h\n"_s,
            u"cfg"_s, u"/home/op"_s);
        QVERIFY(parsed.ok());
        const SshHostSettings s = parsed->resolve(u"n1"_s, u"op"_s);
        QCOMPARE(s.identityFiles,
                 (QStringList{u"/home/op/.ssh/id_real.example_remote_op_2200_n1_%"_s,
                              u"/home/op/k/%x"_s}));
        QCOMPARE(s.userKnownHostsFiles, QStringList{u"/home/op/kh/real.example"_s});
        QCOMPARE(parsed->resolve(u"other"_s, u"op"_s).userKnownHostsFiles,
                 (QStringList{u"/home/op/.ssh/known_hosts"_s, u"/home/op/.ssh/known_hosts2"_s}));
    }

    void hostsPatternsAndLines()
    {
        auto parsed = SshConfig::parse(u"Host *\n  User x\nHost web1 web2 web-* !bad\n"
                                       "  Port 1\n\nMatch host db\n  Port 2\nHost web1\n"_s,
                                       u"f"_s, u"/h"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->concreteHosts(), (QStringList{u"web1"_s, u"web2"_s}));
        const auto entries = parsed->concreteHostEntries();
        QCOMPARE(entries.at(1).line, 3);
        QCOMPARE(entries.at(1).file, u"f"_s);
        QStringList patterns;
        for (const auto &e : parsed->patternEntries())
            patterns.append(e.name + u'@' + QString::number(e.line));
        QCOMPARE(patterns, (QStringList{u"*@1"_s, u"web-*@3"_s, u"!bad@3"_s,
                                        u"Match host db@6"_s}));
    }

    void unsupportedMatchIsReportedAndNeverApplies()
    {
        auto parsed = SshConfig::parse(u"Match exec \"true\"\n  Port 1\nMatch canonical\n"
                                       "  Port 2\nMatch final host *\n  Port 3\nHost *\n  User u\n"_s,
                                       u"f"_s, u"/h"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->warnings().size(), 3);
        QVERIFY(parsed->warnings().at(0).startsWith(u"f:1: "_s));
        QVERIFY(parsed->warnings().at(0).contains(u"exec"_s));
        const SshHostSettings s = parsed->resolve(u"any"_s, u"me"_s);
        QCOMPARE(s.port, 22);
        QCOMPARE(s.user, u"u"_s);
    }

    void defaultLocalUserIsTheAccount()
    {
        auto parsed = SshConfig::parse(u"Host a\n  IdentityFile /k/%u\n"_s, u"f"_s, u"/h"_s);
        QVERIFY(parsed.ok());
        const SshHostSettings s = parsed->resolve(u"a"_s);
        QCOMPARE(s.user, m_pwUser);
        QCOMPARE(s.identityFiles, QStringList{u"/k/"_s + m_pwUser});
    }

    void ignoreUnknownAndRawOptions()
    {
        auto parsed = SshConfig::parse(u"IgnoreUnknown UseKeychain,Foo*\nUseKeychain yes\n"
                                       "FooBar 1\nHost a\n  ProxyCommand ssh -W %h:%p bastion\n"
                                       "  Compression yes\n  SendEnv LANG\n  SendEnv LC_*\n"_s,
                                       u"f"_s, u"/h"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        const SshHostSettings s = parsed->resolve(u"a"_s, u"me"_s);
        QCOMPARE(s.options.value(u"proxycommand"_s), u"ssh -W %h:%p bastion"_s);
        QCOMPARE(s.options.value(u"compression"_s), u"yes"_s);
        QCOMPARE(s.options.value(u"sendenv"_s), u"LANG\nLC_*"_s);
        QVERIFY(s.isSet(u"compression"_s));
        QVERIFY(!s.isSet(u"user"_s));
        QCOMPARE(s.user, u"me"_s);
    }

private:
    QMultiMap<QString, QString> sshG(const QString &config, const QString &host)
    {
        QProcess ssh;
        ssh.start(m_ssh, {u"-G"_s, u"-F"_s, config, host});
        if (!ssh.waitForFinished(10000) || ssh.exitCode() != 0) {
            qWarning() << "ssh -G failed:" << ssh.readAllStandardError();
            return {};
        }
        QMultiMap<QString, QString> values;
        const QStringList lines = QString::fromUtf8(ssh.readAllStandardOutput()).split(u'\n');
        for (const QString &line : lines) {
            const qsizetype space = line.indexOf(u' ');
            if (space > 0)
                values.insert(line.left(space), line.mid(space + 1));
        }
        return values;
    }

    QTemporaryDir m_dir;
    QString m_ssh;
    QString m_pwUser;
    QString m_pwHome;
    int m_counter = 0;

    void randomEditsNeverCrash()
    {
        const QString text = u"Host web-* !web-x\n  User=deploy\n  IdentityFile \"/k/a b\"\n"
                             "Match host *.lab,!gw user ops\n  Port 2222\nHost a b\n"
                             "  HostName %h.example.com\n  ProxyJump j:22\n"
                             "  ConnectTimeout 1m\nMatch all\n  StrictHostKeyChecking no\n"_s;
        for (const QString &mutated : fleetdeck::test::textMutations(text, 3000)) {
            auto parsed = SshConfig::parse(mutated, u"cfg"_s, u"/h"_s);
            QVERIFY(parsed.ok() || !parsed.error().location.isEmpty());
            if (parsed.ok()) {
                for (const QString &host : parsed->concreteHosts())
                    QVERIFY(parsed->resolve(host, u"me"_s).port > 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
