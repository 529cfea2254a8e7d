"""Where a command may write: the one check every writer (brief, table export, backup) makes first.

A target is refused, with one sentence and nothing written, when
- its name cannot be a file name (``atomic.validate_target_name``; longer than 255 bytes);
- its suffix does not match what is written (a Word brief into ``data.csv``, a recipe overwritten by its brief);
- it is a file the command reads (the open workspace, the recipe, the template);
- it is an existing workspace (any SQLite database): a brief or table never replaces one, and a backup
  replaces one only when the user asks (``replace_workspace``);
- it is read-only: its protection is respected, never widened.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

from ftz_desktop.core.atomic import TargetNameError, validate_target_name
from ftz_desktop.core.messages import shorten
from ftz_desktop.core.translate import tr

PathLike = Union[str, "os.PathLike[str]"]
MAX_NAME_BYTES = 255                     # NTFS, ext4 and APFS alike
SQLITE_HEADER = b"SQLite format 3\x00"
SHOWN_NAME = 60                          # characters of a file name quoted in a message


class TargetRefusedError(TargetNameError):
    """A target that this command must not write (it is an input, a workspace, read-only, the wrong kind)."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def is_database(path: Path) -> bool:
    """Whether the file starts like an SQLite database (every workspace and backup does)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_output_target(path: PathLike, suffixes: Sequence[str], what: str, *,
                        inputs: Optional[Mapping[Path, str]] = None, replace_workspace: bool = False) -> Path:
    """The target if this command may write ``what`` there, else TargetNameError / TargetRefusedError.

    ``suffixes``: the endings the written format has (".docx"); ``inputs``: the files the command reads,
    each with how to name it ("the workspace being read"). ``what`` and the names of ``inputs`` are
    English phrases, shown in the current language when data/<language>/messages*.csv has them
    (or already translated by the caller).
    """
    if not str(path).strip():
        raise TargetNameError(tr("No file name was given; choose where to write it."))
    raw = Path(path)
    name = shorten(raw.name, SHOWN_NAME)
    if len(raw.name.encode("utf-8")) > MAX_NAME_BYTES:
        raise TargetNameError(tr("The file name '{name}' is longer than file systems allow ({limit} bytes); choose a "
                                 "shorter name. Nothing was written.", name=name, limit=MAX_NAME_BYTES))
    target = validate_target_name(raw)
    if target.suffix.lower() not in suffixes:
        endings = suffixes[0]
        for suffix in suffixes[1:]:
            endings = tr("{first} or {second}", first=endings, second=suffix)
        raise TargetRefusedError(tr("'{name}' does not end in {endings}, and this command writes {what}: name the "
                                    "file with {suffix}. Nothing was written.", name=name, endings=endings,
                                    what=tr(what), suffix=suffixes[0]))
    for other, role in (inputs or {}).items():
        if _same_file(target, Path(other)):
            raise TargetRefusedError(tr("'{name}' is {role}; writing {what} over it would destroy it. Choose another "
                                        "file. Nothing was written.", name=name, role=tr(role), what=tr(what)))
    if target.is_dir():
        raise TargetNameError(tr("'{name}' is a folder; choose a file name inside it.", name=name))
    if target.exists():
        if is_database(target) and not replace_workspace:
            raise TargetRefusedError(tr("'{name}' is an ftz-desktop workspace (or another database); it is never "
                                        "replaced by this command. Choose another file. Nothing was written.",
                                        name=name))
        if not target.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise TargetRefusedError(tr("'{name}' is read-only, and it stays so: it was not changed. Make it writable "
                                        "first, or choose another name.", name=name))
    return target
