#include "cli/ExitCode.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::cli;
using fleetdeck::test::CliResult;
using fleetdeck::test::runCli;

// The command line itself: global options, --help, --version, usage errors and their exit codes.
class TestCliUsage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY2(QFileInfo(fleetdeck::test::binaryPath(u"fleetdeck-cli"_s)).isExecutable(),
            "build the fleetdeck-cli target first");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"inventory.sqlite"_s);
    }

    void version()
    {
        const CliResult human = runCli({ u"--version"_s });
        FD_CHECK_EXIT(human, ExitSuccess);
        QCOMPARE(human.outText().trimmed(), u"fleetdeck-cli " FLEETDECK_VERSION ""_s);

        const CliResult json = runCli({ u"--json"_s, u"--version"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        QCOMPARE(
            json.json().object().value(u"version"_s).toString(), QStringLiteral(FLEETDECK_VERSION));
    }

    void topLevelHelpListsCommands()
    {
        const CliResult result = runCli({ u"--help"_s });
        FD_CHECK_EXIT(result, ExitSuccess);
        QVERIFY(result.outText().startsWith(u"Usage: fleetdeck-cli"_s));
        for (const QString &word : { u"--db"_s, u"--json"_s, u"--known-hosts"_s,
                 u"--accept-new-host-keys"_s, u"nodes"_s, u"audit"_s })
            QVERIFY2(result.outText().contains(word), qPrintable(word));
        QVERIFY(result.err.isEmpty());
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nodes") << QStringList { u"nodes"_s } << u"import"_s;
        QTest::newRow("nodes add") << QStringList { u"nodes"_s, u"add"_s } << u"--host"_s;
        QTest::newRow("nodes edit") << QStringList { u"nodes"_s, u"edit"_s } << u"--rename"_s;
        QTest::newRow("nodes import") << QStringList { u"nodes"_s, u"import"_s } << u"--format"_s;
        QTest::newRow("nodes list") << QStringList { u"nodes"_s, u"list"_s } << u"--nodes"_s;
        QTest::newRow("nodes remove") << QStringList { u"nodes"_s, u"remove"_s } << u"NAME"_s;
        QTest::newRow("audit") << QStringList { u"audit"_s } << u"verify"_s;
        QTest::newRow("audit verify") << QStringList { u"audit"_s, u"verify"_s } << u"broken"_s;
        QTest::newRow("audit list") << QStringList { u"audit"_s, u"list"_s } << u"--limit"_s;
    }

    void commandHelp()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, mentions);
        const QString db = m_dir.filePath(u"help.sqlite"_s);
        for (const QString &help : { u"--help"_s, u"-h"_s }) {
            const CliResult result =
                runCli(QStringList { u"--db"_s, db } + command + QStringList { help });
            FD_CHECK_EXIT(result, ExitSuccess);
            QVERIFY2(result.outText().startsWith(u"Usage: fleetdeck-cli "_s + command.join(u' ')),
                qPrintable(result.describe()));
            QVERIFY2(result.outText().contains(mentions), qPrintable(result.describe()));
        }
        // Asking for help never creates or touches an inventory.
        QVERIFY(!QFile::exists(db));

        const CliResult json =
            runCli(QStringList { u"--json"_s } + command + QStringList { u"--help"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        QVERIFY(json.json().object().value(u"usage"_s).toString().contains(mentions));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("no command") << QStringList {} << QStringList { u"nodes"_s, u"audit"_s };
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s }
                                         << QStringList { u"frobnicate"_s, u"nodes"_s, u"audit"_s };
        QTest::newRow("unknown subcommand") << QStringList { u"nodes"_s, u"frob"_s }
                                            << QStringList { u"frob"_s, u"add"_s, u"list"_s };
        QTest::newRow("no subcommand") << QStringList { u"audit"_s } << QStringList { u"verify"_s };
        QTest::newRow("option before the subcommand")
            << QStringList { u"nodes"_s, u"--bogus"_s } << QStringList { u"--bogus"_s, u"list"_s };
        QTest::newRow("unknown global option")
            << QStringList { u"--bogus"_s, u"nodes"_s, u"list"_s } << QStringList { u"bogus"_s };
        QTest::newRow("unknown command option")
            << QStringList { u"nodes"_s, u"list"_s, u"--bogus"_s } << QStringList { u"bogus"_s };
        QTest::newRow("global option after the command")
            << QStringList { u"nodes"_s, u"list"_s, u"--json"_s } << QStringList { u"json"_s };
        QTest::newRow("--db without a file")
            << QStringList { u"--db"_s } << QStringList { u"db"_s };
        QTest::newRow("option given twice") << QStringList { u"nodes"_s, u"list"_s, u"--nodes"_s,
            u"all"_s, u"--nodes"_s, u"a"_s } << QStringList { u"--nodes"_s };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mentions);
        const CliResult result = runCli(QStringList { u"--db"_s, m_db } + arguments);
        FD_CHECK_EXIT(result, ExitUsage);
        QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
        for (const QString &word : std::as_const(mentions))
            QVERIFY2(result.errText().contains(word), qPrintable(result.describe()));
        QVERIFY2(result.errText().contains(u"--help"_s), qPrintable(result.describe()));
        QVERIFY(!QFile::exists(m_db));
    }

    void usageErrorsAsJson()
    {
        // --json is honoured even when the rest of the command line is wrong.
        for (const QStringList &arguments : { QStringList { u"--json"_s, u"frobnicate"_s },
                 QStringList { u"--bogus"_s, u"--json"_s, u"nodes"_s, u"list"_s },
                 QStringList { u"--json"_s, u"nodes"_s, u"add"_s, u"n1"_s } }) {
            const CliResult result = runCli(QStringList { u"--db"_s, m_db } + arguments);
            FD_CHECK_EXIT(result, ExitUsage);
            const QJsonObject error = result.json().object().value(u"error"_s).toObject();
            QVERIFY2(
                !error.value(u"message"_s).toString().isEmpty(), qPrintable(result.describe()));
            QCOMPARE(error.value(u"code"_s).toInt(), int(ExitUsage));
            QVERIFY(error.contains(u"location"_s));
        }
    }

    void hostKeyOptionsAreAccepted()
    {
        const CliResult result = runCli({ u"--known-hosts"_s, m_dir.filePath(u"known_hosts"_s),
            u"--accept-new-host-keys"_s, u"--db"_s, m_dir.filePath(u"hostkeys.sqlite"_s),
            u"nodes"_s, u"add"_s, u"n1"_s, u"--host"_s, u"10.0.0.1"_s });
        FD_CHECK_EXIT(result, ExitSuccess);
    }

    void defaultDatabaseIsInTheUsersDataFolder()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        const CliResult added =
            runCli({ u"nodes"_s, u"add"_s, u"n1"_s, u"--host"_s, u"10.0.0.1"_s }, environment);
        FD_CHECK_EXIT(added, ExitSuccess);

        QStringList files;
        QDirIterator it(home.filePath(u"data"_s), { u"inventory.sqlite"_s }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        QCOMPARE(files.size(), 1);

        const CliResult listed = runCli({ u"--json"_s, u"nodes"_s, u"list"_s }, environment);
        FD_CHECK_EXIT(listed, ExitSuccess);
        QCOMPARE(listed.json().array().size(), 1);
    }

    void combinedExitCodes()
    {
        QCOMPARE(combinedExitCode(ExitFailed, ExitHostKeyRefused), int(ExitHostKeyRefused));
        QCOMPARE(combinedExitCode(ExitUnreachable, ExitFailed), int(ExitUnreachable));
        QCOMPARE(combinedExitCode(ExitHostKeyRefused, ExitUnreachable), int(ExitHostKeyRefused));
        QCOMPARE(combinedExitCode(ExitSuccess, ExitFailed), int(ExitFailed));
        QCOMPARE(combinedExitCode(ExitSuccess, ExitSuccess), int(ExitSuccess));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
