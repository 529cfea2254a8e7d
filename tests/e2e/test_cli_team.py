"""`server init` and `workspace copy` as a DBA and a user run them: one line each, no traceback, no password."""
from __future__ import annotations

import psycopg
from sqlalchemy.engine import make_url


def _with_password(url: str) -> str:
    return make_url(url).render_as_string(hide_password=False)


def test_init_a_database_copy_a_file_in_and_out(run_app, tmp_path, postgres_database):
    result = run_app("server", "init", postgres_database)
    assert result.returncode == 0, result.stderr
    assert "ftz_viewer, ftz_editor, ftz_admin" in result.stdout and "GRANT ftz_editor TO" in result.stdout
    password = make_url(postgres_database).password
    assert not password or password not in result.stdout
    out = run_app("workspace", "copy", postgres_database, str(tmp_path / "from-server.ftzdb"))
    assert out.returncode == 0, out.stderr
    assert "verified" in out.stdout and (tmp_path / "from-server.ftzdb").is_file()
    listed = run_app("history", "--workspace", postgres_database, "--limit", "1")
    assert listed.returncode == 0 and "Created from the shipped study" in listed.stdout
    with psycopg.connect(_with_password(postgres_database)) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'ftz_admin'").fetchone() == (1,)


def test_a_copy_into_an_existing_file_is_one_clear_line(run_app, tmp_path, postgres_workspace):
    (tmp_path / "taken.ftzdb").write_bytes(b"x")
    result = run_app("workspace", "copy", postgres_workspace, str(tmp_path / "taken.ftzdb"))
    assert result.returncode == 2 and "already exists" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "taken.ftzdb").read_bytes() == b"x"


def test_a_wrong_password_names_the_server_but_not_the_password(run_app, postgres_database):
    wrong = make_url(postgres_database).set(password="not-the-password-4711").render_as_string(hide_password=False)
    result = run_app("server", "init", wrong)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "not-the-password-4711" not in result.stderr and make_url(wrong).host in result.stderr
