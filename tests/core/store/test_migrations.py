"""The Alembic revisions: what they create is what the store's queries expect, and a schema-1 file (sources
without their date and link, no kept pictures) is upgraded by them in one audited step."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from ftz_desktop.core.store import schema
from ftz_desktop.core.store.migrations import SCRIPTS, run_revisions
from ftz_desktop.core.store.sqlite_file import make_engine
from ftz_desktop.core.store.workspace import WorkspaceStore
from helpers.store import another_program_runs, raw_db, table_rows


def test_the_revisions_create_exactly_the_schema_the_queries_use(tmp_path):
    engine = make_engine(tmp_path / "empty.db", "rwc", 5.0)
    try:
        with engine.connect().execution_options(ftz_write=True) as conn:
            run_revisions(conn, None)
            conn.commit()
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), schema.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_the_revisions_are_where_the_bundle_finds_them():
    assert sorted(p.name for p in (SCRIPTS / "versions").glob("schema_*.py")) == [
        f"schema_{n}.py" for n in range(schema.SCHEMA_VERSION + 1)]


def test_a_schema_1_file_is_upgraded_with_its_audit_row(workspace_path):
    with raw_db(workspace_path) as conn:
        conn.executescript("""
            BEGIN;
            DROP TABLE chart_pictures;
            ALTER TABLE sources DROP COLUMN published;
            ALTER TABLE sources DROP COLUMN url;
            ALTER TABLE observations DROP COLUMN version;
            ALTER TABLE indicators DROP COLUMN version;
            ALTER TABLE recipes DROP COLUMN version;
            UPDATE meta SET value = '1' WHERE key = 'schema_version';
            COMMIT;""")
    with WorkspaceStore.open(workspace_path) as store:
        latest = store.history.audit(limit=1)[0]
        assert (latest.action, latest.old, latest.new) == ("migrate", "1", str(schema.SCHEMA_VERSION))
        assert all(s.published == "" and s.url == "" for s in store.sources().values())
        store.pictures.keep([("k", "ftz_fdi_share", b"png")])
    assert ("schema_version", str(schema.SCHEMA_VERSION)) in table_rows(workspace_path, "meta")


def _versions_dropped(location, schema_version: int = 3) -> None:
    """The workspace as schema 3 wrote it (observations, indicators and recipes without their version), or
    schema 4 (indicators and recipes without theirs)."""
    if schema_version < 4:
        another_program_runs(location, "ALTER TABLE observations DROP COLUMN version")
    another_program_runs(location, "ALTER TABLE indicators DROP COLUMN version")
    another_program_runs(location, "ALTER TABLE recipes DROP COLUMN version")
    another_program_runs(location, f"UPDATE meta SET value = '{schema_version}' WHERE key = 'schema_version'")


def test_a_schema_3_workspace_gets_versions_on_either_backend(workspace_location):
    _versions_dropped(workspace_location)
    with WorkspaceStore.open(workspace_location) as store:
        latest = store.history.audit(limit=1)[0]
        assert (latest.action, latest.old, latest.new) == ("migrate", "3", str(schema.SCHEMA_VERSION))
        assert {o.version for o in store.observations()} == {1}
        obs = store.observations()[0]
        store.update_observation(obs.id, "note", "after the upgrade", expected_version=1)
        assert store.observation(obs.id).version == 2
    with WorkspaceStore.open(workspace_location) as store:      # no second migration; the version was kept
        assert sum(r.action == "migrate" for r in store.history.audit()) == 1
        assert store.observation(obs.id).version == 2


def test_a_read_only_schema_3_file_is_read_without_versions(workspace_path):
    _versions_dropped(workspace_path)
    with WorkspaceStore.open(workspace_path, read_only=True) as store:
        assert store.observations() and {o.version for o in store.observations()} == {0}
    assert ("schema_version", "3") in table_rows(workspace_path, "meta")


def test_a_schema_4_workspace_gets_indicator_versions_on_either_backend(workspace_location):
    _versions_dropped(workspace_location, 4)
    with WorkspaceStore.open(workspace_location) as store:
        latest = store.history.audit(limit=1)[0]
        assert (latest.action, latest.old, latest.new) == ("migrate", "4", str(schema.SCHEMA_VERSION))
        assert {i.version for i in store.indicators().values()} == {1}
        assert store.recipes.save_versioned("Weekly", {"title": "w"}, 0) == 1
        assert {o.version for o in store.observations()} != {0}          # the observations kept theirs
        store.update_indicator("sichuan_trade_bri", "description", "after the upgrade", expected_version=1)
        assert store.indicators()["sichuan_trade_bri"].version == 2
