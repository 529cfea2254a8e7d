"""Schema 1: observations get a qualifier, a note and the status check; the audit log gets labels, its
indexes and becomes append-only (a trigger on either backend); snapshots and recipes arrive.

SQLite cannot add a constraint to a table: batch mode rebuilds observations (AUTOINCREMENT kept, so an id
is never reused); a row whose status the check refuses fails the upgrade, which then changes nothing.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ftz_desktop.core.store.revision_parts import indicator_columns

revision = "s1"
down_revision = "s0"
branch_labels = None
depends_on = None

STATUSES = ("A", "E", "P", "M")     # core.domain.model.OBSERVATION_STATUSES when schema 1 was made

SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)
POSTGRESQL_TRIGGERS = (
    "CREATE FUNCTION ftz_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit FOR EACH ROW EXECUTE FUNCTION ftz_audit_append_only()",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit FOR EACH ROW EXECUTE FUNCTION ftz_audit_append_only()",
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit EXECUTE FUNCTION ftz_audit_append_only()",
)


def upgrade() -> None:
    empty = ""
    status_check = "status IN ({})".format(", ".join(f"'{s}'" for s in STATUSES))
    with op.batch_alter_table("observations", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.add_column(sa.Column("qualifier", sa.Text, nullable=False, server_default=empty))
        batch.add_column(sa.Column("note", sa.Text, nullable=False, server_default=empty))
        batch.create_check_constraint("observation_status", status_check)
    with op.batch_alter_table("audit") as batch:
        batch.add_column(sa.Column("label", sa.Text, nullable=False, server_default=empty))
    op.create_index("audit_batch", "audit", ["batch_id"], if_not_exists=True)
    op.create_index("audit_row", "audit", ["table_name", "row_key"], if_not_exists=True)
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        *(sa.Column(name, sa.Text, nullable=False) for name in ("name", "created_at", "user", "batch_id")),
        sqlite_autoincrement=True)
    snapshot_id = [sa.Column("snapshot_id", sa.Integer, sa.ForeignKey("snapshots.id", ondelete="CASCADE"),
                             primary_key=True)]
    op.create_table("snapshot_indicators", *snapshot_id, *indicator_columns())
    op.create_table(
        "snapshot_observations",
        sa.Column("snapshot_id", sa.Integer, sa.ForeignKey("snapshots.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("indicator_id", sa.Text, nullable=False), sa.Column("geography", sa.Text, nullable=False),
        sa.Column("period", sa.Text, nullable=False), sa.Column("value", sa.Float),
        sa.Column("qualifier", sa.Text, nullable=False, server_default=empty),
        sa.Column("status", sa.Text, nullable=False, server_default=sa.text("'A'")),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=empty))
    op.create_table(
        "recipes",
        sa.Column("name", sa.Text, primary_key=True), sa.Column("json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False))
    dialect = op.get_context().dialect.name
    for ddl in POSTGRESQL_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS:
        op.execute(ddl)
