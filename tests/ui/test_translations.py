"""The window's translations: every string lupdate finds is translated, finished, and compiled into the .qm."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TOOLS = Path(sys.executable).parent
SOURCES = sorted(str(p) for p in (ROOT / "ftz_desktop" / "ui").rglob("*.py")) + [str(ROOT / "ftz_desktop" / "app.py")]
TS_FILES = sorted(I18N.glob("*_zh_CN.ts"))


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def _tool(name: str) -> str:
    found = TOOLS / name if (TOOLS / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: the PySide6-Essentials wheel ships it")
    return str(found)


def test_there_are_chinese_translations():
    assert TS_FILES, "no resources/i18n/*_zh_CN.ts"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_and_finished(ts):
    unfinished = [(ctx, src) for ctx, src, translation in _messages(ts)
                  if translation is None or not (translation.text or "").strip()
                  or translation.get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []


def test_lupdate_finds_no_string_without_a_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), *SOURCES, "-ts", str(fresh)], check=True, capture_output=True)
    translated = {(ctx, src) for ts in TS_FILES for ctx, src, translation in _messages(ts)
                  if translation is not None and translation.get("type") is None and (translation.text or "").strip()}
    missing = sorted({(ctx, src) for ctx, src, _ in _messages(fresh)} - translated)
    assert missing == [], f"{len(missing)} strings have no Chinese translation; run pyside6-lupdate and translate"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_shipped_qm_is_compiled_from_its_ts(ts, tmp_path):
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run pyside6-lrelease on it"
