#include "core/inventory/ModelRepository.h"

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

QString selectVersions()
{
    return u"SELECT v.id, m.name, v.version, v.sha256, v.size_bytes, v.format, v.source_path, "
           "v.artifact_path, v.signature, v.created_at "
           "FROM model_versions v JOIN models m ON m.id = v.model_id "_s;
}

ModelVersion versionFrom(const QSqlQuery &query)
{
    ModelVersion version;
    version.id = query.value(0).toLongLong();
    version.model = query.value(1).toString();
    version.version = query.value(2).toString();
    version.sha256 = query.value(3).toString();
    version.sizeBytes = query.value(4).toLongLong();
    version.format = query.value(5).toString();
    version.sourcePath = query.value(6).toString();
    version.artifactPath = query.value(7).toString();
    if (!query.value(8).isNull())
        version.signature = query.value(8).toString();
    version.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    version.createdAt.setTimeSpec(Qt::UTC);
    return version;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(StoredTimestampFormat);
}

QJsonObject versionJson(const ModelVersion &version)
{
    return QJsonObject{
        {u"model"_s, version.model},
        {u"version"_s, version.version},
        {u"sha256"_s, version.sha256},
        {u"size_bytes"_s, version.sizeBytes},
        {u"format"_s, version.format},
        {u"source_path"_s, version.sourcePath},
        {u"artifact_path"_s, version.artifactPath},
    };
}

} // namespace

ModelRepository::ModelRepository(Database &db, AuditLog &audit) : m_db(db), m_audit(audit) {}

Result<QList<ModelVersion>> ModelRepository::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto ok = execStatement(query, selectVersions() + u"ORDER BY m.name, v.id"_s,
                                Tr::tr("listing model versions"), m_db.path()); !ok)
        return ok.error();
    QList<ModelVersion> versions;
    while (query.next())
        versions.append(versionFrom(query));
    return versions;
}

Result<std::optional<ModelVersion>> ModelRepository::findWhere(const QString &condition,
                                                               const QVariantList &values) const
{
    auto statement = m_db.prepared(selectVersions() + u"WHERE "_s + condition);
    for (const QVariant &value : values)
        statement->addBindValue(value);
    if (auto ok = execQuery(*statement, Tr::tr("looking up a model version"), m_db.path()); !ok)
        return ok.error();
    if (!statement->next())
        return std::optional<ModelVersion>();
    return std::optional<ModelVersion>(versionFrom(*statement));
}

Result<std::optional<ModelVersion>> ModelRepository::find(const QString &model,
                                                          const QString &version) const
{
    return findWhere(u"m.name = ? AND v.version = ?"_s, {model, version});
}

Result<std::optional<ModelVersion>> ModelRepository::findById(qint64 id) const
{
    return findWhere(u"v.id = ?"_s, {id});
}

Result<qint64> ModelRepository::modelIdFor(const QString &name)
{
    auto select = m_db.prepared(u"SELECT id FROM models WHERE name = ?"_s);
    select->addBindValue(name);
    if (auto ok = execQuery(*select, Tr::tr("looking up model %1").arg(name), m_db.path()); !ok)
        return ok.error();
    if (select->next())
        return select->value(0).toLongLong();
    auto insert = m_db.prepared(
        u"INSERT INTO models (name, created_at) VALUES (?, ?) RETURNING id"_s);
    insert->addBindValue(name);
    insert->addBindValue(nowText());
    if (auto ok = execQuery(*insert, Tr::tr("adding model %1").arg(name), m_db.path()); !ok)
        return ok.error();
    if (!insert->next())
        return sqlError(*insert, Tr::tr("adding model %1").arg(name), m_db.path());
    return insert->value(0).toLongLong();
}

Result<ModelVersion> ModelRepository::insertVersion(qint64 modelId, ModelVersion version)
{
    const QString created = nowText();
    auto statement = m_db.prepared(
        u"INSERT INTO model_versions (model_id, version, sha256, size_bytes, format, source_path, "
        "artifact_path, signature, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    QSqlQuery &query = *statement;
    query.addBindValue(modelId);
    query.addBindValue(version.version);
    query.addBindValue(version.sha256);
    query.addBindValue(version.sizeBytes);
    query.addBindValue(version.format);
    query.addBindValue(sqlText(version.sourcePath));
    query.addBindValue(version.artifactPath);
    query.addBindValue(version.signature ? QVariant(*version.signature)
                                         : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(created);
    const QString doing = Tr::tr("adding model version %1").arg(version.reference());
    if (auto ok = execQuery(query, doing, m_db.path()); !ok)
        return ok.error();
    if (!query.next())
        return sqlError(query, doing, m_db.path());
    version.id = query.value(0).toLongLong();
    version.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    version.createdAt.setTimeSpec(Qt::UTC);
    return version;
}

Result<ModelRepository::Added> ModelRepository::add(const ModelVersion &version)
{
    if (auto valid = validateModelVersion(version); !valid)
        return valid.error();
    Added added;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto existing = find(version.model, version.version);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            const ModelVersion &stored = existing->value();
            if (stored.sha256 != version.sha256)
                return Error{Tr::tr("Model %1 already exists with other content (SHA-256 %2, "
                                    "this file has %3). A version never changes: import the "
                                    "file under a new version.")
                                 .arg(version.reference(), stored.sha256, version.sha256), {}};
            added = Added{stored, AddOutcome::Unchanged};
            return {};
        }
        auto modelId = modelIdFor(version.model);
        if (!modelId)
            return modelId.error();
        auto inserted = insertVersion(*modelId, version);
        if (!inserted)
            return inserted.error();
        added = Added{*inserted, AddOutcome::Added};
        auto audited = m_audit.append(u"model.import"_s, version.reference(),
                                      versionJson(*inserted));
        return audited ? Result<void>() : Result<void>(audited.error());
    });
    if (!done)
        return done.error();
    return added;
}

} // namespace fleetdeck::inventory
