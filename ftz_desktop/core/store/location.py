"""Is the workspace on a network share or in a synced folder? SQLite's locking is unreliable there,
and sync clients copy half-written files: the user is warned to keep a local copy."""
from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath
from typing import Optional

SYNC_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud drive", "iclouddrive",
                "坚果云", "百度网盘", "baidunetdisk", "wps云文档", "wpsdrive")
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "davfs",
                       "fuse.rclone", "ceph", "glusterfs", "fuse.glusterfs"}
_DRIVE_REMOTE = 4


def _mount_type(path: Path, mounts_text: str) -> Optional[str]:
    """The file-system type of the longest mount point containing ``path`` (from /proc/self/mounts)."""
    best, best_type = "", None
    text = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def _windows_drive_is_remote(path: str) -> bool:
    drive = PureWindowsPath(path).drive
    if not drive or drive.startswith("\\\\"):
        return bool(drive)
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE  # type: ignore[attr-defined]


def risky_location(path: Path, *, platform: str = sys.platform, mounts_text: Optional[str] = None) -> Optional[str]:
    """A sentence saying why the folder is risky for a workspace, or None for a local folder."""
    resolved = Path(os.path.abspath(path))
    lowered = [part.lower() for part in resolved.parts]
    if any(any(name in part for name in SYNC_FOLDERS) for part in lowered):
        return ("the workspace is in a synced folder (such as OneDrive); sync can copy it half-written. "
                "Keep the workspace in a local folder and back it up instead.")
    if platform == "win32":
        if str(path).startswith("\\\\") or _windows_drive_is_remote(str(resolved)):
            return ("the workspace is on a network drive, where file locking is unreliable and it can be "
                    "damaged. Copy it to a local folder to edit it.")
        return None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    kind = _mount_type(resolved, mounts_text)
    if kind in NETWORK_FILESYSTEMS:
        return (f"the workspace is on a network file system ({kind}), where file locking is unreliable and "
                "it can be damaged. Copy it to a local folder to edit it.")
    return None
