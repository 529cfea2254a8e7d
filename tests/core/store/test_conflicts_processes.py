"""Several client processes edit the same cells at once, on a file and on a server: no lost update. In each
round every client has read the same version before any writes; exactly one write is accepted, every other
gets a ConflictError naming the accepted value; every accepted write is in the audit, based on the value its
client read (an unbroken chain old -> new), and the final value is the last accepted one."""
from __future__ import annotations

import multiprocessing

from ftz_desktop.core.store.workspace import WorkspaceStore
from helpers.concurrent_edits import edit_rounds

CLIENTS, ROUNDS = 3, 8


def test_concurrent_clients_lose_no_update(workspace_location):
    with WorkspaceStore.open(workspace_location) as store:
        cells = [o.id for o in store.observations()[:2]]
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(CLIENTS), context.Queue()
    clients = [context.Process(target=edit_rounds, args=(workspace_location, cells, ROUNDS, f"c{n}", barrier, results))
               for n in range(CLIENTS)]
    for client in clients:
        client.start()
    outcomes = [results.get(timeout=120) for _ in range(CLIENTS * ROUNDS)]
    for client in clients:
        client.join(timeout=60)
        assert client.exitcode == 0
    assert [o for o in outcomes if o[0] == "error"] == []
    accepted = {}
    for number in range(ROUNDS):
        this_round = [o for o in outcomes if o[1] == number]
        winners = [o for o in this_round if o[0] == "accepted"]
        assert len(winners) == 1, this_round
        accepted[number] = winners[0]
        assert all(o[6] == winners[0][5] for o in this_round if o[0] == "refused")   # told the value that won
    with WorkspaceStore.open(workspace_location) as store:
        for cell in cells:
            mine = [accepted[n] for n in sorted(accepted) if accepted[n][3] == cell]
            rows = sorted((r for r in store.history.audit(table="observations", row_key=cell, column="note")
                           if r.batch_id in {a[6] for a in accepted.values()}), key=lambda r: r.id)
            assert [r.batch_id for r in rows] == [a[6] for a in mine]              # every accepted write audited
            assert [(r.old, r.new) for r in rows] == [(a[4], a[5]) for a in mine]  # each based on what it read
            assert all(later.old == earlier.new for earlier, later in zip(rows, rows[1:], strict=False))
            assert store.observation(cell).note == mine[-1][5]
            assert store.observation(cell).version == 1 + len(mine)
