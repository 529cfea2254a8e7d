"""A brief exported again with nothing changed, as a whole process, against pandoc writing the same brief.

Run:  .venv/bin/python tests/perf/export_cached.py [--runs 7]

(a) `ftz-desktop export` of the full default brief, a whole new process each time, after an export that
    drew and kept the chart pictures: the warm case, where no chart is drawn.
(b) The baseline: pandoc turning the same brief into .docx: a Markdown file with the brief's headings,
    paragraphs and tables and its six chart pictures (taken from the exported brief itself).

Runs alternate between (a) and (b), so machine noise hits both alike; the medians, their ratio and the
target (a) <= 0.5 s are printed. The program runs with compiled bytecode, as an installed copy does
(a checkout run with PYTHONDONTWRITEBYTECODE=1 would compile every module on each start): the bytecode
goes to a temporary folder (PYTHONPYCACHEPREFIX), written by the warm-up runs.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_SECONDS = 0.5
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"


def program_env(folder: Path) -> dict[str, str]:
    """The environment the program runs in: its own home, bytecode kept (in ``folder``) as installed."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(FTZ_DESKTOP_HOME=str(folder / "home"), XDG_CONFIG_HOME=str(folder / "home" / "config"),
               PYTHONPYCACHEPREFIX=str(folder / "bytecode"), LANGUAGE="en_US", QT_QPA_PLATFORM="offscreen")
    return env


def export_command(workspace: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "ftz_desktop", "export", "--out", str(out), "--workspace", str(workspace)]


def run(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds the command takes as a whole process; raises if it fails."""
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command[:4]} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed


def brief_as_markdown(docx_path: Path, folder: Path) -> Path:
    """The exported brief's headings, paragraphs, tables and pictures as Markdown (pictures beside it)."""
    import docx

    document = docx.Document(str(docx_path))
    pictures = {rel.rId: rel.target_part.blob for rel in document.part.rels.values() if "image" in rel.reltype}
    lines: list[str] = []
    for n, element in enumerate(document.element.body.iterchildren()):
        if element.tag == f"{W}p":
            for blip in element.iter(BLIP):
                name = f"picture-{n}.png"
                (folder / name).write_bytes(pictures[blip.get(R_EMBED)])
                lines += [f"![]({name})", ""]
            text = "".join(t.text or "" for t in element.iter(f"{W}t")).strip()
            style = element.find(f"{W}pPr/{W}pStyle")
            level = style.get(f"{W}val", "") if style is not None else ""
            if text:
                heading = level.startswith("Heading") and level[-1:].isdigit()
                lines += [("#" * int(level[-1]) + " " if heading else "") + text.replace("|", "\\|"), ""]
        elif element.tag == f"{W}tbl":
            rows = [["".join(t.text or "" for t in cell.iter(f"{W}t")).replace("|", "\\|") for cell in
                     row.iter(f"{W}tc")] for row in element.iter(f"{W}tr")]
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            lines += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
    markdown = folder / "brief.md"
    markdown.write_text("\n".join(lines), encoding="utf-8")
    return markdown


@dataclass
class Measured:
    first: float              # the export that drew and kept the charts
    warm: list[float]         # (a), seconds per run
    baseline: list[float]     # (b)
    pictures: int
    size: int                 # bytes of the brief


def measure(runs: int) -> Measured:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        raise RuntimeError("pandoc is not installed (Debian: apt-get install -y pandoc)")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        env = program_env(folder)
        workspace = folder / "study.ftzdb"
        out = folder / "brief.docx"
        run([sys.executable, "-m", "ftz_desktop", "list", "--workspace", str(workspace), "--create"], env, ROOT)
        first = run(export_command(workspace, out), env, folder)       # draws and keeps every chart
        for _ in range(2):                                              # bytecode written, caches warm
            run(export_command(workspace, out), env, folder)
        pandoc_folder = folder / "pandoc"
        pandoc_folder.mkdir()
        markdown = brief_as_markdown(out, pandoc_folder)
        pandoc_command = [pandoc, markdown.name, "-o", "out.docx"]
        run(pandoc_command, env, pandoc_folder)
        warm, baseline = [], []
        for _ in range(runs):
            warm.append(run(export_command(workspace, out), env, folder))
            baseline.append(run(pandoc_command, env, pandoc_folder))
        return Measured(first, warm, baseline, len(list(pandoc_folder.glob("*.png"))), out.stat().st_size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    result = measure(args.runs)
    warm, baseline = result.warm, result.baseline

    def line(label: str, values: list[float]) -> str:
        return (f"{label:<44} median {statistics.median(values):6.3f} s  "
                f"(min {min(values):.3f}, max {max(values):.3f})")

    median = statistics.median(warm)
    ratio = median / statistics.median(baseline)
    print(f"full default brief: {result.pictures} charts, {result.size / 1024:.0f} KiB; {args.runs} runs each")
    print(f"{'first export (draws and keeps the charts)':<44} {result.first:6.3f} s")
    print(line("(a) ftz-desktop export, nothing changed", warm))
    print(line("(b) baseline: pandoc, same text and pictures", baseline))
    print(f"ratio (a)/(b) {ratio:.2f}; target (a) <= {TARGET_SECONDS:.1f} s: "
          f"{'ok' if median <= TARGET_SECONDS else 'MISSED'}")
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
