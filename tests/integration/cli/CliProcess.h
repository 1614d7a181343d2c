#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fleetdeck::test {

// What one run of the real fleetdeck-cli binary produced.
struct CliResult {
    QStringList arguments;
    int exitCode = -1; // -1: it crashed, hung or did not start
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout parsed as exactly one JSON document; a null document (and a warning) if it is not.
    QJsonDocument json() const;
    // The command line and everything it printed, for a failure message.
    QString describe() const;
};

// Checks the exit code and shows the whole run when it differs.
#define FD_CHECK_EXIT(result, expected)                                                            \
    QVERIFY2((result).exitCode == (expected),                                                      \
        qPrintable(QStringLiteral("expected exit ") + QString::number(expected)                    \
            + QStringLiteral(", got: ") + (result).describe()))

// Runs fleetdeck-cli with arguments and waits for it (a real process; never a mock).
CliResult runCli(const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QString &workingDirectory = {});

} // namespace fleetdeck::test
