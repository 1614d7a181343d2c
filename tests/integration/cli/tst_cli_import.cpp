#include "cli/ExitCode.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/integration/cli/StoredInventory.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::cli;
using fleetdeck::inventory::Tier;
using fleetdeck::test::CliResult;
using fleetdeck::test::runCli;
using fleetdeck::test::StoredInventory;

namespace {

QStringList sortedStrings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    list.sort();
    return list;
}

} // namespace

// `nodes import` of ssh_config, Ansible and CSV files: what it reports, what it stores, and
// that a malformed file writes nothing.
class TestCliImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void init() { m_db = m_dir.filePath(u"inventory-%1.sqlite"_s.arg(++m_count)); }

    void sshConfig()
    {
        const QString file = write(u"ssh/config"_s,
            "Host web1\n"
            "    HostName 10.0.0.5\n"
            "    User deploy\n"
            "    Port 2201\n"
            "Host db1\n"
            "    HostName db1.internal\n"
            "Host *\n"
            "    ServerAliveInterval 30\n");
        const CliResult human = cli({ u"nodes"_s, u"import"_s, file });
        FD_CHECK_EXIT(human, ExitSuccess);
        for (const QString &word :
            { u"ssh-config"_s, u"2 added"_s, u"1 skipped"_s, u"web1"_s, u"db1"_s, u"config:7"_s })
            QVERIFY2(human.outText().contains(word), qPrintable(word + u'\n' + human.describe()));

        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.names(), (QStringList { u"db1"_s, u"web1"_s }));
        const auto *web = stored.find(u"web1"_s);
        QCOMPARE(web->host, u"10.0.0.5"_s);
        QCOMPARE(web->user, u"deploy"_s);
        QCOMPARE(web->port, 2201);
        QCOMPARE(stored.find(u"db1"_s)->host, u"db1.internal"_s);
        QCOMPARE(stored.auditRows, 1);

        // Again: nothing changes. Then one port changes: one node is updated.
        const CliResult again = cli({ u"--json"_s, u"nodes"_s, u"import"_s, file });
        FD_CHECK_EXIT(again, ExitSuccess);
        const QJsonObject report = again.json().object();
        QCOMPARE(report.value(u"format"_s).toString(), u"ssh-config"_s);
        QCOMPARE(
            sortedStrings(report.value(u"unchanged"_s)), (QStringList { u"db1"_s, u"web1"_s }));
        QCOMPARE(report.value(u"added"_s).toArray().size(), 0);
        const QJsonObject skip = report.value(u"skipped"_s).toArray().at(0).toObject();
        QCOMPARE(skip.value(u"name"_s).toString(), u"*"_s);
        QCOMPARE(skip.value(u"line"_s).toInt(), 7);
        QVERIFY(!skip.value(u"reason"_s).toString().isEmpty());

        write(u"ssh/config"_s,
            "Host web1\n  HostName 10.0.0.5\n  User deploy\n  Port 2202\n"
            "Host db1\n  HostName db1.internal\n");
        const CliResult changed = cli({ u"--json"_s, u"nodes"_s, u"import"_s, file });
        FD_CHECK_EXIT(changed, ExitSuccess);
        QCOMPARE(
            sortedStrings(changed.json().object().value(u"updated"_s)), QStringList { u"web1"_s });
        QCOMPARE(StoredInventory::read(m_db).find(u"web1"_s)->port, 2202);
    }

    void ansibleIni()
    {
        const QString file = write(u"hosts.ini"_s,
            "[edge]\n"
            "edge-1 ansible_host=10.1.0.1 ansible_user=pi\n"
            "edge-2 ansible_host=10.1.0.2 ansible_port=2222\n"
            "[cloud]\n"
            "cloud-1 ansible_host=34.1.2.3\n");
        const CliResult result = cli({ u"--json"_s, u"nodes"_s, u"import"_s, file });
        FD_CHECK_EXIT(result, ExitSuccess);
        const QJsonObject report = result.json().object();
        QCOMPARE(report.value(u"format"_s).toString(), u"ansible"_s);
        QCOMPARE(sortedStrings(report.value(u"added"_s)),
            (QStringList { u"cloud-1"_s, u"edge-1"_s, u"edge-2"_s }));

        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.find(u"edge-1"_s)->user, u"pi"_s);
        QCOMPARE(stored.find(u"edge-2"_s)->port, 2222);
        QCOMPARE(stored.find(u"cloud-1"_s)->host, u"34.1.2.3"_s);
    }

    void ansibleYaml()
    {
        const QString file = write(u"hosts.yml"_s,
            "all:\n"
            "  children:\n"
            "    gpu:\n"
            "      hosts:\n"
            "        g1:\n"
            "          ansible_host: 10.2.0.1\n");
        FD_CHECK_EXIT(cli({ u"nodes"_s, u"import"_s, file }), ExitSuccess);
        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.names(), QStringList { u"g1"_s });
        QCOMPARE(stored.nodes.constFirst().host, u"10.2.0.1"_s);
    }

    void csv()
    {
        const QString file = write(u"nodes.csv"_s,
            "name,host,port,user,site,tier,labels\n"
            "c1,10.3.0.1,2022,ops,fra,cloud,gpu=a100;zone=a\n"
            "c2,10.3.0.2,,,,edge,\n");
        const CliResult result = cli({ u"nodes"_s, u"import"_s, file });
        FD_CHECK_EXIT(result, ExitSuccess);
        QVERIFY(result.outText().contains(u"(csv)"_s));

        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.names(), (QStringList { u"c1"_s, u"c2"_s }));
        const auto *c1 = stored.find(u"c1"_s);
        QCOMPARE(c1->port, 2022);
        QCOMPARE(c1->user, u"ops"_s);
        QCOMPARE(c1->site, u"fra"_s);
        QCOMPARE(c1->tier, Tier::Cloud);
        QCOMPARE(c1->labels,
            (QMap<QString, QString> { { u"gpu"_s, u"a100"_s }, { u"zone"_s, u"a"_s } }));
        QCOMPARE(stored.find(u"c2"_s)->port, 22);
    }

    void explicitFormat()
    {
        const QString file = write(u"fleet.txt"_s, "[grp]\nh1 ansible_host=10.4.0.1\n");
        const CliResult result =
            cli({ u"--json"_s, u"nodes"_s, u"import"_s, file, u"--format"_s, u"ansible"_s });
        FD_CHECK_EXIT(result, ExitSuccess);
        QCOMPARE(result.json().object().value(u"format"_s).toString(), u"ansible"_s);
        QCOMPARE(StoredInventory::read(m_db).names(), QStringList { u"h1"_s });

        const CliResult bad = cli({ u"nodes"_s, u"import"_s, file, u"--format"_s, u"xml"_s });
        FD_CHECK_EXIT(bad, ExitUsage);
        QVERIFY(bad.errText().contains(u"xml"_s));
    }

    void malformedFileWritesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("location");
        QTest::newRow("csv port") << u"bad.csv"_s
                                  << QByteArray("name,host,port\nok1,10.0.0.1,22\nbad,10.0.0.2,x\n")
                                  << u"bad.csv:3"_s;
        QTest::newRow("csv fields")
            << u"fields.csv"_s << QByteArray("name,host\nok1,10.0.0.1\nbad,10.0.0.2,extra\n")
            << u"fields.csv:3"_s;
        QTest::newRow("ssh-config port")
            << u"bad_config"_s << QByteArray("Host ok1\n  HostName 10.0.0.1\nHost bad\n  Port x\n")
            << u"bad_config:4"_s;
        QTest::newRow("ansible port")
            << u"bad.ini"_s << QByteArray("[g]\nok1 ansible_host=10.0.0.1\nbad ansible_port=nope\n")
            << u"bad.ini:3"_s;
    }

    void malformedFileWritesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, location);
        const QString file = write(name, content);

        // Into no inventory at all: none is created.
        const CliResult fresh = cli({ u"nodes"_s, u"import"_s, file });
        FD_CHECK_EXIT(fresh, ExitFailed);
        QVERIFY2(fresh.errText().contains(location), qPrintable(fresh.describe()));
        QVERIFY(fresh.out.isEmpty());
        QVERIFY(!QFile::exists(m_db));

        // Into an inventory with a node: it is left exactly as it was.
        FD_CHECK_EXIT(
            cli({ u"nodes"_s, u"add"_s, u"ok1"_s, u"--host"_s, u"192.0.2.1"_s }), ExitSuccess);
        const CliResult json = cli({ u"--json"_s, u"nodes"_s, u"import"_s, file });
        FD_CHECK_EXIT(json, ExitFailed);
        const QJsonObject error = json.json().object().value(u"error"_s).toObject();
        QVERIFY2(
            error.value(u"location"_s).toString().endsWith(location), qPrintable(json.describe()));
        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.names(), QStringList { u"ok1"_s });
        QCOMPARE(stored.nodes.constFirst().host, u"192.0.2.1"_s);
        QCOMPARE(stored.auditRows, 1);
    }

    void missingFile()
    {
        const CliResult result = cli({ u"nodes"_s, u"import"_s, m_dir.filePath(u"nope.csv"_s) });
        FD_CHECK_EXIT(result, ExitFailed);
        QVERIFY(result.errText().contains(u"nope.csv"_s));
        QVERIFY(!QFile::exists(m_db));
        FD_CHECK_EXIT(cli({ u"nodes"_s, u"import"_s }), ExitUsage);
    }

private:
    CliResult cli(const QStringList &arguments) const
    {
        return runCli(QStringList { u"--db"_s, m_db } + arguments);
    }

    QString write(const QString &name, const QByteArray &content) const
    {
        return fleetdeck::test::writeFile(m_dir, name, content);
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
