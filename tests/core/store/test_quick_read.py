"""The quick read (sqlite3 alone): the same Dataset and pictures as the store, only from a workspace that
needs nothing of the store, never a change to the file, and no SQLAlchemy."""
from __future__ import annotations

import subprocess
import sys

import pytest

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.store.quick_read import quick_reader
from ftz_desktop.core.store.workspace import CellChange, WorkspaceStore
from helpers.store import digest, raw_db

pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


def _quick_dataset(path):
    reader = quick_reader(path)
    assert reader is not None
    with reader:
        return reader.dataset()


def test_the_shipped_study_reads_as_the_store_reads_it(workspace_path):
    with WorkspaceStore.open(workspace_path) as store:
        expected = store.dataset()
    assert _quick_dataset(workspace_path) == expected


def test_edited_data_reads_as_the_store_reads_it(workspace_path):
    with WorkspaceStore.open(workspace_path) as store:
        first, second = store.observations()[:2]
        store.update_observation(first.id, "value", "12.5")
        store.update_observation(first.id, "note", "修订：统计局 2024 年公报")
        store.apply_changes([CellChange(second.id, "value", ""), CellChange(second.id, "status", "M")])   # NULL
        added = store.add_observation(first.indicator_id, first.geography, "2031", "7", source_id=first.source_id)
        store.delete_observation(store.observations()[5].id)
        store.history.revert(store.delete_observation(added.id))    # an undone delete keeps the id's place
        store.add_indicator(Indicator(id="new_share", name="新指标", unit="%", decimals=1, min_value=0.0,
                                      max_value=100.0))
        expected = store.dataset()
    assert _quick_dataset(workspace_path) == expected


def test_pictures_kept_by_the_store_are_found(store, workspace_path):
    store.pictures.keep([("a", "luzhou_port", b"\x89PNG a"), ("b", "ftz_fdi_share", b"\x89PNG b")])
    reader = quick_reader(workspace_path)
    with reader:
        assert reader.pictures.find(["a", "c", "b"]) == {"a": b"\x89PNG a", "b": b"\x89PNG b"}
        assert reader.pictures.find([]) == {}


def _schema(path, version: str) -> None:
    with raw_db(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))


def _wal(path) -> None:
    with raw_db(path) as conn:
        conn.execute("PRAGMA journal_mode = wal")


def _journal(path) -> None:
    path.with_name(path.name + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")


def _damaged(path) -> None:
    """An index that disagrees with its table: quick_check misses it, the store's opening check does not."""
    with raw_db(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX audit_batch ON audit (label)' "
                     "WHERE name = 'audit_batch'")


@pytest.mark.parametrize("spoil", [
    lambda path: path.unlink(),                               # to be created from the shipped study
    lambda path: path.write_text("not a database", encoding="utf-8"),
    lambda path: _schema(path, "2"),                          # to be upgraded
    lambda path: _schema(path, "9"),                          # newer: the store names the version
    _wal, _journal, _damaged,
], ids=["missing", "text", "older", "newer", "wal", "journal", "damaged"])
def test_a_workspace_that_needs_the_store_is_left_to_it(workspace_path, spoil):
    spoil(workspace_path)
    before = digest(workspace_path) if workspace_path.exists() else None
    assert quick_reader(workspace_path) is None
    assert (digest(workspace_path) if workspace_path.exists() else None) == before


def test_reading_quickly_needs_no_sqlalchemy(workspace_path):
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from ftz_desktop.core.store.quick_read import quick_reader\n"
            f"with quick_reader(Path({str(workspace_path)!r})) as reader:\n"
            "    assert reader.dataset().observations and reader.pictures.find(['x']) == {}\n"
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
