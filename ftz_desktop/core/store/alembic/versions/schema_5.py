"""Schema 5: every indicator and every named recipe carries a version too, 1 when added, raised by every write of
the row; a change that says which version it read is refused when the row has been written since, as an
observation's is (schema 4). Existing rows start at 1. The snapshots' copies of indicators keep no version."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s5"
down_revision = "s4"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ... ADD COLUMN on either backend: a batch (SQLite's copy and rename) would drop the
    # table the observations refer to.
    for table in ("indicators", "recipes"):
        op.add_column(table, sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("1")))
