#include "cli/NodeFormatter.h"

#include "cli/TextTable.h"
#include "cli/Tr.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

QJsonValue timestamp(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue();
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

QString labelsText(const QMap<QString, QString> &labels)
{
    QStringList pairs;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        pairs.append(it.key() + u'=' + it.value());
    return pairs.join(u',');
}

QJsonArray skipsToJson(const QList<fleet::ImportSkip> &skips)
{
    QJsonArray array;
    for (const fleet::ImportSkip &skip : skips)
        array.append(QJsonObject { { u"name"_s, skip.name }, { u"file"_s, skip.file },
            { u"line"_s, skip.line }, { u"reason"_s, skip.reason } });
    return array;
}

} // namespace

QJsonObject NodeFormatter::toJson(const inventory::Node &node)
{
    QJsonObject labels;
    for (auto it = node.labels.cbegin(); it != node.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    return QJsonObject {
        { u"id"_s, node.id },
        { u"name"_s, node.name },
        { u"host"_s, node.host },
        { u"port"_s, node.port },
        { u"user"_s, node.user },
        { u"identityFile"_s, node.identityFile },
        { u"site"_s, node.site },
        { u"tier"_s, inventory::tierName(node.tier) },
        { u"labels"_s, labels },
        { u"agentCommand"_s, node.agentCommand },
        { u"createdAt"_s, timestamp(node.createdAt) },
        { u"updatedAt"_s, timestamp(node.updatedAt) },
    };
}

QJsonArray NodeFormatter::toJson(const QList<inventory::Node> &nodes)
{
    QJsonArray array;
    for (const inventory::Node &node : nodes)
        array.append(toJson(node));
    return array;
}

QString NodeFormatter::table(const QList<inventory::Node> &nodes)
{
    // Column titles stay untranslated, like the JSON keys: scripts cut columns by title.
    TextTable table(
        { u"NAME"_s, u"HOST"_s, u"PORT"_s, u"USER"_s, u"SITE"_s, u"TIER"_s, u"LABELS"_s });
    for (const inventory::Node &node : nodes)
        table.addRow({ node.name, node.host, QString::number(node.port), orDash(node.user),
            orDash(node.site), inventory::tierName(node.tier), orDash(labelsText(node.labels)) });
    return table.toString();
}

QString NodeFormatter::address(const inventory::Node &node)
{
    QString text = node.host;
    if (text.contains(u':'))
        text = u'[' + text + u']'; // an IPv6 literal
    if (!node.user.isEmpty())
        text = node.user + u'@' + text;
    return text + u':' + QString::number(node.port);
}

QJsonObject NodeFormatter::toJson(
    const fleet::ImportReport &report, const QString &file, fleet::ImportFormat format)
{
    return QJsonObject {
        { u"file"_s, file },
        { u"format"_s, fleet::importFormatName(format) },
        { u"added"_s, QJsonArray::fromStringList(report.added) },
        { u"updated"_s, QJsonArray::fromStringList(report.updated) },
        { u"unchanged"_s, QJsonArray::fromStringList(report.unchanged) },
        { u"skipped"_s, skipsToJson(report.skipped) },
    };
}

QString NodeFormatter::text(
    const fleet::ImportReport &report, const QString &file, fleet::ImportFormat format)
{
    QString text = Tr::tr("Imported %1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped.")
                       .arg(file, fleet::importFormatName(format))
                       .arg(report.added.size())
                       .arg(report.updated.size())
                       .arg(report.unchanged.size())
                       .arg(report.skipped.size())
        + u'\n';
    const QList<QPair<QString, QStringList>> groups {
        { Tr::tr("Added:"), report.added },
        { Tr::tr("Updated:"), report.updated },
        { Tr::tr("Unchanged:"), report.unchanged },
    };
    for (const auto &group : groups) {
        if (!group.second.isEmpty())
            text += u"  " + group.first + u' ' + group.second.join(u", "_s) + u'\n';
    }
    if (!report.skipped.isEmpty())
        text += u"  " + Tr::tr("Skipped:") + u'\n';
    for (const fleet::ImportSkip &skip : report.skipped) {
        const QString where =
            skip.line > 0 ? skip.file + u':' + QString::number(skip.line) : skip.file;
        text += u"    " + Tr::tr("%1: %2: %3").arg(where, skip.name, skip.reason) + u'\n';
    }
    return text;
}

} // namespace fleetdeck::cli
