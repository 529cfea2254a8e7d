"""A brief as PDF through LibreOffice (brief/pdf.py): finding it, a private profile, a timeout and Cancel that end
it, the PDF written atomically, clear messages when it is missing or fails, and the .docx never touched.

Stand-in programs (small shell scripts named soffice) play LibreOffice failing, hanging or missing; one test,
marked slow, converts a real brief with the real LibreOffice."""
from __future__ import annotations

import ast
import os
import shutil
import stat
import string
import subprocess
import time
from pathlib import Path

import pytest

from ftz_desktop.brief import pdf
from ftz_desktop.brief.export import CANCELLED, FAILED, SAVED
from ftz_desktop.core import translate
from ftz_desktop.core.targets import TargetRefusedError

DOCX = b"PK\x03\x04 a Word brief"
OLD_PDF = b"%PDF-1.4 the PDF sent last week"
posix_only = pytest.mark.skipif(os.name == "nt", reason="the stand-in LibreOffice is a shell script")


def program(folder: Path, body: str, name: str = "soffice") -> Path:
    """A stand-in LibreOffice: a shell script that gets LibreOffice's arguments."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture
def docx(tmp_path) -> Path:
    path = tmp_path / "简报 brief.docx"
    path.write_bytes(DOCX)
    return path


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to read it is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


# ----- finding LibreOffice ---------------------------------------------------------------------------------------

@posix_only
def test_soffice_on_the_path_is_found(tmp_path):
    found = program(tmp_path / "bin", "exit 0")
    assert pdf.find_soffice({"PATH": str(tmp_path / "bin")}, windows=False) == found
    assert pdf.find_soffice({"PATH": str(tmp_path / "nowhere")}, windows=False) is None


def test_on_windows_the_usual_install_folders_are_searched(tmp_path):
    for variable in ("ProgramFiles", "ProgramFiles(x86)"):
        folder = tmp_path / variable
        installed = folder.joinpath(*pdf.WINDOWS_PROGRAM)
        installed.parent.mkdir(parents=True)
        installed.write_bytes(b"MZ")
        environ = {"PATH": str(tmp_path / "empty"), variable: str(folder)}
        assert pdf.find_soffice(environ, windows=True) == installed
        assert pdf.find_soffice(environ, windows=False) is None          # elsewhere only PATH counts
        shutil.rmtree(folder)
    assert pdf.find_soffice({"PATH": str(tmp_path / "empty")}, windows=True) is None


def test_missing_libreoffice_says_what_is_needed_and_writes_nothing(tmp_path, docx, monkeypatch):
    monkeypatch.setattr(pdf, "find_soffice", lambda *a, **k: None)
    target = tmp_path / "brief.pdf"
    with pytest.raises(pdf.LibreOfficeMissingError) as raised:
        pdf.convert_to_pdf(docx, target)
    message = str(raised.value)
    assert "LibreOffice" in message and "IT department" in message and "WPS" in message
    assert not target.exists() and docx.read_bytes() == DOCX
    outcome = pdf.run_pdf_export(docx, target)
    assert outcome.status == FAILED and outcome.message == message


def test_the_message_reads_in_chinese(monkeypatch):
    translate.set_language("zh")
    try:
        text = pdf.libreoffice_needed()
    finally:
        translate.set_language("en")
    assert "LibreOffice" in text and "信息技术部门" in text and "WPS" in text and "Making" not in text


def test_every_message_has_its_chinese_form_with_the_same_fields():
    source = Path(pdf.__file__).read_text(encoding="utf-8")
    templates = [node.args[0].value for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                 and node.args and isinstance(node.args[0], ast.Constant)]
    templates += ["a PDF brief", "the Word brief the PDF is made from"]      # check_output_target's phrases
    chinese = translate.catalog("zh")
    assert len(templates) > 10 and [t for t in templates if t not in chinese] == []

    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert [t for t in templates if fields(chinese[t]) != fields(t)] == []


# ----- refusals and failures -------------------------------------------------------------------------------------

def test_the_target_must_be_a_pdf_and_not_the_docx(tmp_path, docx):
    with pytest.raises(TargetRefusedError):
        pdf.convert_to_pdf(docx, docx)
    with pytest.raises(TargetRefusedError):
        pdf.convert_to_pdf(docx, tmp_path / "brief.docx")
    assert docx.read_bytes() == DOCX


@posix_only
def test_a_conversion_that_makes_no_pdf_fails_clearly_and_keeps_both_files(tmp_path, docx):
    soffice = program(tmp_path / "bin", "echo 'Error: source file could not be loaded' >&2; exit 1")
    target = tmp_path / "brief.pdf"
    target.write_bytes(OLD_PDF)
    outcome = pdf.run_pdf_export(docx, target, soffice=soffice)
    assert outcome.status == FAILED and "could not make brief.pdf" in outcome.message
    assert "exit code 1" in outcome.message and docx.name in outcome.message
    assert target.read_bytes() == OLD_PDF and docx.read_bytes() == DOCX
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "brief.pdf", docx.name]


@posix_only
def test_a_hanging_libreoffice_is_stopped_at_the_timeout(tmp_path, docx):
    pids = tmp_path / "pids"
    soffice = program(tmp_path / "bin", f"sleep 60 & echo $! > '{pids}'; echo $$ >> '{pids}'; wait")
    target = tmp_path / "brief.pdf"
    started = time.monotonic()
    with pytest.raises(pdf.ConversionFailedError) as raised:
        pdf.convert_to_pdf(docx, target, soffice=soffice, timeout=1.0)
    assert time.monotonic() - started < 30
    assert "did not finish" in str(raised.value) and "1 seconds" in str(raised.value)
    assert [alive(int(pid)) for pid in pids.read_text().split()] == [False, False]   # it and what it started
    assert not target.exists() and docx.read_bytes() == DOCX


@posix_only
def test_cancel_stops_libreoffice_and_writes_nothing(tmp_path, docx):
    soffice = program(tmp_path / "bin", "exec sleep 60")
    target = tmp_path / "brief.pdf"
    target.write_bytes(OLD_PDF)
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2

    outcome = pdf.run_pdf_export(docx, target, soffice=soffice, cancelled=cancelled)
    assert outcome.status == CANCELLED and "was cancelled" in outcome.message
    assert target.read_bytes() == OLD_PDF


@posix_only
def test_libreoffice_gets_a_private_profile_and_a_copy_of_the_docx(tmp_path, docx):
    seen = tmp_path / "arguments"
    # Writes a PDF where --outdir says, named after the input as LibreOffice does.
    soffice = program(tmp_path / "bin", f"""printf '%s\\n' "$@" > '{seen}'
out=""; last=""
while [ $# -gt 0 ]; do [ "$1" = "--outdir" ] && out="$2"; last="$1"; shift; done
name=$(basename "$last" .docx)
printf '%%PDF-1.7 made from ' > "$out/$name.pdf"; cat "$last" >> "$out/$name.pdf"
""")
    target = tmp_path / "out.pdf"
    target.write_bytes(OLD_PDF)
    assert pdf.convert_to_pdf(docx, target, soffice=soffice) == target
    assert target.read_bytes() == b"%PDF-1.7 made from " + DOCX
    arguments = seen.read_text(encoding="utf-8").splitlines()
    profile = next(a for a in arguments if a.startswith("-env:UserInstallation=file://"))
    assert "--headless" in arguments and arguments[arguments.index("--convert-to") + 1] == "pdf"
    assert str(tmp_path) not in profile and arguments[-1].endswith("brief.docx") and "简报" not in arguments[-1]
    # Nothing left beside the user's files: no lock file, no temp file, no profile.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arguments", "bin", "out.pdf", docx.name]


# ----- the real LibreOffice ----------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(pdf.find_soffice() is None or shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                    reason="LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo) are not installed")
def test_a_real_brief_becomes_a_pdf_with_its_pages_and_title(tmp_path, store):
    from ftz_desktop.brief.export import run_export
    from ftz_desktop.charts.catalog import CHARTS
    from ftz_desktop.core.recipe import default_recipe
    from ftz_desktop.core.study.content import load_content

    content = load_content("zh")
    recipe = default_recipe(content, store.dataset(), list(CHARTS))
    recipe.title = "四川自贸试验区政策简报（测试）"
    docx = tmp_path / "政策简报.docx"
    assert run_export(recipe, store.dataset(), content, docx).status == SAVED
    word = docx.read_bytes()
    target = tmp_path / "政策简报.pdf"
    target.write_bytes(OLD_PDF)
    progress = []
    outcome = pdf.run_pdf_export(docx, target, progress=lambda f, m: progress.append(f))
    assert outcome.status == SAVED, outcome.message
    assert str(target) in outcome.message and progress[0] == 0.0 and progress[-1] == 1.0
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, timeout=60).stdout.decode()
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 2
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    assert recipe.title in "".join(text.split())
    assert docx.read_bytes() == word
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "workspace.ftzdb") == [docx.name, target.name]
