"""Team workspace rights, enforced by the server: a viewer reads, an editor edits figures, an admin sources;
nobody changes the audit log."""
from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.store.errors import ReadOnlyWorkspaceError, WorkspaceNotWritableError
from ftz_desktop.core.store.server_roles import ADMIN, EDITOR, ROLES, VIEWER, init_server
from ftz_desktop.core.store.workspace import WorkspaceStore
from ftz_desktop.core.study.shipped import load_shipped_dataset


def _login(url: str, role: str) -> str:
    """A new login user with ``role``; returns the workspace URL as that user."""
    name, password = f"u_{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN PASSWORD \'{password}\' IN ROLE "{role}"')
    return make_url(url).set(username=name, password=password).render_as_string(hide_password=False)


@pytest.fixture
def team(postgres_database):
    result = init_server(postgres_database)
    return postgres_database, result


def test_init_makes_the_workspace_and_the_three_roles(team):
    url, result = team
    with psycopg.connect(url) as conn:
        roles = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'ftz\\_%'")}
    assert set(ROLES) <= roles
    assert result.database == make_url(url).database
    with WorkspaceStore.open(url, create=False) as store:
        assert len(store.observations()) == len(load_shipped_dataset().observations)
    assert init_server(url).created_roles == ()        # again: nothing new, nothing broken


def test_a_viewer_reads_but_the_server_refuses_its_writes(team):
    viewer = _login(team[0], VIEWER)
    with WorkspaceStore.open(viewer, create=False) as store:
        obs = store.observations()[0]
        assert store.dataset().get(*obs.key) is not None
        assert store.read_only                    # told at open: the login may not change the figures
        with pytest.raises(ReadOnlyWorkspaceError):
            store.update_observation(obs.id, "note", "a viewer's note")
    # The server itself refuses, whatever program sends the write.
    with psycopg.connect(viewer) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE observations SET note = 'x' WHERE id = %s", (obs.id,))
    with WorkspaceStore.open(team[0], create=False) as store:
        assert store.observation(obs.id).note == obs.note


def test_an_editor_edits_figures_and_undoes_but_may_not_add_a_source(team):
    import getpass
    import socket

    editor = _login(team[0], EDITOR)
    with WorkspaceStore.open(editor, create=False) as store:
        obs = store.observations()[0]
        batch = store.update_observation(obs.id, "note", "checked by the editor")
        # The audit names the database user, with the login and the computer as context.
        who = store.history.audit(batch_id=batch)[0].user
        assert who == f"{make_url(editor).username} ({getpass.getuser()}@{socket.gethostname()})"
        store.history.revert(batch)
        store.recipes.save("editor's brief", {"version": 1})
        with pytest.raises(WorkspaceNotWritableError):
            store.add_source(Source("editors-own", "A yearbook", "A statistics office"))
        assert "editors-own" not in store.dataset().sources


def test_an_admin_adds_sources_and_the_audit_log_stays_as_written(team):
    admin = _login(team[0], ADMIN)
    with WorkspaceStore.open(admin, create=False) as store:
        store.add_source(Source("admins-yearbook", "Sichuan Statistical Yearbook 2024", "Sichuan statistics bureau"))
        assert "admins-yearbook" in store.dataset().sources
    for url in (admin, team[0]):          # not the admin, not even the database's owner
        with psycopg.connect(url, autocommit=True) as conn, pytest.raises(psycopg.Error):
            conn.execute("UPDATE audit SET label = 'rewritten' WHERE id = 1")
        with psycopg.connect(url, autocommit=True) as conn, pytest.raises(psycopg.Error):
            conn.execute("DELETE FROM audit WHERE id = 1")


def test_each_person_keeps_their_own_draft_and_named_recipes_are_shared(team):
    url, _ = team
    alice, bob = _login(url, EDITOR), _login(url, EDITOR)
    with WorkspaceStore.open(alice) as mine, WorkspaceStore.open(bob) as theirs:
        assert mine.recipes.draft() is None and theirs.recipes.draft() is None
        mine.recipes.save_draft({"title": "Alice's brief in progress"})
        theirs.recipes.save_draft({"title": "Bob's brief in progress"})
        assert mine.recipes.draft() == {"title": "Alice's brief in progress"}
        assert theirs.recipes.draft() == {"title": "Bob's brief in progress"}
        mine.recipes.save("Weekly", {"title": "Weekly"})
        assert theirs.recipes.names() == ["Weekly"] and theirs.recipes.load("Weekly") == {"title": "Weekly"}
