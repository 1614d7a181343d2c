#include "core/inventory/Node.h"

#include "core/inventory/Tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

constexpr qsizetype MaxNameLength = 64;
constexpr qsizetype MaxHostLength = 253;
constexpr qsizetype MaxLabelKeyLength = 128;
constexpr qsizetype MaxFieldLength = 1024;

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool hasControlChars(QStringView text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool hasWhitespace(QStringView text)
{
    for (QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// Dotted quad, each part 0..255 written without leading zeros (which some resolvers read as octal).
bool isIpv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (!isDigits(part) || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return false;
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6Groups(QStringView text, int &groups, bool allowTrailingIpv4)
{
    groups = 0;
    if (text.isEmpty())
        return true;
    const auto parts = text.split(u':');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QStringView part = parts.at(i);
        const bool last = i == parts.size() - 1;
        if (last && allowTrailingIpv4 && part.contains(u'.')) {
            if (!isIpv4(part))
                return false;
            groups += 2;
            continue;
        }
        if (part.isEmpty() || part.size() > 4)
            return false;
        for (QChar c : part) {
            if (!isHexDigit(c))
                return false;
        }
        ++groups;
    }
    return true;
}

// RFC 4291 text form, with an optional "%zone" for link-local addresses.
bool isIpv6(QStringView text)
{
    const qsizetype percent = text.indexOf(u'%');
    if (percent >= 0) {
        const QStringView zone = text.mid(percent + 1);
        if (zone.isEmpty() || hasWhitespace(zone) || hasControlChars(zone))
            return false;
        text = text.left(percent);
    }
    if (!text.contains(u':'))
        return false;
    const qsizetype gap = text.indexOf(u"::");
    if (gap < 0) {
        int groups = 0;
        return isIpv6Groups(text, groups, true) && groups == 8;
    }
    if (text.indexOf(u"::", gap + 1) >= 0)
        return false;
    int head = 0;
    int tail = 0;
    if (!isIpv6Groups(text.left(gap), head, false)
        || !isIpv6Groups(text.mid(gap + 2), tail, true))
        return false;
    return head + tail <= 7;
}

// RFC 1123: labels of 1..63 letters, digits and hyphens, not starting or ending with a hyphen.
bool isDnsName(QStringView text)
{
    if (text.isEmpty() || text.size() > MaxHostLength)
        return false;
    const auto labels = text.split(u'.');
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            if (!isAsciiAlnum(c) && c != u'-')
                return false;
        }
    }
    // An all-numeric last label would read as a (malformed) IPv4 address, not a name.
    return !isDigits(labels.last());
}

Error fieldError(const QString &message)
{
    return Error{message, {}};
}

Result<void> validateFreeText(const QString &field, const QString &value, bool allowSpaces)
{
    if (value.size() > MaxFieldLength)
        return fieldError(Tr::tr("%1 is %2 characters long; at most %3 are allowed.")
                              .arg(field).arg(value.size()).arg(MaxFieldLength));
    if (hasControlChars(value))
        return fieldError(Tr::tr("%1 \"%2\" contains a control character (such as a line break); "
                                 "remove it.").arg(field, value.simplified()));
    if (!allowSpaces && hasWhitespace(value))
        return fieldError(Tr::tr("%1 \"%2\" contains white space; it is not allowed there.")
                              .arg(field, value));
    if (value.startsWith(u'-'))
        return fieldError(Tr::tr("%1 \"%2\" starts with \"-\", which a command line would read "
                                 "as an option; remove the dash.").arg(field, value));
    return {};
}

} // namespace

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Edge:
        return u"edge"_s;
    case Tier::Cloud:
        return u"cloud"_s;
    }
    return u"edge"_s;
}

std::optional<Tier> tierFromName(QStringView name)
{
    if (name.compare(u"edge", Qt::CaseInsensitive) == 0)
        return Tier::Edge;
    if (name.compare(u"cloud", Qt::CaseInsensitive) == 0)
        return Tier::Cloud;
    return std::nullopt;
}

bool Node::sameSettings(const Node &other) const
{
    return name == other.name && host == other.host && port == other.port && user == other.user
        && identityFile == other.identityFile && site == other.site && tier == other.tier
        && labels == other.labels && agentCommand == other.agentCommand;
}

bool isValidNodeName(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxNameLength || !isAsciiAlnum(name.front()))
        return false;
    for (QChar c : name) {
        if (!isAsciiAlnum(c) && c != u'.' && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

bool isValidHost(QStringView host)
{
    if (host.isEmpty())
        return false;
    if (host.contains(u':'))
        return isIpv6(host);
    if (isIpv4(host))
        return true;
    // A trailing dot marks a fully qualified name; it is allowed once.
    if (host.endsWith(u'.'))
        host.chop(1);
    return isDnsName(host);
}

bool isValidLabelKey(QStringView key)
{
    if (key.isEmpty() || key.size() > MaxLabelKeyLength)
        return false;
    for (QChar c : key) {
        if (!isAsciiAlnum(c) && c != u'.' && c != u'_' && c != u'/' && c != u'-')
            return false;
    }
    return true;
}

Result<void> validateNode(const Node &node)
{
    if (!isValidNodeName(node.name))
        return fieldError(Tr::tr("Node name \"%1\" is not allowed: use 1 to 64 letters, digits, "
                                 "'.', '_' or '-', starting with a letter or digit.")
                              .arg(node.name.simplified()));
    if (!isValidHost(node.host))
        return fieldError(Tr::tr("Host \"%1\" of node %2 is not a valid host name, IPv4 or IPv6 "
                                 "address; write it like gpu-01.example.com, 10.0.0.5 or fe80::1 "
                                 "(without brackets).").arg(node.host.simplified(), node.name));
    if (node.port < 1 || node.port > 65535)
        return fieldError(Tr::tr("Port %1 of node %2 is out of range; use a port from 1 to 65535.")
                              .arg(node.port).arg(node.name));
    if (auto ok = validateFreeText(Tr::tr("User of node %1").arg(node.name), node.user, false); !ok)
        return ok;
    if (auto ok = validateFreeText(Tr::tr("Identity file of node %1").arg(node.name),
                                   node.identityFile, true); !ok)
        return ok;
    if (auto ok = validateFreeText(Tr::tr("Site of node %1").arg(node.name), node.site, true); !ok)
        return ok;
    if (node.site != node.site.trimmed())
        return fieldError(Tr::tr("Site \"%1\" of node %2 starts or ends with white space; "
                                 "remove it.").arg(node.site, node.name));
    if (auto ok = validateFreeText(Tr::tr("Agent command of node %1").arg(node.name),
                                   node.agentCommand, true); !ok)
        return ok;
    for (auto it = node.labels.cbegin(); it != node.labels.cend(); ++it) {
        if (!isValidLabelKey(it.key()))
            return fieldError(Tr::tr("Label key \"%1\" of node %2 is not allowed: use 1 to 128 "
                                     "letters, digits, '.', '_', '/' or '-'.")
                                  .arg(it.key().simplified(), node.name));
        if (it.value().size() > MaxFieldLength || hasControlChars(it.value()))
            return fieldError(Tr::tr("Label %1 of node %2 has a value that is too long or "
                                     "contains a control character; use at most %3 printable "
                                     "characters.").arg(it.key(), node.name).arg(MaxFieldLength));
    }
    return {};
}

} // namespace fleetdeck::inventory
