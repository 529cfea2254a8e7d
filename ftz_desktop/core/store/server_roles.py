"""``ftz-desktop server init URL``: a database made a team workspace, with the three roles the office grants.

- ftz_viewer reads everything;
- ftz_editor also edits the figures and keeps briefs, recipes and chart pictures;
- ftz_admin also changes sources, indicators and places, takes and restores snapshots.
Nobody may change or remove an audit row (no UPDATE or DELETE is granted on it, and a trigger refuses them
for the table's owner too). The rights are the server's: a viewer's write is refused by PostgreSQL whatever
program sends it. A DBA gives people a role with plain SQL: ``GRANT ftz_editor TO alice;``.

Roles belong to the whole server (cluster); granting them again is harmless, so ``init`` may run for each
workspace database on the same server.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

VIEWER, EDITOR, ADMIN = "ftz_viewer", "ftz_editor", "ftz_admin"
ROLES = (VIEWER, EDITOR, ADMIN)
# What each role may write besides what the role below it may (SELECT on every table comes with ftz_viewer).
EDITOR_WRITES = ("observations", "recipes", "chart_pictures")
ADMIN_WRITES = ("sources", "indicators", "geographies", "snapshots", "snapshot_indicators",
                "snapshot_observations", "meta")
AUDIT = "audit"                  # INSERT only, for editors (every change writes its audit rows)


@dataclass(frozen=True)
class InitResult:
    database: str
    created_roles: tuple[str, ...]      # the roles this run created (the others existed)


def _create_role(conn: Connection, role: str) -> bool:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": role}).scalar()
    if exists:
        return False
    conn.exec_driver_sql(f'CREATE ROLE "{role}" NOLOGIN')     # the names are ours, never the user's
    return True


def init_server(location: str) -> InitResult:
    """Make the database at ``location`` a workspace (from the shipped study, if it holds none yet) and grant
    the roles their rights on it; run by its owner or a superuser."""
    from ftz_desktop.core.store.server import open_server_engine
    from ftz_desktop.core.store.server_errors import server_error

    engine, _, name = open_server_engine(location, create=True, read_only=False, busy_timeout=10.0)
    try:
        with engine.begin() as conn:
            return grant_roles(conn)
    except DBAPIError as exc:
        raise server_error(exc, name) from None
    finally:
        engine.dispose()


def grant_roles(conn: Connection) -> InitResult:
    """Create the roles (where missing) and grant them their rights on this database's workspace tables."""
    database = str(conn.exec_driver_sql("SELECT current_database()").scalar())
    created = tuple(role for role in ROLES if _create_role(conn, role))
    quoted_db = database.replace('"', '""')
    statements = [
        f'GRANT "{EDITOR}" TO "{ADMIN}"', f'GRANT "{VIEWER}" TO "{EDITOR}"',
        f'GRANT CONNECT, TEMPORARY ON DATABASE "{quoted_db}" TO "{VIEWER}"',
        f'GRANT USAGE ON SCHEMA public TO "{VIEWER}"',
        f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{VIEWER}"',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{EDITOR}"',
        f'GRANT INSERT ON "{AUDIT}" TO "{EDITOR}"',
        f'REVOKE UPDATE, DELETE, TRUNCATE ON "{AUDIT}" FROM PUBLIC',
    ]
    statements += [f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO "{EDITOR}"' for table in EDITOR_WRITES]
    statements += [f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO "{ADMIN}"' for table in ADMIN_WRITES]
    for statement in statements:
        conn.exec_driver_sql(statement)
    return InitResult(database, created)
