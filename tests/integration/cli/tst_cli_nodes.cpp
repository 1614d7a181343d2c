#include "cli/ExitCode.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/integration/cli/StoredInventory.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fleetdeck::cli;
using fleetdeck::inventory::Tier;
using fleetdeck::test::CliResult;
using fleetdeck::test::runCli;
using fleetdeck::test::StoredInventory;

// `nodes add|edit|list|remove` on real inventory files, and what those files hold afterwards.
class TestCliNodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void init() { m_db = m_dir.filePath(u"inventory-%1.sqlite"_s.arg(++m_count)); }

    void addStoresEverySetting()
    {
        const CliResult result =
            runCli({ u"--db"_s, m_db, u"nodes"_s, u"add"_s, u"gpu-01"_s, u"--host"_s, u"10.0.0.1"_s,
                       u"--port"_s, u"2222"_s, u"--user"_s, u"ops"_s, u"--identity"_s,
                       u"keys/id_ed25519"_s, u"--site"_s, u"lab"_s, u"--tier"_s, u"cloud"_s,
                       u"--label"_s, u"gpu=a100"_s, u"--label"_s, u"zone=b"_s, u"--agent-command"_s,
                       u"/opt/fd/agent rpc"_s },
                QProcessEnvironment::systemEnvironment(), m_dir.path());
        FD_CHECK_EXIT(result, ExitSuccess);
        QVERIFY(result.outText().contains(u"gpu-01"_s));
        QVERIFY(result.err.isEmpty());

        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.names(), QStringList { u"gpu-01"_s });
        const auto &node = stored.nodes.constFirst();
        QCOMPARE(node.host, u"10.0.0.1"_s);
        QCOMPARE(node.port, 2222);
        QCOMPARE(node.user, u"ops"_s);
        // A relative key path is kept as the file it named when it was given.
        QCOMPARE(node.identityFile, m_dir.filePath(u"keys/id_ed25519"_s));
        QCOMPARE(node.site, u"lab"_s);
        QCOMPARE(node.tier, Tier::Cloud);
        QCOMPARE(node.labels,
            (QMap<QString, QString> { { u"gpu"_s, u"a100"_s }, { u"zone"_s, u"b"_s } }));
        QCOMPARE(node.agentCommand, u"/opt/fd/agent rpc"_s);
        QCOMPARE(stored.auditRows, 1);
    }

    void addDefaultsAndJson()
    {
        const CliResult result = cli(
            { u"--json"_s, u"nodes"_s, u"add"_s, u"n1"_s, u"--host"_s, u"edge1.example.org"_s });
        FD_CHECK_EXIT(result, ExitSuccess);
        const QJsonObject node = result.json().object();
        QCOMPARE(node.value(u"name"_s).toString(), u"n1"_s);
        QCOMPARE(node.value(u"host"_s).toString(), u"edge1.example.org"_s);
        QCOMPARE(node.value(u"port"_s).toInt(), 22);
        QCOMPARE(node.value(u"tier"_s).toString(), u"edge"_s);
        QVERIFY(node.value(u"id"_s).toInteger() > 0);
        QVERIFY(node.value(u"labels"_s).isObject());
        for (const QString &key : { u"user"_s, u"identityFile"_s, u"site"_s, u"agentCommand"_s,
                 u"createdAt"_s, u"updatedAt"_s })
            QVERIFY2(node.contains(key), qPrintable(key));
        QVERIFY(result.err.isEmpty());
    }

    void duplicateNameIsRefused()
    {
        FD_CHECK_EXIT(add(u"n1"_s, u"10.0.0.1"_s), ExitSuccess);
        const CliResult again = add(u"n1"_s, u"10.0.0.2"_s);
        FD_CHECK_EXIT(again, ExitFailed);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.errText().contains(u"n1"_s), qPrintable(again.describe()));

        const CliResult json =
            cli({ u"--json"_s, u"nodes"_s, u"add"_s, u"n1"_s, u"--host"_s, u"10.0.0.3"_s });
        FD_CHECK_EXIT(json, ExitFailed);
        const QJsonObject error = json.json().object().value(u"error"_s).toObject();
        QVERIFY(error.value(u"message"_s).toString().contains(u"n1"_s));
        QCOMPARE(error.value(u"code"_s).toInt(), int(ExitFailed));

        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.nodes.size(), 1);
        QCOMPARE(stored.nodes.constFirst().host, u"10.0.0.1"_s);
        QCOMPARE(stored.auditRows, 1);
    }

    void addUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QStringList base { u"n1"_s, u"--host"_s, u"10.0.0.1"_s };
        QTest::newRow("missing --host") << QStringList { u"n1"_s } << u"--host"_s;
        QTest::newRow("missing NAME") << QStringList { u"--host"_s, u"h"_s } << u"NAME"_s;
        QTest::newRow("port 0") << base + QStringList { u"--port"_s, u"0"_s } << u"--port"_s;
        QTest::newRow("port 70000") << base + QStringList { u"--port"_s, u"70000"_s } << u"70000"_s;
        QTest::newRow("port abc") << base + QStringList { u"--port"_s, u"abc"_s } << u"abc"_s;
        QTest::newRow("bad tier") << base + QStringList { u"--tier"_s, u"fog"_s } << u"fog"_s;
        QTest::newRow("bad label") << base + QStringList { u"--label"_s, u"nokey"_s } << u"nokey"_s;
        QTest::newRow("bad name") << QStringList { u"bad name!"_s, u"--host"_s, u"h"_s }
                                  << u"bad name!"_s;
        QTest::newRow("extra argument") << base + QStringList { u"n2"_s } << u"n2"_s;
        QTest::newRow("missing value") << QStringList { u"n1"_s, u"--host"_s } << u"host"_s;
    }

    void addUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliResult result = cli(QStringList { u"nodes"_s, u"add"_s } + arguments);
        FD_CHECK_EXIT(result, ExitUsage);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.errText().contains(mentions), qPrintable(result.describe()));
        // A usage error is found before the inventory is touched: no file appears.
        QVERIFY(!QFile::exists(m_db));
    }

    void listTableAndJson()
    {
        FD_CHECK_EXIT(add(u"web-2"_s, u"10.0.0.2"_s, { u"--label"_s, u"gpu=a100"_s }), ExitSuccess);
        FD_CHECK_EXIT(add(u"a"_s, u"2001:db8::1"_s, { u"--user"_s, u"root"_s }), ExitSuccess);

        const CliResult human = cli({ u"nodes"_s, u"list"_s });
        FD_CHECK_EXIT(human, ExitSuccess);
        const QStringList lines = human.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"NAME"_s));
        QVERIFY(lines.at(1).startsWith(u"a "_s));
        QVERIFY(lines.at(2).startsWith(u"web-2 "_s));
        QVERIFY(lines.at(2).contains(u"gpu=a100"_s));
        // Aligned: every column starts at the same place on every line.
        const qsizetype hostColumn = lines.at(0).indexOf(u"HOST"_s);
        QCOMPARE(lines.at(1).indexOf(u"2001:db8::1"_s), hostColumn);
        QCOMPARE(lines.at(2).indexOf(u"10.0.0.2"_s), hostColumn);

        const CliResult json = cli({ u"--json"_s, u"nodes"_s, u"list"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonArray nodes = json.json().array();
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes.at(0).toObject().value(u"user"_s).toString(), u"root"_s);
        QCOMPARE(nodes.at(1).toObject().value(u"labels"_s).toObject().value(u"gpu"_s).toString(),
            u"a100"_s);
    }

    void listSelectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << u"all"_s << QStringList { u"a"_s, u"b"_s, u"c"_s };
        QTest::newRow("names") << u"c,a"_s << QStringList { u"a"_s, u"c"_s };
        QTest::newRow("site") << u"site=s1"_s << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("tier") << u"tier=cloud"_s << QStringList { u"c"_s };
        QTest::newRow("label") << u"label:gpu=a100"_s << QStringList { u"a"_s, u"c"_s };
        QTest::newRow("no match") << u"site=nowhere"_s << QStringList {};
    }

    void listSelectors()
    {
        QFETCH(QString, selector);
        QFETCH(QStringList, expected);
        addThree();
        const CliResult result =
            cli({ u"--json"_s, u"nodes"_s, u"list"_s, u"--nodes"_s, selector });
        FD_CHECK_EXIT(result, ExitSuccess);
        QStringList names;
        for (const QJsonValue &node : result.json().array())
            names.append(node.toObject().value(u"name"_s).toString());
        QCOMPARE(names, expected);
    }

    void listSelectorErrors()
    {
        addThree();
        for (const QString &bad : { u"tier=fog"_s, u"label:"_s, u"site="_s, u"a,,b"_s }) {
            const CliResult result = cli({ u"nodes"_s, u"list"_s, u"--nodes"_s, bad });
            FD_CHECK_EXIT(result, ExitUsage);
        }
        // Well formed, but a typo in a name must not pass silently.
        const CliResult missing = cli({ u"nodes"_s, u"list"_s, u"--nodes"_s, u"a,zzz"_s });
        FD_CHECK_EXIT(missing, ExitFailed);
        QVERIFY(missing.errText().contains(u"zzz"_s));
    }

    void listEmptyInventory()
    {
        FD_CHECK_EXIT(add(u"n1"_s, u"10.0.0.1"_s), ExitSuccess);
        FD_CHECK_EXIT(cli({ u"nodes"_s, u"remove"_s, u"n1"_s }), ExitSuccess);
        const CliResult human = cli({ u"nodes"_s, u"list"_s });
        FD_CHECK_EXIT(human, ExitSuccess);
        QVERIFY(!human.out.isEmpty());
        const CliResult json = cli({ u"--json"_s, u"nodes"_s, u"list"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        QVERIFY(json.json().isArray());
        QCOMPARE(json.json().array().size(), 0);
    }

    void readingCommandsDoNotCreateAMistypedDatabase_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("nodes list") << QStringList { u"nodes"_s, u"list"_s };
        QTest::newRow("nodes edit")
            << QStringList { u"nodes"_s, u"edit"_s, u"n1"_s, u"--port"_s, u"23"_s };
        QTest::newRow("nodes remove") << QStringList { u"nodes"_s, u"remove"_s, u"n1"_s };
        QTest::newRow("audit verify") << QStringList { u"audit"_s, u"verify"_s };
        QTest::newRow("audit list") << QStringList { u"audit"_s, u"list"_s };
    }

    void readingCommandsDoNotCreateAMistypedDatabase()
    {
        QFETCH(QStringList, command);
        const CliResult result = cli(command);
        FD_CHECK_EXIT(result, ExitFailed);
        QVERIFY2(
            result.errText().contains(QFileInfo(m_db).fileName()), qPrintable(result.describe()));
        QVERIFY(!QFile::exists(m_db));
    }

    void editChangesOnlyWhatIsGiven()
    {
        FD_CHECK_EXIT(
            add(u"n1"_s, u"10.0.0.1"_s,
                { u"--label"_s, u"x=1"_s, u"--label"_s, u"keep=yes"_s, u"--user"_s, u"ops"_s }),
            ExitSuccess);
        const CliResult result = cli({ u"--json"_s, u"nodes"_s, u"edit"_s, u"n1"_s, u"--port"_s,
            u"2200"_s, u"--label"_s, u"y=2"_s, u"--remove-label"_s, u"x"_s, u"--rename"_s, u"n2"_s,
            u"--site"_s, u"s9"_s });
        FD_CHECK_EXIT(result, ExitSuccess);
        QCOMPARE(result.json().object().value(u"name"_s).toString(), u"n2"_s);

        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.names(), QStringList { u"n2"_s });
        const auto &node = stored.nodes.constFirst();
        QCOMPARE(node.host, u"10.0.0.1"_s);
        QCOMPARE(node.user, u"ops"_s);
        QCOMPARE(node.port, 2200);
        QCOMPARE(node.site, u"s9"_s);
        QCOMPARE(
            node.labels, (QMap<QString, QString> { { u"keep"_s, u"yes"_s }, { u"y"_s, u"2"_s } }));
        QCOMPARE(stored.auditRows, 2);

        // An empty value clears a setting.
        FD_CHECK_EXIT(cli({ u"nodes"_s, u"edit"_s, u"n2"_s, u"--user"_s, u""_s }), ExitSuccess);
        QCOMPARE(StoredInventory::read(m_db).nodes.constFirst().user, QString());
    }

    void editWithSameSettingsWritesNothing()
    {
        FD_CHECK_EXIT(add(u"n1"_s, u"10.0.0.1"_s), ExitSuccess);
        FD_CHECK_EXIT(
            cli({ u"nodes"_s, u"edit"_s, u"n1"_s, u"--host"_s, u"10.0.0.1"_s }), ExitSuccess);
        QCOMPARE(StoredInventory::read(m_db).auditRows, 1);
    }

    void editErrorsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown node") << QStringList { u"zz"_s, u"--port"_s, u"23"_s } << 1;
        QTest::newRow("nothing to change") << QStringList { u"n1"_s } << 2;
        QTest::newRow("bad port") << QStringList { u"n1"_s, u"--port"_s, u"-5"_s } << 2;
        QTest::newRow("bad tier") << QStringList { u"n1"_s, u"--tier"_s, u"fog"_s } << 2;
        QTest::newRow("bad new name") << QStringList { u"n1"_s, u"--rename"_s, u"a b"_s } << 2;
        QTest::newRow("absent label")
            << QStringList { u"n1"_s, u"--port"_s, u"23"_s, u"--remove-label"_s, u"nope"_s } << 1;
        QTest::newRow("rename onto another node")
            << QStringList { u"n1"_s, u"--rename"_s, u"n2"_s, u"--port"_s, u"23"_s } << 1;
    }

    void editErrorsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        FD_CHECK_EXIT(add(u"n1"_s, u"10.0.0.1"_s), ExitSuccess);
        FD_CHECK_EXIT(add(u"n2"_s, u"10.0.0.2"_s), ExitSuccess);
        const StoredInventory before = StoredInventory::read(m_db);
        QVERIFY(before.opened);

        const CliResult result = cli(QStringList { u"nodes"_s, u"edit"_s } + arguments);
        FD_CHECK_EXIT(result, exitCode);
        QVERIFY(!result.err.isEmpty());
        const StoredInventory after = StoredInventory::read(m_db);
        QVERIFY(after.opened);
        QCOMPARE(after.auditRows, before.auditRows);
        QCOMPARE(after.names(), before.names());
        QVERIFY(after.nodes.constFirst().sameSettings(before.nodes.constFirst()));
    }

    void removeNode()
    {
        FD_CHECK_EXIT(add(u"n1"_s, u"10.0.0.1"_s), ExitSuccess);
        FD_CHECK_EXIT(add(u"n2"_s, u"10.0.0.2"_s), ExitSuccess);
        const CliResult removed = cli({ u"--json"_s, u"nodes"_s, u"remove"_s, u"n1"_s });
        FD_CHECK_EXIT(removed, ExitSuccess);
        QCOMPARE(removed.json().object().value(u"removed"_s).toObject().value(u"name"_s), u"n1"_s);
        QCOMPARE(StoredInventory::read(m_db).names(), QStringList { u"n2"_s });

        const CliResult again = cli({ u"nodes"_s, u"remove"_s, u"n1"_s });
        FD_CHECK_EXIT(again, ExitFailed);
        QVERIFY(again.errText().contains(u"n1"_s));
        FD_CHECK_EXIT(cli({ u"nodes"_s, u"remove"_s }), ExitUsage);
    }

    void concurrentRunsAllSucceed()
    {
        // CI pipelines run several fleetdeck-cli at once on one inventory: none may fail or
        // break the audit chain.
        FD_CHECK_EXIT(add(u"n0"_s, u"10.0.0.100"_s), ExitSuccess);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 1; i <= 8; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(fleetdeck::test::binaryPath(u"fleetdeck-cli"_s),
                { u"--db"_s, m_db, u"nodes"_s, u"add"_s, u"n%1"_s.arg(i), u"--host"_s,
                    u"10.0.0.%1"_s.arg(i) });
            processes.push_back(std::move(process));
        }
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        const StoredInventory stored = StoredInventory::read(m_db);
        QCOMPARE(stored.nodes.size(), 9);
        QCOMPARE(stored.auditRows, 9);
        FD_CHECK_EXIT(cli({ u"audit"_s, u"verify"_s }), ExitSuccess);
    }

    void corruptDatabaseIsRefused()
    {
        const QByteArray garbage = QByteArray("not a database\n").repeated(300);
        const QString path = fleetdeck::test::writeFile(m_dir, u"garbage.sqlite"_s, garbage);
        for (const QStringList &command : { QStringList { u"nodes"_s, u"list"_s },
                 QStringList { u"nodes"_s, u"add"_s, u"n1"_s, u"--host"_s, u"h"_s } }) {
            const CliResult result = runCli(QStringList { u"--db"_s, path } + command);
            FD_CHECK_EXIT(result, ExitFailed);
            QVERIFY2(result.errText().contains(u"garbage.sqlite"_s), qPrintable(result.describe()));
        }
        QCOMPARE(fileBytes(path), garbage);

        const CliResult json = runCli({ u"--json"_s, u"--db"_s, path, u"nodes"_s, u"list"_s });
        FD_CHECK_EXIT(json, ExitFailed);
        QVERIFY(json.json().object().value(u"error"_s).toObject().contains(u"message"_s));
    }

    void foreignSqliteFileIsRefused()
    {
        const QString path = m_dir.filePath(u"photos.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(
                QSqlQuery(db).exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = fileBytes(path);

        const CliResult result =
            runCli({ u"--db"_s, path, u"nodes"_s, u"add"_s, u"n1"_s, u"--host"_s, u"h"_s });
        FD_CHECK_EXIT(result, ExitFailed);
        QVERIFY2(result.errText().contains(u"photos.sqlite"_s), qPrintable(result.describe()));
        QCOMPARE(fileBytes(path), before);
    }

    void missingDatabaseFolderIsAnError()
    {
        const QString path = m_dir.filePath(u"no/such/folder/inventory.sqlite"_s);
        const CliResult result = runCli({ u"--db"_s, path, u"nodes"_s, u"list"_s });
        FD_CHECK_EXIT(result, ExitFailed);
        QVERIFY(!QFile::exists(path));
    }

private:
    CliResult cli(const QStringList &arguments) const
    {
        return runCli(QStringList { u"--db"_s, m_db } + arguments);
    }

    CliResult add(const QString &name, const QString &host, const QStringList &more = {}) const
    {
        return cli(QStringList { u"nodes"_s, u"add"_s, name, u"--host"_s, host } + more);
    }

    void addThree() const
    {
        QCOMPARE(add(u"a"_s, u"10.0.0.1"_s, { u"--site"_s, u"s1"_s, u"--label"_s, u"gpu=a100"_s })
                     .exitCode,
            0);
        QCOMPARE(add(u"b"_s, u"10.0.0.2"_s, { u"--site"_s, u"s1"_s }).exitCode, 0);
        QCOMPARE(add(u"c"_s, u"10.0.0.3"_s,
                     { u"--site"_s, u"s2"_s, u"--tier"_s, u"cloud"_s, u"--label"_s, u"gpu=a100"_s })
                     .exitCode,
            0);
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCliNodes)
#include "tst_cli_nodes.moc"
