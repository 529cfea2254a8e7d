"""The Alembic revisions: what they create is what the store's queries expect, and a schema-1 file (sources
without their date and link, no kept pictures) is upgraded by them in one audited step."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from ftz_desktop.core.store import schema
from ftz_desktop.core.store.migrations import SCRIPTS, run_revisions
from ftz_desktop.core.store.sqlite_file import make_engine
from ftz_desktop.core.store.workspace import WorkspaceStore
from helpers.store import raw_db, table_rows


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
            UPDATE meta SET value = '1' WHERE key = 'schema_version';
            COMMIT;""")
    with WorkspaceStore.open(workspace_path) as store:
        latest = store.history.audit(limit=1)[0]
        assert (latest.action, latest.old, latest.new) == ("migrate", "1", str(schema.SCHEMA_VERSION))
        assert all(s.published == "" and s.url == "" for s in store.sources().values())
        store.pictures.keep([("k", "ftz_fdi_share", b"png")])
    assert ("schema_version", str(schema.SCHEMA_VERSION)) in table_rows(workspace_path, "meta")
