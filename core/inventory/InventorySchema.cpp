#include "core/inventory/InventorySchema.h"

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

// Portable SQL where it costs nothing: standard types, no SQLite-only column syntax, and no
// reserved words as names ("user" is reserved in PostgreSQL, hence user_name). Timestamps are
// ISO-8601 UTC text with milliseconds, which sorts and compares correctly as text.
Migration version1()
{
    return {1, u"sites, nodes, node labels, audit log"_s, {
        u"CREATE TABLE sites ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE)"_s,

        u"CREATE TABLE nodes ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE,"
        "  host TEXT NOT NULL,"
        "  port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),"
        "  user_name TEXT NOT NULL DEFAULT '',"
        "  identity_file TEXT NOT NULL DEFAULT '',"
        "  site_id INTEGER REFERENCES sites(id),"
        "  tier TEXT NOT NULL CHECK (tier IN ('edge', 'cloud')),"
        "  agent_command TEXT NOT NULL DEFAULT '',"
        "  created_at TEXT NOT NULL,"
        "  updated_at TEXT NOT NULL)"_s,
        u"CREATE INDEX nodes_site_id ON nodes(site_id)"_s,

        u"CREATE TABLE node_labels ("
        "  node_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,"
        "  key TEXT NOT NULL,"
        "  value TEXT NOT NULL,"
        "  PRIMARY KEY (node_id, key))"_s,

        u"CREATE TABLE audit_log ("
        "  id INTEGER PRIMARY KEY,"
        "  at TEXT NOT NULL,"
        "  actor TEXT NOT NULL,"
        "  action TEXT NOT NULL,"
        "  subject TEXT NOT NULL,"
        "  details TEXT NOT NULL,"
        "  prev_hash TEXT NOT NULL,"
        "  hash TEXT NOT NULL)"_s,
        // Triggers are the one SQLite-specific piece: append-only must hold in the file itself.
        u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed'); END"_s,
        u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted'); END"_s,
    }};
}

// What the agent reports: the node's last known state and its facts (OS, GPUs, agent version).
Migration version2()
{
    return {2, u"node state and facts"_s, {
        u"CREATE TABLE node_state ("
        "  node_id INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,"
        "  state TEXT NOT NULL,"
        "  reason TEXT NOT NULL DEFAULT '',"
        "  updated_at TEXT NOT NULL)"_s,

        u"CREATE TABLE node_facts ("
        "  node_id INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,"
        "  facts TEXT NOT NULL,"
        "  collected_at TEXT NOT NULL)"_s,
    }};
}

// Model versions in a content-addressed artifact store, and the verdicts of local validations.
// A validation of a loose file has no model version; its file hash finds it again. Numbers go in
// one JSON column: the set of figures grows with the engines (latency, GPU memory) while the
// verdict, the one thing rollouts gate on, stays a checked column.
Migration version3()
{
    return {3, u"models, model versions, validations"_s, {
        u"CREATE TABLE models ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE,"
        "  created_at TEXT NOT NULL)"_s,

        u"CREATE TABLE model_versions ("
        "  id INTEGER PRIMARY KEY,"
        "  model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
        "  version TEXT NOT NULL,"
        "  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
        "  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),"
        "  format TEXT NOT NULL,"
        "  source_path TEXT NOT NULL DEFAULT '',"
        "  artifact_path TEXT NOT NULL,"
        "  signature TEXT,"
        "  created_at TEXT NOT NULL,"
        "  UNIQUE (model_id, version))"_s,
        u"CREATE INDEX model_versions_sha256 ON model_versions(sha256)"_s,

        u"CREATE TABLE validations ("
        "  id INTEGER PRIMARY KEY,"
        "  model_version_id INTEGER REFERENCES model_versions(id) ON DELETE CASCADE,"
        "  file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),"
        "  file_path TEXT NOT NULL DEFAULT '',"
        "  engine TEXT NOT NULL,"
        "  device TEXT NOT NULL,"
        "  verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'cannot-validate')),"
        "  results TEXT NOT NULL,"
        "  created_at TEXT NOT NULL)"_s,
        u"CREATE INDEX validations_model_version_id ON validations(model_version_id)"_s,
        u"CREATE INDEX validations_file_sha256 ON validations(file_sha256)"_s,
    }};
}

// What happened to each node's connection (connected, lost with the reason, host key refused,
// disconnected by the operator) for the Events page. Bounded by ConnectionEventRepository's
// retention; the kind and state are stable names, never translated text.
Migration version4()
{
    return {4, u"connection events"_s, {
        u"CREATE TABLE connection_events ("
        "  id INTEGER PRIMARY KEY,"
        "  node_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,"
        "  at TEXT NOT NULL,"
        "  kind TEXT NOT NULL,"
        "  state TEXT NOT NULL,"
        "  reason TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX connection_events_node_id ON connection_events(node_id, id)"_s,
        u"CREATE INDEX connection_events_at ON connection_events(at)"_s,
    }};
}

} // namespace

const QList<Migration> &inventoryMigrations()
{
    static const QList<Migration> migrations = {
        version1(),
        version2(),
        version3(),
        version4(),
        // Append the next schema version here.
    };
    return migrations;
}

} // namespace fleetdeck::inventory
