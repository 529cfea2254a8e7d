"""Schema 0: the pre-release layout (observations without qualifier and note, an audit log without labels,
no snapshots, recipes or kept pictures). On an empty database it is the first step to the current schema.

On PostgreSQL, indicators, sources and geographies get an identity column "position": the order they were
added in (the study's order), which SQLite keeps as its rowid and a server table does not keep at all.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ftz_desktop.core.store.revision_parts import indicator_columns, position_columns

revision = "s0"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    empty = ""
    op.create_table("meta", sa.Column("key", sa.Text, primary_key=True), sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "sources",
        sa.Column("id", sa.Text, primary_key=True), sa.Column("title", sa.Text, nullable=False),
        *(sa.Column(name, sa.Text, nullable=False, server_default=empty)
          for name in ("publisher", "section", "reference", "note")),
        *position_columns(op.get_context().dialect.name))
    op.create_table("geographies", sa.Column("id", sa.Text, primary_key=True),
                    sa.Column("name", sa.Text, nullable=False), *position_columns(op.get_context().dialect.name))
    op.create_table("indicators", *indicator_columns(), *position_columns(op.get_context().dialect.name))
    op.create_table(
        "observations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("indicator_id", sa.Text, sa.ForeignKey("indicators.id"), nullable=False),
        sa.Column("geography", sa.Text, sa.ForeignKey("geographies.id"), nullable=False),
        sa.Column("period", sa.Text, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("status", sa.Text, nullable=False, server_default=sa.text("'A'")),
        sa.Column("source_id", sa.Text, sa.ForeignKey("sources.id"), nullable=False),
        sa.UniqueConstraint("indicator_id", "geography", "period"),
        sqlite_autoincrement=True)
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True),
        *(sa.Column(name, sa.Text, nullable=False)
          for name in ("batch_id", "at", "user", "action", "table_name", "row_key")),
        *(sa.Column(name, sa.Text) for name in ("column_name", "old_value", "new_value")),
        sqlite_autoincrement=True)
    if op.get_context().dialect.name == "sqlite":
        from ftz_desktop.core.store.file_format import APPLICATION_ID

        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")     # marks the file as a workspace
