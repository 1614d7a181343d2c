#include "cli/ExitCode.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::cli;
using fleetdeck::test::CliResult;
using fleetdeck::test::runCli;

// `audit verify` and `audit list` against inventories written by the CLI itself.
class TestCliAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"inventory.sqlite"_s);
        // Three audited changes: rows 1..3.
        FD_CHECK_EXIT(
            cli({ u"nodes"_s, u"add"_s, u"n1"_s, u"--host"_s, u"10.0.0.1"_s }), ExitSuccess);
        FD_CHECK_EXIT(
            cli({ u"nodes"_s, u"add"_s, u"n2"_s, u"--host"_s, u"10.0.0.2"_s }), ExitSuccess);
        FD_CHECK_EXIT(cli({ u"nodes"_s, u"remove"_s, u"n1"_s }), ExitSuccess);
    }

    void listShowsRecentRowsNewestFirst()
    {
        const CliResult human = cli({ u"audit"_s, u"list"_s });
        FD_CHECK_EXIT(human, ExitSuccess);
        const QStringList lines = human.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header and three rows
        QVERIFY(lines.at(0).startsWith(u"ID"_s));
        QVERIFY(lines.at(1).startsWith(u"3 "_s));
        QVERIFY(lines.at(1).contains(u"n1"_s));

        const CliResult json = cli({ u"--json"_s, u"audit"_s, u"list"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonArray rows = json.json().array();
        QCOMPARE(rows.size(), 3);
        const QJsonObject newest = rows.at(0).toObject();
        QCOMPARE(newest.value(u"id"_s).toInteger(), 3);
        QCOMPARE(newest.value(u"subject"_s).toString(), u"n1"_s);
        QVERIFY(newest.value(u"actor"_s).toString().endsWith(u"(cli)"_s));
        QCOMPARE(newest.value(u"hash"_s).toString().size(), 64);
        QCOMPARE(newest.value(u"prevHash"_s).toString(),
            rows.at(1).toObject().value(u"hash"_s).toString());
        for (const QString &key : { u"at"_s, u"action"_s, u"details"_s })
            QVERIFY2(newest.contains(key), qPrintable(key));
    }

    void listLimit()
    {
        const CliResult one = cli({ u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"1"_s });
        FD_CHECK_EXIT(one, ExitSuccess);
        QCOMPARE(one.json().array().size(), 1);
        const CliResult all = cli({ u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"0"_s });
        QCOMPARE(all.json().array().size(), 3);

        for (const QString &bad : { u"-1"_s, u"many"_s }) {
            const CliResult result = cli({ u"audit"_s, u"list"_s, u"--limit"_s, bad });
            FD_CHECK_EXIT(result, ExitUsage);
            QVERIFY(result.errText().contains(bad));
        }
    }

    void verifyIntactChain()
    {
        const CliResult human = cli({ u"audit"_s, u"verify"_s });
        FD_CHECK_EXIT(human, ExitSuccess);
        QVERIFY2(human.outText().contains(u"3"_s), qPrintable(human.describe()));

        const CliResult json = cli({ u"--json"_s, u"audit"_s, u"verify"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonObject verdict = json.json().object();
        QCOMPARE(verdict.value(u"intact"_s).toBool(), true);
        QCOMPARE(verdict.value(u"rowsChecked"_s).toInteger(), 3);
        QVERIFY(verdict.value(u"firstBrokenId"_s).isNull());
    }

    void verifyNamesTheFirstTamperedRow()
    {
        const QString copy = m_dir.filePath(u"tampered.sqlite"_s);
        QVERIFY(QFile::copy(m_db, copy));
        if (QFile::exists(m_db + u"-wal"_s))
            QVERIFY(QFile::copy(m_db + u"-wal"_s, copy + u"-wal"_s));
        tamper(copy, 2);
        if (QTest::currentTestFailed())
            return;

        const CliResult human = runCli({ u"--db"_s, copy, u"audit"_s, u"verify"_s });
        FD_CHECK_EXIT(human, ExitFailed);
        QVERIFY2(human.outText().contains(u"row 2"_s), qPrintable(human.describe()));

        const CliResult json = runCli({ u"--json"_s, u"--db"_s, copy, u"audit"_s, u"verify"_s });
        FD_CHECK_EXIT(json, ExitFailed);
        const QJsonObject verdict = json.json().object();
        QCOMPARE(verdict.value(u"intact"_s).toBool(), false);
        QCOMPARE(verdict.value(u"firstBrokenId"_s).toInteger(), 2);
        QVERIFY(!verdict.value(u"problem"_s).toString().isEmpty());

        // The original is untouched and still holds.
        FD_CHECK_EXIT(cli({ u"audit"_s, u"verify"_s }), ExitSuccess);
    }

    void verifyRefusesAForeignFile()
    {
        const QString garbage =
            fleetdeck::test::writeFile(m_dir, u"garbage.sqlite"_s, QByteArray(4096, 'x'));
        const CliResult result =
            runCli({ u"--json"_s, u"--db"_s, garbage, u"audit"_s, u"verify"_s });
        FD_CHECK_EXIT(result, ExitFailed);
        QVERIFY(!result.json().object().value(u"error"_s).toObject().isEmpty());
    }

private:
    CliResult cli(const QStringList &arguments) const
    {
        return runCli(QStringList { u"--db"_s, m_db } + arguments);
    }

    // What an attacker with the file would do: drop the append-only triggers, rewrite a row.
    static void tamper(const QString &path, qint64 id)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' "
                               "AND tbl_name = 'audit_log'"_s));
            QStringList triggers;
            while (query.next())
                triggers.append(query.value(0).toString());
            QVERIFY(!triggers.isEmpty());
            for (const QString &trigger : std::as_const(triggers))
                QVERIFY(query.exec(u"DROP TRIGGER "_s + trigger));
            QVERIFY(query.prepare(u"UPDATE audit_log SET subject = 'someone-else' WHERE id = ?"_s));
            query.addBindValue(id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
