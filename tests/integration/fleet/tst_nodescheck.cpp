// `fleetdeck-cli nodes check` end to end: the real CLI, real sshd servers on loopback, the real
// fleetdeck-agent as every node's agent command, and the SQLite inventory it writes.
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/NodeStateRepository.h"
#include "core/transport/HostKey.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/integration/fleet/FleetFixture.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck;
using fleetdeck::test::CliResult;
using fleetdeck::test::runCli;

namespace {

QString fingerprintOf(const QString &pubPath)
{
    QFile file(pubPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().split(' ');
    const auto key = transport::HostKey::fromBase64(QString::fromLatin1(fields.value(0)), fields.value(1));
    return key ? key->fingerprint() : QString();
}

QJsonObject nodeIn(const CliResult &result, const QString &name)
{
    const QJsonArray nodes = result.json().object().value(u"nodes"_s).toArray();
    for (const QJsonValue &node : nodes) {
        if (node.toObject().value(u"name"_s).toString() == name)
            return node.toObject();
    }
    return {};
}

QString stateOf(const CliResult &result, const QString &name)
{
    return nodeIn(result, name).value(u"state"_s).toString();
}

} // namespace

class TestNodesCheck : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_temp;
    std::unique_ptr<test::FleetFixture> m_fleet;
    QString m_knownHosts;

    // A known_hosts file in which server's entry holds impostor's key.
    QString pinWrongKey(const QString &server, const QString &impostor, const QString &fileName)
    {
        const QString port = QString::number(m_fleet->server(server).port());
        QFile key(m_fleet->server(impostor).hostKeyPublicPath(u"ed25519"_s));
        if (!key.open(QIODevice::ReadOnly))
            return {};
        const QByteArray fields = key.readAll().split(' ').mid(0, 2).join(' ');
        return test::writeFile(m_temp, fileName, "[127.0.0.1]:" + port.toLatin1() + ' ' + fields + '\n');
    }

    CliResult check(const QStringList &arguments, const QString &knownHosts)
    {
        return runCli(m_fleet->cliPrefix(knownHosts) + QStringList{u"--json"_s, u"nodes"_s, u"check"_s}
                      + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateFromUser();
        QVERIFY(m_temp.isValid());
        m_fleet = std::make_unique<test::FleetFixture>(m_temp);
        for (const QString &name : {u"alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s}) {
            QVERIFY2(m_fleet->startServer(name), qPrintable(m_fleet->error()));
            QVERIFY2(m_fleet->addSshNode(name), qPrintable(m_fleet->error()));
        }
        m_knownHosts = m_fleet->writeKnownHosts(u"known_hosts"_s);
    }

    void cleanupTestCase() { m_fleet.reset(); }

    void checksSeveralNodesAndStoresFacts()
    {
        const CliResult result = check({u"alpha"_s, u"bravo"_s, u"charlie"_s}, m_knownHosts);
        FD_CHECK_EXIT(result, 0);
        for (const QString &name : {u"alpha"_s, u"bravo"_s, u"charlie"_s}) {
            const QJsonObject node = nodeIn(result, name);
            QCOMPARE(node.value(u"state"_s).toString(), u"online"_s);
            QCOMPARE(node.value(u"transport"_s).toString(), u"ssh"_s);
            QCOMPARE(node.value(u"protocolVersion"_s).toInt(), 1);
            QVERIFY(!node.value(u"facts"_s).toObject().value(u"hostname"_s).toString().isEmpty());
            QVERIFY(node.value(u"facts"_s).toObject().value(u"cpuCount"_s).toInt() > 0);
        }
        QVERIFY(nodeIn(result, u"delta"_s).isEmpty());

        auto db = inventory::Database::open(m_fleet->dbPath());
        QVERIFY(db);
        inventory::AuditLog audit(**db, u"test"_s);
        inventory::NodeRepository nodes(**db, audit);
        inventory::NodeStateRepository states(**db);
        const auto alpha = nodes.find(u"alpha"_s);
        QVERIFY(alpha && alpha->has_value());
        const auto record = states.find((*alpha)->id);
        QVERIFY(record && record->has_value());
        QCOMPARE((*record)->state, u"online"_s);
        QVERIFY((*record)->reason.isEmpty());
        QCOMPARE((*record)->facts.value(u"hostname"_s).toString(),
                 nodeIn(result, u"alpha"_s).value(u"facts"_s).toObject().value(u"hostname"_s).toString());
        const auto recent = audit.recent(1);
        QVERIFY(recent && !recent->isEmpty());
        QCOMPARE(recent->first().action, u"node.check"_s);
    }

    void humanOutputListsNodes()
    {
        const CliResult result = runCli(m_fleet->cliPrefix(m_knownHosts)
                                        + QStringList{u"nodes"_s, u"check"_s, u"alpha"_s});
        FD_CHECK_EXIT(result, 0);
        QVERIFY2(result.outText().contains(u"alpha"_s) && result.outText().contains(u"online"_s),
                 qPrintable(result.describe()));
    }

    void unknownKeyRefusedThenPinnedWhenAccepted()
    {
        const QString empty = m_temp.filePath(u"empty_known_hosts"_s);
        QFile::remove(empty);
        const CliResult refused = check({u"alpha"_s}, empty);
        FD_CHECK_EXIT(refused, 4);
        const QJsonObject node = nodeIn(refused, u"alpha"_s);
        QCOMPARE(node.value(u"state"_s).toString(), u"host-key-refused"_s);
        QCOMPARE(node.value(u"hostKey"_s).toObject().value(u"status"_s).toString(), u"unknown"_s);
        QVERIFY(node.value(u"reason"_s).toString().contains(u"--accept-new-host-keys"_s));
        QVERIFY(!QFile::exists(empty) || QFile(empty).size() == 0);

        const CliResult accepted = runCli(m_fleet->cliPrefix(empty)
            + QStringList{u"--json"_s, u"--accept-new-host-keys"_s, u"nodes"_s, u"check"_s, u"alpha"_s});
        FD_CHECK_EXIT(accepted, 0);
        QFile file(empty);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString pinned = QString::fromUtf8(file.readAll());
        const QString port = QString::number(m_fleet->server(u"alpha"_s).port());
        QVERIFY2(pinned.startsWith(u"[127.0.0.1]:"_s + port + u' '), qPrintable(pinned));
        QCOMPARE(pinned.count(u'\n'), 1);

        FD_CHECK_EXIT(check({u"alpha"_s}, empty), 0);
    }

    void changedKeyRefusedWithBothFingerprints()
    {
        // bravo's entry pins charlie's key: to the client, bravo's key has changed.
        const QString knownHosts = pinWrongKey(u"bravo"_s, u"charlie"_s, u"changed_known_hosts"_s);
        QVERIFY(!knownHosts.isEmpty());
        const CliResult result = check({u"bravo"_s}, knownHosts);
        FD_CHECK_EXIT(result, 4);
        const QJsonObject node = nodeIn(result, u"bravo"_s);
        const QString reason = node.value(u"reason"_s).toString();
        const QString offered = fingerprintOf(m_fleet->server(u"bravo"_s).hostKeyPublicPath(u"ed25519"_s));
        const QString pinned = fingerprintOf(m_fleet->server(u"charlie"_s).hostKeyPublicPath(u"ed25519"_s));
        QVERIFY(!offered.isEmpty() && !pinned.isEmpty());
        QVERIFY2(reason.contains(offered) && reason.contains(pinned), qPrintable(reason));
        QVERIFY2(reason.contains(u"127.0.0.1"_s) && reason.contains(u"ssh-keygen -R"_s), qPrintable(reason));
        QCOMPARE(node.value(u"hostKey"_s).toObject().value(u"status"_s).toString(), u"changed"_s);
        QCOMPARE(node.value(u"hostKey"_s).toObject().value(u"offeredFingerprint"_s).toString(), offered);
        // Even --accept-new-host-keys never accepts a changed key.
        const CliResult again = runCli(m_fleet->cliPrefix(knownHosts)
            + QStringList{u"--accept-new-host-keys"_s, u"nodes"_s, u"check"_s, u"bravo"_s});
        FD_CHECK_EXIT(again, 4);
        QVERIFY2(again.outText().contains(offered), qPrintable(again.describe()));
    }

    void killedServerIsUnreachableOthersOnline()
    {
        m_fleet->server(u"delta"_s).kill();
        const CliResult result = check({u"--all"_s}, m_knownHosts);
        FD_CHECK_EXIT(result, 3);
        QCOMPARE(stateOf(result, u"delta"_s), u"unreachable"_s);
        QVERIFY2(nodeIn(result, u"delta"_s).value(u"reason"_s).toString().contains(u"refused"_s),
                 qPrintable(result.describe()));
        for (const QString &name : {u"alpha"_s, u"bravo"_s, u"charlie"_s})
            QCOMPARE(stateOf(result, name), u"online"_s);

        // A refused key outranks an unreachable node.
        const QString wrong = pinWrongKey(u"charlie"_s, u"alpha"_s, u"wrong_charlie"_s);
        const CliResult mixed = check({u"charlie"_s, u"delta"_s}, wrong);
        FD_CHECK_EXIT(mixed, 4);
        QVERIFY(m_fleet->server(u"delta"_s).start());
        FD_CHECK_EXIT(check({u"delta"_s}, m_knownHosts), 0);
    }

    void hungServerEndsWithinTheTimeout()
    {
        m_fleet->server(u"charlie"_s).freeze();
        QElapsedTimer timer;
        timer.start();
        const CliResult result = check({u"--timeout"_s, u"3"_s, u"alpha"_s, u"charlie"_s}, m_knownHosts);
        const qint64 elapsed = timer.elapsed();
        m_fleet->server(u"charlie"_s).thaw();
        FD_CHECK_EXIT(result, 3);
        QCOMPARE(stateOf(result, u"charlie"_s), u"unreachable"_s);
        QCOMPARE(stateOf(result, u"alpha"_s), u"online"_s);
        QVERIFY2(elapsed < 12000, qPrintable(QString::number(elapsed)));
    }

    void missingAgentNamesTheCommand()
    {
        const QString command = u"/nonexistent/bin/fleetdeck-agent rpc"_s;
        const CliResult added = runCli({u"--db"_s, m_fleet->dbPath(), u"nodes"_s, u"edit"_s, u"bravo"_s,
                                        u"--agent-command"_s, command});
        FD_CHECK_EXIT(added, 0);
        const CliResult result = check({u"bravo"_s}, m_knownHosts);
        runCli({u"--db"_s, m_fleet->dbPath(), u"nodes"_s, u"edit"_s, u"bravo"_s, u"--agent-command"_s,
                m_fleet->agentCommand(u"bravo"_s)});
        FD_CHECK_EXIT(result, 1);
        const QJsonObject node = nodeIn(result, u"bravo"_s);
        QCOMPARE(node.value(u"state"_s).toString(), u"degraded"_s);
        QVERIFY2(node.value(u"reason"_s).toString().contains(command), qPrintable(result.describe()));
        QVERIFY2(node.value(u"reason"_s).toString().contains(u"not found"_s), qPrintable(result.describe()));
    }

    void localNodeThroughAChildProcess()
    {
        QVERIFY2(m_fleet->addLocalNode(u"here"_s), qPrintable(m_fleet->error()));
        const CliResult result = check({u"here"_s}, m_knownHosts);
        FD_CHECK_EXIT(result, 0);
        const QJsonObject node = nodeIn(result, u"here"_s);
        QCOMPARE(node.value(u"transport"_s).toString(), u"local"_s);
        QCOMPARE(node.value(u"state"_s).toString(), u"online"_s);
        QVERIFY(!node.value(u"facts"_s).toObject().value(u"hostname"_s).toString().isEmpty());
    }

    void usageErrors()
    {
        FD_CHECK_EXIT(runCli(m_fleet->cliPrefix({}) + QStringList{u"nodes"_s, u"check"_s}), 2);
        FD_CHECK_EXIT(runCli(m_fleet->cliPrefix({}) + QStringList{u"nodes"_s, u"check"_s, u"--all"_s, u"alpha"_s}), 2);
        FD_CHECK_EXIT(runCli(m_fleet->cliPrefix({}) + QStringList{u"nodes"_s, u"check"_s, u"--timeout"_s, u"0"_s, u"--all"_s}), 2);
        FD_CHECK_EXIT(runCli(m_fleet->cliPrefix({}) + QStringList{u"nodes"_s, u"check"_s, u"nosuch"_s}), 1);
    }
};

QTEST_GUILESS_MAIN(TestNodesCheck)
#include "tst_nodescheck.moc"
