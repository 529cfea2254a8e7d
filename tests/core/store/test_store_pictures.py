"""Chart pictures kept in the workspace: schema 3 and its upgrade, keeping and finding by key, the newest
few per chart, never audited; a read-only schema-2 workspace read as it is."""
from __future__ import annotations

import pytest

from ftz_desktop.core.store import schema
from ftz_desktop.core.store.pictures import KEPT_PER_CHART
from ftz_desktop.core.store.workspace import ReadOnlyWorkspaceError, WorkspaceStore
from helpers.store import digest, raw_db, table_rows


def _as_schema_2(path) -> None:
    """The workspace as version 2 wrote it: the same tables, without chart_pictures and the rows' versions."""
    with raw_db(path) as conn:
        conn.executescript("""
            BEGIN;
            DROP TABLE chart_pictures;
            ALTER TABLE observations DROP COLUMN version;
            ALTER TABLE indicators DROP COLUMN version;
            ALTER TABLE recipes DROP COLUMN version;
            UPDATE meta SET value = '2' WHERE key = 'schema_version';
            COMMIT;""")


def test_schema_2_is_upgraded_to_keep_pictures(workspace_path):
    _as_schema_2(workspace_path)
    with WorkspaceStore.open(workspace_path) as store:
        history = store.history.audit(limit=1)
        assert history[0].action == "migrate" and (history[0].old, history[0].new) == ("2", str(schema.SCHEMA_VERSION))
        assert history[0].label == f"Upgraded the workspace from schema 2 to {schema.SCHEMA_VERSION}"
        store.pictures.keep([("k1", "ftz_fdi_share", b"png")])
        assert store.pictures.find(["k1", "k2"]) == {"k1": b"png"}
    assert ("schema_version", str(schema.SCHEMA_VERSION)) in table_rows(workspace_path, "meta")
    with raw_db(workspace_path) as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'chart_pictures_by_chart'").fetchone()
        assert sql is not None          # the index came with the table
    with WorkspaceStore.open(workspace_path) as store:      # no second migration
        assert sum(r.action == "migrate" for r in store.history.audit()) == 1


def test_a_read_only_schema_2_workspace_is_read_as_it_is(workspace_path):
    _as_schema_2(workspace_path)
    before = digest(workspace_path)
    with WorkspaceStore.open(workspace_path, read_only=True) as store:
        assert len(store.dataset().observations) > 0
        assert not store.pictures.available
        assert store.pictures.find(["k1"]) == {} and store.pictures.keys() == []
        with pytest.raises(ReadOnlyWorkspaceError):
            store.pictures.keep([("k1", "ftz_fdi_share", b"png")])
    assert digest(workspace_path) == before


def test_kept_pictures_are_found_by_key_and_are_not_edits(store):
    heard = []
    store.subscribe(heard.append)
    audited = len(store.history.audit())
    store.pictures.keep([("a", "luzhou_port", b"\x89PNG one"), ("b", "ftz_fdi_share", b"\x89PNG two")])
    assert store.pictures.find(["a", "b", "c"]) == {"a": b"\x89PNG one", "b": b"\x89PNG two"}
    store.pictures.keep([("a", "luzhou_port", b"\x89PNG again")])      # the same key, drawn again
    assert store.pictures.find(["a"]) == {"a": b"\x89PNG again"}
    assert len(store.history.audit()) == audited and heard == []      # no audit row, no event
    assert store.pictures.find([]) == {}


def test_only_the_newest_pictures_of_each_chart_stay(store):
    for n in range(KEPT_PER_CHART + 2):
        store.pictures.keep([(f"trade-{n}", "chengdu_trade_2017_2022", b"x")])
    store.pictures.keep([("fdi", "ftz_fdi_share", b"y")])
    kept = store.pictures.keys()
    trade = [key for chart, key in kept if chart == "chengdu_trade_2017_2022"]
    assert trade == [f"trade-{n}" for n in range(KEPT_PER_CHART + 1, 1, -1)]     # newest first
    assert ("ftz_fdi_share", "fdi") in kept


@pytest.mark.file_only
def test_pictures_survive_reopening_and_backups(store, tmp_path):
    store.pictures.keep([("a", "luzhou_port", b"png")])
    copy = store.backup(tmp_path / "copy.ftzdb")
    with WorkspaceStore.open(copy) as reopened:
        assert reopened.pictures.find(["a"]) == {"a": b"png"}
