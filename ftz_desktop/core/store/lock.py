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

from ftz_desktop.core.store.errors import WorkspaceError


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


def _owner_text(path: Path) -> str:
    try:
        owner = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return "another ftz-desktop window"
    who = owner.get("user") or "another user"
    host = owner.get("host")
    pid = owner.get("pid")
    return f"{who}" + (f" on {host}" if host else "") + (f" (process {pid})" if pid else "")


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
        handle = open(self.path, "a+", encoding="utf-8")
        if not _try_lock(handle):
            handle.close()
            raise WorkspaceInUseError(
                f"The workspace '{self.workspace.name}' is being used by {_owner_text(self.path)}. "
                "Close it there, or open it read-only.", self.workspace)
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
        handle.close()  # closing drops the OS lock (flock on Linux and macOS)
        try:
            self.path.unlink()
        except OSError:
            pass  # another window may have taken it in between; harmless

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
