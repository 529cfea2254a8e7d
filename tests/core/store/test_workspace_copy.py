"""`workspace copy`: a file to a server and back, with its history, snapshots, recipes and order, verified."""
from __future__ import annotations

import pytest

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.store.server_roles import init_server
from ftz_desktop.core.store.workspace import WorkspaceStore
from ftz_desktop.core.store.workspace_copy import CopyError, content_digest, copy_workspace


def _lived_in(path):
    """A file workspace with a few weeks of work: an edit, an undo, a new source, a snapshot, a recipe."""
    with WorkspaceStore.open(path) as store:
        obs = store.observations()[3]
        store.update_observation(obs.id, "note", "Checked with the customs office")
        store.history.revert(store.update_observation(obs.id, "qualifier", "about"))
        store.add_source(Source("yb-2024", "Sichuan Statistical Yearbook 2024", "Sichuan statistics bureau"))
        store.snapshots.create("Before the 2024 figures")
        store.recipes.save("For the director", {"version": 1, "title": "简报"})
    return path


def test_a_file_goes_to_an_empty_database_and_back_unchanged(tmp_path, postgres_database):
    source = _lived_in(tmp_path / "office.ftzdb")
    there = copy_workspace(str(source), postgres_database)
    back = copy_workspace(postgres_database, str(tmp_path / "back.ftzdb"))
    assert there.digest == back.digest and there.counts == back.counts
    assert there.counts["audit"] > 100 and there.counts["snapshots"] == 1
    with WorkspaceStore.open(postgres_database, create=False) as server, \
            WorkspaceStore.open(tmp_path / "back.ftzdb", create=False) as file:
        assert list(server.dataset().sources) == list(file.dataset().sources)     # the study's order kept
        assert server.dataset().sources["yb-2024"].publisher == "Sichuan statistics bureau"
        assert [b.label for b in server.history.batches()] == [b.label for b in file.history.batches()]
        assert server.recipes.names() == ["For the director"]
        # The copy is a workspace to work in: a new edit gets a new id, never one of the copied ones.
        obs = server.observations()[0]
        batch = server.update_observation(obs.id, "note", "edited on the server")
        assert server.history.audit(batch_id=batch)[0].id > there.counts["audit"]


def test_a_database_just_initialised_takes_the_copy(tmp_path, postgres_database):
    init_server(postgres_database)
    result = copy_workspace(str(_lived_in(tmp_path / "office.ftzdb")), postgres_database)
    with WorkspaceStore.open(postgres_database, create=False) as server:
        assert "yb-2024" in server.dataset().sources and result.counts["sources"] == len(server.dataset().sources)


def test_a_database_with_work_of_its_own_is_refused_and_left_as_it_is(tmp_path, postgres_workspace):
    with WorkspaceStore.open(postgres_workspace, create=False) as server:
        server.update_observation(server.observations()[0].id, "note", "the office's own work")
    with pytest.raises(CopyError, match="changes of its own"):
        copy_workspace(str(_lived_in(tmp_path / "office.ftzdb")), postgres_workspace)
    with WorkspaceStore.open(postgres_workspace, create=False) as server:
        assert server.observations()[0].note == "the office's own work"


def test_an_existing_file_is_never_replaced(tmp_path, postgres_workspace):
    target = tmp_path / "already.ftzdb"
    target.write_bytes(b"someone's file")
    with pytest.raises(CopyError, match="already exists"):
        copy_workspace(postgres_workspace, str(target))
    assert target.read_bytes() == b"someone's file"
    assert [p.name for p in tmp_path.iterdir()] == ["already.ftzdb"]


def test_the_digest_sees_a_changed_value(tmp_path):
    path = _lived_in(tmp_path / "a.ftzdb")
    from ftz_desktop.core.store.sqlite_file import make_engine

    engine = make_engine(path, "ro", 5.0)
    with engine.connect() as conn:
        before = content_digest(conn)
    engine.dispose()
    with WorkspaceStore.open(path) as store:
        store.update_observation(store.observations()[0].id, "note", "x")
    engine = make_engine(path, "ro", 5.0)
    with engine.connect() as conn:
        after = content_digest(conn)
    engine.dispose()
    assert before[1] != after[1] and after[0]["audit"] == before[0]["audit"] + 1
