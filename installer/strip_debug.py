"""Strip debug information from bundled Linux binaries that patchelf never rewrote.

Some builds keep debug info: the interpreter from pyenv (libpython, lib-dynload: ~24 MB) and some
wheels (kiwisolver, SQLAlchemy's Cython modules: ~14 MB). Libraries that auditwheel grafted
(<package>.libs/) and the modules that link them (auditwheel gives them an $ORIGIN-relative
RPATH) were rewritten by patchelf, and `strip` turns those into files the loader rejects
("ELF load command ... not page-aligned"), so they are left alone. Without binutils the files
are bundled as they are.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

_LINKED_KINDS = ("BINARY", "EXTENSION")


def _readelf(readelf: str, option: str, path: str) -> str:
    return subprocess.run([readelf, option, "-W", path], capture_output=True, text=True, check=True).stdout


def _worth_stripping(readelf: str, src: str) -> bool:
    if any(part.endswith(".libs") for part in Path(src).parts):
        return False
    if ".debug_info" not in _readelf(readelf, "-S", src):
        return False
    return "$ORIGIN" not in _readelf(readelf, "-d", src)


def strip_debug(binaries: list[tuple], workdir: str) -> tuple[list[tuple], int]:
    """The TOC with those binaries replaced by stripped copies, and the bytes saved."""
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if not sys.platform.startswith("linux") or not strip or not readelf:
        return binaries, 0
    out_dir = Path(workdir) / "stripped"
    result, saved = [], 0
    for dest, src, kind in binaries:
        if kind in _LINKED_KINDS and _worth_stripping(readelf, src):
            target = out_dir / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([strip, "--strip-debug", "-o", str(target), src], check=True)
            saved += os.path.getsize(src) - target.stat().st_size
            src = str(target)
        result.append((dest, src, kind))
    return result, saved
