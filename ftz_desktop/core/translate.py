"""Messages from core in the user's language: refusals, import plans, conflicts.

Core writes its messages as English templates through ``tr("{value} is not a number", value=...)``; their
Chinese forms live in data/zh/messages*.csv (columns english, chinese), where a policy editor can change
them. The language is the process's: the window and the command line set it once they know it
(``set_language``); a template without a translation stays English, and a test finds every template in the
code that has none.
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path
from typing import Optional

from ftz_desktop.paths import data_dir

_state = {"language": "en"}


def set_language(language: str) -> None:
    _state["language"] = language


def current_language() -> str:
    return _state["language"]


@functools.lru_cache(maxsize=4)
def catalog(language: str, root: Optional[Path] = None) -> dict[str, str]:
    """English template -> its form in ``language``, from every data/<language>/messages*.csv."""
    folder = (root or data_dir()) / language
    found: dict[str, str] = {}
    for path in sorted(folder.glob("messages*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                english, translated = row.get("english") or "", row.get("chinese") or ""
                if english and translated.strip():
                    found[english] = translated
    return found


def tr(template: str, **values: object) -> str:
    """``template`` in the current language, filled with ``values`` (str.format fields)."""
    language = _state["language"]
    text = catalog(language).get(template, template) if language != "en" else template
    return text.format(**values) if values else text
