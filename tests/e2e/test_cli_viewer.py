"""A viewer (ftz_viewer) cannot change a team workspace through any command: each write is refused in one line
(by the store, which sees the login may not edit, or by the server itself), the workspace is unchanged, and
reading and making a brief still work. The password never appears in what the commands print or log."""
from __future__ import annotations

import csv
import uuid

import psycopg
from sqlalchemy.engine import make_url

from ftz_desktop.core.store.server_roles import VIEWER, init_server
from ftz_desktop.core.store.workspace import WorkspaceStore


def _viewer_url(owner_url: str) -> tuple[str, str]:
    init_server(owner_url)
    name, password = f"viewer_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with psycopg.connect(owner_url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN PASSWORD \'{password}\' IN ROLE "{VIEWER}"')
    return _as(owner_url, name), password


def _as(url: str, user: str) -> str:
    """``url`` for another login, without a password (libpq takes it from PGPASSWORD)."""
    parts = make_url(url)
    return f"postgresql://{user}@{parts.host}:{parts.port}/{parts.database}"


def _content(url: str) -> tuple:
    with WorkspaceStore.open(url, create=False, read_only=True) as store:
        data = store.dataset()
        return (len(store.history.audit()), sorted(data.sources), [(o.id, o.value, o.note) for o in data.observations],
                store.pictures.keys())


def test_a_viewer_cannot_write_through_any_command(run_app, postgres_workspace, postgres_database, tmp_path):
    url, password = _viewer_url(postgres_workspace)
    env = {"PGPASSWORD": password}
    before = _content(postgres_workspace)
    init_server(postgres_database)                     # a just-initialised database a copy may go into
    empty_before = _content(postgres_database)
    copy_target = _as(postgres_database, make_url(url).username or "")
    WorkspaceStore.open(tmp_path / "office.ftzdb").close()
    figures = tmp_path / "figures.csv"
    with figures.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["indicator_id", "geography", "period", "value", "source_id", "note"])
        writer.writerow(["sichuan_trade_bri", "SC", "2013", "153.53", "study-1", "a viewer's note"])
    writes = {
        "source add": ("source", "add", "--id", "sc-yearbook-2024", "--title", "Sichuan Statistical Yearbook 2024"),
        "data import": ("data", "import", str(figures)),
        "server init": ("server", "init", url),
        "workspace copy": ("workspace", "copy", str(tmp_path / "office.ftzdb"), copy_target),
    }
    outputs = []
    for what, args in writes.items():
        extra = () if what in ("server init", "workspace copy") else ("--workspace", url)
        result = run_app(*args, *extra, env=env)
        outputs += [result.stdout, result.stderr]
        assert result.returncode != 0, f"{what} was not refused: {result.stdout}"
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, (what, result.stderr)
        assert "cannot be reached" not in result.stderr, (what, result.stderr)          # refused, not locked out
        assert "needs the ftz_editor role" in result.stderr or "may not be changed by this user" in result.stderr
    assert _content(postgres_workspace) == before and _content(postgres_database) == empty_before
    brief = tmp_path / "brief.docx"
    made = run_app("export", "--out", str(brief), "--workspace", url, env=env)   # reading still works
    assert made.returncode == 0, made.stderr
    assert brief.is_file() and _content(postgres_workspace) == before           # and keeps nothing on the server
    logs = "".join(p.read_text(encoding="utf-8") for p in run_app.home.rglob("*.log"))
    assert all(password not in text for text in (*outputs, made.stdout, made.stderr, logs))
