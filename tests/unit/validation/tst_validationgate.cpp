// ValidationGate and ValidationRepository::latestPassing: what a rollout plan can require of a
// stored validation, read back from a real SQLite inventory.
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ModelRepository.h"
#include "core/inventory/ValidationRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;

namespace {

// The shape `fleetdeck-cli validate` stores: tolerances, performance and throughput.
QJsonObject results(double rtol, double p99, QJsonValue peakBytes, bool memoryCounts)
{
    return QJsonObject {
        { u"tolerance"_s, QJsonObject { { u"rtol"_s, rtol }, { u"atol"_s, 1e-5 } } },
        { u"performance"_s,
            QJsonObject { { u"latencyMs"_s, QJsonObject { { u"p50"_s, p99 / 2 }, { u"p99"_s, p99 } } },
                { u"peakMemoryBytes"_s, peakBytes }, { u"memoryCountsForBudget"_s, memoryCounts },
                { u"throughput"_s,
                    QJsonArray { QJsonObject { { u"batch"_s, 1 }, { u"inferencesPerSecond"_s, 100.0 } },
                        QJsonObject { { u"batch"_s, 8 }, { u"inferencesPerSecond"_s, 400.0 } } } } } },
    };
}

ValidationRecord record(ValidationVerdict verdict, QJsonObject numbers)
{
    ValidationRecord r;
    r.verdict = verdict;
    r.results = std::move(numbers);
    return r;
}

} // namespace

class tst_ValidationGate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void gateHoldsStoredNumbers()
    {
        const ValidationRecord passed =
            record(ValidationVerdict::Pass, results(1e-3, 12.0, qint64(100) << 20, true));
        QVERIFY(ValidationGate {}.refusal(passed).isEmpty());

        ValidationGate gate;
        gate.maxP99Ms = 12.0;
        gate.maxMemoryBytes = qint64(128) << 20;
        gate.minThroughput = 400.0; // the best row counts
        gate.maxRtol = 1e-3;
        QVERIFY2(gate.refusal(passed).isEmpty(), qPrintable(gate.refusal(passed)));

        ValidationGate slow = gate;
        slow.maxP99Ms = 11.9;
        QVERIFY(slow.refusal(passed).contains(u"p99 latency"_s));
        ValidationGate small = gate;
        small.maxMemoryBytes = qint64(64) << 20;
        QVERIFY(small.refusal(passed).contains(u"peak memory"_s));
        ValidationGate busy = gate;
        busy.minThroughput = 401.0;
        QVERIFY(busy.refusal(passed).contains(u"throughput"_s));
        ValidationGate strict = gate;
        strict.maxRtol = 1e-4;
        QVERIFY(strict.refusal(passed).contains(u"rtol"_s));

        // A CPU fallback's RSS is not the device memory the gate asks about.
        const ValidationRecord fallback =
            record(ValidationVerdict::Pass, results(1e-3, 12.0, qint64(1) << 20, false));
        QVERIFY(gate.refusal(fallback).contains(u"not measured"_s));
        // No performance stored (validate --no-perf): every performance limit refuses.
        const ValidationRecord untimed = record(ValidationVerdict::Pass,
            QJsonObject { { u"tolerance"_s, QJsonObject { { u"rtol"_s, 1e-3 }, { u"atol"_s, 1e-5 } } } });
        QVERIFY(!gate.refusal(untimed).isEmpty());
        QVERIFY(ValidationGate {}.refusal(untimed).isEmpty());
        QVERIFY(ValidationGate {}.refusal(record(ValidationVerdict::Fail, {})).contains(u"fail"_s));
    }

    // Only the newest validation of the version counts: a newer failure withdraws an older pass.
    void latestPassingReadsTheNewest()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"inventory.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        AuditLog audit(**db, u"t@h (test)"_s);
        const QString sha = QString(64, u'e');
        ModelVersion v { 0, u"mlp"_s, u"1"_s, sha, 10, u"onnx"_s, {}, u"artifacts/sha256/"_s + sha,
            std::nullopt, {} };
        auto added = ModelRepository(**db, audit).add(v);
        QVERIFY(added.ok());
        const qint64 versionId = added->version.id;
        ValidationRepository validations(**db, audit);
        QVERIFY(validations.latestPassing(versionId).ok());
        QVERIFY(!validations.latestPassing(versionId)->has_value());

        const auto store = [&](ValidationVerdict verdict, double p99) {
            ValidationRecord r = record(verdict, results(1e-3, p99, qint64(1) << 20, true));
            r.modelVersionId = versionId;
            r.fileSha256 = sha;
            r.filePath = u"/models/mlp.onnx"_s;
            r.engine = u"cpu"_s;
            r.device = u"cpu"_s;
            return validations.add(r);
        };
        const auto pass = store(ValidationVerdict::Pass, 5.0);
        QVERIFY(pass.ok());
        auto latest = validations.latestPassing(versionId);
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->id, pass->id);
        ValidationGate gate;
        gate.maxP99Ms = 4.0;
        QVERIFY(!validations.latestPassing(versionId, gate)->has_value());
        gate.maxP99Ms = 5.0;
        QVERIFY(validations.latestPassing(versionId, gate)->has_value());

        QVERIFY(store(ValidationVerdict::Fail, 3.0).ok());
        QVERIFY(!validations.latestPassing(versionId)->has_value());
        const auto again = store(ValidationVerdict::Pass, 3.0);
        QCOMPARE((*validations.latestPassing(versionId, gate))->id, again->id);
    }
};

QTEST_GUILESS_MAIN(tst_ValidationGate)
#include "tst_validationgate.moc"
