"""The workspace store: the single source of truth: file, schema, audit, undo, snapshots, recipes, backups, locks."""
