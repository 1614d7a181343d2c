#include "core/inventory/ArtifactStore.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::test::writeFile;

namespace {

QString hexSha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256)
                                   .toHex());
}

// More than one read chunk, so streaming has to get the chunk boundaries right.
QByteArray bigContent()
{
    QByteArray content;
    content.reserve(3 * 1024 * 1024 + 7);
    for (int i = 0; i < 3 * 1024 * 1024 + 7; ++i)
        content.append(char(i * 31 % 251));
    return content;
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestArtifactStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void storesUnderItsHashReadOnly()
    {
        QTemporaryDir dir;
        const QByteArray content = bigContent();
        const QString source = writeFile(dir, u"in/model.onnx"_s, content);
        ArtifactStore store(dir.filePath(u"data"_s));
        auto stored = store.store(source);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(stored->sha256, hexSha256(content));
        QCOMPARE(stored->sizeBytes, qint64(content.size()));
        QCOMPARE(stored->relativePath, u"artifacts/sha256/"_s + hexSha256(content));
        QCOMPARE(stored->absolutePath, dir.filePath(u"data/"_s + stored->relativePath));
        QVERIFY(!stored->alreadyStored);
        QFile copy(stored->absolutePath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), content);
        QVERIFY(!(QFileInfo(stored->absolutePath).permissions() & QFileDevice::WriteOwner));
        // Only the artifact: no temporary file is left behind.
        QCOMPARE(leftovers(QFileInfo(stored->absolutePath).absolutePath()),
                 QStringList{stored->sha256});

        auto digest = ArtifactStore::digest(source);
        QVERIFY(digest.ok());
        QCOMPARE(digest->sha256, stored->sha256);
        QCOMPARE(digest->sizeBytes, stored->sizeBytes);
    }

    void sameContentIsKeptOnce()
    {
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.onnx"_s, "same bytes");
        const QString b = writeFile(dir, u"b.onnx"_s, "same bytes");
        ArtifactStore store(dir.path());
        auto first = store.store(a);
        auto second = store.store(b);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(second->alreadyStored);
        QCOMPARE(second->absolutePath, first->absolutePath);
        QCOMPARE(leftovers(QFileInfo(first->absolutePath).absolutePath()).size(), 1);
    }

    void changedContentIsNotStored()
    {
        QTemporaryDir dir;
        const QString source = writeFile(dir, u"m.onnx"_s, "now");
        ArtifactStore store(dir.filePath(u"data"_s));
        auto stored = store.store(source, hexSha256("before"));
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().message.contains(u"changed while it was being imported"_s),
                 qPrintable(stored.error().message));
        QVERIFY(leftovers(dir.filePath(u"data/artifacts/sha256"_s)).isEmpty());
    }

    void unreadableSourcesAreNamed()
    {
        QTemporaryDir dir;
        ArtifactStore store(dir.path());
        const QString missing = dir.filePath(u"missing.onnx"_s);
        auto stored = store.store(missing);
        QVERIFY(!stored.ok());
        QVERIFY(stored.error().message.contains(missing));
        auto digest = ArtifactStore::digest(dir.path());
        QVERIFY(!digest.ok());
        QVERIFY2(digest.error().message.contains(u"folder"_s), qPrintable(digest.error().message));
    }

    void storeBesideTheInventory()
    {
        const ArtifactStore store = ArtifactStore::besideInventory(u"/srv/fd/inventory.sqlite"_s);
        QCOMPARE(store.baseDir(), u"/srv/fd"_s);
        QCOMPARE(store.absolutePath(ArtifactStore::relativePathFor(u"ab"_s)),
                 u"/srv/fd/artifacts/sha256/ab"_s);
    }
};

QTEST_GUILESS_MAIN(TestArtifactStore)
#include "tst_artifactstore.moc"
