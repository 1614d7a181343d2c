#include "core/inventory/Database.h"
#include "core/inventory/PreparedStatement.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/inventory/RawSqlite.h"

#include <QSqlError>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::Error;
using fleetdeck::Result;
using fleetdeck::test::RawSqlite;

namespace {

int siteCount(Database &db)
{
    auto count = db.prepared(u"SELECT count(*) FROM sites"_s);
    if (!count->exec() || !count->next())
        return -1;
    return count->value(0).toInt();
}

} // namespace

class TestPreparedStatement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"connection .* still in use"_s));
    }

    void preparedStatementsAreReusedAndReset()
    {
        const QString path = m_dir.filePath(u"prepared.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Database &d = **db;
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s}) {
            QVERIFY(d.transaction([&]() -> Result<void> {
                auto insert = d.prepared(u"INSERT INTO sites (name) VALUES (?)"_s);
                insert->addBindValue(name);
                if (!insert->exec())
                    return Error{insert->lastError().text(), {}};
                return {};
            }).ok());
        }
        QCOMPARE(siteCount(d), 3);

        const QString select = u"SELECT name FROM sites ORDER BY name"_s;
        {
            auto outer = d.prepared(select);
            QVERIFY(outer->exec() && outer->next());
            QCOMPARE(outer->value(0).toString(), u"a"_s);
            auto inner = d.prepared(select);  // same SQL while the outer one is mid-read
            QVERIFY(inner->exec());
            QStringList all;
            while (inner->next())
                all << inner->value(0).toString();
            QCOMPARE(all, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
            QVERIFY(outer->next());
            QCOMPARE(outer->value(0).toString(), u"b"_s);
        }  // outer left half-read: the handle resets it

        // No stale snapshot: a write from another connection is visible right away.
        {
            RawSqlite other(path);
            QCOMPARE(other.exec(u"INSERT INTO sites (name) VALUES ('d')"_s), QString());
        }
        auto again = d.prepared(select);
        QVERIFY(again->exec());
        int rows = 0;
        while (again->next())
            ++rows;
        QCOMPARE(rows, 4);

        auto broken = d.prepared(u"SELECT nope FROM nowhere"_s);
        QVERIFY(!broken->exec());
    }

    // Moving a handle hands over the reset: it happens once, when the last owner goes away.
    void movedHandleResetsOnce()
    {
        auto db = Database::open(m_dir.filePath(u"moved.sqlite"_s));
        QVERIFY(db.ok());
        Database &d = **db;
        const QString sql = u"SELECT 1 UNION ALL SELECT 2"_s;
        {
            auto first = d.prepared(sql);
            QVERIFY(first->exec() && first->next());
            PreparedStatement moved(std::move(first));
            QVERIFY(moved->next());
            QCOMPARE(moved->value(0).toInt(), 2);
        }
        auto reused = d.prepared(sql);
        QVERIFY(reused->exec() && reused->next());
        QCOMPARE(reused->value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPreparedStatement)
#include "tst_preparedstatement.moc"
