#pragma once

#include "core/common/Result.h"
#include "core/fleet/import/NodeImporter.h"

#include <QStringList>

namespace fleetdeck::fleet {

// One record of an RFC 4180 file and the line it starts on.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// Nodes from CSV (RFC 4180: quoted fields with embedded commas, doubled quotes and newlines; CRLF
// or LF). A header row is required; its columns, in any order, are some of
//   name,host,port,user,identity_file,site,tier,labels,agent_command
// name and host are required, an unknown column is an error. labels reads "k=v;k2=v2".
// Columns left out keep an existing node's value on import; empty cells mean the default.
class CsvNodeParser
{
public:
    static Result<ParsedInventory> parseFile(const QString &path);
    static Result<ParsedInventory> parseText(const QString &text, const QString &fileName);

    // The records of an RFC 4180 text; blank lines between records are skipped.
    static Result<QList<CsvRecord>> readRecords(const QString &text, const QString &fileName);
};

} // namespace fleetdeck::fleet
