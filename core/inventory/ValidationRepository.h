#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fleetdeck::inventory {

class AuditLog;
class Database;

enum class ValidationVerdict { Pass, Fail, CannotValidate };

QString verdictName(ValidationVerdict verdict);  // "pass" | "fail" | "cannot-validate" (stable)
std::optional<ValidationVerdict> verdictFromName(QStringView name);

// One local validation run: against a model version, or a loose file known by its hash.
struct ValidationRecord
{
    qint64 id = 0;
    std::optional<qint64> modelVersionId;  // empty for a file that is not in the inventory
    QString modelReference;                // "NAME:V" when read back; empty for a file
    QString fileSha256;
    QString filePath;
    QString engine;                        // "cpu", later "cuda"
    QString device;                        // "cpu", or the GPU's name
    ValidationVerdict verdict = ValidationVerdict::CannotValidate;
    // The numbers behind the verdict: per-output errors, tolerances, NaN/Inf, latency.
    QJsonObject results;
    QDateTime createdAt;
};

// Validation verdicts, append-only like the facts they record. Each one gets an audit row in
// the same transaction.
class ValidationRepository
{
public:
    ValidationRepository(Database &db, AuditLog &audit);

    Result<ValidationRecord> add(const ValidationRecord &record);

    // Newest first; limit <= 0 means all.
    Result<QList<ValidationRecord>> forModelVersion(qint64 modelVersionId, int limit = 0) const;
    Result<QList<ValidationRecord>> forFile(const QString &sha256, int limit = 0) const;

private:
    Result<QList<ValidationRecord>> listWhere(const QString &condition, const QVariant &value,
                                              int limit) const;

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace fleetdeck::inventory
