#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/inventory/RawSqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::Error;
using fleetdeck::Result;
using fleetdeck::test::RawSqlite;

namespace {

// The documented canonical form, written out independently of the code under test:
// sha256(prev_hash + "\n" + compact JSON ["<id>", at, actor, action, subject, details]).
QString canonicalHash(const RawSqlite &raw, qint64 id, const QString &prevHash)
{
    QSqlQuery query(raw.db());
    query.prepare(u"SELECT at, actor, action, subject, details FROM audit_log WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    const QJsonArray row{QString::number(id), query.value(0).toString(),
                         query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString()};
    const QByteArray text = prevHash.toLatin1() + "\n"
        + QJsonDocument(row).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_chain;  // a closed file holding a 10-row chain; tests tamper with copies
    static constexpr int ChainRows = 10;

    QString copyOfChain(const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        if (!QFile::copy(m_chain, copy))
            qFatal("cannot copy the chain");
        return copy;
    }

    static AuditVerification verifyFile(const QString &path)
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        AuditLog audit(**db, u"test"_s);
        auto result = audit.verify();
        if (!result)
            qFatal("%s", qPrintable(result.error().toString()));
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        m_chain = m_dir.filePath(u"chain.sqlite"_s);
        auto db = Database::open(m_chain);
        QVERIFY(db.ok());
        AuditLog audit(**db, u"alice@laptop (cli)"_s);
        for (int i = 1; i <= ChainRows; ++i)
            QVERIFY(audit.append(u"node.add"_s, u"gpu-%1"_s.arg(i),
                                 QJsonObject{{u"port"_s, 22 + i}, {u"site"_s, u"lyon"_s}}).ok());
    }  // closing checkpoints the WAL, so the file alone holds every row

    void appendChainsRows()
    {
        auto db = Database::open(m_dir.filePath(u"append.sqlite"_s));
        QVERIFY(db.ok());
        AuditLog audit(**db, u"bob@desk (gui)"_s);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto first = audit.append(u"node.add"_s, u"gpu-01"_s, {{u"host"_s, u"10.0.0.5"_s}});
        QVERIFY(first.ok());
        QCOMPARE(first->id, 1);
        QVERIFY(first->prevHash.isEmpty());
        QCOMPARE(first->hash.size(), 64);
        QCOMPARE(first->actor, u"bob@desk (gui)"_s);
        QCOMPARE(first->at.timeSpec(), Qt::UTC);
        QVERIFY(first->at >= before && first->at <= QDateTime::currentDateTimeUtc());
        auto second = audit.append(u"node.remove"_s, u"gpu-01"_s);
        QVERIFY(second.ok());
        QCOMPARE(second->id, 2);
        QCOMPARE(second->prevHash, first->hash);
        QVERIFY(second->hash != first->hash);

        auto recent = audit.recent(0);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).id, 2);  // newest first
        QCOMPARE(recent->at(1).details.value(u"host"_s).toString(), u"10.0.0.5"_s);
        QCOMPARE(recent->at(1).at, first->at);
        QCOMPARE(recent->at(1).hash, first->hash);
    }

    void recentPages()
    {
        auto db = Database::open(m_chain);
        QVERIFY(db.ok());
        AuditLog audit(**db, u"t"_s);
        auto newest = audit.recent(3);
        QVERIFY(newest.ok());
        QCOMPARE(newest->size(), 3);
        QCOMPARE(newest->at(0).id, ChainRows);
        auto older = audit.recent(3, newest->constLast().id);
        QVERIFY(older.ok());
        QCOMPARE(older->size(), 3);
        QCOMPARE(older->at(0).id, ChainRows - 3);
        auto rest = audit.recent(0, 3);
        QCOMPARE(rest->size(), 2);
    }

    void appendJoinsCallersTransaction()
    {
        auto db = Database::open(m_dir.filePath(u"tx.sqlite"_s));
        QVERIFY(db.ok());
        AuditLog audit(**db, u"t"_s);
        auto failed = (*db)->transaction([&]() -> Result<void> {
            if (auto row = audit.append(u"node.add"_s, u"x"_s); !row)
                return row.error();
            return Error{u"later step failed"_s, {}};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(audit.recent(0)->size(), 0);  // the audit row went with the rollback
        QCOMPARE(audit.append(u"node.add"_s, u"y"_s)->id, 1);
    }

    void intactChainVerifies()
    {
        const AuditVerification result = verifyFile(m_chain);
        QCOMPARE(result.rowsChecked, ChainRows);
        QVERIFY2(!result.firstBrokenId.has_value(), qPrintable(result.problem));

        auto empty = Database::open(m_dir.filePath(u"empty.sqlite"_s));
        QVERIFY(empty.ok());
        auto none = AuditLog(**empty, u"t"_s).verify();
        QVERIFY(none.ok());
        QCOMPARE(none->rowsChecked, 0);
        QVERIFY(!none->firstBrokenId);
    }

    // More rows than one verification chunk: the chain must hold across chunk boundaries.
    void longChainVerifiesInChunks()
    {
        auto db = Database::open(m_dir.filePath(u"long.sqlite"_s));
        QVERIFY(db.ok());
        AuditLog audit(**db, u"t"_s);
        QVERIFY((*db)->transaction([&]() -> Result<void> {
            for (int i = 0; i < 2500; ++i) {
                if (auto row = audit.append(u"node.add"_s, QString::number(i)); !row)
                    return row.error();
            }
            return {};
        }).ok());
        auto result = audit.verify();
        QVERIFY(result.ok());
        QCOMPARE(result->rowsChecked, 2500);
        QVERIFY(!result->firstBrokenId);
    }

    void triggersRefuseChanges()
    {
        const QString path = copyOfChain(u"triggers.sqlite"_s);
        RawSqlite raw(path);
        QVERIFY(!raw.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE id = 3"_s).isEmpty());
        QVERIFY(!raw.exec(u"DELETE FROM audit_log WHERE id = 3"_s).isEmpty());
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), ChainRows);
    }

    // An attacker with the file drops the triggers and edits through raw SQLite.
    void tamperingIsFound_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("brokenId");
        QTest::addColumn<QString>("says");
        QTest::newRow("edit details of row 4")
            << QStringList{u"UPDATE audit_log SET details = '{\"port\":2222}' WHERE id = 4"_s}
            << qint64(4) << u"changed"_s;
        QTest::newRow("edit actor of row 1")
            << QStringList{u"UPDATE audit_log SET actor = 'mallory' WHERE id = 1"_s}
            << qint64(1) << u"changed"_s;
        QTest::newRow("edit time of last row")
            << QStringList{u"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 10"_s}
            << qint64(10) << u"changed"_s;
        QTest::newRow("delete row 6")
            << QStringList{u"DELETE FROM audit_log WHERE id = 6"_s}
            << qint64(7) << u"row before audit row 7 is missing"_s;
        QTest::newRow("delete rows 2 and 3")
            << QStringList{u"DELETE FROM audit_log WHERE id IN (2, 3)"_s}
            << qint64(4) << u"row before audit row 4 is missing"_s;
        QTest::newRow("delete row 1")
            << QStringList{u"DELETE FROM audit_log WHERE id = 1"_s}
            << qint64(2) << u"row before audit row 2 is missing"_s;
        QTest::newRow("delete row 5, renumber the rest")
            << QStringList{u"DELETE FROM audit_log WHERE id = 5"_s,
                           u"UPDATE audit_log SET id = id - 1 WHERE id > 5"_s}
            << qint64(5) << u"changed"_s;
    }
    void tamperingIsFound()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, brokenId);
        QFETCH(QString, says);
        const QString path = copyOfChain(u"tampered.sqlite"_s);
        {
            RawSqlite raw(path);
            QCOMPARE(raw.exec(u"DROP TRIGGER audit_log_no_update"_s), QString());
            QCOMPARE(raw.exec(u"DROP TRIGGER audit_log_no_delete"_s), QString());
            for (const QString &statement : statements)
                QCOMPARE(raw.exec(statement), QString());
        }
        const AuditVerification result = verifyFile(path);
        QVERIFY(result.firstBrokenId.has_value());
        QCOMPARE(*result.firstBrokenId, brokenId);
        QVERIFY2(result.problem.contains(says), qPrintable(result.problem));
        QVERIFY(!verifyFile(m_chain).firstBrokenId);  // the original is untouched
    }

    // A careful attacker recomputes the edited row's own hash: the next row's link breaks.
    void rewrittenRowWithFreshHashBreaksTheNextLink()
    {
        const QString path = copyOfChain(u"rehashed.sqlite"_s);
        {
            RawSqlite raw(path);
            raw.exec(u"DROP TRIGGER audit_log_no_update"_s);
            QCOMPARE(raw.exec(u"UPDATE audit_log SET subject = 'innocent' WHERE id = 5"_s),
                     QString());
            const QString prev = raw.scalar(u"SELECT prev_hash FROM audit_log WHERE id = 5"_s)
                                     .toString();
            const QString fresh = canonicalHash(raw, 5, prev);
            QVERIFY(!fresh.isEmpty());
            QCOMPARE(raw.exec(u"UPDATE audit_log SET hash = '%1' WHERE id = 5"_s.arg(fresh)),
                     QString());
        }
        const AuditVerification result = verifyFile(path);
        QCOMPARE(result.firstBrokenId, std::optional<qint64>(6));
        QVERIFY2(result.problem.contains(u"does not link to row 5"_s), qPrintable(result.problem));
        QCOMPARE(result.rowsChecked, 5);
    }

    void wrongChainStartIsFound()
    {
        const QString path = copyOfChain(u"start.sqlite"_s);
        {
            RawSqlite raw(path);
            raw.exec(u"DROP TRIGGER audit_log_no_update"_s);
            const QString fake = QString(64, u'a');
            const QString fresh = canonicalHash(raw, 1, fake);
            QCOMPARE(raw.exec(u"UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = 1"_s
                                  .arg(fake, fresh)), QString());
        }
        const AuditVerification result = verifyFile(path);
        QCOMPARE(result.firstBrokenId, std::optional<qint64>(1));
        QVERIFY2(result.problem.contains(u"chain start"_s), qPrintable(result.problem));
    }

    void defaultActorNamesUserHostAndTool()
    {
        const QByteArray savedUser = qgetenv("USER");
        const QByteArray savedUserName = qgetenv("USERNAME");
        const QString host = QSysInfo::machineHostName();
        qputenv("USER", "alice");
        QCOMPARE(AuditLog::defaultActor(u"cli"_s), u"alice@"_s + host + u" (cli)"_s);
        qunsetenv("USER");
        qputenv("USERNAME", "bob");
        QCOMPARE(AuditLog::defaultActor(u"gui"_s), u"bob@"_s + host + u" (gui)"_s);
        qputenv("USER", savedUser);
        qputenv("USERNAME", savedUserName);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
