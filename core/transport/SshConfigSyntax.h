#pragma once

#include "core/transport/SshConfig.h"

#include <QChar>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace fleetdeck::transport {

// The lexical rules of OpenSSH's client config, as pure functions (readconf.c, match.c, misc.c):
// SshConfig uses them to parse and resolve; the SSH transport may use the matching and expansion.
class SshConfigSyntax
{
public:
    // Keywords whose argument is the rest of the line, unsplit (ProxyCommand, RemoteCommand, ...).
    static const QSet<QString> &restOfLineKeywords();
    // Keywords OpenSSH collects from every applying line instead of keeping the first.
    static const QSet<QString> &accumulatingKeywords();
    // Keywords taking exactly one argument; more is an error, as in OpenSSH.
    static const QSet<QString> &singleArgumentKeywords();
    // Every client keyword OpenSSH 9 knows, lowercase, deprecated ones included.
    static const QSet<QString> &knownKeywords();

    // A config line's keyword (as written) and the text of its arguments: the keyword ends at
    // whitespace or '=', and one '=' with spaces around may follow it. Empty optional: a blank
    // or comment line.
    static std::optional<std::pair<QStringView, QStringView>> splitKeyword(QStringView line);
    // What is wrong with the value of a keyword we interpret (Port, IdentitiesOnly, ...), as a
    // translated sentence; empty when it is fine or not ours to check.
    static QString valueProblem(const QString &lowercaseKeyword, const QString &value);

    // A Host argument that is no single concrete name: wildcard or negation.
    static bool isWildcardPattern(const QString &name);
    // match_pattern: '*' any run, '?' one character; case-sensitive.
    static bool matchPattern(QStringView text, QStringView pattern);
    // match_pattern_list: comma-separated, '!' negates and a negative match wins.
    static bool matchPatternList(const QString &text, const QString &list, bool lowercase);
    // argv_split with comments: whitespace separates, ' and " quote, backslash escapes a quote,
    // a backslash or (outside quotes) a space; '#' starting a word ends the line. Empty optional:
    // an unclosed quote.
    static std::optional<QStringList> splitArguments(QStringView text);
    // convtime: "90", "1m30s", "2h"; -1 when malformed.
    static int parseTime(const QString &text);
    static std::optional<StrictHostKeyChecking> parseStrict(const QString &value);
    static std::optional<bool> parseYesNo(const QString &value);
    // "~" and "~/..." only; "~user" is left as written.
    static QString expandTilde(const QString &path, const QString &homeDir);
    // %x tokens from the map and %%; an unknown token is left as written.
    static QString expandTokens(const QString &text, const QHash<QChar, QString> &tokens);
    // glob(3) over regular files: sorted, dot files only when the pattern starts with a dot.
    static QStringList globFiles(const QString &pattern);
};

} // namespace fleetdeck::transport
