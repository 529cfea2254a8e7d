"""Crash safety: a writer process is SIGKILLed at random moments, the workspace must stay intact.

Two kinds of kill: the writer kills itself at a random SQL statement (every point between two
statements, open and recovery included), or the test kills it right after a random number of
acknowledged commits (landing anywhere, often inside a commit's writes and syncs). After each kill
the workspace is reopened (which recovers a hot journal), checked page by page, and every
acknowledged edit must be there, with its audit rows and nothing half-applied.

Set FTZ_CRASH_SEED to replay a failing run.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from ftz_desktop.core.store.workspace import WorkspaceStore
from helpers.crash_checks import (
    MARKS,
    Child,
    add_bulk,
    add_writer_source,
    bulk_state,
    check_edits,
    first_values,
    seeded_random,
)

pytestmark = MARKS

ROUNDS = 60


@pytest.fixture
def workspace_path(workspace_path) -> Path:
    """The shipped workspace with the writer's own source, which the figures it changes or adds cite."""
    with WorkspaceStore.open(workspace_path) as store:
        add_writer_source(store)
    return workspace_path


@pytest.fixture
def rng():
    return seeded_random()


# --- numbered edits -------------------------------------------------------------------------------

def test_killed_writer_never_loses_an_acknowledged_edit(workspace_path, rng):
    with WorkspaceStore.open(workspace_path) as store:
        original = first_values(store)
    acked: set[int] = set()
    committed: set[int] = set()
    kills = 0
    for round_no in range(ROUNDS):
        first = max(committed | acked, default=-1) + 1
        self_kill = round_no % 2 == 0
        args = [str(workspace_path), "edits", str(first)]
        if self_kill:
            args.append(str(rng.randint(1, 120)))
        wanted = rng.randint(0, 6)
        child = Child.start(round_no % 10 == 1, *args)     # every tenth writer is a fresh interpreter
        this_round = child.acks(None if self_kill else wanted)
        err = child.kill()
        assert child.killed, f"the writer failed by itself:\n{err}"
        kills += 1
        acked |= this_round
        now = check_edits(workspace_path, acked, original)
        unacked = now - committed - this_round
        assert len(unacked) <= 1, f"more than the one in-flight edit committed unacknowledged: {unacked}"
        committed = now
    assert kills >= 50
    assert len(acked) > 20          # the rounds did real work, not just kills at start-up


# --- a 10,000-cell paste ------------------------------------------------------------------------

@pytest.fixture
def bulk_workspace(workspace_path) -> Path:
    with WorkspaceStore.open(workspace_path) as store:
        add_bulk(store)
    return workspace_path


def test_killed_10000_cell_paste_is_all_or_nothing(bulk_workspace, rng):
    journal = bulk_workspace.with_name(bulk_workspace.name + "-journal")
    current = 1.0
    outcomes = []
    for round_no, how in enumerate(["statement", "statement", "statement", "journal", "journal", "complete"]):
        value = 100 + round_no
        args = [str(bulk_workspace), "bulk", str(value)]
        if how == "statement":
            args.append(str(rng.randint(20, 20_040)))      # anywhere in the batch's ~20,000 statements
        child = Child.start(how == "complete", *args)
        lines = []
        if how == "statement":
            while (line := child.next_line()) is not None:
                lines.append(line)
        elif how == "journal":
            assert child.next_line() == "ready"
            while not journal.exists() and child.running() and time.monotonic() < child.deadline:
                pass                                        # spin: kill the moment the transaction writes
        else:
            lines = [child.next_line(), child.next_line(), child.next_line()]
        err = child.kill()
        if how == "complete":
            assert lines == ["ready", "ack", None], err
        else:
            assert child.killed, f"the writer failed by itself:\n{err}"
        values, audited = bulk_state(bulk_workspace, value)
        assert audited in (0, 10_000), f"{audited} of 10,000 cells audited"
        assert values == ({float(value)} if audited else {current})
        if "ack" in lines:
            assert audited == 10_000                       # acknowledged means there
        outcomes.append(bool(audited))
        current = float(value) if audited else current
    assert outcomes[-1] is True
    assert False in outcomes[:-1]                           # at least one kill landed before the commit
