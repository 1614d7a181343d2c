#include "core/transport/SshConfig.h"

#include "core/common/Log.h"
#include "core/transport/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {

constexpr int MaxIncludeDepth = 16;  // OpenSSH's READCONF_MAX_DEPTH

struct ConfigLine
{
    QString keyword;     // lowercase
    QStringList args;    // split like OpenSSH's argv_split (quotes, escapes, # comments)
    int line = 0;
    QList<int> includes; // for Include: indexes of the files it read, in glob order
};

struct ConfigFile
{
    QString path;
    QList<ConfigLine> lines;
};

// Keywords whose argument is the rest of the line, unsplit, as OpenSSH keeps them.
const QSet<QString> &restOfLineKeywords()
{
    static const QSet<QString> set{u"proxycommand"_s, u"remotecommand"_s, u"localcommand"_s,
                                   u"knownhostscommand"_s};
    return set;
}

// Keywords OpenSSH collects from every line that applies instead of keeping the first.
const QSet<QString> &accumulatingKeywords()
{
    static const QSet<QString> set{u"certificatefile"_s, u"localforward"_s, u"remoteforward"_s,
                                   u"dynamicforward"_s, u"sendenv"_s, u"setenv"_s};
    return set;
}

// Keywords taking exactly one argument; extra ones are an error, as in OpenSSH.
const QSet<QString> &singleArgumentKeywords()
{
    static const QSet<QString> set{u"hostname"_s, u"port"_s, u"user"_s, u"identityfile"_s,
                                   u"proxyjump"_s, u"identitiesonly"_s, u"connecttimeout"_s,
                                   u"serveraliveinterval"_s, u"stricthostkeychecking"_s};
    return set;
}

// Every client keyword OpenSSH 9 knows, deprecated ones included (it accepts and ignores those).
const QSet<QString> &knownKeywords()
{
    static const QSet<QString> set = [] {
        const char *const names[] = {
            "host", "match", "include", "ignoreunknown", "hostname", "port", "user",
            "identityfile", "proxyjump", "proxycommand", "userknownhostsfile",
            "globalknownhostsfile", "identitiesonly", "connecttimeout", "serveraliveinterval",
            "serveralivecountmax", "stricthostkeychecking", "addkeystoagent", "addressfamily",
            "batchmode", "bindaddress", "bindinterface", "canonicaldomains",
            "canonicalizefallbacklocal", "canonicalizehostname", "canonicalizemaxdots",
            "canonicalizepermittedcnames", "casignaturealgorithms", "certificatefile",
            "challengeresponseauthentication", "checkhostip", "cipher", "ciphers",
            "clearallforwardings", "compression", "compressionlevel", "connectionattempts",
            "controlmaster", "controlpath", "controlpersist", "dynamicforward",
            "enableescapecommandline", "enablesshkeysign", "escapechar", "exitonforwardfailure",
            "fingerprinthash", "forkafterauthentication", "forwardagent", "forwardx11",
            "forwardx11timeout", "forwardx11trusted", "gatewayports", "gssapiauthentication",
            "gssapiclientidentity", "gssapidelegatecredentials", "gssapikexalgorithms",
            "gssapikeyexchange", "gssapirenewalforcesrekey", "gssapiserveridentity",
            "gssapitrustdns", "hashknownhosts", "hostbasedacceptedalgorithms",
            "hostbasedauthentication", "hostbasedkeytypes", "hostkeyalgorithms", "hostkeyalias",
            "identityagent", "ipqos", "kbdinteractiveauthentication", "kbdinteractivedevices",
            "kexalgorithms", "knownhostscommand", "localcommand", "localforward", "loglevel",
            "logverbose", "macs", "nohostauthenticationforlocalhost", "numberofpasswordprompts",
            "passwordauthentication", "permitlocalcommand", "permitremoteopen", "pkcs11provider",
            "preferredauthentications", "protocol", "proxyusefdpass", "pubkeyacceptedalgorithms",
            "pubkeyacceptedkeytypes", "pubkeyauthentication", "rekeylimit", "remotecommand",
            "remoteforward", "requesttty", "requiredrsasize", "revokedhostkeys",
            "securitykeyprovider", "sendenv", "sessiontype", "setenv", "smartcarddevice",
            "stdinnull", "streamlocalbindmask", "streamlocalbindunlink", "syslogfacility",
            "tcpkeepalive", "tunnel", "tunneldevice", "updatehostkeys", "usekeychain",
            "verifyhostkeydns", "visualhostkey", "xauthlocation", "afstokenpassing",
            "dsaauthentication", "fallbacktorsh", "kerberosauthentication", "kerberostgtpassing",
            "protocolkeepalives", "rhostsauthentication", "rhostsrsaauthentication",
            "rsaauthentication", "setuptimeout", "skeyauthentication", "tisauthentication",
            "useblacklistedkeys", "useprivilegedport", "useroaming", "usersh"};
        QSet<QString> s;
        for (const char *name : names)
            s.insert(QString::fromLatin1(name));
        return s;
    }();
    return set;
}

QString where(const QString &file, int line)
{
    return file + u':' + QString::number(line);
}

bool isWildcardPattern(const QString &name)
{
    return name.startsWith(u'!') || name.contains(u'*') || name.contains(u'?');
}

// OpenSSH's match_pattern: '*' any run, '?' one character; case-sensitive.
bool matchPattern(QStringView text, QStringView pattern)
{
    qsizetype t = 0, p = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

// OpenSSH's match_pattern_list: comma-separated, '!' negates, a negative match wins.
bool matchPatternList(const QString &text, const QString &list, bool lowercase)
{
    const QString subject = lowercase ? text.toLower() : text;
    bool positive = false;
    for (QString sub : list.split(u',')) {
        const bool negated = sub.startsWith(u'!');
        if (negated)
            sub.remove(0, 1);
        if (lowercase)
            sub = sub.toLower();
        if (matchPattern(subject, sub)) {
            if (negated)
                return false;
            positive = true;
        }
    }
    return positive;
}

// OpenSSH's argv_split with comments on: whitespace separates, ' and " quote, backslash escapes
// a quote, a backslash or (outside quotes) a space; '#' at the start of a word ends the line.
std::optional<QStringList> splitArguments(QStringView text)
{
    QStringList args;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u' ' || text[i] == u'\t') {
            ++i;
            continue;
        }
        if (text[i] == u'#')
            break;
        QString arg;
        QChar quote;
        for (; i < text.size(); ++i) {
            const QChar c = text[i];
            const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
            if (c == u'\\' && (next == u'\'' || next == u'"' || next == u'\\'
                               || (quote.isNull() && next == u' '))) {
                arg += next;
                ++i;
            } else if (quote.isNull() && (c == u' ' || c == u'\t')) {
                break;
            } else if (quote.isNull() && (c == u'"' || c == u'\'')) {
                quote = c;
            } else if (!quote.isNull() && c == quote) {
                quote = QChar();
            } else {
                arg += c;
            }
        }
        if (!quote.isNull())
            return std::nullopt;
        args.append(arg);
    }
    return args;
}

// OpenSSH's convtime: "90", "1m30s", "2h"; -1 when malformed.
int parseTime(const QString &text)
{
    if (text.isEmpty())
        return -1;
    qint64 total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit())
            ++i;
        if (i == start)
            return -1;
        qint64 value = text.mid(start, i - start).toLongLong();
        qint64 unit = 1;
        if (i < text.size()) {
            switch (text[i].toLower().unicode()) {
            case u's': unit = 1; break;
            case u'm': unit = 60; break;
            case u'h': unit = 3600; break;
            case u'd': unit = 86400; break;
            case u'w': unit = 604800; break;
            default: return -1;
            }
            ++i;
        }
        total += value * unit;
        if (total > std::numeric_limits<int>::max())
            return -1;
    }
    return int(total);
}

std::optional<StrictHostKeyChecking> parseStrict(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"yes" || v == u"true")
        return StrictHostKeyChecking::Yes;
    if (v == u"no" || v == u"false" || v == u"off")
        return StrictHostKeyChecking::No;
    if (v == u"ask")
        return StrictHostKeyChecking::Ask;
    if (v == u"accept-new")
        return StrictHostKeyChecking::AcceptNew;
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"yes" || v == u"true")
        return true;
    if (v == u"no" || v == u"false")
        return false;
    return std::nullopt;
}

QString expandTilde(const QString &path, const QString &homeDir)
{
    if (path == u"~")
        return homeDir;
    if (path.startsWith(u"~/"))
        return homeDir + path.mid(1);
    return path;
}

QString expandTokens(const QString &text, const QHash<QChar, QString> &tokens)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'%' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const QChar key = text[++i];
        if (key == u'%')
            out += u'%';
        else if (auto it = tokens.constFind(key); it != tokens.cend())
            out += *it;
        else
            out += u'%' + QString(key);  // left for the caller: OpenSSH knows more tokens
    }
    return out;
}

bool hasGlob(QStringView s)
{
    return s.contains(u'*') || s.contains(u'?') || s.contains(u'[');
}

// glob(3) over files: sorted, hidden entries only when the pattern asks for a leading dot.
QStringList globFiles(const QString &pattern)
{
    const QString clean = QDir::cleanPath(pattern);
    if (!hasGlob(clean))
        return QFileInfo(clean).isFile() ? QStringList{clean} : QStringList{};
    QStringList current{clean.startsWith(u'/') ? u"/"_s : u"."_s};
    const QStringList parts = clean.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QStringList next;
        for (const QString &base : std::as_const(current)) {
            const QString prefix = base.endsWith(u'/') ? base : base + u'/';
            if (!hasGlob(part)) {
                if (QFileInfo::exists(prefix + part))
                    next.append(prefix + part);
                continue;
            }
            QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::CaseSensitive;
            if (part.startsWith(u'.'))
                filters |= QDir::Hidden;
            const QStringList names = QDir(base).entryList({part}, filters, QDir::Name);
            for (const QString &name : names)
                next.append(prefix + name);
        }
        current = next;
    }
    QStringList files;
    for (const QString &path : std::as_const(current)) {
        if (QFileInfo(path).isFile())
            files.append(path.startsWith(u"./") ? path.mid(2) : path);
    }
    return files;
}

} // namespace

struct SshConfig::Data
{
    QString homeDir;
    QList<ConfigFile> files;  // [0] is the main file
    QList<SshConfigHostEntry> hostEntries;
    QStringList warnings;
};

namespace {

class Parser
{
public:
    explicit Parser(SshConfig::Data &data) : m_data(data) {}

    Result<int> parseText(const QString &text, const QString &fileName, int depth)
    {
        const int index = int(m_data.files.size());
        m_data.files.append(ConfigFile{fileName, {}});
        QList<ConfigLine> lines;
        const QStringList rawLines = text.split(u'\n');
        for (int i = 0; i < rawLines.size(); ++i) {
            auto parsed = parseLine(rawLines.at(i), fileName, i + 1, depth);
            if (!parsed)
                return parsed.error();
            if (parsed->has_value())
                lines.append(std::move(**parsed));
        }
        m_data.files[index].lines = std::move(lines);
        return index;
    }

private:
    Result<std::optional<ConfigLine>> parseLine(QStringView text, const QString &file, int lineNo,
                                                int depth)
    {
        while (!text.isEmpty() && QStringView(u" \t\r\f\n").contains(text.back()))
            text.chop(1);
        while (!text.isEmpty() && (text.front() == u' ' || text.front() == u'\t'))
            text = text.mid(1);
        if (text.isEmpty() || text.front() == u'#')
            return std::optional<ConfigLine>();

        // The keyword ends at whitespace or '='; one '=' (with spaces around) may follow it.
        qsizetype end = 0;
        while (end < text.size() && text[end] != u' ' && text[end] != u'\t' && text[end] != u'=')
            ++end;
        ConfigLine line;
        line.keyword = text.left(end).toString().toLower();
        line.line = lineNo;
        QStringView rest = text.mid(end);
        bool sawEquals = false;
        while (!rest.isEmpty() && (rest.front() == u' ' || rest.front() == u'\t'
                                   || (rest.front() == u'=' && !sawEquals))) {
            sawEquals = sawEquals || rest.front() == u'=';
            rest = rest.mid(1);
        }
        const QString location = where(file, lineNo);
        if (rest.isEmpty())
            return Error{Tr::tr("Keyword \"%1\" has no argument; give it a value or remove the "
                                "line.").arg(text.left(end).toString()), location};
        if (!knownKeywords().contains(line.keyword)) {
            if (ignored(line.keyword))
                return std::optional<ConfigLine>();
            return Error{Tr::tr("Unknown keyword \"%1\"; check its spelling against "
                                "ssh_config(5), or name it in IgnoreUnknown.")
                             .arg(text.left(end).toString()), location};
        }
        if (restOfLineKeywords().contains(line.keyword)) {
            line.args = QStringList{rest.toString()};
        } else {
            auto args = splitArguments(rest);
            if (!args)
                return Error{Tr::tr("A quote is not closed; close it or remove it."), location};
            line.args = std::move(*args);
        }
        if (auto ok = check(line, location, depth); !ok)
            return ok.error();
        return std::optional<ConfigLine>(std::move(line));
    }

    bool ignored(const QString &keyword) const
    {
        for (const QString &list : m_ignoreUnknown) {
            if (matchPatternList(keyword, list, true))
                return true;
        }
        return false;
    }

    Result<void> check(ConfigLine &line, const QString &location, int depth)
    {
        const QString &kw = line.keyword;
        if (line.args.isEmpty() || (line.args.size() == 1 && line.args.first().isEmpty()))
            return Error{Tr::tr("Keyword \"%1\" has no argument; give it a value or remove the "
                                "line.").arg(kw), location};
        if (singleArgumentKeywords().contains(kw) && line.args.size() > 1)
            return Error{Tr::tr("Keyword \"%1\" takes one argument but has %2; quote an argument "
                                "that contains spaces.").arg(kw).arg(line.args.size()), location};
        const QString &arg = line.args.first();
        if (kw == u"port") {
            bool ok = false;
            const int port = arg.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return Error{Tr::tr("Bad port \"%1\"; use a number from 1 to 65535.").arg(arg),
                             location};
        } else if (kw == u"identitiesonly" && !parseYesNo(arg)) {
            return Error{Tr::tr("IdentitiesOnly must be yes or no, not \"%1\".").arg(arg),
                         location};
        } else if (kw == u"stricthostkeychecking" && !parseStrict(arg)) {
            return Error{Tr::tr("StrictHostKeyChecking must be yes, no, ask or accept-new, not "
                                "\"%1\".").arg(arg), location};
        } else if ((kw == u"connecttimeout" || kw == u"serveraliveinterval") && parseTime(arg) < 0) {
            return Error{Tr::tr("\"%1\" is not a time for %2; write seconds, or a time like 1m30s.")
                             .arg(arg, kw), location};
        } else if (kw == u"ignoreunknown") {
            m_ignoreUnknown.append(arg);
        } else if (kw == u"host") {
            return checkHost(line, location);
        } else if (kw == u"match") {
            return checkMatch(line, location);
        } else if (kw == u"include") {
            return include(line, location, depth);
        }
        return {};
    }

    Result<void> checkHost(const ConfigLine &line, const QString &location)
    {
        for (const QString &name : line.args) {
            if (name.isEmpty() || name == u"!")
                return Error{Tr::tr("Host has an empty pattern; remove it."), location};
            m_data.hostEntries.append(SshConfigHostEntry{name, location.section(u':', 0, -2),
                                                         line.line, isWildcardPattern(name)});
        }
        return {};
    }

    Result<void> checkMatch(const ConfigLine &line, const QString &location)
    {
        const QStringList &args = line.args;
        int criteria = 0;
        for (qsizetype i = 0; i < args.size(); ++i) {
            QString name = args.at(i).toLower();
            if (name.startsWith(u'!'))
                name.remove(0, 1);
            if (name == u"all") {
                if (criteria > 0 || i + 1 < args.size())
                    return Error{Tr::tr("Match all cannot be combined with other criteria."),
                                 location};
                continue;
            }
            ++criteria;
            if (name == u"canonical" || name == u"final") {
                m_data.warnings.append(location + u": "
                    + Tr::tr("Match %1 is not supported; that block is never applied.").arg(name));
                continue;
            }
            if (i + 1 >= args.size())
                return Error{Tr::tr("Match %1 needs a pattern after it.").arg(name), location};
            ++i;
            if (name == u"exec") {
                m_data.warnings.append(location + u": "
                    + Tr::tr("Match exec is not supported (Fleetdeck runs no commands from ssh "
                             "config); that block is never applied."));
            } else if (name != u"host" && name != u"originalhost" && name != u"user"
                       && name != u"localuser") {
                return Error{Tr::tr("Unsupported Match criterion \"%1\"; use all, host, "
                                    "originalhost, user or localuser.").arg(args.at(i - 1)),
                             location};
            }
        }
        m_data.hostEntries.append(SshConfigHostEntry{u"Match "_s + args.join(u' '),
                                                     location.section(u':', 0, -2), line.line,
                                                     true});
        return {};
    }

    Result<void> include(ConfigLine &line, const QString &location, int depth)
    {
        if (depth + 1 > MaxIncludeDepth)
            return Error{Tr::tr("Include is nested more than %1 levels deep; an included file "
                                "probably includes itself.").arg(MaxIncludeDepth), location};
        for (const QString &arg : std::as_const(line.args)) {
            QString pattern = expandTilde(arg, m_data.homeDir);
            if (QDir::isRelativePath(pattern))
                pattern = m_data.homeDir + u"/.ssh/" + pattern;
            const QStringList paths = globFiles(pattern);
            for (const QString &path : paths) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return Error{Tr::tr("Cannot read included file %1: %2")
                                     .arg(path, file.errorString()), location};
                auto index = parseText(QString::fromUtf8(file.readAll()), path, depth + 1);
                if (!index)
                    return index.error();
                line.includes.append(*index);
            }
        }
        return {};
    }

    SshConfig::Data &m_data;
    QStringList m_ignoreUnknown;
};

// One walk over the config for one host, as OpenSSH's read_config_file does it.
class Resolver
{
public:
    Resolver(const SshConfig::Data &data, const QString &host, const QString &localUser)
        : m_data(data), m_host(host), m_localUser(localUser)
    {
    }

    void walk(int fileIndex, bool &active, bool neverMatch)
    {
        for (const ConfigLine &line : m_data.files.at(fileIndex).lines) {
            if (line.keyword == u"host") {
                active = !neverMatch && hostMatches(line.args);
            } else if (line.keyword == u"match") {
                active = !neverMatch && matchMatches(line.args);
            } else if (line.keyword == u"include") {
                const bool outer = active;
                for (int index : line.includes) {
                    walk(index, active, neverMatch || !outer);
                    active = outer;  // Match in an included file must not leak out of it
                }
            } else if (active) {
                apply(line);
            }
        }
    }

    QMap<QString, QStringList> m_first;
    QStringList m_identityFiles;

private:
    bool hostMatches(const QStringList &patterns) const
    {
        bool matched = false;
        for (const QString &pattern : patterns) {
            const bool negated = pattern.startsWith(u'!');
            if (matchPattern(m_host, negated ? QStringView(pattern).mid(1) : QStringView(pattern))) {
                if (negated)
                    return false;
                matched = true;
            }
        }
        return matched;
    }

    bool matchMatches(const QStringList &args) const
    {
        bool result = true;
        for (qsizetype i = 0; i < args.size(); ++i) {
            QString name = args.at(i).toLower();
            const bool negated = name.startsWith(u'!');
            if (negated)
                name.remove(0, 1);
            if (name == u"all")
                return result && !negated;
            if (name == u"canonical" || name == u"final" || name == u"exec")
                return false;  // unsupported: never applies (warned at parse time)
            const QString &patterns = args.at(++i);
            bool r = false;
            if (name == u"host")
                r = matchPatternList(currentHostName(), patterns, true);
            else if (name == u"originalhost")
                r = matchPatternList(m_host, patterns, true);
            else if (name == u"user")
                r = matchPatternList(m_first.value(u"user"_s).value(0, m_localUser), patterns, false);
            else if (name == u"localuser")
                r = matchPatternList(m_localUser, patterns, false);
            if (r == negated)
                result = false;
        }
        return result;
    }

    QString currentHostName() const
    {
        const auto it = m_first.constFind(u"hostname"_s);
        if (it == m_first.cend())
            return m_host;
        return expandTokens(it->first(), {{u'h', m_host}});
    }

    void apply(const ConfigLine &line)
    {
        if (line.keyword == u"identityfile") {
            // OpenSSH drops a repeated IdentityFile, so the first place it is named sets its order.
            if (!m_identityFiles.contains(line.args.first()))
                m_identityFiles.append(line.args.first());
        } else if (accumulatingKeywords().contains(line.keyword)) {
            m_first[line.keyword].append(line.args.join(u' '));
        } else if (line.keyword != u"ignoreunknown" && !m_first.contains(line.keyword)) {
            m_first.insert(line.keyword, line.args);
        }
    }

    const SshConfig::Data &m_data;
    QString m_host;
    QString m_localUser;
};

} // namespace

SshConfig::SshConfig() : m_data(std::make_shared<Data>()) {}
SshConfig::SshConfig(std::shared_ptr<const Data> data) : m_data(std::move(data)) {}
SshConfig::~SshConfig() = default;
SshConfig::SshConfig(const SshConfig &) = default;
SshConfig &SshConfig::operator=(const SshConfig &) = default;
SshConfig::SshConfig(SshConfig &&) noexcept = default;
SshConfig &SshConfig::operator=(SshConfig &&) noexcept = default;

Result<SshConfig> SshConfig::load(const QString &path, const QString &homeDir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read ssh config %1: %2. Check the path and its permissions.")
                         .arg(path, file.errorString()), {}};
    return parse(QString::fromUtf8(file.readAll()), path, homeDir);
}

Result<SshConfig> SshConfig::parse(const QString &text, const QString &fileName,
                                   const QString &homeDir)
{
    auto data = std::make_shared<Data>();
    data->homeDir = homeDir.isEmpty() ? QDir::homePath() : homeDir;
    Parser parser(*data);
    auto parsed = parser.parseText(text, fileName, 0);
    if (!parsed)
        return parsed.error();
    qCDebug(lcTransport) << "ssh config" << fileName << "read:" << data->files.size() << "files,"
                         << data->hostEntries.size() << "host entries";
    return SshConfig(std::shared_ptr<const Data>(std::move(data)));
}

QList<SshConfigHostEntry> SshConfig::concreteHostEntries() const
{
    QList<SshConfigHostEntry> entries;
    QSet<QString> seen;
    for (const SshConfigHostEntry &entry : m_data->hostEntries) {
        if (!entry.isPattern && !seen.contains(entry.name)) {
            seen.insert(entry.name);
            entries.append(entry);
        }
    }
    return entries;
}

QStringList SshConfig::concreteHosts() const
{
    QStringList names;
    for (const SshConfigHostEntry &entry : concreteHostEntries())
        names.append(entry.name);
    return names;
}

QList<SshConfigHostEntry> SshConfig::patternEntries() const
{
    QList<SshConfigHostEntry> entries;
    for (const SshConfigHostEntry &entry : m_data->hostEntries) {
        if (entry.isPattern)
            entries.append(entry);
    }
    return entries;
}

QStringList SshConfig::warnings() const
{
    return m_data->warnings;
}

QStringList SshConfig::files() const
{
    QStringList paths;
    for (const ConfigFile &file : m_data->files)
        paths.append(file.path);
    return paths;
}

SshHostSettings SshConfig::resolve(const QString &host, const QString &localUser) const
{
    QString local = localUser;
    if (local.isEmpty())
        local = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    Resolver resolver(*m_data, host, local);
    bool active = true;
    if (!m_data->files.isEmpty())
        resolver.walk(0, active, false);
    const QMap<QString, QStringList> &first = resolver.m_first;
    const auto value = [&first](const QString &key) { return first.value(key).value(0); };

    SshHostSettings s;
    s.host = host;
    s.hostName = (first.contains(u"hostname"_s)
                      ? expandTokens(value(u"hostname"_s), {{u'h', host}}) : host).toLower();
    if (first.contains(u"port"_s))
        s.port = value(u"port"_s).toInt();
    s.user = first.contains(u"user"_s) ? value(u"user"_s) : local;
    const QString &home = m_data->homeDir;
    const QHash<QChar, QString> tokens{{u'h', s.hostName}, {u'p', QString::number(s.port)},
                                       {u'r', s.user}, {u'u', local}, {u'd', home},
                                       {u'n', host}};
    for (const QString &file : std::as_const(resolver.m_identityFiles))
        s.identityFiles.append(expandTokens(expandTilde(file, home), tokens));
    if (first.contains(u"proxyjump"_s) && value(u"proxyjump"_s).compare(u"none", Qt::CaseInsensitive))
        s.proxyJump = value(u"proxyjump"_s);
    const QStringList knownHosts = first.value(u"userknownhostsfile"_s,
        {u"~/.ssh/known_hosts"_s, u"~/.ssh/known_hosts2"_s});
    for (const QString &file : knownHosts)
        s.userKnownHostsFiles.append(expandTokens(expandTilde(file, home), tokens));
    s.identitiesOnly = parseYesNo(value(u"identitiesonly"_s)).value_or(false);
    if (first.contains(u"connecttimeout"_s))
        s.connectTimeoutSeconds = parseTime(value(u"connecttimeout"_s));
    if (first.contains(u"serveraliveinterval"_s))
        s.serverAliveIntervalSeconds = parseTime(value(u"serveraliveinterval"_s));
    s.strictHostKeyChecking = parseStrict(value(u"stricthostkeychecking"_s))
                                  .value_or(StrictHostKeyChecking::Ask);
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        s.options.insert(it.key(), it.value().join(accumulatingKeywords().contains(it.key())
                                                        ? u'\n' : u' '));
    return s;
}

QString strictHostKeyCheckingName(StrictHostKeyChecking value)
{
    switch (value) {
    case StrictHostKeyChecking::Yes: return u"true"_s;
    case StrictHostKeyChecking::No: return u"false"_s;
    case StrictHostKeyChecking::AcceptNew: return u"accept-new"_s;
    case StrictHostKeyChecking::Ask: break;
    }
    return u"ask"_s;
}

} // namespace fleetdeck::transport
