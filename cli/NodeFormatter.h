#pragma once

#include "core/fleet/import/NodeImporter.h"
#include "core/inventory/Node.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fleetdeck::cli {

// How nodes and import reports look on stdout: JSON objects with stable camelCase keys for
// scripts, aligned text for people.
class NodeFormatter {
public:
    static QJsonObject toJson(const inventory::Node &node);
    static QJsonArray toJson(const QList<inventory::Node> &nodes);
    static QString table(const QList<inventory::Node> &nodes);
    // "user@host:port", leaving out what is not set.
    static QString address(const inventory::Node &node);

    static QJsonObject toJson(
        const fleet::ImportReport &report, const QString &file, fleet::ImportFormat format);
    static QString text(
        const fleet::ImportReport &report, const QString &file, fleet::ImportFormat format);
};

} // namespace fleetdeck::cli
