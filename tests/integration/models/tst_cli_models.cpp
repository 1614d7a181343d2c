#include "cli/ExitCode.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/integration/models/OnnxTestData.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::cli;
using fleetdeck::test::CliResult;
using fleetdeck::test::sha256Of;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// `models import` and `models list` of the real binary, on Debian's ONNX node test models.
class TestCliModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_add;
    QString m_sub;

    CliResult cli(const QStringList &arguments)
    {
        return fleetdeck::test::runCli(QStringList { u"--db"_s, m_db } + arguments);
    }
    QStringList storedArtifacts() const
    {
        return QDir(m_dir.filePath(u"artifacts/sha256"_s)).entryList(QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"inventory.sqlite"_s);
        m_add = fleetdeck::test::onnxNodeTest(u"test_add"_s);
        m_sub = fleetdeck::test::onnxNodeTest(u"test_sub"_s);
        if (m_add.isEmpty() || m_sub.isEmpty())
            QSKIP("Debian's libonnx-testdata is not installed");
    }

    void importsARealModelIntoTheStore()
    {
        const QString model = m_add + u"/model.onnx"_s;
        const CliResult imported = cli({ u"--json"_s, u"models"_s, u"import"_s, model, u"--name"_s,
            u"add"_s, u"--version"_s, u"1.0"_s });
        FD_CHECK_EXIT(imported, ExitSuccess);
        const QJsonObject version = imported.json().object();
        QCOMPARE(version.value(u"outcome"_s).toString(), u"added"_s);
        QCOMPARE(version.value(u"model"_s).toString(), u"add"_s);
        QCOMPARE(version.value(u"version"_s).toString(), u"1.0"_s);
        const QString hash = sha256Of(model);
        QCOMPARE(version.value(u"sha256"_s).toString(), hash);
        QCOMPARE(version.value(u"sizeBytes"_s).toInteger(), QFileInfo(model).size());
        // The copy lives beside the inventory under its hash, byte for byte the same.
        const QString artifact = m_dir.filePath(u"artifacts/sha256/"_s + hash);
        QCOMPARE(version.value(u"artifactPath"_s).toString(), u"artifacts/sha256/"_s + hash);
        QCOMPARE(contentOf(artifact), contentOf(model));
        QCOMPARE(storedArtifacts(), QStringList { hash });

        const CliResult audit = cli({ u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"1"_s });
        const QJsonObject row = audit.json().array().first().toObject();
        QCOMPARE(row.value(u"action"_s).toString(), u"model.import"_s);
        QCOMPARE(row.value(u"subject"_s).toString(), u"add:1.0"_s);
    }

    void sameFileAgainChangesNothing()
    {
        const CliResult again = cli({ u"models"_s, u"import"_s, m_add + u"/model.onnx"_s,
            u"--name"_s, u"add"_s, u"--version"_s, u"1.0"_s });
        FD_CHECK_EXIT(again, ExitSuccess);
        QVERIFY2(again.outText().contains(u"nothing changed"_s), qPrintable(again.describe()));
        QCOMPARE(storedArtifacts().size(), 1);
    }

    void otherContentUnderTheSameVersionIsRefused()
    {
        const CliResult refused = cli({ u"models"_s, u"import"_s, m_sub + u"/model.onnx"_s,
            u"--name"_s, u"add"_s, u"--version"_s, u"1.0"_s });
        FD_CHECK_EXIT(refused, ExitFailed);
        const QString message = refused.errText();
        QVERIFY2(message.contains(u"add:1.0 already exists"_s)
                && message.contains(sha256Of(m_add + u"/model.onnx"_s))
                && message.contains(sha256Of(m_sub + u"/model.onnx"_s)),
            qPrintable(refused.describe()));
        QCOMPARE(storedArtifacts().size(), 1); // nothing copied for a refused import
        // A new version of the same model is fine.
        FD_CHECK_EXIT(cli({ u"models"_s, u"import"_s, m_sub + u"/model.onnx"_s, u"--name"_s,
                          u"add"_s, u"--version"_s, u"1.1"_s }),
            ExitSuccess);
    }

    void listShowsTheVersions()
    {
        const CliResult json = cli({ u"--json"_s, u"models"_s, u"list"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonArray versions = json.json().array();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(u"version"_s).toString(), u"1.0"_s);
        QCOMPARE(versions.at(1).toObject().value(u"sha256"_s).toString(),
            sha256Of(m_sub + u"/model.onnx"_s));
        QVERIFY(versions.at(0).toObject().value(u"latestValidation"_s).isNull());

        const CliResult text = cli({ u"models"_s, u"list"_s });
        FD_CHECK_EXIT(text, ExitSuccess);
        const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"MODEL"_s));
        QVERIFY2(lines.at(2).startsWith(u"add"_s) && lines.at(2).contains(u"1.1"_s)
                && lines.at(2).contains(u"none"_s),
            qPrintable(text.describe()));
    }

    void badNamesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addRow("traversal") << u"../../etc"_s << u"1"_s;
        QTest::addRow("slash in version") << u"m"_s << u"1/2"_s;
        QTest::addRow("dot-dot version") << u"m"_s << u".."_s;
    }
    void badNamesAreUsageErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, version);
        const CliResult refused = cli({ u"models"_s, u"import"_s, m_add + u"/model.onnx"_s,
            u"--name"_s, name, u"--version"_s, version });
        FD_CHECK_EXIT(refused, ExitUsage);
        QVERIFY2(refused.errText().contains(u"not allowed"_s), qPrintable(refused.describe()));
    }

    void missingVersionIsAUsageError()
    {
        FD_CHECK_EXIT(
            cli({ u"models"_s, u"import"_s, m_add + u"/model.onnx"_s, u"--name"_s, u"m"_s }),
            ExitUsage);
    }

    void filesThatAreNotOnnxAreRefused()
    {
        QTemporaryDir dir;
        const QString text = fleetdeck::test::writeFile(dir, u"notes.onnx"_s, "not a model\n");
        const QString truncated = dir.filePath(u"cut.onnx"_s);
        QVERIFY(fleetdeck::test::writeTruncatedCopy(m_add + u"/model.onnx"_s, truncated));
        for (const QString &file : { text, truncated }) {
            const CliResult refused = cli({ u"models"_s, u"import"_s, file, u"--name"_s,
                u"broken"_s, u"--version"_s, u"1"_s });
            FD_CHECK_EXIT(refused, ExitFailed);
            QVERIFY2(refused.errText().contains(u"cannot be imported as an ONNX model"_s)
                    && refused.errText().contains(file),
                qPrintable(refused.describe()));
        }
        const CliResult missing = cli({ u"models"_s, u"import"_s, dir.filePath(u"nope.onnx"_s),
            u"--name"_s, u"broken"_s, u"--version"_s, u"1"_s });
        FD_CHECK_EXIT(missing, ExitFailed);
        const CliResult list = cli({ u"--json"_s, u"models"_s, u"list"_s });
        QCOMPARE(list.json().array().size(), 2);
        QCOMPARE(storedArtifacts().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliModels)
#include "tst_cli_models.moc"
