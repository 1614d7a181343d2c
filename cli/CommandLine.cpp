#include "cli/CommandLine.h"

#include "cli/Tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {
const QString helpName = u"help"_s;
}

CommandLine::CommandLine(QString command, QString synopsis, QString description)
    : m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_description(std::move(description))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption(QStringList { u"h"_s, helpName }));
}

void CommandLine::addOption(
    const QString &name, const QString &valueName, const QString &description, bool repeatable)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    m_options.append({ name, valueName, description, repeatable });
}

void CommandLine::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
    m_options.append({ name, {}, description, false });
}

void CommandLine::addPositional(const QString &name, const QString &description)
{
    m_positionals.append({ name, {}, description, false });
}

Result<void> CommandLine::parse(const QStringList &arguments)
{
    // QCommandLineParser skips the first argument, the program name.
    const bool parsed = m_parser.parse(QStringList { m_command } + arguments);
    m_helpRequested = m_parser.isSet(helpName);
    if (m_helpRequested)
        return {};
    if (!parsed)
        return Error { m_parser.errorText(), {} };
    for (const Entry &option : std::as_const(m_options)) {
        if (!option.repeatable && m_parser.values(option.name).size() > 1)
            return Error { Tr::tr("--%1 was given more than once; give it once.").arg(option.name),
                {} };
    }
    const QStringList given = m_parser.positionalArguments();
    if (given.size() < m_positionals.size())
        return Error { Tr::tr("'%1' is missing.").arg(m_positionals.at(given.size()).name), {} };
    if (given.size() > m_positionals.size())
        return Error { Tr::tr("Unexpected argument '%1'.").arg(given.at(m_positionals.size())),
            {} };
    return {};
}

QString CommandLine::usage() const
{
    QString text =
        wrapParagraphs(Tr::tr("Usage: fleetdeck-cli %1 %2").arg(m_command, m_synopsis).trimmed(), 4)
        + u"\n\n" + wrapParagraphs(m_description) + u'\n';
    QList<QPair<QString, QString>> rows;
    for (const Entry &positional : m_positionals)
        rows.append({ positional.name, positional.description });
    if (!rows.isEmpty())
        text += u'\n' + Tr::tr("Arguments:") + u'\n' + formatHelpRows(rows);
    rows.clear();
    for (const Entry &option : m_options) {
        QString names = u"--"_s + option.name;
        if (!option.valueName.isEmpty())
            names += u' ' + option.valueName;
        rows.append({ names, option.description });
    }
    rows.append({ u"-h, --help"_s, Tr::tr("Show this help.") });
    text += u'\n' + Tr::tr("Options:") + u'\n' + formatHelpRows(rows);
    return text;
}

bool CommandLine::isSet(const QString &name) const
{
    return m_parser.isSet(name);
}

QString CommandLine::value(const QString &name) const
{
    return m_parser.value(name);
}

std::optional<QString> CommandLine::optionalValue(const QString &name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    return m_parser.value(name);
}

QStringList CommandLine::values(const QString &name) const
{
    return m_parser.values(name);
}

QStringList CommandLine::positionals() const
{
    return m_parser.positionalArguments();
}

QStringList wrapWords(const QString &text, qsizetype room)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > room) {
            lines.append(line);
            line.clear();
        }
        if (!line.isEmpty())
            line += u' ';
        line += word;
    }
    lines.append(line);
    return lines;
}

QString wrapParagraphs(const QString &text, qsizetype hangingIndent)
{
    QStringList out;
    for (const QString &paragraph : text.split(u'\n')) {
        const QStringList lines = wrapWords(paragraph, helpLineWidth - hangingIndent);
        out.append(lines.constFirst());
        for (qsizetype i = 1; i < lines.size(); ++i)
            out.append(QString(hangingIndent, u' ') + lines.at(i));
    }
    return out.join(u'\n');
}

QString formatHelpRows(const QList<QPair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    const qsizetype indent = 2 + width + 3;
    const qsizetype room = std::max<qsizetype>(helpLineWidth - indent, 30);
    QString text;
    for (const auto &row : rows) {
        const QStringList lines = wrapWords(row.second, room);
        text += u"  "_s + row.first.leftJustified(width + 3) + lines.constFirst() + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += QString(indent, u' ') + lines.at(i) + u'\n';
    }
    return text;
}

} // namespace fleetdeck::cli
