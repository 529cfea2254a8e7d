"""A workspace on a PostgreSQL server: connecting (SQLAlchemy + psycopg 3), recognising it, creating it.

``postgresql://USER@HOST:PORT/DB`` names one database that holds one workspace. The password comes from
libpq's own sources (PGPASSWORD, ~/.pgpass or pgpass.conf, or the URL itself) and is never written into a
message or the log; the URL's query (``sslmode=verify-full`` and the like) reaches libpq as it is.

What the file's SQLite parts become on a server:
- a transaction that reads sees one consistent snapshot (REPEATABLE READ, as SQLite's BEGIN);
- a transaction that writes first takes the workspace's write lock (a transaction-scoped advisory lock,
  as SQLite's BEGIN IMMEDIATE): writers take turns, and one who waits longer than ``busy_timeout`` is told
  the workspace is being changed by someone else; nothing is written then;
- a store opened read-only runs every transaction READ ONLY, so the server itself refuses a write;
- the database is recognised by its meta table (a file by its application id); an empty database is made a
  workspace from the shipped study by the same Alembic revisions as a new file, in one transaction;
- the audit table is append-only by a trigger (revision s1), and the order rows were added in is kept in
  "position" columns (``schema.added_order``); page checks, backups and the file lock are the server's
  business: ``integrity_check`` checks what a workspace needs, ``backup`` to a file is refused.
"""
from __future__ import annotations

import logging
from typing import Optional

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.errors import CorruptWorkspaceError, NotAWorkspaceError, WorkspaceError
from ftz_desktop.core.store.file_format import APPLICATION_ID
from ftz_desktop.core.store.schema import create_schema, meta, metadata
from ftz_desktop.core.store.seeding import CREATED_LABEL, seed_workspace
from ftz_desktop.core.store.server_errors import server_error
from ftz_desktop.core.translate import tr

log = logging.getLogger(__name__)
WRITE_LOCK = APPLICATION_ID           # the advisory lock key every writer of a workspace takes
CONNECT_TIMEOUT = 10                  # seconds to wait for the server to answer


def parse_url(location: str) -> URL:
    """The SQLAlchemy URL for ``location`` (driver psycopg); a WorkspaceError names a malformed one."""
    try:
        url = make_url(location)
    except (ArgumentError, ValueError):
        raise WorkspaceError(tr("The workspace address is not a valid postgresql://USER@HOST:PORT/DATABASE URL.")) \
            from None
    if not url.database:
        raise WorkspaceError(tr("The workspace address {name} names no database: add /DATABASE.",
                                name=display_name(url)))
    return url.set(drivername="postgresql+psycopg")


def display_name(url: URL) -> str:
    """How a server workspace is named to the user: its URL without the password."""
    bare = URL.create("postgresql", username=url.username, host=url.host, port=url.port, database=url.database,
                      query=url.query)           # URL.set(password=None) would keep the password
    return bare.render_as_string(hide_password=False)


def make_server_engine(url: URL, *, read_only: bool, busy_timeout: float) -> Engine:
    """An engine on the database of ``url`` whose transactions behave as the module's docstring says."""
    from ftz_desktop.core.store.server_notify import KEEPALIVES

    lock_ms = int(busy_timeout * 1000)
    engine = create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT,
                                         "options": f"-c lock_timeout={lock_ms}",
                                         "application_name": "ftz-desktop", **KEEPALIVES})

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if conn.get_execution_options().get("ftz_write"):
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        else:
            mode = " READ ONLY" if read_only else ""
            conn.exec_driver_sql(f"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ{mode}")

    return engine


def identify_server(conn: Connection, name: str) -> Optional[int]:
    """The schema version of the workspace on ``conn``; None for an empty database; refuses others."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "meta" not in tables:
        raise NotAWorkspaceError(tr("The database {name} holds other tables, not an ftz-desktop workspace. Use an "
                                    "empty database for a new workspace.", name=name))
    version = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    if version is None or not str(version).isdigit():
        raise CorruptWorkspaceError(tr("The workspace {name} is damaged: its version record is missing.", name=name))
    return int(version)


def create_server_workspace(engine: Engine, dataset: Dataset, name: str) -> None:
    """Make the empty database a workspace holding ``dataset``, all or nothing (a second program creating it
    at the same moment waits for the write lock, then finds it made)."""
    with engine.connect().execution_options(ftz_write=True) as conn:
        if identify_server(conn, name) is not None:
            return
        from ftz_desktop.core.store.transactions import server_user

        batch = WriteBatch(conn, CREATED_LABEL)
        batch.user = server_user(conn)           # the database user, as for every later change
        create_schema(conn)
        seed_workspace(batch, dataset)
        batch.flush()
        conn.commit()
    log.info("Created the workspace %s from the shipped study", name)


def open_server_engine(location: str, *, create: bool, read_only: bool,
                       busy_timeout: float) -> tuple[Engine, int, str]:
    """An engine on a recognised server workspace (created from the shipped study in an empty database when
    allowed), its schema version and its name for messages."""
    url = parse_url(location)
    name = display_name(url)
    engine = make_server_engine(url, read_only=read_only, busy_timeout=busy_timeout)
    try:
        with engine.connect() as conn:
            found = identify_server(conn, name)
        if found is None:
            if not create or read_only:
                raise WorkspaceError(tr("The database {name} holds no workspace yet; nothing was created.", name=name))
            from ftz_desktop.core.study.shipped import load_shipped_dataset

            create_server_workspace(engine, load_shipped_dataset(), name)
            with engine.connect() as conn:
                found = identify_server(conn, name)
        if found is None:
            raise WorkspaceError(tr("The workspace {name} could not be created.", name=name))
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, DBAPIError):
            raise server_error(exc, name, url.password if isinstance(url.password, str) else None) from None
        raise
    return engine, found, name


def change_counter(conn: Connection) -> Optional[int]:
    """What tells a store that another program committed: the newest audit row (every change writes one)."""
    newest = conn.exec_driver_sql("SELECT max(id) FROM audit").scalar()
    return None if newest is None else int(newest)


def missing_tables(conn: Connection) -> list[str]:
    """The workspace tables the database lacks (``integrity_check`` on a server)."""
    present = set(inspect(conn).get_table_names())
    return sorted(set(metadata.tables) - present)
