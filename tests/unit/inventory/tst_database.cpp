#include "core/inventory/Database.h"
#include "core/inventory/InventorySchema.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/inventory/RawSqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

#include <array>
#include <memory>
#include <vector>
#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::Error;
using fleetdeck::Result;
using fleetdeck::test::RawSqlite;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int siteCount(Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(u"SELECT count(*) FROM sites"_s);
    query.next();
    return query.value(0).toInt();
}

Result<void> addSite(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO sites (name) VALUES (?)"_s);
    query.addBindValue(name);
    if (!query.exec())
        return Error{query.lastError().text(), {}};
    return {};
}

} // namespace

class TestDatabase : public QObject
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
        // Connections must be closed and removed cleanly, never left "still in use".
        QTest::failOnWarning(QRegularExpression(u"connection .* still in use"_s));
        QTest::failOnWarning(QRegularExpression(u"duplicate connection name"_s));
    }

    void createsNewFileInNewFolder()
    {
        const QString path = m_dir.filePath(u"new/sub/inventory.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QVERIFY(QFile::exists(path));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE((*db)->path(), path);

        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), InventoryApplicationId);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);  // NORMAL
        QVERIFY(query.exec(u"PRAGMA busy_timeout"_s) && query.next());
        QVERIFY(query.value(0).toInt() >= 1000);
    }

    void reopenKeepsData()
    {
        const QString path = m_dir.filePath(u"reopen.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->transaction([&] { return addSite(**db, u"lyon"_s); }).ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE(siteCount(**db), 1);
    }

    void emptyFileIsAccepted()
    {
        const QString path = fleetdeck::test::writeFile(m_dir, u"empty.sqlite"_s, {});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    }

    void twoConnectionsOnOneFile()
    {
        const QString path = m_dir.filePath(u"two.sqlite"_s);
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY(first.ok() && second.ok());
        QVERIFY((*first)->connection().connectionName()
                != (*second)->connection().connectionName());
        QVERIFY((*first)->transaction([&] { return addSite(**first, u"a"_s); }).ok());
        QCOMPARE(siteCount(**second), 1);  // WAL: the other connection sees the commit
    }

    void notSqliteIsRefused()
    {
        const QString path = fleetdeck::test::writeFile(m_dir, u"notes.txt"_s,
                                                        "these are my notes, not a database\n");
        const QByteArray before = fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"is not a SQLite database"_s));
        QVERIFY(db.error().message.contains(u"--db"_s));
        QCOMPARE(fileDigest(path), before);  // never touched
    }

    void foreignSqliteIsRefused()
    {
        const QString path = m_dir.filePath(u"foreign.sqlite"_s);
        {
            RawSqlite raw(path);
            QCOMPARE(raw.exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)"_s),
                     QString());
        }
        const QByteArray before = fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(u"is a SQLite database but not a Fleetdeck "
                                             "inventory"_s), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(path));
        QCOMPARE(fileDigest(path), before);

        // Another application's id is refused even without tables.
        const QString marked = m_dir.filePath(u"marked.sqlite"_s);
        {
            RawSqlite raw(marked);
            QCOMPARE(raw.exec(u"PRAGMA application_id = 1234"_s), QString());
        }
        auto other = Database::open(marked);
        QVERIFY(!other.ok());
        QVERIFY(other.error().message.contains(u"not a Fleetdeck inventory"_s));
    }

    void damagedSqliteIsRefused()
    {
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(4080, '\x5a');
        const QString path = fleetdeck::test::writeFile(m_dir, u"damaged.sqlite"_s, bytes);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"damaged"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        { QVERIFY(Database::open(path).ok()); }
        const int latest = Database::latestSchemaVersion();
        {
            RawSqlite raw(path);
            QCOMPARE(raw.exec(u"PRAGMA user_version = %1"_s.arg(latest + 3)), QString());
        }
        for (auto mode : {Database::OpenMode::ReadWrite, Database::OpenMode::ReadOnly}) {
            auto db = Database::open(path, mode);
            QVERIFY(!db.ok());
            const QString expected = u"written by a newer Fleetdeck (schema %1, this build knows "
                                     "%2): upgrade Fleetdeck"_s.arg(latest + 3).arg(latest);
            QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        }
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), latest + 3);  // left alone
    }

    void folderIsRefused()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(u"folder"_s));
        QVERIFY(!Database::open(QString()).ok());
    }

    void readOnly()
    {
        const QString path = m_dir.filePath(u"readonly.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->transaction([&] { return addSite(**db, u"lyon"_s); }).ok());
        }
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE((*db)->mode(), Database::OpenMode::ReadOnly);
        QCOMPARE(siteCount(**db), 1);
        bool ran = false;
        auto refused = (*db)->transaction([&] { ran = true; return Result<void>(); });
        QVERIFY(!refused.ok());
        QVERIFY(!ran);
        QVERIFY(refused.error().message.contains(u"read-only"_s));
        QVERIFY(!addSite(**db, u"osaka"_s).ok());  // the driver refuses writes too

        auto missing = Database::open(m_dir.filePath(u"missing.sqlite"_s),
                                      Database::OpenMode::ReadOnly);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
    }

    void readOnlyRefusesOldSchema()
    {
        const QString path = fleetdeck::test::writeFile(m_dir, u"ro-empty.sqlite"_s, {});
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(u"without read-only"_s),
                 qPrintable(db.error().message));
    }

    void transactionCommitsAndRollsBack()
    {
        auto db = Database::open(m_dir.filePath(u"tx.sqlite"_s));
        QVERIFY(db.ok());
        Database &d = **db;
        QVERIFY(!d.inTransaction());
        QVERIFY(d.transaction([&] {
            [&] { QVERIFY(d.inTransaction()); }();
            return addSite(d, u"kept"_s);
        }).ok());
        QVERIFY(!d.inTransaction());

        auto failed = d.transaction([&]() -> Result<void> {
            if (auto ok = addSite(d, u"dropped"_s); !ok)
                return ok;
            return Error{u"boom"_s, {}};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, u"boom"_s);
        QCOMPARE(siteCount(d), 1);

        // A constraint violation half way undoes the first insert too.
        auto duplicate = d.transaction([&]() -> Result<void> {
            if (auto ok = addSite(d, u"new"_s); !ok)
                return ok;
            return addSite(d, u"kept"_s);
        });
        QVERIFY(!duplicate.ok());
        QCOMPARE(siteCount(d), 1);

        QVERIFY_THROWS_EXCEPTION(std::runtime_error, d.transaction([&]() -> Result<void> {
            addSite(d, u"thrown"_s).ok();
            throw std::runtime_error("bug");
        }).ok());
        QVERIFY(!d.inTransaction());
        QCOMPARE(siteCount(d), 1);
        QVERIFY(d.transaction([&] { return addSite(d, u"after"_s); }).ok());
        QCOMPARE(siteCount(d), 2);
    }

    void nestedTransactionsAreSavepoints()
    {
        auto db = Database::open(m_dir.filePath(u"nested.sqlite"_s));
        QVERIFY(db.ok());
        Database &d = **db;
        auto outer = d.transaction([&]() -> Result<void> {
            if (auto ok = addSite(d, u"outer"_s); !ok)
                return ok;
            auto inner = d.transaction([&]() -> Result<void> {
                addSite(d, u"inner"_s).ok();
                return Error{u"inner failed"_s, {}};
            });
            if (inner.ok())
                return Error{u"inner should have failed"_s, {}};
            return d.transaction([&] { return addSite(d, u"second inner"_s); });
        });
        QVERIFY2(outer.ok(), qPrintable(outer.error().message));
        QSqlQuery query(d.connection());
        QVERIFY(query.exec(u"SELECT name FROM sites ORDER BY name"_s));
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        QCOMPARE(names, (QStringList{u"outer"_s, u"second inner"_s}));
    }

    // A second writer (the CLI while the app writes) waits for the lock instead of failing.
    void secondWriterWaitsForTheLock()
    {
        const QString path = m_dir.filePath(u"busy.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        std::optional<Result<void>> other;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            auto second = Database::open(path);
            if (!second) {
                other = second.error();
                return;
            }
            other = (*second)->transaction([&] { return addSite(**second, u"second"_s); });
        }));
        QVERIFY((*db)->transaction([&]() -> Result<void> {
            writer->start();
            QThread::msleep(300);  // hold the write lock while the other thread tries
            return addSite(**db, u"first"_s);
        }).ok());
        QVERIFY(writer->wait(20000));
        QVERIFY(other.has_value());
        QVERIFY2(other->ok(), qPrintable(other->error().toString()));
        QCOMPARE(siteCount(**db), 2);
    }

    // Several CLI runs starting at once on a file that does not exist yet: one creates the
    // schema, the others wait for it and find it done.
    void concurrentFirstOpensAllSucceed()
    {
        const QString path = m_dir.filePath(u"race/inventory.sqlite"_s);
        constexpr int Openers = 4;
        std::array<std::optional<Result<void>>, Openers> results;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < Openers; ++i) {
            threads.emplace_back(QThread::create([&results, &path, i] {
                auto db = Database::open(path);
                if (!db) {
                    results[i] = db.error();
                    return;
                }
                results[i] = (*db)->transaction([&] {
                    return addSite(**db, u"site-%1"_s.arg(i));
                });
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        for (const auto &result : results) {
            QVERIFY(result.has_value());
            QVERIFY2(result->ok(), qPrintable(result->error().toString()));
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(siteCount(**db), Openers);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    }

    void lockHeldTooLongSaysWhy()
    {
        const QString path = m_dir.filePath(u"locked.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        std::optional<Result<void>> other;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            auto second = Database::open(path);
            if (second)
                other = (*second)->transaction([&] { return addSite(**second, u"late"_s); });
        }));
        QVERIFY((*db)->transaction([&]() -> Result<void> {
            writer->start();
            if (!writer->wait(30000))  // the other writer gives up after its busy timeout
                return Error{u"other writer hung"_s, {}};
            return addSite(**db, u"holder"_s);
        }).ok());
        QVERIFY(other.has_value());
        QVERIFY(!other->ok());
        QVERIFY2(other->error().message.contains(u"Another Fleetdeck"_s),
                 qPrintable(other->error().message));
        QCOMPARE(siteCount(**db), 1);
    }

    void defaultPathIsInAppData()
    {
        const QString path = Database::defaultPath();
        QVERIFY(path.endsWith(u"/inventory.sqlite"_s));
        QVERIFY(path.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
