"""A seeded random walk of edits, pastes, adds, deletes, undos, redos and reopenings. After every step the
store's cached data equal a fresh read of the file, and every change the store reports has its audit rows
(a short, deterministic cousin of the nightly soak in the reliability catalogue)."""
from __future__ import annotations

import random

import pytest

from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.store.validation import BatchValidationError
from ftz_desktop.core.store.workspace import CellChange, UndoConflictError, WorkspaceStore

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("edits_keep_the_study_source")]
STEPS = 400


def _fresh(path):
    with WorkspaceStore.open(path, create=False) as other:
        return other.dataset()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_walk_keeps_cache_file_and_audit_in_step(workspace_location, seed):
    rng = random.Random(seed)
    path = workspace_location
    store = WorkspaceStore.open(path)
    done: list[str] = []        # batches that can be undone
    undone: list[str] = []      # undo batches that can be redone
    try:
        for step in range(STEPS):
            observations = [o for o in store.dataset().observations if o.value is not None]
            action = rng.choice(["edit", "edit", "note", "paste", "add", "delete", "undo", "redo", "reopen"])
            before = len(store.history.audit())
            rows_before = store.dataset().observations
            batch = None
            try:
                if action == "edit":
                    obs = rng.choice(observations)
                    batch = store.update_observation(obs.id, "value", str(round(rng.uniform(0.5, 99), 2)))
                elif action == "note":
                    obs = rng.choice(observations)
                    batch = store.update_observation(obs.id, "note", rng.choice(["", "核对", "checked", "=1+1"]))
                elif action == "paste":
                    chosen = rng.sample(observations, k=min(5, len(observations)))
                    batch = store.apply_changes([CellChange(o.id, "value", str(rng.randint(1, 99))) for o in chosen])
                elif action == "add":
                    batch = store.add_observation("fortune500_in_ftz", "CN", str(3000 + step), str(rng.randint(1, 500)),
                                                  source_id="study-2.1").batch_id
                elif action == "delete":
                    batch = store.delete_observation(rng.choice(observations).id)
                elif action == "undo" and done:
                    undone.append(store.history.revert(done.pop()))
                elif action == "redo" and undone:
                    done.append(store.history.revert(undone.pop()))
                elif action == "reopen":
                    store.close()
                    store = WorkspaceStore.open(path, create=False)
            except (ParseError, BatchValidationError, UndoConflictError):
                assert len(store.history.audit()) == before          # a refusal writes nothing
            if batch is not None:
                if store.history.audit(batch_id=batch):
                    done.append(batch)
                    undone.clear()
                else:       # an edit to the value already there: no change, no audit row, nothing to undo
                    assert store.dataset().observations == rows_before, f"step {step}: a change without audit"
            cached = store.dataset()
            assert cached.observations == _fresh(path).observations, f"step {step} ({action})"
        store.integrity_check()
    finally:
        store.close()
