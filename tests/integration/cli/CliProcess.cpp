#include "tests/integration/cli/CliProcess.h"

#include "tests/support/TestSupport.h"

#include <QJsonParseError>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

QJsonDocument CliResult::json() const
{
    QJsonParseError error;
    // QJsonDocument::fromJson refuses trailing garbage, so a second document fails here too.
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning().noquote() << "stdout is not one JSON document:" << error.errorString() << "at"
                             << error.offset << "\n"
                             << QString::fromUtf8(out);
        return {};
    }
    return document;
}

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
    const QString &workingDirectory)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(binaryPath(u"fleetdeck-cli"_s), arguments);
    CliResult result;
    result.arguments = arguments;
    if (!process.waitForStarted(10000)) {
        qWarning() << "fleetdeck-cli did not start:" << process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        qWarning() << "fleetdeck-cli did not finish; killing it";
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QString CliResult::describe() const
{
    return u"fleetdeck-cli "_s + arguments.join(u' ') + u"\nexit "_s + QString::number(exitCode)
        + u"\nstdout:\n"_s + outText() + u"\nstderr:\n"_s + errText();
}

} // namespace fleetdeck::test
