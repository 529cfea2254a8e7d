"""Where the shipped data/ and resources/ live: a checkout, an installed wheel or a PyInstaller bundle.

The wheel carries them as ftz_desktop/_shipped/{data,resources}; a checkout keeps them at the top
level; a PyInstaller bundle unpacks them under sys._MEIPASS. Every other module asks here.
"""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
APP_NAME = "ftz-desktop"
APP_AUTHOR = "ftz_desktop"


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        found.append(Path(meipass) / name)
    found.append(_PACKAGE_DIR / "_shipped" / name)   # installed wheel
    found.append(_PACKAGE_DIR.parent / name)         # source checkout
    return found


@lru_cache(maxsize=None)
def _locate(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"The shipped {name}/ folder is missing (looked in {tried}); reinstall ftz-desktop.")


def data_dir() -> Path:
    """The shipped study: content/<lang>/*.md and the indicator CSV files."""
    return _locate("data")


def resources_dir() -> Path:
    """Icons, templates and other files the app ships."""
    return _locate("resources")


def content_dir(language: str = "en") -> Path:
    return data_dir() / "content" / language


def user_data_dir() -> Path:
    """Per-user folder for the default workspace (overridable with FTZ_DESKTOP_HOME for tests)."""
    override = os.environ.get("FTZ_DESKTOP_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir(APP_NAME, APP_AUTHOR))


def default_workspace_path() -> Path:
    return user_data_dir() / "workspace.ftzdb"
