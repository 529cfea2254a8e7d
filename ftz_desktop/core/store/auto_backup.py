"""Automatic backups: a verified copy of the workspace at close, a few generations kept per workspace,
and the restore offered when a workspace turns out to be damaged.

The damaged original is never overwritten or "repaired": it is renamed aside, and the newest good
backup takes its place.
"""
from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from ftz_desktop.core.store.workspace import WorkspaceStore

from ftz_desktop.core.store.backup import verify, write_backup
from ftz_desktop.core.translate import tr

KEEP_GENERATIONS = 10
DAILY_SECONDS = 24 * 3600


def backup_folder(workspace: Path, root: Optional[Path] = None) -> Path:
    """A folder per workspace (its name plus a digest of its full path, so two 'workspace.ftzdb' never mix)."""
    if root is None:
        from ftz_desktop.paths import user_data_dir

        root = user_data_dir() / "backups"
    resolved = str(Path(workspace).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:10]
    return root / f"{Path(workspace).stem}-{digest}"


def generations(workspace: Path, root: Optional[Path] = None) -> list[Path]:
    """Backups of this workspace, newest first."""
    folder = backup_folder(workspace, root)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.ftzdb"), reverse=True)


def due(workspace: Optional[Path], root: Optional[Path] = None, max_age_seconds: float = DAILY_SECONDS,
        now: Optional[float] = None) -> bool:
    """True when the newest backup is older than ``max_age_seconds`` (or there is none): a workspace
    kept open for days still gets a daily backup, not only one at close. Never for a workspace on a server
    (``workspace`` None), which the server's own backups keep."""
    import time

    if workspace is None:
        return False
    newest = generations(workspace, root)
    if not newest:
        return True
    return ((now if now is not None else time.time()) - newest[0].stat().st_mtime) > max_age_seconds


def make_generation(store: "WorkspaceStore", root: Optional[Path] = None, keep: int = KEEP_GENERATIONS) -> Path:
    """Back the open store up (SQLite online backup, verified) and drop generations beyond ``keep``."""
    if store.path is None:
        from ftz_desktop.core.store.errors import WorkspaceError

        raise WorkspaceError(tr("The workspace {name} is on a server: the server's own backups keep it.",
                                name=store.location))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_folder(store.path, root) / f"{stamp}.ftzdb"
    store.backup(target)
    for old in generations(store.path, root)[keep:]:
        old.unlink(missing_ok=True)
    return target


def latest_good_backup(workspace: Path, root: Optional[Path] = None) -> Optional[Path]:
    for candidate in generations(workspace, root):
        try:
            verify(candidate)
            return candidate
        except Exception:  # noqa: BLE001 - a damaged backup is skipped; the next older one may be good
            continue
    return None


def restore_backup(workspace: Path, backup: Path) -> Path:
    """Put ``backup`` in the workspace's place; the damaged file is kept aside. Returns where it went."""
    workspace = Path(workspace)
    verify(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = workspace.with_name(f"{workspace.name}.damaged-{stamp}")
    if workspace.exists():
        workspace.rename(aside)
    # Through SQLite's backup API like every other copy of a workspace (never a raw file copy).
    source = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
    try:
        write_backup(lambda destination: source.backup(destination), workspace)
    finally:
        source.close()
    return aside
