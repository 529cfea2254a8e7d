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

PathLike = Union[str, "os.PathLike[str]"]


class UserFileError(UserError, ValueError):
    """A file the user named cannot be read as what it should be; the message names it."""


def read_user_file(path: PathLike, what: str, max_bytes: int) -> bytes:
    """The bytes of ``path`` (``what`` names it in messages: "the recipe"), or UserFileError."""
    target = Path(path)
    name = shorten(target.name, SHOWN_NAME)
    try:
        info = target.stat()
    except FileNotFoundError:
        raise UserFileError(f"{name} was not found ({what}).") from None
    except OSError as exc:
        raise UserFileError(f"{name}: {what} cannot be read ({exc.strerror or exc}).") from None
    if stat.S_ISDIR(info.st_mode):
        raise UserFileError(f"{name}: {what} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise UserFileError(f"{name}: {what} is not a regular file (a device or a pipe); choose a file.")
    try:
        with open(target, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UserFileError(f"{name}: {what} cannot be read ({exc.strerror or exc}).") from None
    if len(data) > max_bytes:
        raise UserFileError(f"{name}: {what} is larger than {max_bytes >> 20 or 1} MB, which it never is; "
                            "choose the right file.")
    return data
