#include "core/transport/SshConfigSyntax.h"

#include "core/transport/Tr.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {

bool hasGlob(QStringView s)
{
    return s.contains(u'*') || s.contains(u'?') || s.contains(u'[');
}

} // namespace

const QSet<QString> &SshConfigSyntax::restOfLineKeywords()
{
    static const QSet<QString> set{u"proxycommand"_s, u"remotecommand"_s, u"localcommand"_s,
                                   u"knownhostscommand"_s};
    return set;
}

const QSet<QString> &SshConfigSyntax::accumulatingKeywords()
{
    static const QSet<QString> set{u"certificatefile"_s, u"localforward"_s, u"remoteforward"_s,
                                   u"dynamicforward"_s, u"sendenv"_s, u"setenv"_s};
    return set;
}

const QSet<QString> &SshConfigSyntax::singleArgumentKeywords()
{
    static const QSet<QString> set{u"hostname"_s, u"port"_s, u"user"_s, u"identityfile"_s,
                                   u"proxyjump"_s, u"identitiesonly"_s, u"connecttimeout"_s,
                                   u"serveraliveinterval"_s, u"stricthostkeychecking"_s};
    return set;
}

const QSet<QString> &SshConfigSyntax::knownKeywords()
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

std::optional<std::pair<QStringView, QStringView>> SshConfigSyntax::splitKeyword(QStringView text)
{
    while (!text.isEmpty() && QStringView(u" \t\r\f\n").contains(text.back()))
        text.chop(1);
    while (!text.isEmpty() && (text.front() == u' ' || text.front() == u'\t'))
        text = text.mid(1);
    if (text.isEmpty() || text.front() == u'#')
        return std::nullopt;
    qsizetype end = 0;
    while (end < text.size() && text[end] != u' ' && text[end] != u'\t' && text[end] != u'=')
        ++end;
    QStringView rest = text.mid(end);
    bool sawEquals = false;
    while (!rest.isEmpty() && (rest.front() == u' ' || rest.front() == u'\t'
                               || (rest.front() == u'=' && !sawEquals))) {
        sawEquals = sawEquals || rest.front() == u'=';
        rest = rest.mid(1);
    }
    return std::pair{text.left(end), rest};
}

QString SshConfigSyntax::valueProblem(const QString &keyword, const QString &value)
{
    if (keyword == u"port") {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Tr::tr("Bad port \"%1\"; use a number from 1 to 65535.").arg(value);
    } else if (keyword == u"identitiesonly" && !parseYesNo(value)) {
        return Tr::tr("IdentitiesOnly must be yes or no, not \"%1\".").arg(value);
    } else if (keyword == u"stricthostkeychecking" && !parseStrict(value)) {
        return Tr::tr("StrictHostKeyChecking must be yes, no, ask or accept-new, not \"%1\".")
            .arg(value);
    } else if ((keyword == u"connecttimeout" || keyword == u"serveraliveinterval")
               && parseTime(value) < 0) {
        return Tr::tr("\"%1\" is not a time for %2; write seconds, or a time like 1m30s.")
            .arg(value, keyword);
    }
    return {};
}

bool SshConfigSyntax::isWildcardPattern(const QString &name)
{
    return name.startsWith(u'!') || name.contains(u'*') || name.contains(u'?');
}

bool SshConfigSyntax::matchPattern(QStringView text, QStringView pattern)
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

bool SshConfigSyntax::matchPatternList(const QString &text, const QString &list, bool lowercase)
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

std::optional<QStringList> SshConfigSyntax::splitArguments(QStringView text)
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

int SshConfigSyntax::parseTime(const QString &text)
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

std::optional<StrictHostKeyChecking> SshConfigSyntax::parseStrict(const QString &value)
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

std::optional<bool> SshConfigSyntax::parseYesNo(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"yes" || v == u"true")
        return true;
    if (v == u"no" || v == u"false")
        return false;
    return std::nullopt;
}

QString SshConfigSyntax::expandTilde(const QString &path, const QString &homeDir)
{
    if (path == u"~")
        return homeDir;
    if (path.startsWith(u"~/"))
        return homeDir + path.mid(1);
    return path;
}

QString SshConfigSyntax::expandTokens(const QString &text, const QHash<QChar, QString> &tokens)
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

QStringList SshConfigSyntax::globFiles(const QString &pattern)
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

} // namespace fleetdeck::transport
