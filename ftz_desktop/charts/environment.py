"""What a chart's picture depends on besides its data and style: the code that draws it, the libraries
that paint it and the fonts and settings they find; each summed up as a digest, without importing
matplotlib.

A kept picture (``brief.chart_images``) is used again only while all of these are as they were when it
was drawn:

- the code: the chart package and the core modules it calls (names, periods, units, derived figures),
  and the shipped data files they read (Chinese terms and names, derived-figure definitions), by
  content. In a frozen bundle, whose code sits inside the program file, the program file stands in for
  the code (a rebuild changes it);
- the libraries: matplotlib, numpy, kiwisolver (the layout) and Pillow (PNG encoding), and Python
  itself, each by the size and time of its installed files (an upgrade rewrites them);
- the setup: the folders fonts are installed in and matplotlib's list of the fonts it knows, by the
  time each last changed (installing a Chinese font on a PC whose charts showed boxes must redraw
  them), and any matplotlibrc settings file that applies.

Each digest errs towards "changed": a picture drawn again for nothing costs a second; a stale picture
in a policy brief costs much more.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ftz_desktop.paths import data_dir

_PACKAGE = Path(__file__).resolve().parent.parent        # ftz_desktop/
# The modules of ftz_desktop a chart's drawing runs (a test checks that every module a draw loads is here).
CODE_FOLDERS = ("charts", "core/domain", "core/analysis", "core/study")
CODE_FILES = ("__init__.py", "paths.py", "core/__init__.py", "core/errors.py", "core/messages.py", "core/translate.py")
DATA_FOLDERS = (".", "zh")                  # the shipped data/ files: names, terms, derived figures
LIBRARIES = ("matplotlib", "numpy", "kiwisolver", "PIL")
FONT_FOLDER_DEPTH = 3                       # font folders and the folders below them (Debian: truetype/wqy/)


def _stamp(path: Path) -> str:
    """Size and modification time, as Python judges whether a module's cached bytecode is current; "" for
    a file that is not there (a settings file nobody wrote counts wherever it would be looked for)."""
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{path}:{info.st_size}:{info.st_mtime_ns}"


def _files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return sorted(Path(e.path) for e in entries if e.is_file() and e.name.endswith(suffixes))
    except OSError:
        return []


def code_files() -> list[Path]:
    """The source files and shipped data files the charts' drawing reads."""
    found = [path for folder in CODE_FOLDERS for path in _files(_PACKAGE / folder, (".py",))]
    found += [_PACKAGE / name for name in CODE_FILES if (_PACKAGE / name).is_file()]
    try:
        data = data_dir()
    except FileNotFoundError:
        return found
    return found + [path for folder in DATA_FOLDERS for path in _files(data / folder, (".csv",))]


def code_version() -> str:
    """A digest of the drawing code (by content), the shipped data it reads and the libraries' stamps."""
    digest = hashlib.sha256()
    sources = code_files()
    for path in sources:
        digest.update(f"{path.parent.name}/{path.name}".encode("utf-8"))
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    if getattr(sys, "frozen", False) or not any(p.suffix == ".py" for p in sources):
        digest.update(_stamp(Path(sys.executable)).encode("utf-8"))   # the code is inside the program file
    digest.update(sys.version.encode("utf-8"))
    for name in LIBRARIES:
        digest.update(_library_stamp(name).encode("utf-8"))
    return digest.hexdigest()


def _library_stamp(name: str) -> str:
    try:
        spec = importlib.util.find_spec(name)      # finds the package without importing it
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return f"{name}:absent"
    return _stamp(Path(spec.origin)) or f"{name}:{spec.origin}"


def font_folders() -> list[Path]:
    """Where the system and the user install fonts (the places matplotlib looks), that exist here."""
    home = Path.home()
    if sys.platform == "win32":
        windows = os.environ.get("WINDIR", r"C:\Windows")
        local, roaming = os.environ.get("LOCALAPPDATA", ""), os.environ.get("APPDATA", "")
        candidates = [Path(windows) / "Fonts"] + [Path(base) / "Microsoft" / "Windows" / "Fonts"
                                                 for base in (local, roaming) if base]
    elif sys.platform == "darwin":
        candidates = [Path("/Library/Fonts"), Path("/System/Library/Fonts"), Path("/Network/Library/Fonts"),
                      home / "Library" / "Fonts"]
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
        candidates = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts",
                      home / ".fonts"]
    return [folder for folder in candidates if folder.is_dir()]


def _matplotlib_folders() -> list[Path]:
    """Every folder matplotlib may keep its settings or its font list in (MPLCONFIGDIR, else by platform)."""
    home, env = Path.home(), os.environ
    found = [env.get("MPLCONFIGDIR"), str(home / ".cache" / "matplotlib"), str(home / ".config" / "matplotlib"),
             str(home / ".matplotlib")]
    found += [str(Path(env[name]) / "matplotlib") for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "LOCALAPPDATA")
              if env.get(name)]
    return [Path(folder) for folder in found if folder]


def _settings_files() -> list[Path]:
    """The matplotlibrc files that could change how a chart looks (matplotlib.matplotlib_fname's places,
    the working folder first); the one inside matplotlib comes with its version."""
    found = [Path("matplotlibrc")]
    chosen = os.environ.get("MATPLOTLIBRC")
    if chosen:
        found += [Path(chosen), Path(chosen) / "matplotlibrc"]
    return found + [folder / "matplotlibrc" for folder in _matplotlib_folders()]


def _walk(folder: Path, depth: int) -> Iterator[Path]:
    yield folder
    if depth <= 0:
        return
    try:
        with os.scandir(folder) as entries:
            below = sorted(Path(e.path) for e in entries if e.is_dir(follow_symlinks=False))
    except OSError:
        return
    for sub in below:
        yield from _walk(sub, depth - 1)


def installed_setup(folders: Optional[Iterable[Path]] = None) -> str:
    """A digest of the fonts and matplotlib settings installed here: when the font folders (and those below
    them) and matplotlib's font list last changed (adding or removing a font file changes its folder's
    time), and the matplotlibrc files that apply."""
    digest = hashlib.sha256()
    for folder in font_folders() if folders is None else folders:
        for path in _walk(folder, FONT_FOLDER_DEPTH):
            digest.update(_stamp(path).encode("utf-8"))
    for folder in _matplotlib_folders():
        for path in _files(folder, (".json",)):
            if path.name.startswith("fontlist"):
                digest.update(_stamp(path).encode("utf-8"))
    for path in _settings_files():
        digest.update(_stamp(path.absolute()).encode("utf-8"))
    return digest.hexdigest()
