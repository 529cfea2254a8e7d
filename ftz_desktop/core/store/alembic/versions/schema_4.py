"""Schema 4: every observation carries a version, 1 when added, raised by every write of the row; a write that
says which version it read is refused when the row has been written since (``core.store.conflicts``). Existing
rows start at 1. Adding a column with a constant default is an ALTER TABLE on either backend, no rebuild."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s4"
down_revision = "s3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("observations") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("1")))
