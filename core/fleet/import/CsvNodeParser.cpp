#include "core/fleet/import/CsvNodeParser.h"

#include "core/fleet/Tr.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {

const QStringList &knownColumns()
{
    static const QStringList columns{u"name"_s, u"host"_s, u"port"_s, u"user"_s,
                                     u"identity_file"_s, u"site"_s, u"tier"_s, u"labels"_s,
                                     u"agent_command"_s};
    return columns;
}

QString where(const QString &file, int line)
{
    return file + u':' + QString::number(line);
}

Result<QMap<QString, QString>> parseLabels(const QString &text, const QString &location)
{
    QMap<QString, QString> labels;
    for (const QString &item : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = item.left(eq).trimmed();
        if (eq < 0 || key.isEmpty())
            return Error{Tr::tr("Label \"%1\" is not KEY=VALUE; write labels as "
                                "key=value;key2=value2.").arg(item.trimmed()), location};
        if (labels.contains(key))
            return Error{Tr::tr("Label \"%1\" is given twice; keep one.").arg(key), location};
        labels.insert(key, item.mid(eq + 1).trimmed());
    }
    return labels;
}

struct Columns
{
    QHash<QString, int> index;  // column name -> field index
    ImportFields fields;
};

Result<Columns> readHeader(const CsvRecord &header, const QString &fileName)
{
    Columns columns;
    const QString location = where(fileName, header.line);
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!knownColumns().contains(name))
            return Error{Tr::tr("Unknown column \"%1\"; the columns are %2 (in any order).")
                             .arg(header.fields.at(i), knownColumns().join(u',')), location};
        if (columns.index.contains(name))
            return Error{Tr::tr("Column \"%1\" appears twice; keep one.").arg(name), location};
        columns.index.insert(name, i);
    }
    if (!columns.index.contains(u"name"_s) || !columns.index.contains(u"host"_s))
        return Error{Tr::tr("The header row needs the columns name and host (it is: %1).")
                         .arg(header.fields.join(u',')), location};
    const std::pair<const char16_t *, ImportField> optional[] = {
        {u"port", ImportField::Port}, {u"user", ImportField::User},
        {u"identity_file", ImportField::IdentityFile}, {u"site", ImportField::Site},
        {u"tier", ImportField::Tier}, {u"labels", ImportField::Labels},
        {u"agent_command", ImportField::AgentCommand}};
    for (const auto &[name, field] : optional) {
        if (columns.index.contains(QString::fromUtf16(name)))
            columns.fields |= field;
    }
    return columns;
}

Result<ImportCandidate> readNode(const CsvRecord &record, const Columns &columns,
                                 const QString &fileName)
{
    const QString location = where(fileName, record.line);
    if (record.fields.size() != columns.index.size())
        return Error{Tr::tr("This row has %1 fields but the header has %2; quote fields that "
                            "contain commas.").arg(record.fields.size()).arg(columns.index.size()),
                     location};
    const auto cell = [&](const QString &name) {
        const int i = columns.index.value(name, -1);
        return i < 0 ? QString() : record.fields.at(i).trimmed();
    };
    ImportCandidate candidate{{}, fileName, record.line, columns.fields};
    inventory::Node &node = candidate.node;
    node.name = cell(u"name"_s);
    node.host = cell(u"host"_s);
    if (const QString port = cell(u"port"_s); !port.isEmpty()) {
        bool ok = false;
        node.port = port.toInt(&ok);
        if (!ok || node.port < 1 || node.port > 65535)
            return Error{Tr::tr("Port \"%1\" is not a port; use a number from 1 to 65535.")
                             .arg(port), location};
    }
    node.user = cell(u"user"_s);
    node.identityFile = cell(u"identity_file"_s);
    node.site = cell(u"site"_s);
    if (const QString tier = cell(u"tier"_s); !tier.isEmpty()) {
        const auto parsed = inventory::tierFromName(tier);
        if (!parsed)
            return Error{Tr::tr("Tier \"%1\" is not edge or cloud.").arg(tier), location};
        node.tier = *parsed;
    }
    auto labels = parseLabels(cell(u"labels"_s), location);
    if (!labels)
        return labels.error();
    node.labels = *labels;
    node.agentCommand = cell(u"agent_command"_s);
    if (auto ok = inventory::validateNode(node); !ok)
        return Error{ok.error().message, location};
    return candidate;
}

} // namespace

Result<QList<CsvRecord>> CsvNodeParser::readRecords(const QString &text, const QString &fileName)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldQuoted = false; // the current field was quoted (so it may only end now)
    int line = 1;
    record.line = 1;
    const auto endRecord = [&] {
        record.fields.append(field);
        const bool blank = record.fields.size() == 1 && field.isEmpty() && !fieldQuoted;
        if (!blank)
            records.append(record);
        record = CsvRecord{{}, line};
        field.clear();
        fieldQuoted = false;
    };
    const qsizetype start = text.startsWith(QChar(0xfeff)) ? 1 : 0;  // a BOM is no data
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || fieldQuoted)
                return Error{Tr::tr("A quote inside an unquoted field; quote the whole field and "
                                    "double the quote (\"\")."), where(fileName, line)};
            quoted = fieldQuoted = true;
        } else if (c == u',') {
            record.fields.append(field);
            field.clear();
            fieldQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord();
        } else if (fieldQuoted) {
            return Error{Tr::tr("Text after a closing quote; put a comma after the quoted "
                                "field."), where(fileName, line)};
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error{Tr::tr("A quoted field is not closed before the end of the file; close "
                            "its quote."), where(fileName, record.line)};
    if (!field.isEmpty() || fieldQuoted || !record.fields.isEmpty())
        endRecord();
    return records;
}

Result<ParsedInventory> CsvNodeParser::parseText(const QString &text, const QString &fileName)
{
    auto records = readRecords(text, fileName);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error{Tr::tr("The file is empty; it needs a header row such as %1.")
                         .arg(knownColumns().join(u',')), where(fileName, 1)};
    auto columns = readHeader(records->first(), fileName);
    if (!columns)
        return columns.error();
    ParsedInventory parsed;
    QHash<QString, int> seen;
    for (qsizetype i = 1; i < records->size(); ++i) {
        auto candidate = readNode(records->at(i), *columns, fileName);
        if (!candidate)
            return candidate.error();
        if (const int first = seen.value(candidate->node.name); first > 0)
            return Error{Tr::tr("Node \"%1\" is listed twice (first on line %2); keep one row.")
                             .arg(candidate->node.name).arg(first),
                         where(fileName, candidate->line)};
        seen.insert(candidate->node.name, candidate->line);
        parsed.nodes.append(std::move(*candidate));
    }
    return parsed;
}

Result<ParsedInventory> CsvNodeParser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    return parseText(QString::fromUtf8(file.readAll()), path);
}

} // namespace fleetdeck::fleet
