"""A client of a team workspace killed mid-transaction leaves the server consistent: every acknowledged edit is
there with its audit rows, nothing is half-applied, and the write lock it held is free for the next writer.

The writer is ``crash_writer`` (as for a file), SIGKILLed after a random number of acknowledged edits, or while
its 10,000-cell paste is inside its transaction on the server (seen in pg_stat_activity). Set FTZ_CRASH_SEED
to replay a failing run.
"""
from __future__ import annotations

import time

import psycopg
import pytest

from ftz_desktop.core.store.workspace import WorkspaceStore
from helpers import crash_checks as crash
from helpers import crash_writer as writer

pytestmark = crash.MARKS

ROUNDS = 12


@pytest.fixture
def workspace(postgres_workspace) -> str:
    """The shipped study on a server, with the writer's own source, which the figures it changes cite."""
    with WorkspaceStore.open(postgres_workspace) as store:
        crash.add_writer_source(store)
    return postgres_workspace


def _writes_again_at_once(url: str) -> None:
    """The next writer gets the write lock without waiting out the busy timeout (the killed one's is free)."""
    with WorkspaceStore.open(url, create=False, busy_timeout=5.0) as store:
        started = time.monotonic()
        store.update_observation(writer.NOTE_OBS, "note", "after the kill")
        assert time.monotonic() - started < 5.0


def test_killed_client_never_loses_an_acknowledged_edit(workspace):
    rng = crash.seeded_random()
    with WorkspaceStore.open(workspace) as store:
        original = crash.first_values(store)
    acked: set[int] = set()
    committed: set[int] = set()
    for round_no in range(ROUNDS):
        first = max(committed | acked, default=-1) + 1
        wanted = rng.randint(0, 8)
        child = crash.Child.start(round_no % 4 == 1, workspace, "edits", str(first))
        this_round = child.acks(wanted)
        err = child.kill()
        assert child.killed, f"the writer failed by itself:\n{err}"
        acked |= this_round
        now = crash.check_edits(workspace, acked, original)
        unacked = now - committed - this_round
        assert len(unacked) <= 1, f"more than the one in-flight edit committed unacknowledged: {unacked}"
        committed = now
    assert len(acked) > 10
    _writes_again_at_once(workspace)


def _in_transaction(admin: psycopg.Connection, database: str) -> bool:
    """A client of the workspace is inside a transaction that has written (it holds a transaction id)."""
    row = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = "
                        "'ftz-desktop' AND backend_xid IS NOT NULL", (database,)).fetchone()
    return bool(row and row[0])


def test_client_killed_inside_its_10000_cell_paste_leaves_nothing_of_it(workspace):
    from sqlalchemy.engine import make_url

    with WorkspaceStore.open(workspace) as store:
        crash.add_bulk(store)
    database = make_url(workspace).database
    admin_url = make_url(workspace).set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        child = crash.Child.start(True, workspace, "bulk", "7")
        assert child.next_line() == "ready"
        while not _in_transaction(admin, database) and child.running() and time.monotonic() < child.deadline:
            pass                                     # spin: kill the moment the paste's transaction writes
        err = child.kill()
        assert child.killed, f"the writer finished or failed before the kill:\n{err}"
        # The server ends the killed client's session when its connection drops, rolling the paste back.
        deadline = time.monotonic() + 30
        while _in_transaction(admin, database) and time.monotonic() < deadline:
            time.sleep(0.05)
    values, audited = crash.bulk_state(workspace, 7)
    assert (values, audited) == ({1.0}, 0)
    _writes_again_at_once(workspace)
    child = crash.Child.start(True, workspace, "bulk", "8")              # and a paste left alone is all there
    assert [child.next_line(), child.next_line(), child.next_line()] == ["ready", "ack", None]
    child.kill()
    assert crash.bulk_state(workspace, 8) == ({8.0}, 10_000)
