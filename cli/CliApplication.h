#pragma once

#include "cli/GlobalOptions.h"

#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace fleetdeck::cli {

class Command;
class Output;

// fleetdeck-cli: parses the global options, picks the command and runs it. Output goes to the
// devices given (stdout and stderr in the real binary).
class CliApplication {
public:
    CliApplication(QIODevice &out, QIODevice &err);
    ~CliApplication();
    CliApplication(const CliApplication &) = delete;
    CliApplication &operator=(const CliApplication &) = delete;

    // arguments: without the program name. Returns the exit code (ExitCode).
    int run(const QStringList &arguments);

    QString usage() const;

private:
    int dispatch(const GlobalOptions &options, Output &out, const QStringList &command);
    Command *find(const QString &name) const;
    QStringList commandNames() const;

    QIODevice &m_out;
    QIODevice &m_err;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace fleetdeck::cli
