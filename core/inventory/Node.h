#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace fleetdeck::inventory {

enum class Tier { Edge, Cloud };

QString tierName(Tier tier);                          // "edge" | "cloud" (stable, not translated)
std::optional<Tier> tierFromName(QStringView name);   // case-insensitive

// A node of the fleet as the inventory keeps it. No secret is ever part of it.
struct Node
{
    qint64 id = 0;                 // 0 until stored
    QString name;                  // unique, [A-Za-z0-9][A-Za-z0-9._-]{0,63}
    QString host;                  // DNS name, IPv4 or IPv6 literal
    int port = 22;
    QString user;                  // empty: the transport decides (ssh config, then local user)
    QString identityFile;          // path; never the key itself
    QString site;                  // empty: no site
    Tier tier = Tier::Edge;
    QMap<QString, QString> labels; // key -> value; keys [A-Za-z0-9._/-]+
    QString agentCommand;          // empty: the default "fleetdeck-agent rpc"
    QDateTime createdAt;
    QDateTime updatedAt;

    // Same operator-visible fields (ignores id and timestamps).
    bool sameSettings(const Node &other) const;
};

bool isValidNodeName(QStringView name);
bool isValidHost(QStringView host);
bool isValidLabelKey(QStringView key);

// Checks every field; the message names the field, the bad value and what is allowed.
Result<void> validateNode(const Node &node);

} // namespace fleetdeck::inventory
