#pragma once

#include "core/common/Result.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleetdeck::cli {

// The arguments of one (sub)command: declared options and positional arguments, parsed with
// QCommandLineParser, and the usage text that --help prints. Options may come anywhere after the
// command; every declared positional argument is required.
class CommandLine {
public:
    // command: "nodes add"; synopsis: "NAME --host H [--port N]"; description: one paragraph.
    CommandLine(QString command, QString synopsis, QString description);

    const QString &command() const { return m_command; }

    void addOption(const QString &name, const QString &valueName, const QString &description,
        bool repeatable = false);
    void addFlag(const QString &name, const QString &description);
    void addPositional(const QString &name, const QString &description);

    // The error message says which argument is wrong and how; --help always parses.
    Result<void> parse(const QStringList &arguments);

    bool helpRequested() const { return m_helpRequested; }
    QString usage() const;

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    std::optional<QString> optionalValue(const QString &name) const;
    QStringList values(const QString &name) const;
    QStringList positionals() const;

private:
    struct Entry {
        QString name;
        QString valueName; // empty: a flag or a positional
        QString description;
        bool repeatable = false;
    };

    QString m_command;
    QString m_synopsis;
    QString m_description;
    QList<Entry> m_options;
    QList<Entry> m_positionals;
    QCommandLineParser m_parser;
    bool m_helpRequested = false;
};

// Help text fits a terminal 80 columns wide: it is wrapped at word boundaries.
inline constexpr qsizetype helpLineWidth = 80;

// Lines of at most room characters (a longer word gets a line of its own).
QStringList wrapWords(const QString &text, qsizetype room);
// Each paragraph of text wrapped; continuation lines indented by hangingIndent.
QString wrapParagraphs(const QString &text, qsizetype hangingIndent = 0);
// Rows of a two-column help listing ("  --port N   The SSH port"), aligned and wrapped.
QString formatHelpRows(const QList<QPair<QString, QString>> &rows);

} // namespace fleetdeck::cli
