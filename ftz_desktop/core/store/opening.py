"""The rules for opening a workspace, shared by the window and the command line.

- One editor per workspace: the opener takes the workspace's lock (``core.store.lock``). When another
  window holds it, ``on_in_use`` decides: open read-only (True), or give up (False); a caller that
  must write refuses by re-raising the ``WorkspaceInUseError``, which names the holder.
- A folder that cannot hold the lock file, or a file or folder that cannot be written (a CD, a USB
  stick, permissions), opens read-only: nobody can edit there, everybody can read.
- A damaged file (not a workspace any more, or corrupt) is never changed. When a good automatic
  backup exists, ``on_damaged`` decides whether it replaces the file (the damaged file is kept aside);
  without a backup, or without ``on_damaged``, the damage error reaches the caller.

    opened = open_workspace(path, on_in_use=lambda exc: True)
    with opened:
        opened.store.dataset()

A workspace on a server (``postgresql://...``) takes no lock file: the server lets several people edit, and
writers take turns there (``core.store.server``); it has no automatic backups to restore (the server's own).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Union

from ftz_desktop.core.store import auto_backup
from ftz_desktop.core.store.addresses import is_server_url
from ftz_desktop.core.store.errors import (
    CorruptWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceNotWritableError,
    quoted_path,
)
from ftz_desktop.core.store.lock import InstanceLock, WorkspaceInUseError
from ftz_desktop.core.store.workspace import WorkspaceStore
from ftz_desktop.core.translate import tr

log = logging.getLogger(__name__)

InUseAnswer = Callable[[WorkspaceInUseError], bool]
DamagedAnswer = Callable[[WorkspaceError, Path], bool]


@dataclass
class OpenedWorkspace:
    """An open store and the lock that makes its opener the one editor (None when read-only)."""

    store: WorkspaceStore
    lock: Optional[InstanceLock] = None
    restored_from: Optional[Path] = None     # the backup that replaced a damaged file
    kept_aside: Optional[Path] = None        # where the damaged file was kept

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> "OpenedWorkspace":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def refuse_when_in_use(exc: WorkspaceInUseError) -> bool:
    """``on_in_use`` for a caller that must write: say who holds the workspace."""
    raise exc


def read_when_in_use(exc: WorkspaceInUseError) -> bool:
    """``on_in_use`` for a caller that only reads: a workspace another window edits can be read."""
    return True


def _read_only(path: Path) -> OpenedWorkspace:
    return OpenedWorkspace(WorkspaceStore.open(path, create=False, read_only=True))


def open_workspace(path: Union[Path, str], *, on_in_use: InUseAnswer, on_damaged: Optional[DamagedAnswer] = None,
                   backup_root: Optional[Path] = None, create: bool = True) -> Optional[OpenedWorkspace]:
    """Open ``path`` (a file, or a server's URL) by the rules above; None when the user declined (``on_in_use``
    or ``on_damaged`` answered False). A missing file is created from the shipped study (and its folders made)
    only with ``create``; otherwise a WorkspaceError says it does not exist and nothing is made (an empty
    server database likewise)."""
    if is_server_url(path):
        return OpenedWorkspace(WorkspaceStore.open(path, create=create))
    path = Path(path)
    if not create and not path.exists():
        raise WorkspaceError(tr("The workspace {name} does not exist; nothing was created. Check the path, or add "
                                "--create to make a new workspace there from the shipped study.",
                                name=quoted_path(path)), path)
    lock = InstanceLock(path)
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            lock.acquire()
        except PermissionError:
            if not path.exists():
                raise
            # A write-protected folder cannot hold the lock file: nobody can edit here, read it.
            return _read_only(path)
        return OpenedWorkspace(WorkspaceStore.open(path), lock)
    except WorkspaceInUseError as exc:
        if path.exists() and on_in_use(exc):
            return _read_only(path)
        return None
    except WorkspaceNotWritableError:
        lock.release()
        return _read_only(path)
    except (NotAWorkspaceError, CorruptWorkspaceError) as exc:
        lock.release()
        backup = auto_backup.latest_good_backup(path, backup_root)
        if backup is None or on_damaged is None:
            raise
        if not on_damaged(exc, backup):
            return None
        aside = auto_backup.restore_backup(path, backup)
        log.warning("Restored %s from %s; damaged file kept as %s", path, backup, aside)
        lock.acquire()
        return OpenedWorkspace(WorkspaceStore.open(path, create=False), lock, restored_from=backup, kept_aside=aside)
    except BaseException:
        lock.release()
        raise
