"""Schema 2: a source has its publication date and a link."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s2"
down_revision = "s1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:      # adding columns: an ALTER TABLE, no rebuild
        batch.add_column(sa.Column("published", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("url", sa.Text, nullable=False, server_default=""))
