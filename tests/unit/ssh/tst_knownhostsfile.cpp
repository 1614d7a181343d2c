#include "core/transport/KnownHostsFile.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/ssh/SshKeygen.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;
using fleetdeck::test::makeKey;
using fleetdeck::test::sshKeygen;

class TestKnownHostsFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_ed25519;
    QByteArray m_rsa;

    bool matches(const QByteArray &hosts, const QString &host, int port)
    {
        const KnownHostsFile file = KnownHostsFile::parse(hosts + ' ' + m_ed25519 + '\n', u"kh"_s);
        return !file.entriesFor(host, port).isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        m_ed25519 = makeKey(m_dir.path(), u"ed"_s, u"ed25519"_s);
        m_rsa = makeKey(m_dir.path(), u"rsa"_s, u"rsa"_s);
    }

    void plainEntriesAndPorts()
    {
        QVERIFY(matches("node1.example", u"node1.example"_s, 22));
        QVERIFY(matches("NODE1.example", u"node1.EXAMPLE"_s, 22));
        QVERIFY(!matches("node1.example", u"node1.example"_s, 2222));
        QVERIFY(matches("[node1.example]:2222", u"node1.example"_s, 2222));
        QVERIFY(!matches("[node1.example]:2222", u"node1.example"_s, 22));
        QVERIFY(matches("a,10.0.0.7,[b]:2200", u"10.0.0.7"_s, 22));
        QVERIFY(matches("a,10.0.0.7,[b]:2200", u"b"_s, 2200));
        QVERIFY(!matches("a,10.0.0.7,[b]:2200", u"c"_s, 22));
    }

    void wildcardsAndNegation()
    {
        QVERIFY(matches("*.lan", u"gpu1.lan"_s, 22));
        QVERIFY(matches("gpu?.lan", u"gpu7.lan"_s, 22));
        QVERIFY(!matches("gpu?.lan", u"gpu17.lan"_s, 22));
        QVERIFY(!matches("*.lan,!bad.lan", u"bad.lan"_s, 22));
        QVERIFY(matches("*.lan,!bad.lan", u"good.lan"_s, 22));
        QVERIFY(matches("[*.lan]:*", u"x.lan"_s, 2022));
    }

    void markersAndComments()
    {
        const QByteArray content = "# a comment\n\n"
                                   "@revoked * " + m_rsa + "\n"
                                   "@cert-authority *.lan " + m_ed25519 + " ca@lan\n"
                                   "host " + m_ed25519 + " trailing comment words\n";
        const KnownHostsFile file = KnownHostsFile::parse(content, u"kh"_s);
        QVERIFY(file.warnings().isEmpty());
        QCOMPARE(file.entries().size(), 3);
        QCOMPARE(file.entries()[0].marker, KnownHostsEntry::Marker::Revoked);
        QCOMPARE(file.entries()[0].line, 3);
        QCOMPARE(file.entries()[0].key.type(), u"ssh-rsa"_s);
        QCOMPARE(file.entries()[1].marker, KnownHostsEntry::Marker::CertAuthority);
        QCOMPARE(file.entries()[2].marker, KnownHostsEntry::Marker::None);
        QCOMPARE(file.entries()[2].key.type(), u"ssh-ed25519"_s);
    }

    void badLinesAreSkippedAndNamed()
    {
        const QByteArray content = "@bogus host " + m_ed25519 + "\n"
                                   "onlyhost\n"
                                   "host ssh-ed25519 !!!notbase64\n"
                                   "host ssh-rsa " + m_ed25519.split(' ')[1] + "\n"
                                   "|1|short|hash " + m_ed25519 + "\n"
                                   "good " + m_ed25519 + "\n";
        const KnownHostsFile file = KnownHostsFile::parse(content, u"/x/known_hosts"_s);
        QCOMPARE(file.entries().size(), 1);
        QCOMPARE(file.entries()[0].line, 6);
        QCOMPARE(file.warnings().size(), 5);
        QCOMPARE(file.warnings()[0].location, u"/x/known_hosts:1"_s);
        QVERIFY(file.warnings()[0].message.contains(u"@bogus"_s));
        QCOMPARE(file.warnings()[3].location, u"/x/known_hosts:4"_s);
        QVERIFY(file.warnings()[3].message.contains(u"ssh-ed25519"_s));
    }

    void binaryGarbageNeverCrashes()
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        const KnownHostsFile file = KnownHostsFile::parse(garbage, u"kh"_s);
        QVERIFY(file.entries().isEmpty());
    }

    // ssh-keygen -H hashes our plain file; we must find the same hosts in its output.
    void hashedEntriesMatchOpenSsh()
    {
        const QString path = fleetdeck::test::writeFile(
            m_dir, u"hashme"_s,
            "gpu1.lan " + m_ed25519 + "\n[edge-7.lan]:2222 " + m_rsa + "\n");
        sshKeygen({u"-H"_s, u"-f"_s, path});
        QFile hashed(path);
        QVERIFY(hashed.open(QIODevice::ReadOnly));
        const KnownHostsFile file = KnownHostsFile::parse(hashed.readAll(), path);
        QCOMPARE(file.entries().size(), 2);
        QVERIFY(file.entries()[0].isHashed());
        QCOMPARE(file.entriesFor(u"gpu1.lan"_s, 22).size(), 1);
        QCOMPARE(file.entriesFor(u"edge-7.lan"_s, 2222).size(), 1);
        QCOMPARE(file.entriesFor(u"edge-7.lan"_s, 22).size(), 0);
        QCOMPARE(file.entriesFor(u"gpu2.lan"_s, 22).size(), 0);
    }

    // Our hashed line must be one ssh-keygen -F finds, for port 22 and others.
    void ourHashedLinesAreFoundByOpenSsh()
    {
        const HostKey key = HostKey::fromBase64(u"ssh-ed25519"_s, m_ed25519.split(' ')[1]).value();
        const QByteArray lines = KnownHostsFile::formatLine(u"Node-A.lan"_s, 22, key, true)
                                 + KnownHostsFile::formatLine(u"node-b.lan"_s, 2200, key, true);
        QVERIFY(lines.startsWith("|1|"));
        const QString path = fleetdeck::test::writeFile(m_dir, u"ours"_s, lines);
        QVERIFY(sshKeygen({u"-F"_s, u"node-a.lan"_s, u"-f"_s, path}).contains("Host node-a.lan found: line 1"));
        QVERIFY(sshKeygen({u"-F"_s, u"[node-b.lan]:2200"_s, u"-f"_s, path}).contains("found: line 2"));
        QVERIFY(sshKeygen({u"-F"_s, u"node-c.lan"_s, u"-f"_s, path}).isEmpty());
    }

    void plainLineFormat()
    {
        const HostKey key = HostKey::fromBase64(u"ssh-ed25519"_s, m_ed25519.split(' ')[1]).value();
        QCOMPARE(KnownHostsFile::formatLine(u"h"_s, 22, key, false), "h " + m_ed25519 + '\n');
        QCOMPARE(KnownHostsFile::formatLine(u"h"_s, 2022, key, false), "[h]:2022 " + m_ed25519 + '\n');
    }
};

QTEST_GUILESS_MAIN(TestKnownHostsFile)
#include "tst_knownhostsfile.moc"
