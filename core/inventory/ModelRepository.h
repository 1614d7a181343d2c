#pragma once

#include "core/common/Result.h"
#include "core/inventory/ModelVersion.h"

#include <QList>

#include <optional>

namespace fleetdeck::inventory {

class AuditLog;
class Database;

// Models and their versions. A version, once recorded, is immutable: the same NAME:V may be
// imported again only with the same content. Every change runs in one transaction together with
// its audit row.
class ModelRepository
{
public:
    ModelRepository(Database &db, AuditLog &audit);

    Result<QList<ModelVersion>> list() const;  // by model name, then import order
    Result<std::optional<ModelVersion>> find(const QString &model, const QString &version) const;
    Result<std::optional<ModelVersion>> findById(qint64 id) const;

    enum class AddOutcome { Added, Unchanged };
    struct Added
    {
        ModelVersion version;
        AddOutcome outcome = AddOutcome::Added;
    };
    // Records a version (creating its model on first use). The same NAME:V with the same hash
    // is Unchanged; with another hash it is refused, naming both hashes.
    Result<Added> add(const ModelVersion &version);

private:
    Result<std::optional<ModelVersion>> findWhere(const QString &condition,
                                                  const QVariantList &values) const;
    Result<qint64> modelIdFor(const QString &name);
    Result<ModelVersion> insertVersion(qint64 modelId, ModelVersion version);

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace fleetdeck::inventory
