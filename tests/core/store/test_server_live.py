"""Live updates on a team workspace: a colleague's commit reaches another open store within a second, as
the same events its own commits give, and the other store's data follows."""
from __future__ import annotations

import threading
import time

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.store.workspace import WorkspaceStore


class Heard:
    def __init__(self) -> None:
        self.events: list = []
        self.arrived = threading.Event()

    def __call__(self, event) -> None:
        self.events.append(event)
        self.arrived.set()

    def wait(self) -> list:
        assert self.arrived.wait(5.0), "no change arrived within 5 s"
        self.arrived.clear()
        return self.events


def test_a_colleagues_edit_arrives_as_an_update_of_that_row(postgres_workspace):
    with WorkspaceStore.open(postgres_workspace, create=False) as mine, \
            WorkspaceStore.open(postgres_workspace, create=False) as theirs:
        obs = mine.observations()[5]
        mine.dataset()
        heard = Heard()
        mine.subscribe(heard)
        assert mine.watch_server()
        assert mine._listener.listening.wait(5.0)
        started = time.perf_counter()
        theirs.update_observation(obs.id, "note", "the colleague's note")
        [event] = heard.wait()              # exactly one event: the one row updated
        latency = time.perf_counter() - started
        assert (event.kind, event.table, event.keys, event.columns) == ("updated", "observations", (obs.id,),
                                                                        ("note",))
        assert obs.indicator_id in event.indicators and latency < 1.0
        assert mine.dataset().get(*obs.key).note == "the colleague's note"


def test_our_own_commits_are_not_heard_twice_and_a_new_source_reloads(postgres_workspace):
    with WorkspaceStore.open(postgres_workspace, create=False) as mine, \
            WorkspaceStore.open(postgres_workspace, create=False) as theirs:
        heard = Heard()
        mine.subscribe(heard)
        mine.watch_server()
        assert mine._listener.listening.wait(5.0)
        obs = mine.observations()[0]
        mine.update_observation(obs.id, "note", "mine")
        assert [e.kind for e in heard.wait()] == ["updated"]          # our own event, from the commit
        theirs.add_source(Source("their-yearbook", "Chengdu Statistical Yearbook 2024", "Chengdu statistics bureau"))
        assert [e.kind for e in heard.wait()][-1] == "reset"
        assert "their-yearbook" in mine.dataset().sources
        assert len([e for e in heard.events if e.kind == "updated"]) == 1


def test_a_file_workspace_has_nothing_to_watch(tmp_path):
    with WorkspaceStore.open(tmp_path / "w.ftzdb") as store:
        assert store.watch_server() is False and store._listener is None
