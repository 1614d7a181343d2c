#include "core/fleet/import/AnsibleInventoryParser.h"

#include "core/fleet/Tr.h"
#include "core/fleet/import/AnsibleInventory.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {

QString where(const QString &file, int line)
{
    return file + u':' + QString::number(line);
}

bool isValidGroupName(const QString &name)
{
    static const QRegularExpression valid(uR"(^[A-Za-z0-9_.-]+$)"_s);
    return valid.match(name).hasMatch();
}

QString unquote(const QString &value)
{
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
        && value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}

// shlex-like split of a host line: whitespace separates, quotes group, '#' starts a comment.
std::optional<QStringList> splitHostLine(const QString &line)
{
    QStringList tokens;
    QString token;
    QChar quote;
    bool inToken = false;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                token += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inToken = true;
        } else if (c == u'#' && !inToken) {
            break;
        } else if (c.isSpace()) {
            if (inToken)
                tokens.append(token);
            token.clear();
            inToken = false;
        } else {
            token += c;
            inToken = true;
        }
    }
    if (!quote.isNull())
        return std::nullopt;
    if (inToken)
        tokens.append(token);
    return tokens;
}

// "name:port" where the colon is outside any range brackets; IPv6 literals have several colons.
Result<std::pair<QString, QString>> splitPort(const QString &pattern, const QString &location)
{
    qsizetype colon = -1;
    int depth = 0, colons = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'[')
            ++depth;
        else if (pattern[i] == u']')
            --depth;
        else if (pattern[i] == u':' && depth == 0) {
            colon = i;
            ++colons;
        }
    }
    if (colons != 1)
        return std::pair{pattern, QString()};
    const QString port = pattern.mid(colon + 1);
    bool ok = false;
    const int value = port.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return Error{Tr::tr("Port \"%1\" of host %2 is not a port; use a number from 1 to 65535.")
                         .arg(port, pattern.left(colon)), location};
    return std::pair{pattern.left(colon), port};
}

class IniReader
{
public:
    IniReader(AnsibleInventory &inventory, const QString &fileName)
        : m_inventory(inventory), m_file(fileName)
    {
    }

    Result<void> line(const QString &raw, int lineNo)
    {
        const QString text = raw.trimmed();
        if (text.isEmpty() || text.startsWith(u'#') || text.startsWith(u';'))
            return {};
        const QString location = where(m_file, lineNo);
        if (text.startsWith(u'['))
            return section(text, location);
        if (m_kind == u"vars")
            return var(text, location);
        if (m_kind == u"children") {
            if (!isValidGroupName(text))
                return Error{Tr::tr("\"%1\" is not a group name; a :children section lists one "
                                    "group per line.").arg(text), location};
            m_inventory.addChild(m_group, text, location);
            return {};
        }
        return hostLine(text, location);
    }

private:
    Result<void> section(const QString &text, const QString &location)
    {
        static const QRegularExpression header(uR"(^\[([^\]:]+)(?::(\w+))?\]\s*(?:[#;].*)?$)"_s);
        const auto match = header.match(text);
        const QString kind = match.captured(2);
        if (!match.hasMatch() || !isValidGroupName(match.captured(1))
            || (!kind.isEmpty() && kind != u"vars" && kind != u"children"))
            return Error{Tr::tr("Bad section header \"%1\"; write [group], [group:vars] or "
                                "[group:children].").arg(text), location};
        m_group = match.captured(1);
        m_kind = kind;
        m_inventory.addGroup(m_group, location);
        return {};
    }

    Result<void> var(const QString &text, const QString &location)
    {
        const qsizetype eq = text.indexOf(u'=');
        const QString key = text.left(eq).trimmed();
        if (eq <= 0 || key.contains(u' '))
            return Error{Tr::tr("Expected key=value in [%1:vars], got \"%2\".")
                             .arg(m_group, text), location};
        m_inventory.setGroupVar(m_group, key, {unquote(text.mid(eq + 1).trimmed()), location});
        return {};
    }

    Result<void> hostLine(const QString &text, const QString &location)
    {
        const auto tokens = splitHostLine(text);
        if (!tokens || tokens->isEmpty())
            return Error{Tr::tr("A quote is not closed; close it or remove it."), location};
        auto hostAndPort = splitPort(tokens->first(), location);
        if (!hostAndPort)
            return hostAndPort.error();
        AnsibleInventory::Vars vars;
        if (!hostAndPort->second.isEmpty())
            vars.insert(u"ansible_port"_s, {hostAndPort->second, location});
        for (qsizetype i = 1; i < tokens->size(); ++i) {
            const QString &token = tokens->at(i);
            const qsizetype eq = token.indexOf(u'=');
            if (eq <= 0)
                return Error{Tr::tr("Expected key=value after the host name, got \"%1\".")
                                 .arg(token), location};
            vars.insert(token.left(eq), {token.mid(eq + 1), location});
        }
        auto hosts = AnsibleInventory::expandHostPattern(hostAndPort->first);
        if (!hosts)
            return Error{hosts.error().message, location};
        const QString group = m_group.isEmpty() ? u"ungrouped"_s : m_group;
        for (const QString &host : std::as_const(*hosts))
            m_inventory.addHost(group, host, vars, location);
        return {};
    }

    AnsibleInventory &m_inventory;
    QString m_file;
    QString m_group;  // empty before the first section: ungrouped hosts
    QString m_kind;   // "", "vars" or "children"
};

class YamlReader
{
public:
    YamlReader(AnsibleInventory &inventory, const QString &fileName)
        : m_inventory(inventory), m_file(fileName)
    {
    }

    Result<void> root(const YAML::Node &node)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return Error{Tr::tr("An Ansible YAML inventory is a mapping of groups (usually "
                                "starting with \"all:\")."), at(node)};
        for (const auto &entry : node) {
            if (auto ok = group(entry.first, entry.second); !ok)
                return ok;
        }
        return {};
    }

private:
    QString at(const YAML::Node &node) const { return where(m_file, node.Mark().line + 1); }
    static QString text(const YAML::Node &node)
    {
        return QString::fromStdString(node.Scalar());
    }

    Result<void> group(const YAML::Node &key, const YAML::Node &body)
    {
        const QString name = text(key);
        if (!key.IsScalar() || !isValidGroupName(name))
            return Error{Tr::tr("\"%1\" is not a group name.").arg(name), at(key)};
        m_inventory.addGroup(name, at(key));
        if (body.IsNull())
            return {};
        if (!body.IsMap())
            return Error{Tr::tr("Group %1 must map to hosts, vars and children.").arg(name),
                         at(key)};
        for (const auto &part : body) {
            const QString section = text(part.first);
            Result<void> ok;
            if (section == u"hosts")
                ok = hosts(name, part.second, at(part.first));
            else if (section == u"vars")
                ok = vars(part.second, at(part.first), [&](const QString &k, const AnsibleInventory::Value &v) {
                    m_inventory.setGroupVar(name, k, v);
                });
            else if (section == u"children")
                ok = children(name, part.second, at(part.first));
            else
                ok = Error{Tr::tr("Group %1 has \"%2\"; a group has only hosts, vars and "
                                  "children.").arg(name, section), at(part.first)};
            if (!ok)
                return ok;
        }
        return {};
    }

    template <typename Sink>
    Result<void> vars(const YAML::Node &node, const QString &location, Sink sink)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return Error{Tr::tr("vars must be a mapping of names to values."), location};
        for (const auto &entry : node) {
            // Lists and mappings are valid Ansible vars but no node field; only scalars matter.
            if (entry.second.IsScalar())
                sink(text(entry.first), {text(entry.second), at(entry.first)});
        }
        return {};
    }

    Result<void> hosts(const QString &groupName, const YAML::Node &node, const QString &location)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return Error{Tr::tr("hosts of group %1 must be a mapping of host names.")
                             .arg(groupName), location};
        for (const auto &entry : node) {
            const QString hostLocation = at(entry.first);
            AnsibleInventory::Vars hostVars;
            auto ok = vars(entry.second, hostLocation,
                           [&](const QString &k, const AnsibleInventory::Value &v) {
                               hostVars.insert(k, v);
                           });
            if (!ok)
                return ok;
            auto names = AnsibleInventory::expandHostPattern(text(entry.first));
            if (!names)
                return Error{names.error().message, hostLocation};
            for (const QString &name : std::as_const(*names))
                m_inventory.addHost(groupName, name, hostVars, hostLocation);
        }
        return {};
    }

    Result<void> children(const QString &parent, const YAML::Node &node, const QString &location)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return Error{Tr::tr("children of group %1 must be a mapping of groups.").arg(parent),
                         location};
        // YAML aliases can make a group contain itself; real inventories nest a few levels.
        if (++m_depth > MaxGroupDepth)
            return Error{Tr::tr("Groups are nested more than %1 levels deep; a group probably "
                                "contains itself through a YAML alias.").arg(MaxGroupDepth),
                         location};
        for (const auto &entry : node) {
            m_inventory.addChild(parent, text(entry.first), at(entry.first));
            if (auto ok = group(entry.first, entry.second); !ok)
                return ok;
        }
        --m_depth;
        return {};
    }

    static constexpr int MaxGroupDepth = 64;
    AnsibleInventory &m_inventory;
    QString m_file;
    int m_depth = 0;
};

bool looksLikeYaml(const QString &text)
{
    static const QRegularExpression key(uR"(^[A-Za-z0-9_.-]+:\s*(#.*)?$)"_s);
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        return line == u"---" || key.match(line).hasMatch();
    }
    return false;
}

} // namespace

Result<ParsedInventory> AnsibleInventoryParser::parseIni(const QString &text,
                                                         const QString &fileName)
{
    AnsibleInventory inventory;
    IniReader reader(inventory, fileName);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (auto ok = reader.line(lines.at(i), i + 1); !ok)
            return ok.error();
    }
    return inventory.toParsedInventory();
}

Result<ParsedInventory> AnsibleInventoryParser::parseYaml(const QString &text,
                                                          const QString &fileName)
{
    AnsibleInventory inventory;
    YamlReader reader(inventory, fileName);
    try {
        if (auto ok = reader.root(YAML::Load(text.toStdString())); !ok)
            return ok.error();
    } catch (const YAML::Exception &e) {
        return Error{Tr::tr("Not valid YAML: %1").arg(QString::fromStdString(e.msg)),
                     where(fileName, e.mark.line + 1)};
    }
    return inventory.toParsedInventory();
}

Result<ParsedInventory> AnsibleInventoryParser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    const QString text = QString::fromUtf8(file.readAll());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"yml" || suffix == u"yaml" || (suffix != u"ini" && looksLikeYaml(text)))
        return parseYaml(text, path);
    return parseIni(text, path);
}

} // namespace fleetdeck::fleet
