"""Reading a file the user pointed at (a recipe, a template): a regular file of a sane size, or one sentence.

A name can point at anything: a folder, a device that never ends (a link to /dev/zero), a pipe, a
file of gigabytes. Only regular files are read, and never more than ``max_bytes`` (checked while
reading, so a file that grows or lies about its size cannot exhaust memory).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Union

from ftz_desktop.core.errors import UserError
from ftz_desktop.core.messages import shorten
from ftz_desktop.core.targets import SHOWN_NAME
from ftz_desktop.core.translate import tr

PathLike = Union[str, "os.PathLike[str]"]


class UserFileError(UserError, ValueError):
    """A file the user named cannot be read as what it should be; the message names it."""


def read_user_file(path: PathLike, what: str, max_bytes: int) -> bytes:
    """The bytes of ``path`` (``what`` names it in messages: "the recipe"), or UserFileError.

    ``what`` is an English phrase, shown in the current language when data/<language>/messages*.csv
    has it (or already translated by the caller).
    """
    target = Path(path)
    name = shorten(target.name, SHOWN_NAME)
    what = tr(what)
    try:
        info = target.stat()
    except FileNotFoundError:
        raise UserFileError(tr("{name} was not found ({what}).", name=name, what=what)) from None
    except OSError as exc:
        raise UserFileError(tr("{name}: {what} cannot be read ({error}).", name=name, what=what,
                               error=exc.strerror or exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise UserFileError(tr("{name}: {what} is a folder, not a file.", name=name, what=what))
    if not stat.S_ISREG(info.st_mode):
        raise UserFileError(tr("{name}: {what} is not a regular file (a device or a pipe); choose a file.",
                               name=name, what=what))
    try:
        with open(target, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UserFileError(tr("{name}: {what} cannot be read ({error}).", name=name, what=what,
                               error=exc.strerror or exc)) from None
    if len(data) > max_bytes:
        raise UserFileError(tr("{name}: {what} is larger than {limit} MB, which it never is; choose the right file.",
                               name=name, what=what, limit=max_bytes >> 20 or 1))
    return data
