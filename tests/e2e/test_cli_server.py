"""The command line on a workspace on a PostgreSQL server: --workspace takes its URL wherever it takes a file;
a refusal is one line without the password."""
from __future__ import annotations

import csv

from sqlalchemy.engine import make_url


def test_commands_read_and_write_a_server_workspace(run_app, postgres_database, tmp_path):
    listed = run_app("list", "--workspace", postgres_database, "--create")
    assert listed.returncode == 0, listed.stderr
    out = tmp_path / "figures.csv"
    exported = run_app("data", "export", str(out), "--workspace", postgres_database)
    assert exported.returncode == 0, exported.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) > 50
    brief = tmp_path / "brief.docx"
    result = run_app("export", "--out", str(brief), "--workspace", postgres_database)
    assert result.returncode == 0, result.stderr
    assert brief.is_file()
    assert not (run_app.home / "workspace.ftzdb").exists()      # the per-user file was never needed


def test_a_refusal_is_one_line_without_the_password(run_app, postgres_workspace, tmp_path):
    password = make_url(postgres_workspace).password
    backup = run_app("backup", "--out", str(tmp_path / "copy.ftzdb"), "--workspace", postgres_workspace)
    assert backup.returncode != 0 and "is on a server" in backup.stderr
    assert not (tmp_path / "copy.ftzdb").exists()
    wrong = make_url(postgres_workspace).set(password="definitely-wrong-pw").render_as_string(hide_password=False)
    refused = run_app("list", "--workspace", wrong)
    assert refused.returncode != 0
    assert "cannot be reached or refused the connection" in refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    logs = "".join(p.read_text(encoding="utf-8") for p in run_app.home.rglob("*.log"))
    for text in (backup.stderr, backup.stdout, refused.stderr, refused.stdout, logs):
        assert password not in text and "definitely-wrong-pw" not in text
