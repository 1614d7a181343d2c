#include "ui/models/ImportPreview.h"

#include "ui/Tr.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using inventory::Node;

namespace {
QString location(const QString &file, int line)
{
    return line > 0 ? file % u':' % QString::number(line) : file;
}

// Which operator-visible fields differ, in words ("host, port").
QString differences(const Node &before, const Node &after)
{
    QStringList fields;
    if (before.host != after.host)
        fields << Tr::tr("host");
    if (before.port != after.port)
        fields << Tr::tr("port");
    if (before.user != after.user)
        fields << Tr::tr("user");
    if (before.identityFile != after.identityFile)
        fields << Tr::tr("identity file");
    if (before.site != after.site)
        fields << Tr::tr("site");
    if (before.tier != after.tier)
        fields << Tr::tr("tier");
    if (before.labels != after.labels)
        fields << Tr::tr("labels");
    if (before.agentCommand != after.agentCommand)
        fields << Tr::tr("agent command");
    return Tr::tr("changes %1").arg(fields.join(u", "));
}
} // namespace

ImportPreview ImportPreview::build(
    const QString &path, std::optional<fleet::ImportFormat> format, const QList<Node> &current)
{
    ImportPreview preview;
    preview.path = path;
    preview.format = format ? *format : fleet::guessImportFormat(path);
    Result<fleet::ParsedInventory> parsed = fleet::NodeImporter::parse(path, preview.format);
    if (!parsed) {
        preview.error = parsed.error();
        return preview;
    }
    preview.parsed = std::move(parsed).value();

    QHash<QString, const Node *> byName;
    byName.reserve(current.size());
    for (const Node &node : current)
        byName.insert(node.name, &node);

    for (const fleet::ImportCandidate &candidate : preview.parsed.nodes) {
        Row row;
        row.name = candidate.node.name;
        row.host = candidate.node.host;
        row.location = location(candidate.file, candidate.line);
        const Node *existing = byName.value(candidate.node.name);
        if (!existing) {
            row.change = Change::Add;
            ++preview.added;
        } else if (existing->sameSettings(candidate.node)) {
            row.change = Change::Unchanged;
            ++preview.unchanged;
        } else {
            row.change = Change::Update;
            row.note = differences(*existing, candidate.node);
            ++preview.updated;
        }
        preview.rows << row;
    }
    for (const fleet::ImportSkip &skip : preview.parsed.skipped) {
        preview.rows << Row { Change::Skip, skip.name, QString(), location(skip.file, skip.line),
            skip.reason };
        ++preview.skipped;
    }
    return preview;
}

QString ImportPreview::changeText(Change change)
{
    switch (change) {
    case Change::Add:
        return Tr::tr("add");
    case Change::Update:
        return Tr::tr("update");
    case Change::Unchanged:
        return Tr::tr("unchanged");
    case Change::Skip:
        return Tr::tr("skip");
    }
    return {};
}

void ImportPreview::fillModel(QStandardItemModel &model) const
{
    model.removeRows(0, model.rowCount());
    model.setHorizontalHeaderLabels(
        { Tr::tr("Change"), Tr::tr("Name"), Tr::tr("Host"), Tr::tr("Source"), Tr::tr("Note") });
    for (const Row &row : rows) {
        QList<QStandardItem *> items { new QStandardItem(changeText(row.change)),
            new QStandardItem(row.name), new QStandardItem(row.host),
            new QStandardItem(row.location), new QStandardItem(row.note) };
        for (QStandardItem *item : items)
            item->setEditable(false);
        items[0]->setData(int(row.change), Qt::UserRole);
        model.appendRow(items);
    }
}

} // namespace fleetdeck::ui
