"""What a workspace address names: a file (a path) or a database on a PostgreSQL server (a URL). Importable
without SQLAlchemy, for the commands that read a file quickly (``core.store.quick_read``)."""
from __future__ import annotations

import re

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(location: object) -> bool:
    """Whether ``location`` names a workspace on a server rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


_PASSWORD_IN_URL = re.compile(r"(postgres(?:ql)?(?:\+\w+)?://[^\s:/@]*):\S*@", re.IGNORECASE)


def without_passwords(text: str) -> str:
    """``text`` with the password of every server URL in it left out (for the log)."""
    return _PASSWORD_IN_URL.sub(r"\1@", text)
