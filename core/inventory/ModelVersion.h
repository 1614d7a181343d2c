#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fleetdeck::inventory {

// One version of a model as the inventory keeps it: the artifact's identity (SHA-256, size) and
// where the content-addressed copy lives. Name and version become parts of paths on nodes, so
// they are restricted to a charset that can never leave a folder.
struct ModelVersion
{
    qint64 id = 0;              // 0 until stored
    QString model;              // unique model name, [A-Za-z0-9][A-Za-z0-9._-]{0,63}
    QString version;            // [A-Za-z0-9][A-Za-z0-9._+-]{0,63}, no ".."
    QString sha256;             // lowercase hex, 64 characters
    qint64 sizeBytes = 0;
    QString format;             // "onnx"
    QString sourcePath;         // where it was imported from (informational)
    QString artifactPath;       // relative to the inventory's folder: "artifacts/sha256/<hash>"
    std::optional<QString> signature; // none until versions are signed
    QDateTime createdAt;

    QString reference() const { return model + u':' + version; }  // "resnet:1.2"
};

bool isValidModelName(QStringView name);
bool isValidModelVersion(QStringView version);
bool isValidSha256(QStringView hex);

// The message names the field, the bad value and what is allowed.
Result<void> validateModelReference(const QString &model, const QString &version);
Result<void> validateModelVersion(const ModelVersion &version);

struct ModelReference
{
    QString model;
    QString version;
};

// "NAME:V" split at the first ':'; nullopt when the text has no ':' or a part is invalid.
std::optional<ModelReference> parseModelReference(const QString &text);

} // namespace fleetdeck::inventory
