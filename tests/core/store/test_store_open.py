"""Opening workspaces: creation from the shipped study, versions, files that are not workspaces,
read-only mode and the faults SQLite reports (locked, moved, disk full)."""
from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import zipfile

import pytest

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.errors import DiskFullError
from ftz_desktop.core.store import schema
from ftz_desktop.core.store.workspace import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    UpgradeNeededError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceMovedError,
    WorkspaceNotWritableError,
    WorkspaceStore,
)
from ftz_desktop.core.study.shipped import load_shipped_dataset
from ftz_desktop.paths import data_dir
from helpers.store import digest, integrity, raw_db, table_rows

pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


def _csv_count(name: str) -> int:
    with (data_dir() / name).open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


# --- creation -----------------------------------------------------------------------------------

def test_missing_file_is_created_from_the_shipped_study(tmp_path):
    path = tmp_path / "new folder" / "工作区.ftzdb"     # missing folder and a CJK name
    with WorkspaceStore.open(path) as store:
        ds = store.dataset()
        assert len(ds.indicators) == _csv_count("indicators.csv")
        assert len(ds.observations) == _csv_count("observations.csv")
        assert len(ds.sources) == _csv_count("sources.csv")
        assert len(ds.geographies) == _csv_count("geographies.csv")
        shipped = load_shipped_dataset()
        assert list(ds.indicators.values()) == list(shipped.indicators.values())
        assert [o.key for o in ds.observations] == [o.key for o in shipped.observations]
        for mine, theirs in zip(ds.observations, shipped.observations, strict=False):
            assert mine.id > 0
            assert (mine.value, mine.status, mine.qualifier, mine.note, mine.source_id) == \
                   (theirs.value, theirs.status, theirs.qualifier, theirs.note, theirs.source_id)
        [batch] = store.history.batches()
        assert batch.label == "Created from the shipped study"
        assert batch.changes == len(ds.indicators) + len(ds.observations) + len(ds.sources) + len(ds.geographies)
        added = {int(r.row_key) for r in store.history.audit(table="observations")}
        assert added == {o.id for o in ds.observations}
    assert sorted(p.name for p in path.parent.iterdir()) == ["工作区.ftzdb"]   # no temp or journal left


def test_reopen_keeps_edits(workspace_path):
    with WorkspaceStore.open(workspace_path) as store:
        obs = store.observations()[0]
        store.update_observation(obs.id, "value", "99.5")
    with WorkspaceStore.open(workspace_path, create=False) as store:
        assert store.observation(obs.id).value == 99.5


def test_missing_file_without_create_is_refused(tmp_path):
    with pytest.raises(WorkspaceError, match="does not exist"):
        WorkspaceStore.open(tmp_path / "nope.ftzdb", create=False)
    with pytest.raises(WorkspaceError, match="does not exist"):
        WorkspaceStore.open(tmp_path / "nope.ftzdb", read_only=True)
    assert not (tmp_path / "nope.ftzdb").exists()


@pytest.mark.file_only
def test_settings_are_applied_and_asserted(store):
    with raw_db(store.path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    with store._engine.connect() as conn:     # the store's own connection
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_wal_workspace_is_switched_to_the_rollback_journal(workspace_path):
    with raw_db(workspace_path) as conn:
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    with WorkspaceStore.open(workspace_path) as store:
        store.update_observation(store.observations()[0].id, "note", "after WAL")
    with raw_db(workspace_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


# --- versions -----------------------------------------------------------------------------------

def test_newer_schema_is_refused_untouched(workspace_path):
    with raw_db(workspace_path) as conn:
        conn.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    before = digest(workspace_path)
    with pytest.raises(NewerWorkspaceError) as info:
        WorkspaceStore.open(workspace_path)
    message = str(info.value)
    assert "created by a newer version of ftz-desktop (schema 7)" in message
    assert f"this version reads up to schema {schema.SCHEMA_VERSION}" in message
    assert str(workspace_path) in message
    assert (info.value.found, info.value.supported) == (7, schema.SCHEMA_VERSION)
    with pytest.raises(NewerWorkspaceError):
        WorkspaceStore.open(workspace_path, read_only=True)
    assert digest(workspace_path) == before


V0_DDL = """
CREATE TABLE meta ("key" TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, publisher TEXT DEFAULT '' NOT NULL,
    section TEXT DEFAULT '' NOT NULL, reference TEXT DEFAULT '' NOT NULL, note TEXT DEFAULT '' NOT NULL);
CREATE TABLE geographies (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE indicators (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL,
    multiplier FLOAT DEFAULT 1 NOT NULL, currency TEXT DEFAULT '' NOT NULL, decimals INTEGER DEFAULT 0 NOT NULL,
    min_value FLOAT, max_value FLOAT, section TEXT DEFAULT '' NOT NULL, topic TEXT DEFAULT '' NOT NULL,
    description TEXT DEFAULT '' NOT NULL);
CREATE TABLE observations (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    indicator_id TEXT NOT NULL REFERENCES indicators (id), geography TEXT NOT NULL REFERENCES geographies (id),
    period TEXT NOT NULL, value FLOAT, status TEXT DEFAULT 'A' NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id), UNIQUE (indicator_id, geography, period));
CREATE TABLE audit (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, batch_id TEXT NOT NULL, at TEXT NOT NULL,
    user TEXT NOT NULL, action TEXT NOT NULL, table_name TEXT NOT NULL, row_key TEXT NOT NULL, column_name TEXT,
    old_value TEXT, new_value TEXT);
"""


def _build_v0(path, status="A"):
    """A workspace as the pre-release version wrote it (schema 0)."""
    with raw_db(path) as conn:
        conn.executescript(V0_DDL)
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.executescript(f"""
            BEGIN;
            INSERT INTO meta VALUES ('schema_version', '0');
            INSERT INTO sources (id, title) VALUES ('s1', 'Study');
            INSERT INTO geographies VALUES ('SC', 'Sichuan Province');
            INSERT INTO indicators (id, name, unit, multiplier, currency, decimals)
                VALUES ('trade', 'Trade', 'billion yuan', 1e9, 'CNY', 2);
            INSERT INTO observations (id, indicator_id, geography, period, value, status, source_id) VALUES
                (3, 'trade', 'SC', '2021', 100.5, 'A', 's1'),
                (7, 'trade', 'SC', '2022', NULL, '{status}', 's1');
            INSERT INTO audit (batch_id, at, user, action, table_name, row_key, column_name, old_value, new_value)
                VALUES ('b0', '2023-01-01T00:00:00+00:00', 'old', 'update', 'observations', '3', 'value',
                        '99', '100.5');
            COMMIT;""")


def test_old_schema_is_migrated_in_one_step(tmp_path):
    path = tmp_path / "old.ftzdb"
    _build_v0(path, status="M")
    with WorkspaceStore.open(path) as store:
        ds = store.dataset()
        assert [(o.id, o.key, o.value, o.status, o.qualifier, o.note) for o in ds.observations] == [
            (3, ("trade", "SC", "2021"), 100.5, "A", "", ""),
            (7, ("trade", "SC", "2022"), None, "M", "", ""),
        ]
        history = store.history.audit()
        assert history[0].action == "migrate" and (history[0].old, history[0].new) == ("0", str(schema.SCHEMA_VERSION))
        assert history[0].label == f"Upgraded the workspace from schema 0 to {schema.SCHEMA_VERSION}"
        assert history[1].batch_id == "b0" and history[1].label == ""       # old audit rows kept
        # the new parts of schema 1 work
        store.update_observation(3, "note", "备注")
        store.update_observation(3, "qualifier", "about")
        assert store.snapshots.create("after upgrade") > 0
        store.recipes.save("r", {"x": 1})
        new_id = store.add_observation("trade", "SC", "2023", "1", source_id="s1").id
        assert new_id == 8      # ids are never reused
    with raw_db(path) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
            str(schema.SCHEMA_VERSION),)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit")
        # the rebuilt table has exactly the current definition
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='observations'").fetchone()[0]
        assert "CHECK (status IN" in sql and "qualifier" in sql
    with WorkspaceStore.open(path) as store:     # no second migration
        assert sum(r.action == "migrate" for r in store.history.audit()) == 1


def test_failed_migration_leaves_the_old_file_as_it_was(tmp_path):
    path = tmp_path / "old.ftzdb"
    _build_v0(path, status="Z")       # a status schema 1 refuses: the upgrade fails half-way
    before = digest(path)
    upgraded = f"could not be upgraded from schema 0 to {schema.SCHEMA_VERSION}; it has not been changed"
    with pytest.raises(WorkspaceError, match=upgraded):
        WorkspaceStore.open(path)
    assert digest(path) == before
    assert table_rows(path, "meta") == [("schema_version", "0")]


def test_old_schema_read_only_asks_for_an_upgrade(tmp_path):
    path = tmp_path / "old.ftzdb"
    _build_v0(path)
    before = digest(path)
    with pytest.raises(UpgradeNeededError, match="open it for editing"):
        WorkspaceStore.open(path, read_only=True)
    assert digest(path) == before


# --- files that are not workspaces ------------------------------------------------------------------

def _docx_bytes(tmp_path) -> bytes:
    target = tmp_path / "brief.docx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return target.read_bytes()


def _foreign_sqlite(path):
    with raw_db(path) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
        conn.execute("INSERT INTO people VALUES ('x')")


@pytest.mark.parametrize("kind, error, words", [
    ("empty", NotAWorkspaceError, "is empty (0 bytes)"),
    ("random", NotAWorkspaceError, "not a database file"),
    ("docx", NotAWorkspaceError, "looks like a Word or Excel file"),
    ("text", NotAWorkspaceError, "not a database file"),
    ("foreign", NotAWorkspaceError, "database of another program"),
    ("short header", CorruptWorkspaceError, "header is cut short"),
    ("garbage after header", CorruptWorkspaceError, "damaged"),
])
@pytest.mark.parametrize("read_only", [False, True])
def test_not_a_workspace_is_refused_and_left_byte_identical(tmp_path, shipped_workspace, kind, error, words,
                                                            read_only):
    path = tmp_path / "workspace.ftzdb"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(os.urandom(8192))
    elif kind == "docx":
        path.write_bytes(_docx_bytes(tmp_path))
    elif kind == "text":
        path.write_text("indicator_id,geography\n", encoding="utf-8")
    elif kind == "foreign":
        _foreign_sqlite(path)
    elif kind == "short header":
        path.write_bytes(shipped_workspace.read_bytes()[:40])
    else:
        data = bytearray(shipped_workspace.read_bytes())
        data[100:] = os.urandom(len(data) - 100)          # header intact, every page scrambled
        path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(error) as info:
        WorkspaceStore.open(path, read_only=read_only)
    assert words in str(info.value)
    assert str(path) in str(info.value) and info.value.path == path
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "brief.docx") == ["workspace.ftzdb"]


def test_a_folder_is_not_a_workspace(tmp_path):
    with pytest.raises(NotAWorkspaceError, match="is a folder"):
        WorkspaceStore.open(tmp_path)


def test_damaged_page_is_reported_at_open(workspace_path):
    # Flip bytes inside the b-tree page of the observations table (not the header).
    with raw_db(workspace_path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='observations'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(workspace_path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + 12] = b"\xff" * 12
    workspace_path.write_bytes(bytes(data))
    before = digest(workspace_path)
    with pytest.raises(CorruptWorkspaceError, match="damaged"):
        WorkspaceStore.open(workspace_path)
    assert digest(workspace_path) == before


# --- read-only ---------------------------------------------------------------------------------------

def test_read_only_reads_and_refuses_every_edit(workspace_path):
    before = digest(workspace_path)
    with WorkspaceStore.open(workspace_path, read_only=True) as store:
        assert store.read_only
        obs = store.observations()[0]
        assert len(store.dataset().observations) > 0
        assert store.history.audit(limit=1)
        edits = [
            lambda: store.update_observation(obs.id, "value", "1"),
            lambda: store.apply_changes([]),
            lambda: store.add_observation(obs.indicator_id, obs.geography, "1999", "1", source_id=obs.source_id),
            lambda: store.delete_observation(obs.id),
            lambda: store.add_indicator(Indicator(id="x", name="X", unit="count")),
            lambda: store.update_indicator(obs.indicator_id, "name", "Y"),
            lambda: store.delete_indicator(obs.indicator_id),
            lambda: store.snapshots.create("s"),
            lambda: store.recipes.save("r", {}),
            lambda: store.recipes.delete("r"),
        ]
        for edit in edits:
            with pytest.raises(ReadOnlyWorkspaceError, match="open read-only"):
                edit()
        with store._engine.connect() as conn:     # SQLite itself refuses writes, too
            with pytest.raises(Exception, match="readonly|read-only"):
                conn.exec_driver_sql("DELETE FROM recipes")
    assert digest(workspace_path) == before
    assert sorted(p.name for p in workspace_path.parent.iterdir()) == [workspace_path.name]


def test_unwritable_file_is_reported_before_anything_happens(workspace_path, monkeypatch):
    # The tests run as root, which ignores permission bits; os.access is what the check asks.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode & os.W_OK else real_access(p, mode))
    with pytest.raises(WorkspaceNotWritableError, match="Open it read-only"):
        WorkspaceStore.open(workspace_path)
    with WorkspaceStore.open(workspace_path, read_only=True) as store:
        assert store.observations()


# --- faults while open --------------------------------------------------------------------------------

def test_locked_by_another_program(workspace_path):
    with WorkspaceStore.open(workspace_path, busy_timeout=0.1) as store:
        obs = store.observations()[0]
        with raw_db(workspace_path) as other:
            other.execute("BEGIN EXCLUSIVE")
            with pytest.raises(WorkspaceLockedError, match="being used by another program"):
                store.update_observation(obs.id, "value", "1")
            other.execute("ROLLBACK")
        store.update_observation(obs.id, "value", "2")
        assert store.observation(obs.id).value == 2.0
        assert [r.new for r in store.history.audit(row_key=obs.id, column="value")] == [2.0]


def test_locked_at_open(workspace_path):
    with raw_db(workspace_path) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(WorkspaceLockedError):
            WorkspaceStore.open(workspace_path, busy_timeout=0.1)
        other.execute("ROLLBACK")


def test_moved_while_open(workspace_path):
    moved = workspace_path.with_name("moved.ftzdb")
    with WorkspaceStore.open(workspace_path) as store:
        obs = store.observations()[0]
        store.update_observation(obs.id, "value", "11")
        os.rename(workspace_path, moved)
        with pytest.raises(WorkspaceMovedError, match="was moved or renamed"):
            store.update_observation(obs.id, "value", "12")
        assert store.observation(obs.id).value == 11.0
    with WorkspaceStore.open(moved, create=False) as store:
        assert store.observation(obs.id).value == 11.0
        assert [r.new for r in store.history.audit(row_key=obs.id, column="value")] == [11.0]
    assert not workspace_path.exists()


@pytest.mark.file_only
def test_disk_full_keeps_committed_data(store):
    obs = store.observations()[0]
    store.update_observation(obs.id, "value", "5")
    audit_before = len(store.history.audit())
    with store._engine.connect() as conn:     # cap the file at its current size: the next growth fails
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    rows = [{"indicator_id": obs.indicator_id, "geography": obs.geography, "period": f"{1000 + i}",
             "value": "1", "source_id": obs.source_id, "note": "x" * 500} for i in range(200)]
    with pytest.raises(DiskFullError, match="^Disk full — your last change was not saved"):
        store.add_observations(rows)
    assert store.observation(obs.id).value == 5.0
    assert len(store.history.audit()) == audit_before
    assert len(store.observations()) == len(load_shipped_dataset().observations)
    store.update_observation(obs.id, "value", "6")         # small edits still fit
    assert integrity(store.path) == ["ok"]


def test_closed_store_refuses_use(workspace_path):
    store = WorkspaceStore.open(workspace_path)
    store.close()
    store.close()
    assert store.closed
    with pytest.raises(WorkspaceError, match="is closed"):
        store.dataset()


@pytest.mark.file_only
def test_backup_cannot_target_the_open_file(store):
    with pytest.raises(WorkspaceError, match="cannot overwrite the open workspace"):
        store.backup(store.path)


def test_stale_journal_after_a_crash_is_recovered(workspace_path, tmp_path):
    """A hot journal left by a killed writer is rolled back at the next open (never deleted by us)."""
    # Make a hot journal by hand: copy the db and journal while a transaction is mid-way.
    with raw_db(workspace_path) as conn:
        conn.execute("PRAGMA cache_size = 1")      # spill pages to the file before commit
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE observations SET note = 'half-written' || randomblob(200)")
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        shutil.copyfile(workspace_path, crashed / "w.ftzdb")
        journal = workspace_path.with_name(workspace_path.name + "-journal")
        assert journal.exists()
        shutil.copyfile(journal, crashed / "w.ftzdb-journal")
        conn.execute("ROLLBACK")
    path = crashed / "w.ftzdb"
    with pytest.raises(WorkspaceError, match="needs recovery"):
        WorkspaceStore.open(path, read_only=True)
    with WorkspaceStore.open(path) as store:
        assert not any(o.note.startswith("half-written") for o in store.observations())
    assert integrity(path) == ["ok"]
    assert not (crashed / "w.ftzdb-journal").exists()


def test_changes_by_another_program_are_picked_up(workspace_location):
    with WorkspaceStore.open(workspace_location) as mine, WorkspaceStore.open(workspace_location) as other:
        events = []
        mine.subscribe(events.append)
        obs = mine.observations()[0]
        assert mine.refresh() is False
        other.update_observation(obs.id, "value", "77")
        assert mine.refresh() is True
        assert [e.kind for e in events] == ["reset"]
        assert mine.observation(obs.id).value == 77.0
        assert mine.refresh() is False
        other.update_observation(obs.id, "value", "78")
        assert mine.dataset().value(*obs.key) == 78.0      # dataset() notices it too
        assert [e.kind for e in events] == ["reset", "reset"]
        mine.update_observation(obs.id, "value", "79")      # our own commits are not "elsewhere"
        assert mine.refresh() is False


def test_a_failed_creation_leaves_no_file(tmp_path, monkeypatch):
    from ftz_desktop.core.store import sqlite_file as workspace_file

    def broken_seed(batch, dataset):
        raise RuntimeError("crash while seeding")

    monkeypatch.setattr(workspace_file, "seed_workspace", broken_seed)
    path = tmp_path / "new.ftzdb"
    with pytest.raises(RuntimeError, match="crash while seeding"):
        WorkspaceStore.open(path)
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_index_that_quick_check_misses_is_damage(workspace_path):
    """integrity_check reads the indexes too: a file whose index disagrees with its table is never opened."""
    with raw_db(workspace_path) as conn:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql='CREATE INDEX audit_batch ON audit (label)' "
                     "WHERE name='audit_batch'")
    with raw_db(workspace_path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    before = digest(workspace_path)
    with pytest.raises(CorruptWorkspaceError, match="missing from index audit_batch"):
        WorkspaceStore.open(workspace_path, create=False)
    assert digest(workspace_path) == before
