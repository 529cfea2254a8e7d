"""The workspace store: the single source of truth, its file, schema, audit, undo, snapshots, recipes, backups and locks."""
