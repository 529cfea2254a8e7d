"""A client process for the concurrency tests: it opens its own store on a shared workspace and, round after
round, reads a cell, waits at a barrier until every client has read it, then writes it on that read. Exactly
one write per round can be based on the current version; every outcome goes back through ``results``."""
from __future__ import annotations

from typing import Any


def edit_rounds(location: Any, cells: list[int], rounds: int, name: str, barrier: Any, results: Any) -> None:
    from ftz_desktop.core.store.workspace import ConflictError, WorkspaceStore

    with WorkspaceStore.open(location) as store:
        for number in range(rounds):
            cell = cells[number % len(cells)]
            store.refresh()
            read = store.observation(cell)
            barrier.wait(timeout=60)
            typed = f"{name}-{number}"
            try:
                batch = store.update_observation(cell, "note", typed, expected_version=read.version)
                results.put(("accepted", number, name, cell, read.note, typed, batch))
            except ConflictError as exc:
                conflict = exc.conflicts[0]
                results.put(("refused", number, name, cell, read.note, typed, conflict.theirs))
            except Exception as exc:        # noqa: BLE001 - anything else is a failure the test reports
                results.put(("error", number, name, cell, read.note, typed, repr(exc)))
            barrier.wait(timeout=60)
