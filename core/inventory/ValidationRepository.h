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

// What a rollout plan can require of a model version's validation, beyond a pass: each given
// limit is held against the numbers stored with the verdict (results JSON of `validate`).
struct ValidationGate
{
    std::optional<double> maxP99Ms;
    std::optional<qint64> maxMemoryBytes; // only a peak that counted for a budget (GPU, or --device cpu)
    std::optional<double> minThroughput;  // best inferences/s of the throughput table
    std::optional<double> maxRtol;        // the run's tolerances must be at least this strict
    std::optional<double> maxAtol;

    // Why a stored validation does not meet the gate (translated); empty when it does.
    QString refusal(const ValidationRecord &record) const;
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

    // The newest validation of the version when it passed and meets the gate; nullopt when
    // there is none, or the newest did not pass or meet it: a newer failing run withdraws an
    // older pass. ValidationGate::refusal on the newest record says why.
    Result<std::optional<ValidationRecord>> latestPassing(qint64 modelVersionId,
                                                          const ValidationGate &gate = {}) const;

private:
    Result<QList<ValidationRecord>> listWhere(const QString &condition, const QVariant &value,
                                              int limit) const;

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace fleetdeck::inventory
