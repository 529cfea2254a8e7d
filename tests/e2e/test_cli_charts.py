"""The real program's `chart` command, and the chart pictures an export keeps: an export with nothing changed
draws no chart (matplotlib is never imported), an edit draws again only the chart it changes, and a
workspace that cannot keep pictures still exports."""
from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.store.lock import InstanceLock
from ftz_desktop.core.store.workspace import CellChange, WorkspaceStore

TRADE = "chengdu_trade_2017_2022"
# The modules a warm export must not load (each costs a quarter of a second or more to import).
HEAVY = ("matplotlib", "sqlalchemy", "numpy", "pandas")

# The program's own entry point in a fresh process; then which of HEAVY it loaded, as JSON.
PROBE = f"""
import json, sys
from ftz_desktop.app import main
code = main(sys.argv[1:])
print(json.dumps({{"exit": code, "loaded": sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})}}))
"""


@pytest.fixture
def workspace(run_app, tmp_path) -> Path:
    path = tmp_path / "study.ftzdb"
    assert run_app("list", "--workspace", str(path), "--create").returncode == 0
    return path


def _export_loading(run_app, workspace: Path, out: Path) -> list[str]:
    """Export as the program does, in a fresh process; the heavy modules it loaded."""
    env = {**os.environ, "FTZ_DESKTOP_HOME": str(run_app.home), "XDG_CONFIG_HOME": str(run_app.home / "config"),
           "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en_US"}     # as run_app runs the program
    result = subprocess.run([sys.executable, "-c", PROBE, "export", "--out", str(out), "--workspace", str(workspace)],
                            capture_output=True, text=True, env=env, timeout=180, cwd=out.parent)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["exit"] == 0, result.stdout + result.stderr
    return report["loaded"]


def _kept(workspace: Path) -> dict[str, int]:
    with WorkspaceStore.open(workspace, read_only=True) as store:
        counts: dict[str, int] = {}
        for chart_id, _ in store.pictures.keys():
            counts[chart_id] = counts.get(chart_id, 0) + 1
        return counts


def _media(docx: Path) -> list[bytes]:
    with zipfile.ZipFile(docx) as archive:
        return sorted(archive.read(n) for n in archive.namelist() if n.startswith("word/media/"))


def test_an_export_with_nothing_changed_draws_no_chart(run_app, workspace, tmp_path):
    first = run_app("export", "--out", str(tmp_path / "first.docx"), "--workspace", str(workspace))
    assert first.returncode == 0, first.stderr
    assert _kept(workspace) == {chart: 1 for chart in _kept(workspace)} and len(_kept(workspace)) == 6
    assert _export_loading(run_app, workspace, tmp_path / "again.docx") == []
    assert _media(tmp_path / "again.docx") == _media(tmp_path / "first.docx")


def test_an_edit_draws_again_only_the_chart_it_changes(run_app, workspace, tmp_path):
    assert run_app("export", "--out", str(tmp_path / "first.docx"), "--workspace", str(workspace)).returncode == 0
    with WorkspaceStore.open(workspace) as store:     # a revised figure, from the publication it came from
        store.add_source(Source("cd-yearbook-2024", "Chengdu Statistical Yearbook 2024", "Chengdu Statistics Bureau"))
        exports = next(o for o in store.observations() if o.indicator_id == "chengdu_goods_exports")
        store.apply_changes([CellChange(exports.id, "value", str(exports.value + 10)),
                             CellChange(exports.id, "source_id", "cd-yearbook-2024")], "A revised figure")
    assert "matplotlib" in _export_loading(run_app, workspace, tmp_path / "edited.docx")
    kept = _kept(workspace)
    assert kept.pop(TRADE) == 2 and set(kept.values()) == {1}
    changed = set(_media(tmp_path / "edited.docx")) - set(_media(tmp_path / "first.docx"))
    assert len(changed) == 1
    # A figure no chart draws changes no picture.
    with WorkspaceStore.open(workspace) as store:
        fortune = next(o for o in store.observations() if o.indicator_id == "fortune500_in_ftz")
        store.apply_changes([CellChange(fortune.id, "value", str(fortune.value + 1)),
                             CellChange(fortune.id, "source_id", "cd-yearbook-2024")], "Another revised figure")
    assert _export_loading(run_app, workspace, tmp_path / "unrelated.docx") == []


def test_a_workspace_a_window_holds_still_exports_and_keeps_nothing(run_app, workspace, tmp_path):
    lock = InstanceLock(workspace)
    lock.acquire()
    try:
        result = run_app("export", "--out", str(tmp_path / "brief.docx"), "--workspace", str(workspace))
    finally:
        lock.release()
    assert result.returncode == 0, result.stderr
    assert zipfile.ZipFile(tmp_path / "brief.docx").testzip() is None and len(_media(tmp_path / "brief.docx")) == 6
    assert _kept(workspace) == {}
    log = (run_app.home / "logs" / "ftz-desktop.log").read_text(encoding="utf-8")
    assert "read-only" in log and "not kept" in log


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def test_chart_writes_the_picture_the_brief_shows(run_app, workspace, tmp_path):
    out = tmp_path / "trade.png"
    result = run_app("chart", TRADE, "--out", str(out), "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Wrote {out}"
    assert lines[1].startswith("Chengdu's imports and exports of goods, 2017") and lines[2].startswith("Source: ")
    assert _png_size(out.read_bytes()) == (1280, 800)          # 6.4 × 4 inches at the brief's 200 dpi
    assert run_app("export", "--out", str(tmp_path / "b.docx"), "--workspace", str(workspace)).returncode == 0
    assert out.read_bytes() in _media(tmp_path / "b.docx")
    small = tmp_path / "small.png"
    assert run_app("chart", TRADE, "--out", str(small), "--dpi", "100", "--workspace", str(workspace)).returncode == 0
    assert _png_size(small.read_bytes()) == (640, 400)


def test_chart_as_svg_keeps_chinese_words_as_text(run_app, workspace, tmp_path):
    from ftz_desktop.charts import fonts

    if not fonts.cjk_font_available():
        pytest.skip("no Chinese font installed")
    out = tmp_path / "贸易.svg"
    result = run_app("chart", TRADE, "--out", str(out), "--language", "zh", "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"已写入 {out}" and "资料来源" in result.stdout
    svg = out.read_text(encoding="utf-8")
    assert f"font-family: '{fonts.cjk_family()}'" in svg
    assert "出口" in re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert not re.search(r'<path id="[A-Za-z]+-[0-9a-f]+"', svg)          # no glyph outlines


@pytest.mark.parametrize("args, fragments", [
    (("no_such_chart", "--out", "c.png"), ["There is no chart 'no_such_chart'", "chengdu_trade_2017_2022",
                                           "ftz_weight_in_province"]),
    ((TRADE, "--out", "c.jpg"), ["'c.jpg' does not end in .png or .svg", "a chart picture"]),
    ((TRADE, "--out", "c.png", "--dpi", "5"), ["--dpi 5 is out of range"]),
    ((TRADE,), ["--out"]),
])
def test_chart_refusals_are_one_line_and_write_nothing(run_app, workspace, tmp_path, args, fragments):
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_app("chart", *args, "--workspace", str(workspace))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ftz-desktop: error:"), result.stderr
    assert all(fragment in lines[0] for fragment in fragments), lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_chart_refusals_in_chinese(run_app, workspace):
    result = run_app("chart", "no_such_chart", "--out", "c.png", "--language", "zh", "--workspace", str(workspace))
    assert result.returncode == 2
    assert "没有图表“no_such_chart”" in result.stderr and "未写入任何内容" in result.stderr
