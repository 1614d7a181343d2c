#include "core/inventory/ArtifactStore.h"

#include "core/common/Log.h"
#include "core/inventory/Tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;

Result<QFile *> openSource(QFile &file)
{
    if (QFileInfo(file.fileName()).isDir())
        return Error{Tr::tr("%1 is a folder; give the model file itself.")
                         .arg(QDir::toNativeSeparators(file.fileName())), {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read %1: %2. Check the path and its permissions.")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()), {}};
    return &file;
}

Error writeError(const QString &path, const QString &why)
{
    return Error{Tr::tr("Cannot write to the artifact store at %1: %2. Free some disk space or "
                        "make the folder writable, then import again.")
                     .arg(QDir::toNativeSeparators(path), why), {}};
}

// The data must be on disk before the rename makes it visible, and the rename itself must
// survive a power cut: fsync the file, then its folder. Windows has no folder sync; NTFS
// journals the rename.
bool syncFile([[maybe_unused]] QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

void syncFolder([[maybe_unused]] const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        if (::fsync(fd) != 0)
            qCWarning(lcInventory) << "cannot sync folder" << folder;
        ::close(fd);
    }
#endif
}

} // namespace

ArtifactStore::ArtifactStore(QString baseDir) : m_baseDir(std::move(baseDir)) {}

ArtifactStore ArtifactStore::besideInventory(const QString &dbPath)
{
    return ArtifactStore(QFileInfo(dbPath).absolutePath());
}

QString ArtifactStore::relativePathFor(const QString &sha256)
{
    return u"artifacts/sha256/"_s + sha256;
}

QString ArtifactStore::absolutePath(const QString &relativePath) const
{
    return QDir(m_baseDir).filePath(relativePath);
}

Result<ArtifactStore::Digest> ArtifactStore::digest(const QString &path)
{
    QFile file(path);
    if (auto opened = openSource(file); !opened)
        return opened.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{Tr::tr("Cannot read %1 to the end: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    return Digest{QString::fromLatin1(hash.result().toHex()), file.size()};
}

Result<StoredArtifact> ArtifactStore::store(const QString &sourcePath,
                                            const QString &expectedSha256)
{
    QFile source(sourcePath);
    if (auto opened = openSource(source); !opened)
        return opened.error();
    const QString folder = QDir(m_baseDir).filePath(u"artifacts/sha256"_s);
    if (!QDir().mkpath(folder))
        return writeError(folder, Tr::tr("the folder cannot be created"));
    // In the target folder, so that the rename stays on one file system.
    QTemporaryFile temporary(folder + u"/.incoming-XXXXXX"_s);
    if (!temporary.open())
        return writeError(folder, temporary.errorString());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0)
            return Error{Tr::tr("Cannot read %1 to the end: %2.")
                             .arg(QDir::toNativeSeparators(sourcePath), source.errorString()), {}};
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
        if (temporary.write(buffer.constData(), read) != read)
            return writeError(folder, temporary.errorString());
        total += read;
    }
    if (!syncFile(temporary))
        return writeError(folder, temporary.errorString());

    StoredArtifact artifact;
    artifact.sha256 = QString::fromLatin1(hash.result().toHex());
    artifact.sizeBytes = total;
    artifact.relativePath = relativePathFor(artifact.sha256);
    artifact.absolutePath = absolutePath(artifact.relativePath);
    if (!expectedSha256.isEmpty() && expectedSha256 != artifact.sha256)
        return Error{Tr::tr("%1 changed while it was being imported (its SHA-256 is no longer %2); "
                            "import it again once nothing writes to it.")
                         .arg(QDir::toNativeSeparators(sourcePath), expectedSha256), {}};
    if (QFileInfo::exists(artifact.absolutePath)) {
        artifact.alreadyStored = true;  // same name, same content: the temporary file goes
        return artifact;
    }
    if (!temporary.rename(artifact.absolutePath)) {
        // Another import of the same content may have won the race; that is as good.
        if (QFileInfo::exists(artifact.absolutePath)) {
            artifact.alreadyStored = true;
            return artifact;
        }
        return writeError(folder, temporary.errorString());
    }
    temporary.setAutoRemove(false);
    QFile::setPermissions(artifact.absolutePath,
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    syncFolder(folder);
    qCDebug(lcInventory) << "stored artifact" << artifact.sha256 << total << "bytes";
    return artifact;
}

} // namespace fleetdeck::inventory
