#include "core/transport/HostKeyPolicy.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/ssh/SshKeygen.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;
using fleetdeck::test::makeKey;

class TestHostKeyPolicy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_edLine;
    QByteArray m_rsaLine;
    QByteArray m_otherEdLine;
    HostKey m_ed;
    HostKey m_rsa;
    HostKey m_otherEd;

    static HostKey keyOf(const QByteArray &line)
    {
        const QList<QByteArray> words = line.split(' ');
        return HostKey::fromBase64(QString::fromLatin1(words[0]), words[1]).value();
    }

    HostKeyVerdict check(const QByteArray &content, const QString &host, int port, const HostKey &offered)
    {
        return HostKeyPolicy::check(KnownHostsFile::parse(content, u"/home/op/.ssh/known_hosts"_s),
                                    u"/home/op/.ssh/known_hosts"_s,
                                    host, port, offered);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        m_edLine = makeKey(m_dir.path(), u"ed"_s, u"ed25519"_s);
        m_rsaLine = makeKey(m_dir.path(), u"rsa"_s, u"rsa"_s);
        m_otherEdLine = makeKey(m_dir.path(), u"ed2"_s, u"ed25519"_s);
        m_ed = keyOf(m_edLine);
        m_rsa = keyOf(m_rsaLine);
        m_otherEd = keyOf(m_otherEdLine);
    }

    void known()
    {
        const QByteArray content = "[gpu1]:2222 " + m_rsaLine + "\n[gpu1]:2222 " + m_edLine + "\n";
        const HostKeyVerdict verdict = check(content, u"gpu1"_s, 2222, m_ed);
        QCOMPARE(verdict.status, HostKeyStatus::Known);
        QCOMPARE(verdict.pinned.size(), 2);
    }

    void unknownWhenNoLineNamesTheHost()
    {
        const HostKeyVerdict verdict = check("other " + m_edLine + "\n", u"gpu1"_s, 22, m_ed);
        QCOMPARE(verdict.status, HostKeyStatus::Unknown);
        QVERIFY(verdict.message().contains(m_ed.fingerprint()));
        // The same host on another port is another entry.
        QCOMPARE(check("gpu1 " + m_edLine + "\n", u"gpu1"_s, 2222, m_ed).status, HostKeyStatus::Unknown);
    }

    void changedNamesBothFingerprintsAndTheFix()
    {
        const HostKeyVerdict verdict = check("[gpu1]:2222 " + m_edLine + "\n", u"gpu1"_s, 2222, m_otherEd);
        QCOMPARE(verdict.status, HostKeyStatus::Changed);
        const QString message = verdict.message();
        QVERIFY(message.contains(u"[gpu1]:2222"_s));
        QVERIFY(message.contains(m_ed.fingerprint()));
        QVERIFY(message.contains(m_otherEd.fingerprint()));
        QVERIFY2(message.contains(u"ssh-keygen -R '[gpu1]:2222' -f /home/op/.ssh/known_hosts"_s),
                 qPrintable(message));
    }

    // Several files, as UserKnownHostsFile lists them: the fix names the file that pins the key.
    void changedInASecondFileNamesThatFile()
    {
        KnownHostsFile known = KnownHostsFile::parse("other " + m_edLine + "\n", u"/home/op/.ssh/known_hosts"_s);
        known.merge(KnownHostsFile::parse("gpu1 " + m_edLine + "\n", u"/etc/fleet/known_hosts"_s));
        QCOMPARE(HostKeyPolicy::check(known, u"/home/op/.ssh/known_hosts"_s, u"gpu1"_s, 22, m_ed).status,
                 HostKeyStatus::Known);
        const HostKeyVerdict verdict = HostKeyPolicy::check(known, u"/home/op/.ssh/known_hosts"_s, u"gpu1"_s, 22, m_otherEd);
        QCOMPARE(verdict.status, HostKeyStatus::Changed);
        QCOMPARE(verdict.pinnedFiles, QStringList{u"/etc/fleet/known_hosts"_s});
        QVERIFY2(verdict.message().contains(u"ssh-keygen -R gpu1 -f /etc/fleet/known_hosts"_s),
                 qPrintable(verdict.message()));
    }

    // A pinned key of another type is still a pinned key: offering a different type is a change.
    void otherTypeThanPinnedIsChanged()
    {
        QCOMPARE(check("gpu1 " + m_edLine + "\n", u"gpu1"_s, 22, m_rsa).status, HostKeyStatus::Changed);
    }

    void revokedWinsOverAMatch()
    {
        const QByteArray content = "gpu1 " + m_edLine + "\n@revoked * " + m_edLine + "\n";
        const HostKeyVerdict verdict = check(content, u"gpu1"_s, 22, m_ed);
        QCOMPARE(verdict.status, HostKeyStatus::Revoked);
        QVERIFY(verdict.message().contains(u"@revoked"_s));
    }

    void certAuthorityIsNotAHostKey()
    {
        const QByteArray content = "@cert-authority gpu1 " + m_edLine + "\n";
        const HostKeyVerdict verdict = check(content, u"gpu1"_s, 22, m_ed);
        QCOMPARE(verdict.status, HostKeyStatus::Unknown);
        QVERIFY(verdict.pinned.isEmpty());
    }

    void hashedEntriesCount()
    {
        const QByteArray line = KnownHostsFile::formatLine(u"gpu1"_s, 22, m_ed, true);
        QCOMPARE(check(line, u"gpu1"_s, 22, m_ed).status, HostKeyStatus::Known);
        QCOMPARE(check(line, u"gpu1"_s, 22, m_otherEd).status, HostKeyStatus::Changed);
        QCOMPARE(check(line, u"gpu2"_s, 22, m_ed).status, HostKeyStatus::Unknown);
    }

    void pinnedTypesAreAskedFirst()
    {
        const KnownHostsFile file = KnownHostsFile::parse("[gpu1]:2222 " + m_rsaLine + "\n", u"kh"_s);
        const QStringList algorithms = HostKeyPolicy::hostKeyAlgorithms(file, u"gpu1"_s, 2222);
        QCOMPARE(algorithms.mid(0, 2), (QStringList{u"rsa-sha2-512"_s, u"rsa-sha2-256"_s}));
        QVERIFY(algorithms.contains(u"ssh-ed25519"_s));
        QCOMPARE(algorithms.count(u"rsa-sha2-512"_s), 1);
        const QStringList unpinned = HostKeyPolicy::hostKeyAlgorithms(file, u"gpu2"_s, 22);
        QCOMPARE(unpinned.first(), u"ssh-ed25519"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostKeyPolicy)
#include "tst_hostkeypolicy.moc"
