"""Named recipes carry a version, on both backends: a save over the version read raises it; one over a version a
colleague saved or deleted since is refused naming who and when, and writes nothing; a recipe made again under a
deleted one's name starts above its old versions. Each person keeps their own draft on a server
(test_server_roles)."""
from __future__ import annotations

import pytest

from ftz_desktop.core.store.errors import ConflictError
from ftz_desktop.core.store.workspace import WorkspaceStore


@pytest.fixture
def colleague(workspace_location):
    with WorkspaceStore.open(workspace_location) as other:
        yield other


def test_a_save_over_the_version_read_raises_it_and_a_stale_one_is_refused(store, colleague):
    first = store.recipes.save_versioned("Monthly", {"title": "a"}, 0)
    assert first == 1 and store.recipes.load_versioned("Monthly") == ({"title": "a"}, 1)
    assert colleague.recipes.save_versioned("Monthly", {"title": "b"}, first) == 2
    with pytest.raises(ConflictError, match="was saved by .* since you opened it"):
        store.recipes.save_versioned("Monthly", {"title": "c"}, first)
    assert store.recipes.load("Monthly") == {"title": "b"}
    colleague.recipes.delete("Monthly")
    with pytest.raises(ConflictError, match="was deleted by "):
        store.recipes.save_versioned("Monthly", {"title": "c"}, 2)
    assert store.recipes.save_versioned("Monthly", {"title": "c"}, 0) > 2       # a new one, above the old versions
    with pytest.raises(ConflictError):
        store.recipes.save_versioned("Monthly", {"title": "d"}, 1)
