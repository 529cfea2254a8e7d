"""The real program, run as a user would run it: sub-commands, exit codes, one-line errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import docx
import pytest

from ftz_desktop import __version__


def test_version(run_app):
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ftz-desktop {__version__}"


def test_list_json_shape(run_app):
    result = run_app("list", "--json")
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert [s["id"] for s in listing["sections"]] == ["status", "shortcomings", "opportunities",
                                                      "recommendations", "conclusion"]
    counts = {s["id"]: len(s["items"]) for s in listing["sections"]}
    assert (counts["shortcomings"], counts["opportunities"], counts["recommendations"]) == (4, 5, 6)
    assert all(set(i) == {"id", "name", "unit"} for i in listing["indicators"])
    trade = next(i for s in listing["sections"] for i in s["items"] if i["id"] == "sc-foreign-trade")
    assert trade["charts"] == ["chengdu_trade_by_mode_2022"] and "chengdu_general_trade_share" in trade["indicators"]
    assert {"chengdu_trade_2017_2022", "ftz_fdi_share"} <= {c["id"] for c in listing["charts"]}
    # The default workspace was created from the shipped study in the per-user folder.
    assert (run_app.home / "workspace.ftzdb").is_file()


def test_recipe_round_trip_through_export(run_app, tmp_path):
    recipe = json.loads(run_app("recipe").stdout)
    assert recipe["version"] == 1 and recipe["language"] == "en"
    # Keep one section with one item, one indicator and one chart.
    recipe["sections"] = [{"id": "shortcomings", "items": ["sc-talent"]}]
    recipe["indicators"] = ["fortune500_in_ftz"]
    recipe["charts"] = ["ftz_fdi_share"]
    recipe["title"] = "Talent brief"
    path = tmp_path / "talent.json"
    path.write_text(json.dumps(recipe), encoding="utf-8")
    out = tmp_path / "简报.docx"
    result = run_app("export", "--out", str(out), "--recipe", str(path))
    assert result.returncode == 0, result.stderr
    assert zipfile.ZipFile(out).testzip() is None
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Talent brief" in text
    assert "brain drain" in text.lower() or "talent" in text.lower()
    assert "Insufficient differentiation" not in text  # an item not chosen appears nowhere


def test_export_everything_by_default(run_app, tmp_path):
    out = tmp_path / "brief.docx"
    result = run_app("export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == 6  # every chart
    assert __version__ in document.core_properties.version  # one version number, in the brief too


def test_check_reports_findings_as_json(run_app):
    result = run_app("check", "--json")
    assert result.returncode == 0, result.stderr  # warnings only on the shipped data
    findings = json.loads(result.stdout)["findings"]
    kinds = {f["kind"] for f in findings}
    assert "inconsistent" in kinds and "gap" in kinds
    assert all(f["severity"] in ("error", "warning") for f in findings)


def test_backup_opens_as_a_workspace(run_app, tmp_path):
    target = tmp_path / "copy.ftzdb"
    assert run_app("backup", "--out", str(target)).returncode == 0
    result = run_app("list", "--json", "--workspace", str(target))
    assert result.returncode == 0, result.stderr


def test_data_round_trip_changes_nothing(run_app, tmp_path):
    csv_path = tmp_path / "obs.csv"
    assert run_app("data", "export", str(csv_path)).returncode == 0
    result = run_app("data", "import", str(csv_path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "0 to add, 0 to change" in result.stdout


@pytest.mark.parametrize("args, fragment", [
    (("export", "--out", "missing-folder/brief.docx"), "folder"),
    (("export", "--out", "b.docx", "--recipe", "nope.json"), "nope.json"),
    (("export",), "--out"),
    (("frobnicate",), "unknown command 'frobnicate'"),
    (("list", "--workspace", "not-a-workspace.txt"), "not-a-workspace.txt"),
])
def test_user_errors_are_one_line_and_exit_2(run_app, tmp_path, args, fragment):
    (tmp_path / "not-a-workspace.txt").write_text("hello", encoding="utf-8")
    result = run_app(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ftz-desktop: error:")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_recipe_names_the_unknown_id(run_app, tmp_path):
    recipe = json.loads(run_app("recipe").stdout)
    recipe["charts"].append("no_such_chart")
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(recipe), encoding="utf-8")
    result = run_app("export", "--out", str(tmp_path / "b.docx"), "--recipe", str(path))
    assert result.returncode == 2
    assert "no_such_chart" in result.stderr


def test_gui_reaches_first_paint(run_app):
    result = run_app(env={"FTZ_DESKTOP_STARTUP_PROBE": "first_paint"})
    assert result.returncode == 0, result.stderr
    assert "probe first_paint" in result.stdout


def test_gui_builds_every_tab(run_app):
    result = run_app(env={"FTZ_DESKTOP_STARTUP_PROBE": "all_tabs"})
    assert result.returncode == 0, result.stderr
    assert "probe all_tabs" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_closed_pipe_ends_quietly(tmp_path):
    """`ftz-desktop list | head -1`: the reader goes away; no BrokenPipeError, no traceback.

    The pipe's reading end is closed before the program starts, so its first write fails every time.
    """
    env = {**os.environ, "FTZ_DESKTOP_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run([sys.executable, "-m", "ftz_desktop", "list"], stdout=write_end,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path, timeout=120)
    finally:
        os.close(write_end)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_source_add_records_a_publication_that_figures_can_cite(run_app, tmp_path):
    result = run_app("source", "add", "--id", "sc-yearbook-2024", "--title", "Sichuan Statistical Yearbook 2024",
                     "--publisher", "Sichuan Provincial Bureau of Statistics", "--date", "2024-10",
                     "--url", "https://tjj.sc.gov.cn/")
    assert result.returncode == 0, result.stderr
    again = run_app("source", "add", "--id", "sc-yearbook-2024", "--title", "Twice")
    assert again.returncode == 2 and "already exists" in again.stderr and again.stderr.count("\n") == 1
    bad = run_app("source", "add", "--id", "x", "--title", "T", "--date", "2024-02-30")
    assert bad.returncode == 2 and "published" in bad.stderr


def test_the_command_line_speaks_chinese_when_asked_or_on_a_chinese_system(run_app, tmp_path):
    listing = json.loads(run_app("list", "--json", "--language", "zh").stdout)
    assert listing["language"] == "zh"
    assert listing["sections"][0]["title"] == "四川自贸试验区发展现状"
    names = {i["id"]: i["name"] for i in listing["indicators"]}
    assert names["chengdu_goods_trade_total"] == "成都市货物进出口总额"
    assert all(not any("a" <= ch.lower() <= "z" for ch in c["title"]) for c in listing["charts"])
    on_chinese_system = run_app("list", "--json", env={"LANGUAGE": "", "LC_ALL": "", "LANG": "zh_CN.UTF-8"})
    assert json.loads(on_chinese_system.stdout)["language"] == "zh"
    result = run_app("export", "--language", "zh", "--out", "简报.docx")
    assert result.returncode == 0, result.stderr
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "简报.docx")).paragraphs]
    assert paragraphs[0] == "中国（四川）自由贸易试验区发展情况简报" and "目录" in paragraphs
