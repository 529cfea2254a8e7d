"""The one base class of errors whose message is written for the user.

Every such error in core, charts and brief derives from ``UserError``; the command line prints its
message as one line and the window shows it in a message box. Anything else is a bug: it is logged
with its traceback and the user is pointed at the log.
"""
from __future__ import annotations

import errno
from pathlib import Path
from typing import Optional


class UserError(Exception):
    """A problem the user can fix (a missing file, a bad recipe, a refused value); the message says how."""


class DiskFullError(UserError, OSError):
    """The disk is full: what was being written (an edit, an export, a backup) was not saved, and what
    was saved before is intact. The one disk-full error of the workspace and of every file written;
    an ``OSError`` with errno ENOSPC, so code that handles OS errors handles it too."""

    def __init__(self, message: str, path: Optional[Path] = None) -> None:
        OSError.__init__(self, errno.ENOSPC, message)
        self.path = path

    def __str__(self) -> str:
        return str(self.strerror)
