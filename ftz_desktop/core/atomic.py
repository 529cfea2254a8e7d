"""Write export files atomically: the target is either the complete old file or the complete new one.

The bytes go to a temp file in the target's folder (same file system, so the final rename is atomic),
every write's byte count is checked (a full disk can make one write return short), the file is
fsynced, then os.replace puts it over the target. Windows refuses the replace while Word holds the
target open; that is retried for about a second, then reported by name. The temp file is removed on
every failure, and one left behind by a killed process is found by its fixed prefix.
"""
from __future__ import annotations

import errno
import os
import re
import time
from pathlib import Path
from typing import Optional, Union

from ftz_desktop.core import errors as core_errors
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.translate import current_language, tr

TEMP_PREFIX = ".~ftz-"
CHUNK_SIZE = 1 << 20
RETRY_SECONDS = 1.0
_RETRY_STEP = 0.05
WINDOWS_MAX_PATH = 260

# os.write is looked up through this name so a test can simulate a full disk with a short count.
_write = os.write

PathLike = Union[str, "os.PathLike[str]"]

_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in "123456789¹²³"}
_BAD_CHARS = re.compile(r'[<>:"|?*\x00-\x1f]')


class AtomicWriteError(UserError, OSError):
    """An export could not be written; the message names the file and what to do."""

    def __str__(self) -> str:
        # The user reads this sentence in a dialog: no "[Errno 28]" prefix.
        return self.strerror or super().__str__()


class TargetLockedError(AtomicWriteError):
    """Another program (usually Word) holds the target open."""


class DiskFullError(AtomicWriteError, core_errors.DiskFullError):
    """The disk filled up while writing; the previous file is unchanged.

    The one disk-full error (``core.errors.DiskFullError``, raised as ``DiskFullError(message, path)``)
    that is also an ``AtomicWriteError``, so callers that handle failed exports handle it too."""


class FolderNotWritableError(AtomicWriteError):
    """No permission to create a file in the target's folder."""


class TargetNameError(ValueError, UserError):
    """The target path cannot be used as a file name on Windows (or the folder is missing)."""


def _q(name: str) -> str:
    """A file or folder named in a message, quoted as the message's language quotes: 'brief.docx', “简报.docx”."""
    return f"“{name}”" if current_language() == "zh" else f"'{name}'"


def validate_target_name(path: PathLike, windows: Optional[bool] = None) -> Path:
    """Refuse names Windows cannot hold, before any work starts; return the path.

    Reserved device names and forbidden characters are refused on every system because briefs are
    copied to Windows PCs; the 260-character limit applies only on Windows (``windows`` overrides the
    detection for tests).
    """
    if windows is None:
        windows = os.name == "nt"
    target = Path(path)
    name = target.name
    if not name or name in (".", ".."):
        raise TargetNameError(tr("Choose a file name, not only a folder."))
    bad = sorted(set(_BAD_CHARS.findall(name)))
    if bad:
        shown = " ".join(repr(c)[1:-1] if ord(c) < 32 else c for c in bad)
        raise TargetNameError(tr("{name} contains characters Windows does not allow in file names ({chars}); "
                                 "remove them.", name=_q(name), chars=shown))
    if name[-1] in ". ":
        raise TargetNameError(tr("{name} ends with a dot or a space, which Windows drops; remove it.", name=_q(name)))
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    if stem in _RESERVED:
        raise TargetNameError(tr("{name} uses the reserved Windows device name {stem}; choose another name.",
                                 name=_q(name), stem=stem))
    if windows and len(str(target.absolute())) >= WINDOWS_MAX_PATH:
        raise TargetNameError(tr("The path to {name} is longer than Windows allows ({limit} characters); save it "
                                 "in a shorter folder path.", name=_q(name), limit=WINDOWS_MAX_PATH))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TargetNameError(tr("The folder for {name} does not exist ({folder}); choose an existing folder.",
                                 name=_q(name), folder=str(folder)))
    return target


def _write_all(fd: int, data: bytes, target: Path) -> None:
    """Write every byte; a short or zero count means the disk is full and must not pass silently."""
    view = memoryview(data)
    offset = 0
    while offset < len(view):
        chunk = view[offset:offset + CHUNK_SIZE]
        written = _write(fd, chunk)
        if written != len(chunk):
            raise DiskFullError(tr("The disk is full: {name} was not saved (wrote {done} of {size} bytes). The "
                                   "previous file is unchanged; free space and try again.", name=target.name,
                                   done=offset + max(written, 0), size=len(view)), target)
        offset += written


def _new_temp(folder: Path, name: str) -> tuple[int, Path]:
    try:
        # O_EXCL with a random suffix: never reuse or follow someone else's file.
        for _ in range(100):
            temp = folder / f"{TEMP_PREFIX}{os.urandom(6).hex()}.tmp"
            try:
                fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
                return fd, temp
            except FileExistsError:
                continue
        raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))
    except PermissionError:
        raise FolderNotWritableError(errno.EACCES, tr(
            "Cannot save {name}: no permission to create files in the folder {folder}. Save it in another folder "
            "(Save As).", name=name, folder=_q(folder.name or str(folder)))) from None
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise FolderNotWritableError(exc.errno, tr(
                "Cannot save {name}: the folder {folder} is read-only. Save it in another folder (Save As).",
                name=name, folder=_q(folder.name or str(folder)))) from None
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(tr("The disk is full: {name} was not saved. Free space and try again.", name=name),
                                folder / name) from None
        raise


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace_with_retry(temp: Path, target: Path, retry_seconds: float) -> None:
    deadline = time.monotonic() + retry_seconds
    while True:
        try:
            os.replace(temp, target)
            return
        except PermissionError:
            # Windows: WinError 5/32 while Word, an indexer or an antivirus holds the target.
            if time.monotonic() >= deadline:
                raise TargetLockedError(errno.EACCES, tr("{name} is open in another program — close it or save under "
                                                         "another name.", name=target.name)) from None
            time.sleep(_RETRY_STEP)


def atomic_write_bytes(path: PathLike, data: bytes, retry_seconds: float = RETRY_SECONDS) -> Path:
    """Replace ``path`` with ``data`` all at once; on any failure the old file is untouched."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp = _new_temp(folder, target.name)
    try:
        try:
            _write_all(fd, data, target)
            os.fsync(fd)
        except OSError as exc:
            if exc.errno == errno.ENOSPC and not isinstance(exc, DiskFullError):
                raise DiskFullError(tr("The disk is full: {name} was not saved. The previous file is unchanged; free "
                                       "space and try again.", name=target.name), target) from None
            raise
        finally:
            os.close(fd)
        if os.name != "nt":
            # mkstemp-style files are private; give the brief the permissions a normal save would.
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(temp, 0o666 & ~mask)
        _replace_with_retry(temp, target, retry_seconds)
    except BaseException:
        try:
            temp.unlink()
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(folder)
    return target


def remove_stale_temps(folder: PathLike, older_than_seconds: float = 60.0) -> list[Path]:
    """Remove temp files left by an export that was killed; returns what was removed.

    Files younger than ``older_than_seconds`` are left alone: another instance may be writing them.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(Path(folder).glob(f"{TEMP_PREFIX}*.tmp"))
    except OSError:
        return removed
    for entry in entries:
        try:
            if now - entry.stat().st_mtime >= older_than_seconds:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed
