#pragma once

#include "core/fleet/import/NodeImporter.h"

#include <QList>
#include <QStandardItemModel>

#include <optional>

namespace fleetdeck::ui {

// What an import would do to the inventory, worked out before anything is written: each parsed
// node is an addition, an update or unchanged (by name, against the current nodes), and the
// parser's skipped entries keep their reasons. Built on a worker; shown by ImportDialog.
struct ImportPreview {
    enum class Change { Add, Update, Unchanged, Skip };
    struct Row {
        Change change = Change::Add;
        QString name;
        QString host;
        QString location; // file:line
        QString note; // what changes, or why skipped
    };

    QString path;
    fleet::ImportFormat format = fleet::ImportFormat::SshConfig;
    std::optional<Error> error; // a parse error: file:line and the problem
    fleet::ParsedInventory parsed;
    QList<Row> rows;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;

    bool hasChanges() const { return !error && (added > 0 || updated > 0); }

    // Parses path (guessing the format when none is given) and compares with current.
    static ImportPreview build(const QString &path, std::optional<fleet::ImportFormat> format,
        const QList<inventory::Node> &current);

    static QString changeText(Change change); // translated: "add", "update", ...
    void fillModel(QStandardItemModel &model) const;
};

} // namespace fleetdeck::ui
