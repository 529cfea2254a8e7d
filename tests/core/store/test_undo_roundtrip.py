"""Reliability 41: 1,000 edits, then undo them all, then redo them all: the data come back exactly, and the
audit log holds every edit, every undo and every redo."""
from __future__ import annotations

import hashlib
import random

import pytest

from ftz_desktop.core.store.workspace import WorkspaceStore

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("edits_keep_the_study_source")]
EDITS = 1000


def _checksum(store) -> str:
    rows = sorted((o.id, o.key, o.value, o.qualifier, o.status, o.source_id, o.note)
                  for o in store.dataset().observations)
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()


def test_a_thousand_edits_undo_and_redo_to_identical_tables(workspace_location):
    rng = random.Random(41)
    with WorkspaceStore.open(workspace_location) as store:
        start = _checksum(store)
        audit_before = len(store.history.audit())
        # Values within every indicator's range (shares stay under 100%).
        targets = [o for o in store.dataset().observations if o.value is not None]
        edits = []
        for n in range(EDITS):
            obs = rng.choice(targets)
            if n % 3 == 0:
                edits.append(store.update_observation(obs.id, "note", f"checked {n} 核对"))
            else:
                edits.append(store.update_observation(obs.id, "value", str(round(rng.uniform(1, 99), 2))))
        edited = _checksum(store)
        assert edited != start
        undos = [store.history.revert(batch) for batch in reversed(edits)]
        assert _checksum(store) == start
        for undo in reversed(undos):
            store.history.revert(undo)
        assert _checksum(store) == edited
        assert len(store.history.audit()) - audit_before == 3 * EDITS   # one row per edit, per undo, per redo
        store.integrity_check()
