#pragma once

#include "core/common/Result.h"

#include <QString>

namespace fleetdeck::inventory {

struct StoredArtifact
{
    QString sha256;        // lowercase hex
    qint64 sizeBytes = 0;
    QString relativePath;  // "artifacts/sha256/<hash>", relative to the store's base folder
    QString absolutePath;
    bool alreadyStored = false;  // the same content was there before
};

// A content-addressed store of model artifacts beside the inventory: <base>/artifacts/sha256/<hash>.
// Files are streamed (never held in memory whole), written to a temporary file in the same
// folder, synced and renamed into place, so a crash leaves either no file or a complete one.
// Stored files are read-only; a file's name is its SHA-256, so the same content is kept once.
class ArtifactStore
{
public:
    explicit ArtifactStore(QString baseDir);
    // The store of the inventory at dbPath: the folder that holds the database file.
    static ArtifactStore besideInventory(const QString &dbPath);

    // SHA-256 (lowercase hex) and size of a file, read in chunks.
    struct Digest
    {
        QString sha256;
        qint64 sizeBytes = 0;
    };
    static Result<Digest> digest(const QString &path);

    // Copies sourcePath into the store. When expectedSha256 is given and the content read now
    // differs (the file changed since it was hashed), nothing is stored and an error says so.
    Result<StoredArtifact> store(const QString &sourcePath, const QString &expectedSha256 = {});

    static QString relativePathFor(const QString &sha256);
    QString absolutePath(const QString &relativePath) const;
    QString baseDir() const { return m_baseDir; }

private:
    QString m_baseDir;
};

} // namespace fleetdeck::inventory
