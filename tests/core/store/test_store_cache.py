"""The store's cached Dataset follows its own edits without re-reading everything, and stays equal to
a fresh read of the workspace (a file or a server database) after every kind of change."""
from __future__ import annotations

import pytest

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.store.workspace import CellChange, WorkspaceStore

pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


def _fresh(path):
    with WorkspaceStore.open(path, create=False) as other:
        return other.dataset()


def _same(a, b):
    assert a.observations == b.observations
    assert a.indicators == b.indicators
    assert a.sources == b.sources
    for obs in b.observations:
        assert a.get(*obs.key) == obs


def test_cache_matches_the_file_after_each_kind_of_edit(workspace_location):
    path = workspace_location
    with WorkspaceStore.open(path) as store:
        first = store.dataset()
        obs = [o for o in first.observations if o.value is not None][:3]
        store.update_observation(obs[0].id, "value", "123.5")
        assert store.dataset().get(*obs[0].key).value == 123.5
        _same(store.dataset(), _fresh(path))
        store.apply_changes([CellChange(obs[1].id, "note", "checked"), CellChange(obs[2].id, "period", "2024")])
        _same(store.dataset(), _fresh(path))
        added = store.add_observation("fortune500_in_ftz", "SC-FTZ", "2024", "110", source_id="study-2.1")
        assert store.dataset().observations[-1].id == added.id
        _same(store.dataset(), _fresh(path))
        store.delete_observation(obs[0].id)
        assert store.dataset().get(*obs[0].key) is None
        _same(store.dataset(), _fresh(path))
        store.recipes.save("march", {"version": 1})
        _same(store.dataset(), _fresh(path))
        store.add_indicator(Indicator(id="new_one", name="New", unit="count"))
        assert "new_one" in store.dataset().indicators
        _same(store.dataset(), _fresh(path))
        batch = store.update_observation(obs[1].id, "value", "7")
        store.history.revert(batch)
        _same(store.dataset(), _fresh(path))


def test_an_edit_keeps_untouched_observations_as_they_were(workspace_location):
    with WorkspaceStore.open(workspace_location) as store:
        before = store.dataset()
        target = before.observations[5]
        store.update_observation(target.id, "note", "edited")
        after = store.dataset()
        assert after is not before
        untouched = [o for o in before.observations if o.id != target.id]
        others = [o for o in after.observations if o.id != target.id]
        assert all(a is b for a, b in zip(untouched, others, strict=False))
