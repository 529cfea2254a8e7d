"""A workspace on a PostgreSQL server: made from the shipped study in an empty database, recognised, refused
when it is something else or newer, upgraded when older; connection problems named without the password;
read-only enforced by the server; writers take turns (another program's change noticed: test_store_open)."""
from __future__ import annotations

import logging
import socket
import uuid

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ftz_desktop.core.store import schema
from ftz_desktop.core.store.errors import WorkspaceConnectionError
from ftz_desktop.core.store.migrations import run_revisions
from ftz_desktop.core.store.opening import open_workspace, refuse_when_in_use
from ftz_desktop.core.store.server import WRITE_LOCK, make_server_engine, parse_url
from ftz_desktop.core.store.workspace import (
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceNotWritableError,
    WorkspaceStore,
)
from ftz_desktop.core.study.shipped import load_shipped_dataset

# The store's mechanics, on the study's own figures: the provenance rule has its own tests.
pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


def _sql(url: str, statement: str, *params):
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(statement, params or None)
        return cursor.fetchall() if cursor.description else None


def _with(url: str, **parts) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)


def test_an_empty_database_becomes_the_shipped_study_in_its_order(postgres_database, tmp_path):
    with WorkspaceStore.open(postgres_database) as server, WorkspaceStore.open(tmp_path / "w.ftzdb") as file:
        assert server.is_server and server.path is None and not file.is_server
        mine, theirs = server.dataset(), file.dataset()
        assert list(mine.indicators) == list(theirs.indicators) == list(load_shipped_dataset().indicators)
        assert list(mine.sources) == list(theirs.sources) and list(mine.geographies) == list(theirs.geographies)
        assert mine == theirs
        assert [b.label for b in server.history.batches()] == ["Created from the shipped study"]
        # Recorded under the database user who made it, as every later change is.
        assert server.history.batches()[0].user.startswith(f"{make_url(postgres_database).username} (")
    assert _sql(postgres_database, "SELECT value FROM meta WHERE key = 'schema_version'") == [
        (str(schema.SCHEMA_VERSION),)]


def test_an_added_indicator_and_source_keep_their_place(store, backend):
    from ftz_desktop.core.domain.model import Indicator, Source

    store.add_source(Source(id="aaa-first-by-name", title="Yearbook"))
    store.add_indicator(Indicator(id="aaa_extra", name="Extra", unit="count"))
    assert list(store.indicators())[-1] == "aaa_extra" and list(store.sources())[-1] == "aaa-first-by-name"


def test_an_empty_database_is_not_made_a_workspace_without_create(postgres_database):
    with pytest.raises(WorkspaceError, match="holds no workspace yet; nothing was created"):
        WorkspaceStore.open(postgres_database, create=False)
    assert _sql(postgres_database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_a_database_of_another_program_is_refused_untouched(postgres_database):
    _sql(postgres_database, "CREATE TABLE people (name text)")
    with pytest.raises(NotAWorkspaceError, match="holds other tables, not an ftz-desktop workspace"):
        WorkspaceStore.open(postgres_database)
    assert _sql(postgres_database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == [("people",)]


def test_a_newer_server_workspace_is_refused(postgres_workspace):
    _sql(postgres_workspace, "UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    with pytest.raises(NewerWorkspaceError, match=r"created by a newer version of ftz-desktop \(schema 9\)"):
        WorkspaceStore.open(postgres_workspace)


def test_an_older_server_workspace_is_upgraded_in_one_audited_step(postgres_database):
    engine = make_server_engine(parse_url(postgres_database), read_only=False, busy_timeout=5.0)
    try:
        with engine.connect().execution_options(ftz_write=True) as conn:
            run_revisions(conn, None, target=2)
            conn.execute(text("INSERT INTO meta VALUES ('schema_version', '2')"))
            conn.commit()
    finally:
        engine.dispose()
    with WorkspaceStore.open(postgres_database) as store:
        latest = store.history.audit(limit=1)[0]
        assert (latest.action, latest.old, latest.new) == ("migrate", "2", str(schema.SCHEMA_VERSION))
        store.pictures.keep([("k", "ftz_fdi_share", b"png")])
        assert store.pictures.find(["k"]) == {"k": b"png"}
    with WorkspaceStore.open(postgres_database) as store:        # no second migration
        assert sum(r.action == "migrate" for r in store.history.audit()) == 1


# --- connecting ---------------------------------------------------------------------------------------------

def test_a_wrong_password_is_named_without_the_password(postgres_workspace, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "Wr0ng-pa55word-x7"
    url = _with(postgres_workspace, password=wrong)
    with pytest.raises(WorkspaceConnectionError) as refused:
        WorkspaceStore.open(url)
    parts = make_url(url)
    message = str(refused.value)
    assert f"{parts.host}:{parts.port}/{parts.database}" in message and "password" in message
    assert wrong not in message and wrong not in caplog.text
    assert refused.value.__cause__ is None and refused.value.__context__ is None or \
        wrong not in repr(refused.value.__context__)


def test_the_password_comes_from_pgpassword(postgres_workspace, monkeypatch):
    parts = make_url(postgres_workspace)
    monkeypatch.setenv("PGPASSWORD", parts.password)
    bare = _with(postgres_workspace, password=None).replace(f":{parts.password}@", "@")
    assert parts.password not in bare
    with WorkspaceStore.open(bare) as store:
        assert store.location == bare and len(store.observations()) > 0
    monkeypatch.setenv("PGPASSWORD", "not-it-either")
    with pytest.raises(WorkspaceConnectionError) as refused:
        WorkspaceStore.open(bare)
    assert "not-it-either" not in str(refused.value)


def test_a_server_that_does_not_answer_is_named(postgres_workspace):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]          # nobody listens there once closed
    url = _with(postgres_workspace, port=port)
    with pytest.raises(WorkspaceConnectionError, match=f"127.0.0.1:{port}/.*cannot be reached"):
        WorkspaceStore.open(url)


def test_a_missing_database_is_named(postgres_workspace):
    url = _with(postgres_workspace, database="no_such_database_here")
    with pytest.raises(WorkspaceConnectionError, match='/no_such_database_here cannot be reached.*database '
                                                       '"no_such_database_here" does not exist'):
        WorkspaceStore.open(url)


def test_sslmode_reaches_the_driver(postgres_workspace):
    url = _with(postgres_workspace, query={"sslmode": "require"})     # the test server speaks no TLS
    with pytest.raises(WorkspaceConnectionError, match="SSL") as refused:
        WorkspaceStore.open(url)
    assert "sslmode=require" in str(refused.value)


def test_a_malformed_address_is_one_clear_message():
    with pytest.raises(WorkspaceError, match="names no database"):
        WorkspaceStore.open("postgresql://someone@127.0.0.1:5432")


# --- working on it --------------------------------------------------------------------------------------------

def test_read_only_is_enforced_by_the_server_too(postgres_workspace):
    with WorkspaceStore.open(postgres_workspace, read_only=True) as store:
        obs = store.observations()[0]
        with pytest.raises(ReadOnlyWorkspaceError):
            store.update_observation(obs.id, "value", "1")
        with store._tx.read() as conn, pytest.raises(Exception, match="read-only transaction"):
            conn.execute(text("DELETE FROM recipes"))


def test_writers_take_turns_and_a_long_wait_is_named(postgres_workspace):
    with WorkspaceStore.open(postgres_workspace, busy_timeout=0.3) as store, \
            psycopg.connect(postgres_workspace) as other:
        obs = store.observations()[0]
        other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))      # another writer mid-transaction
        with pytest.raises(WorkspaceLockedError, match="being changed by someone else"):
            store.update_observation(obs.id, "value", "1")
        other.rollback()
        assert store.observation(obs.id).value == obs.value
        store.update_observation(obs.id, "value", "1")
        assert store.observation(obs.id).value == 1.0


def test_an_id_given_back_never_comes_again(postgres_workspace):
    with WorkspaceStore.open(postgres_workspace) as store:
        obs = store.observations()[0]
        taken = max(o.id for o in store.observations()) + 50
        store.add_observation(obs.indicator_id, obs.geography, "1999", "1", source_id=obs.source_id, obs_id=taken)
        fresh = store.add_observation(obs.indicator_id, obs.geography, "1998", "1", source_id=obs.source_id).id
        assert fresh > taken


def test_a_backup_to_a_file_is_refused_and_writes_nothing(postgres_workspace, tmp_path):
    with WorkspaceStore.open(postgres_workspace) as store:
        with pytest.raises(WorkspaceError, match="is on a server.*nothing was written"):
            store.backup(tmp_path / "copy.ftzdb")
        store.integrity_check()
    assert list(tmp_path.iterdir()) == []


def test_the_audit_cannot_be_emptied_by_truncate(postgres_workspace):
    with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        _sql(postgres_workspace, "TRUNCATE audit")


def test_opening_rules_take_a_server_without_a_lock_file(postgres_workspace, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    opened = open_workspace(postgres_workspace, on_in_use=refuse_when_in_use, create=False)
    assert opened is not None and opened.lock is None
    with opened:
        assert opened.store.is_server and not opened.store.read_only
    assert list(tmp_path.iterdir()) == []


def test_a_user_without_rights_is_told_so(postgres_workspace):
    _sql(postgres_workspace, "CREATE ROLE ftz_reader_only LOGIN PASSWORD 'reader-pw'")
    try:
        _sql(postgres_workspace, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO ftz_reader_only")
        url = _with(postgres_workspace, username="ftz_reader_only", password="reader-pw")
        with WorkspaceStore.open(url) as store:
            obs = store.observations()[0]
            assert store.read_only              # no right to change the figures: told at open
            with pytest.raises(ReadOnlyWorkspaceError):
                store.update_observation(obs.id, "value", "1")
        # With the figures' grant but not the audit log's, the server refuses the write itself.
        _sql(postgres_workspace, "GRANT UPDATE ON observations TO ftz_reader_only")
        with WorkspaceStore.open(url) as store:
            with pytest.raises(WorkspaceNotWritableError, match="may not be changed by this user") as refused:
                store.update_observation(obs.id, "value", "1")
            assert "reader-pw" not in str(refused.value)
            assert store.observation(obs.id).value == obs.value
    finally:
        _sql(postgres_workspace, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ftz_reader_only")
        _sql(postgres_workspace, "DROP ROLE ftz_reader_only")


@pytest.mark.parametrize("line, shown", [
    ("list --workspace postgresql://ftz:s3cr3t@127.0.0.1:5432/db --create",
     "list --workspace postgresql://ftz@127.0.0.1:5432/db --create"),
    ("postgresql+psycopg://u:p%40ss@h/db and POSTGRES://a:b:c@h/d", "postgresql+psycopg://u@h/db and POSTGRES://a@h/d"),
    ("postgresql://u@h/db?sslmode=verify-full", "postgresql://u@h/db?sslmode=verify-full"),
])
def test_a_logged_command_line_holds_no_password(line, shown):
    from ftz_desktop.core.store.addresses import without_passwords

    assert without_passwords(line) == shown


def test_names_sort_as_in_a_file_whatever_the_servers_collation(postgres_server, tmp_path):
    name = f"ftz_test_icu_{uuid.uuid4().hex[:8]}"
    _sql(postgres_server, f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
                          "LOCALE 'C.UTF-8'")          # en-US sorts "a" before "B"; SQLite and C the other way
    try:
        url = _with(postgres_server, database=name)
        with WorkspaceStore.open(url) as server, WorkspaceStore.open(tmp_path / "w.ftzdb") as file:
            for store in (server, file):
                for recipe in ("a", "B", "_x", "Ä"):
                    store.recipes.save(recipe, {"version": 1})
            assert server.recipes.names() == file.recipes.names() == ["B", "_x", "a", "Ä"]
    finally:
        _sql(postgres_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
