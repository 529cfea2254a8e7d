"""Creating and upgrading a workspace's schema with Alembic, in the caller's one transaction.

The revisions live in ``core/store/alembic/versions``: revision "sN" brings a workspace to schema N, on a
file (SQLite, with batch mode where a table must be rebuilt) and on a server (PostgreSQL) alike. They run
programmatically, without alembic.ini or env.py: ``meta.schema_version`` is the one record of where a
workspace is (there is no alembic_version table), so a file written before Alembic, or a file whose
version was set by hand, is upgraded from what it says it is. The store runs every step a workspace
needs, sets the new version and writes the audit row in the same transaction, so an interrupted
upgrade leaves the old workspace untouched and is simply retried at the next start.

Schema history
- 0: the pre-release layout: observations had no qualifier and no note, the audit log had no
  label and no append-only triggers, and there were no snapshots or recipes.
- 1: sources had no publication date and no link.
- 2: no chart pictures were kept.
- 3: observations had no version.
- 4: the current layout (``core.store.schema``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from sqlalchemy import update
from sqlalchemy.engine import Connection

from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.errors import WorkspaceError
from ftz_desktop.core.store.file_format import SCHEMA_VERSION
from ftz_desktop.core.store.schema import meta
from ftz_desktop.core.translate import tr

SCRIPTS = Path(__file__).with_name("alembic")       # bundled next to this module (installer/ftz-desktop.spec)


def revision_of(version: int) -> str:
    """The Alembic revision that brings a workspace to schema ``version``."""
    return f"s{version}"


def run_revisions(conn: Connection, found: Optional[int], target: int = SCHEMA_VERSION) -> None:
    """Run the revisions after schema ``found`` (None: an empty database) up to ``target`` on ``conn``,
    inside its open transaction."""
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(SCRIPTS))
    start = None if found is None else revision_of(found)
    known = {rev.revision for rev in scripts.walk_revisions()}
    for rev in (start, revision_of(target)):
        if rev is not None and rev not in known:
            raise WorkspaceError(tr("No upgrade from workspace schema {found} to {target} is known to this version.",
                                    found=found, target=target))
    steps = list(scripts.iterate_revisions(revision_of(target), start or "base"))
    context = MigrationContext.configure(conn, opts={"render_as_batch": True})
    with Operations.context(context):
        for script in reversed(steps):           # iterate_revisions walks from the target down
            script.module.upgrade()


def migrate(batch: WriteBatch, found: int) -> None:
    """Bring a workspace at schema ``found`` to SCHEMA_VERSION inside ``batch``'s transaction."""
    run_revisions(batch.conn, found)
    batch.conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))
    batch.record("migrate", "meta", "schema_version", "value", old=str(found), new=str(SCHEMA_VERSION))
