"""Column sets that more than one schema revision (``core/store/alembic/versions``) creates, frozen as those
revisions made them: a later change to ``core.store.schema`` must not change what an old revision builds."""
from __future__ import annotations

import sqlalchemy as sa


def position_columns(dialect: str) -> list[sa.Column]:
    """On a server, an identity column keeping the order rows were added in (a file keeps it as its rowid)."""
    if dialect != "postgresql":
        return []
    return [sa.Column("position", sa.BigInteger, sa.Identity(always=False), nullable=False, unique=True)]


def indicator_columns() -> list[sa.Column]:
    """An indicator's columns since schema 0 (the table and its snapshot copy)."""
    return [
        sa.Column("id", sa.Text, primary_key=True), sa.Column("name", sa.Text, nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("multiplier", sa.Float, nullable=False, server_default=sa.text("1")),
        sa.Column("currency", sa.Text, nullable=False, server_default=""),
        sa.Column("decimals", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("min_value", sa.Float), sa.Column("max_value", sa.Float),
        *(sa.Column(name, sa.Text, nullable=False, server_default="") for name in ("section", "topic", "description")),
    ]
