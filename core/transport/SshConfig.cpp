#include "core/transport/SshConfig.h"

#include "core/common/Log.h"
#include "core/transport/SshConfigSyntax.h"
#include "core/transport/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <vector>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {

using Syntax = SshConfigSyntax;

QString where(const QString &file, int line)
{
    return file + u':' + QString::number(line);
}

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

// A run of option lines and when they apply. The Include tree is flattened into segments so that
// resolve() visits only what can apply to one host: a Host line of concrete names applies to those
// names alone, which keeps importing a 10,000-host config linear instead of quadratic.
struct Segment
{
    enum class Kind { Always, SameAs, Host, Match };
    Kind kind = Kind::Always;
    QStringList args;   // Host patterns or Match criteria
    int gate = -1;      // Host/Match in an included file: the including segment must be active
                        // (OpenSSH's SSHCONF_NEVERMATCH)
    int sameAs = -1;    // SameAs: active exactly when that earlier segment is
    QList<ConfigLine> options;
};

} // namespace

struct SshConfig::Data
{
    QString homeDir;
    QList<ConfigFile> files;  // [0] is the main file
    QList<SshConfigHostEntry> hostEntries;
    QStringList warnings;
    QList<Segment> segments;                      // in file order, includes inlined
    QList<int> dynamicSegments;                   // visited for every host, ascending
    QHash<QString, QList<int>> concreteSegments;  // Host lines naming this host, ascending
};

namespace {

int addSegment(SshConfig::Data &data, Segment segment)
{
    const int index = int(data.segments.size());
    const bool concrete = segment.kind == Segment::Kind::Host
        && std::none_of(segment.args.cbegin(), segment.args.cend(), &Syntax::isWildcardPattern);
    if (concrete) {
        for (const QString &name : std::as_const(segment.args)) {
            QList<int> &list = data.concreteSegments[name];
            if (list.isEmpty() || list.last() != index)
                list.append(index);
        }
    } else {
        data.dynamicSegments.append(index);
    }
    data.segments.append(std::move(segment));
    return index;
}

// Lines before the first Host of an included file, and lines after an Include, belong to the
// including block: OpenSSH carries its active state into the file and restores it afterwards.
void flatten(SshConfig::Data &data, int fileIndex, int includer)
{
    int current = addSegment(data, {includer < 0 ? Segment::Kind::Always : Segment::Kind::SameAs,
                                    {}, -1, includer, {}});
    const QList<ConfigLine> lines = data.files.at(fileIndex).lines;
    for (const ConfigLine &line : lines) {
        if (line.keyword == u"host" || line.keyword == u"match") {
            current = addSegment(data, {line.keyword == u"host" ? Segment::Kind::Host
                                                                 : Segment::Kind::Match,
                                        line.args, includer, -1, {}});
        } else if (line.keyword == u"include") {
            const int outer = current;
            for (int index : line.includes)
                flatten(data, index, outer);
            current = addSegment(data, {Segment::Kind::SameAs, {}, -1, outer, {}});
        } else {
            data.segments[current].options.append(line);
        }
    }
}

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
        const auto split = Syntax::splitKeyword(text);
        if (!split)
            return std::optional<ConfigLine>();
        const auto &[keyword, rest] = *split;
        ConfigLine line;
        line.keyword = keyword.toString().toLower();
        line.line = lineNo;
        const QString location = where(file, lineNo);
        if (rest.isEmpty())
            return Error{Tr::tr("Keyword \"%1\" has no argument; give it a value or remove the "
                                "line.").arg(keyword.toString()), location};
        if (!Syntax::knownKeywords().contains(line.keyword)) {
            if (ignored(line.keyword))
                return std::optional<ConfigLine>();
            return Error{Tr::tr("Unknown keyword \"%1\"; check its spelling against "
                                "ssh_config(5), or name it in IgnoreUnknown.")
                             .arg(keyword.toString()), location};
        }
        if (Syntax::restOfLineKeywords().contains(line.keyword)) {
            line.args = QStringList{rest.toString()};
        } else {
            auto args = Syntax::splitArguments(rest);
            if (!args)
                return Error{Tr::tr("A quote is not closed; close it or remove it."), location};
            line.args = std::move(*args);
        }
        if (auto ok = check(line, file, depth); !ok)
            return ok.error();
        return std::optional<ConfigLine>(std::move(line));
    }

    bool ignored(const QString &keyword) const
    {
        for (const QString &list : m_ignoreUnknown) {
            if (Syntax::matchPatternList(keyword, list, true))
                return true;
        }
        return false;
    }

    Result<void> check(ConfigLine &line, const QString &file, int depth)
    {
        const QString location = where(file, line.line);
        const QString &kw = line.keyword;
        if (line.args.isEmpty() || (line.args.size() == 1 && line.args.first().isEmpty()))
            return Error{Tr::tr("Keyword \"%1\" has no argument; give it a value or remove the "
                                "line.").arg(kw), location};
        if (Syntax::singleArgumentKeywords().contains(kw) && line.args.size() > 1)
            return Error{Tr::tr("Keyword \"%1\" takes one argument but has %2; quote an argument "
                                "that contains spaces.").arg(kw).arg(line.args.size()), location};
        const QString &arg = line.args.first();
        if (const QString problem = Syntax::valueProblem(kw, arg); !problem.isEmpty())
            return Error{problem, location};
        if (kw == u"ignoreunknown") {
            m_ignoreUnknown.append(arg);
        } else if (kw == u"host") {
            return checkHost(line, file);
        } else if (kw == u"match") {
            return checkMatch(line, file);
        } else if (kw == u"include") {
            return include(line, location, depth);
        }
        return {};
    }

    Result<void> checkHost(const ConfigLine &line, const QString &file)
    {
        for (const QString &name : line.args) {
            if (name.isEmpty() || name == u"!")
                return Error{Tr::tr("Host has an empty pattern; remove it."),
                             where(file, line.line)};
            m_data.hostEntries.append(SshConfigHostEntry{name, file,
                                                         line.line, Syntax::isWildcardPattern(name)});
        }
        return {};
    }

    Result<void> checkMatch(const ConfigLine &line, const QString &file)
    {
        const QString location = where(file, line.line);
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
                                                     file, line.line,
                                                     true});
        return {};
    }

    Result<void> include(ConfigLine &line, const QString &location, int depth)
    {
        if (depth + 1 > MaxIncludeDepth)
            return Error{Tr::tr("Include is nested more than %1 levels deep; an included file "
                                "probably includes itself.").arg(MaxIncludeDepth), location};
        for (const QString &arg : std::as_const(line.args)) {
            QString pattern = Syntax::expandTilde(arg, m_data.homeDir);
            if (QDir::isRelativePath(pattern))
                pattern = m_data.homeDir + u"/.ssh/" + pattern;
            const QStringList paths = Syntax::globFiles(pattern);
            for (const QString &path : paths) {
                if (auto ok = checkOwnership(path, location); !ok)
                    return ok;
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

    // OpenSSH refuses an included file that someone else could have written (SSHCONF_CHECKPERM):
    // owned by another user than us or root, or writable by group or others. (Debian's ssh lets
    // a private group write; we keep upstream's stricter rule.)
    static Result<void> checkOwnership(const QString &path, const QString &location)
    {
#ifdef Q_OS_UNIX
        const QFileInfo info(path);
        const bool foreignOwner = info.ownerId() != 0 && info.ownerId() != uint(::getuid());
        if (foreignOwner || (info.permissions() & (QFile::WriteGroup | QFile::WriteOther)))
            return Error{Tr::tr("Bad owner or permissions on included file %1; make it yours and "
                                "writable only by you (chmod 600), as ssh requires.").arg(path),
                         location};
#else
        Q_UNUSED(path);
        Q_UNUSED(location);
#endif
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

    void run()
    {
        const QList<int> own = m_data.concreteSegments.value(m_host);
        QList<int> visit;
        visit.reserve(m_data.dynamicSegments.size() + own.size());
        std::merge(m_data.dynamicSegments.cbegin(), m_data.dynamicSegments.cend(), own.cbegin(),
                   own.cend(), std::back_inserter(visit));
        // Segments never visited are Host lines for other names: inactive, as they should be.
        std::vector<char> active(size_t(m_data.segments.size()), 0);
        for (int index : std::as_const(visit)) {
            const Segment &segment = m_data.segments.at(index);
            const bool gateOpen = segment.gate < 0 || active[size_t(segment.gate)];
            bool on = false;
            switch (segment.kind) {
            case Segment::Kind::Always: on = true; break;
            case Segment::Kind::SameAs: on = active[size_t(segment.sameAs)]; break;
            case Segment::Kind::Host: on = gateOpen && hostMatches(segment.args); break;
            case Segment::Kind::Match: on = gateOpen && matchMatches(segment.args); break;
            }
            active[size_t(index)] = on;
            if (on) {
                for (const ConfigLine &line : segment.options)
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
            if (Syntax::matchPattern(m_host, negated ? QStringView(pattern).mid(1) : QStringView(pattern))) {
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
                r = Syntax::matchPatternList(currentHostName(), patterns, true);
            else if (name == u"originalhost")
                r = Syntax::matchPatternList(m_host, patterns, true);
            else if (name == u"user")
                r = Syntax::matchPatternList(m_first.value(u"user"_s).value(0, m_localUser), patterns, false);
            else if (name == u"localuser")
                r = Syntax::matchPatternList(m_localUser, patterns, false);
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
        return Syntax::expandTokens(it->first(), {{u'h', m_host}});
    }

    void apply(const ConfigLine &line)
    {
        if (line.keyword == u"identityfile") {
            // OpenSSH drops a repeated IdentityFile, so the first place it is named sets its order.
            if (!m_identityFiles.contains(line.args.first()))
                m_identityFiles.append(line.args.first());
        } else if (Syntax::accumulatingKeywords().contains(line.keyword)) {
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

QString SshConfig::defaultUserPath()
{
    return QDir::homePath() + u"/.ssh/config"_s;
}

Result<std::shared_ptr<const SshConfig>> SshConfig::loadShared(const QString &path)
{
    const QString file = path.isEmpty() ? defaultUserPath() : path;
    if (path.isEmpty() && !QFileInfo::exists(file))
        return std::shared_ptr<const SshConfig>();
    auto loaded = load(file);
    if (!loaded)
        return loaded.error();
    for (const QString &warning : loaded->warnings())
        qCWarning(lcTransport).noquote() << warning;
    return std::shared_ptr<const SshConfig>(std::make_shared<SshConfig>(std::move(*loaded)));
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
    flatten(*data, 0, -1);
    for (ConfigFile &file : data->files)
        file.lines.clear();  // the segments hold what resolve() needs
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
    if (local.isEmpty()) {
        // The account name, as OpenSSH takes it; $USER may have been changed (sudo, tests).
#ifdef Q_OS_UNIX
        if (const passwd *entry = getpwuid(geteuid()))
            local = QString::fromLocal8Bit(entry->pw_name);
#endif
        if (local.isEmpty())
            local = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    }
    Resolver resolver(*m_data, host, local);
    resolver.run();
    const QMap<QString, QStringList> &first = resolver.m_first;
    const auto value = [&first](const QString &key) { return first.value(key).value(0); };

    SshHostSettings s;
    s.host = host;
    s.hostName = (first.contains(u"hostname"_s)
                      ? Syntax::expandTokens(value(u"hostname"_s), {{u'h', host}}) : host).toLower();
    if (first.contains(u"port"_s))
        s.port = value(u"port"_s).toInt();
    s.user = first.contains(u"user"_s) ? value(u"user"_s) : local;
    const QString &home = m_data->homeDir;
    const QHash<QChar, QString> tokens{{u'h', s.hostName}, {u'p', QString::number(s.port)},
                                       {u'r', s.user}, {u'u', local}, {u'd', home},
                                       {u'n', host}};
    for (const QString &file : std::as_const(resolver.m_identityFiles))
        s.identityFiles.append(Syntax::expandTokens(Syntax::expandTilde(file, home), tokens));
    if (first.contains(u"proxyjump"_s) && value(u"proxyjump"_s).compare(u"none", Qt::CaseInsensitive))
        s.proxyJump = value(u"proxyjump"_s);
    const QStringList knownHosts = first.value(u"userknownhostsfile"_s,
        {u"~/.ssh/known_hosts"_s, u"~/.ssh/known_hosts2"_s});
    for (const QString &file : knownHosts)
        s.userKnownHostsFiles.append(Syntax::expandTokens(Syntax::expandTilde(file, home), tokens));
    s.identitiesOnly = Syntax::parseYesNo(value(u"identitiesonly"_s)).value_or(false);
    if (first.contains(u"connecttimeout"_s))
        s.connectTimeoutSeconds = Syntax::parseTime(value(u"connecttimeout"_s));
    if (first.contains(u"serveraliveinterval"_s))
        s.serverAliveIntervalSeconds = Syntax::parseTime(value(u"serveraliveinterval"_s));
    s.strictHostKeyChecking = Syntax::parseStrict(value(u"stricthostkeychecking"_s))
                                  .value_or(StrictHostKeyChecking::Ask);
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        s.options.insert(it.key(), it.value().join(Syntax::accumulatingKeywords().contains(it.key())
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
