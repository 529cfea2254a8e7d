"""A workspace writer for the crash tests, run as a child process and killed with SIGKILL.

Run as a script (a fresh interpreter) or, for speed, by ``main`` in a forked child of the test.

    python crash_writer.py WORKSPACE edits FIRST [KILL_AT]
        Apply numbered edits FIRST, FIRST+1, ... (kinds rotate, see ``edit``), printing "ack N"
        after each commit returns, until killed (or 10,000 edits).
    python crash_writer.py WORKSPACE bulk VALUE [KILL_AT]
        Print "ready", set every observation of the bulk indicator to VALUE in one apply_changes
        (10,000 cells), then print "ack".

KILL_AT: the process kills itself at the N-th SQL statement any of its SQLite connections runs
(counting from the first statement of opening the workspace, every row of an executemany counts),
so every point between two statements can be hit, including during open and recovery.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import sys
from typing import Callable

NOTE_OBS = 1                 # shipped observation ids the edits touch
VALUE_OBS = 2
BATCH_OBS = (3, 4, 5, 6, 7)
# The tests' workspace has this source and VALUE_OBS cites it (a changed figure cannot cite the study).
WRITER_SOURCE = "crash-writer"
ADD_INDICATOR, ADD_GEOGRAPHY, ADD_SOURCE = "sichuan_trade_bri", "CN", WRITER_SOURCE
BULK_INDICATOR = "crash_bulk"


def label(i: int) -> str:
    return f"crash edit {i}"


def add_period(i: int) -> str:
    return str(1000 + i)


def edit(store, i: int) -> None:
    kind = i % 4
    if kind == 0:
        store.update_observation(NOTE_OBS, "note", f"edit {i}", label=label(i))
    elif kind == 1:
        store.update_observation(VALUE_OBS, "value", str(i), label=label(i))
    elif kind == 2:
        from ftz_desktop.core.store.workspace import CellChange

        store.apply_changes([CellChange(oid, "note", f"edit {i}") for oid in BATCH_OBS], label=label(i))
    else:
        store.add_observation(ADD_INDICATOR, ADD_GEOGRAPHY, add_period(i), str(i), source_id=ADD_SOURCE,
                              label=label(i))


def kill_at_statement(n: int) -> None:
    """Kill this process with SIGKILL at the n-th SQL statement any of its SQLite connections runs."""
    real_connect = sqlite3.connect
    seen = 0

    def trace(_statement: str) -> None:
        nonlocal seen
        seen += 1
        if seen >= n:
            os.kill(os.getpid(), signal.SIGKILL)

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(trace)
        return conn

    sqlite3.connect = connect


def _print(line: str) -> None:
    print(line, flush=True)


def main(argv: list[str], emit: Callable[[str], None] = _print) -> None:
    """Run the writer; ``emit`` reports progress lines ("ready", "ack N") the moment they are true."""
    path, mode, number = argv[0], argv[1], int(argv[2])
    if len(argv) > 3:
        kill_at_statement(int(argv[3]))
    from ftz_desktop.core.store.workspace import CellChange, WorkspaceStore

    with WorkspaceStore.open(path, create=False) as store:
        if mode == "edits":
            for i in range(number, number + 10_000):
                edit(store, i)
                emit(f"ack {i}")
        else:
            ids = [o.id for o in store.observations() if o.indicator_id == BULK_INDICATOR]
            emit("ready")
            store.apply_changes([CellChange(oid, "value", str(number)) for oid in ids], label=f"bulk {number}")
            emit("ack")


if __name__ == "__main__":
    main(sys.argv[1:])
