"""Schema 3: chart pictures kept by digest (core.store.pictures); on a server with the order they were kept in."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ftz_desktop.core.store.revision_parts import position_columns

revision = "s3"
down_revision = "s2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chart_pictures",
        sa.Column("key", sa.Text, primary_key=True), sa.Column("chart_id", sa.Text, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False), sa.Column("created_at", sa.Text, nullable=False),
        *position_columns(op.get_context().dialect.name))
    op.create_index("chart_pictures_by_chart", "chart_pictures", ["chart_id", "created_at"])
