"""One editor per workspace: an OS lock on "<workspace>.lock" held while a window has it open.

The operating system drops the lock when the process ends, however it ends, so a crash never leaves
a workspace locked; the file itself only tells the next user who holds it.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Optional

from ftz_desktop.core.store.errors import WorkspaceError, quoted_path
from ftz_desktop.core.translate import tr


class WorkspaceInUseError(WorkspaceError):
    """Another ftz-desktop window (this user's or another's) is editing the workspace."""


def _lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


_ATTEMPTS = 20


def _is_current(handle: IO[str], path: Path) -> bool:
    """Whether the locked file is still the one at ``path`` (not unlinked by a releasing holder)."""
    if sys.platform == "win32":
        return True         # Windows never removes a file someone holds open
    try:
        here, there = os.fstat(handle.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _owner_text(path: Path) -> str:
    try:
        owner = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return tr("another ftz-desktop window")
    who = owner.get("user") or tr("another user")
    host = owner.get("host")
    pid = owner.get("pid")
    text = tr("{who} on {host}", who=who, host=host) if host else who
    return tr("{who} (process {pid})", who=text, pid=pid) if pid else text


class InstanceLock:
    def __init__(self, workspace: Path) -> None:
        self.workspace = Path(workspace)
        self.path = _lock_path(self.workspace)
        self._handle: Optional[IO[str]] = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise WorkspaceInUseError naming who holds it."""
        if self._handle is not None:
            return
        for _ in range(_ATTEMPTS):
            handle = open(self.path, "a+", encoding="utf-8")
            if not _try_lock(handle):
                handle.close()
                raise WorkspaceInUseError(tr(
                    "The workspace {name} is being used by {owner}. Close it there, or open it read-only.",
                    name=quoted_path(self.workspace.name), owner=_owner_text(self.path)), self.workspace)
            if _is_current(handle, self.path):
                break
            # The holder released it between our open and our lock, and removed the file we locked: the
            # lock must be on the file that is at the path now, or a third process could take it too.
            handle.close()
        else:
            raise WorkspaceInUseError(tr("The lock of {name} keeps changing hands; try again.",
                                         name=quoted_path(self.workspace.name)), self.workspace)
        owner = {"user": getpass.getuser(), "host": socket.gethostname(), "pid": os.getpid()}
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(owner))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # Windows asks for an explicit unlock
        except OSError:
            pass
        if sys.platform != "win32":
            # Remove the file while still holding its lock, so nobody can lock it after we let go; a
            # process that opened it before is told by _is_current to open the path again.
            try:
                self.path.unlink()
            except OSError:
                pass
            handle.close()  # closing drops the OS lock (flock)
            return
        handle.close()      # Windows cannot remove an open file: unlock, close, then remove
        try:
            self.path.unlink()
        except OSError:
            pass  # another window may have taken it in between; it holds it open, so this fails harmlessly

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
