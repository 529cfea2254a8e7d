"""Losing the server of a team workspace mid-session: a write while it is away is refused with one message that
names it (never the password) and changes nothing; the figures last read stay readable; the live updates say
offline and online again; once the server is back (a restart, or connections cut by the server), the same
store writes again by itself, and a colleague's change made meanwhile reaches it."""
from __future__ import annotations

import threading
import time
from typing import Callable

import psycopg
import pytest
from sqlalchemy.engine import make_url

from ftz_desktop.core.store.errors import WorkspaceConnectionError
from ftz_desktop.core.store.workspace import WorkspaceStore
from helpers import pg_cluster
from helpers.lost_commit import commit_then_lose_the_answer

NOTE_OBS = 1


def _until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    event = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        event.wait(0.05)


def test_a_write_while_the_server_is_down_changes_nothing_and_works_once_it_is_back(private_postgres):
    folder, url = private_postgres
    password = make_url(url).password
    states: list[bool] = []
    with WorkspaceStore.open(url) as store:
        assert store.watch_server(on_state=states.append)
        _until(lambda: states == [True])
        before = store.observation(NOTE_OBS)
        pg_cluster.pause(folder)
        with pytest.raises(WorkspaceConnectionError) as refused:
            store.update_observation(NOTE_OBS, "note", "typed while offline", expected_version=before.version)
        message = str(refused.value)
        assert store.location in message and "nothing was saved" in message
        assert password and password not in message
        assert store.observation(NOTE_OBS).note == before.note      # the figures last read
        _until(lambda: states[-1] is False)
        pg_cluster.resume(folder)
        _until(lambda: states[-1] is True)
        with WorkspaceStore.open(url) as colleague:                         # a change made while we were away
            colleague.update_observation(2, "note", "a colleague's note")
        _until(lambda: store.observation(2).note == "a colleague's note")
        store.update_observation(NOTE_OBS, "note", "typed again", expected_version=before.version)
    assert states[:2] == [True, False] and states[-1] is True
    with WorkspaceStore.open(url) as fresh:
        assert fresh.observation(NOTE_OBS).note == "typed again"
        assert [r.new_value for r in fresh.history.audit(table="observations", row_key=str(NOTE_OBS))
                if "offline" in (r.new_value or "")] == []


def test_connections_cut_by_the_server_are_made_again_by_themselves(postgres_workspace):
    """What a server restart does to an open window's connections, without restarting the shared server."""
    database = make_url(postgres_workspace).database
    admin = make_url(postgres_workspace).set(database="postgres").render_as_string(hide_password=False)
    states: list[bool] = []
    with WorkspaceStore.open(postgres_workspace) as store:
        store.watch_server(on_state=states.append)
        _until(lambda: states == [True])
        store.update_observation(NOTE_OBS, "note", "before the cut")
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                         "AND pid <> pg_backend_pid()", (database,))
        store.update_observation(NOTE_OBS, "note", "after the cut")            # no error: a new connection
        _until(lambda: states[-1] is True and len(states) >= 3)               # the listener lost it and is back
        with WorkspaceStore.open(postgres_workspace) as colleague:
            colleague.update_observation(2, "note", "heard after the cut")
        _until(lambda: store.observation(2).note == "heard after the cut")
    assert states[:3] == [True, False, True]


@pytest.mark.parametrize("lands", [True, False])
def test_a_commit_whose_answer_was_lost_is_known_for_what_it_was(postgres_workspace, monkeypatch, lands):
    with WorkspaceStore.open(postgres_workspace) as store:
        before = store.observation(NOTE_OBS)
        commit_then_lose_the_answer(monkeypatch, lands)
        with pytest.raises(WorkspaceConnectionError) as lost:
            store.update_observation(NOTE_OBS, "note", "sent as the line went", expected_version=before.version)
        assert lost.value.batch_id and store.landed(lost.value.batch_id) is lands
        assert store.observation(NOTE_OBS).note == ("sent as the line went" if lands else before.note)   # read again
    with WorkspaceStore.open(postgres_workspace) as fresh:
        assert fresh.observation(NOTE_OBS).note == ("sent as the line went" if lands else before.note)
