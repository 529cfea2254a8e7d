"""Atomic export writes: the old file survives every failure, no partial or stray files are left."""
from __future__ import annotations

import errno
import os
import time

import pytest

from ftz_desktop.core import atomic
from ftz_desktop.core.atomic import (
    TEMP_PREFIX,
    DiskFullError,
    FolderNotWritableError,
    TargetLockedError,
    TargetNameError,
    atomic_write_bytes,
    remove_stale_temps,
    validate_target_name,
)

OLD = b"the brief as it was" * 100


def files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_replaces_the_target(tmp_path):
    target = tmp_path / "brief.docx"
    target.write_bytes(OLD)
    atomic_write_bytes(target, b"new brief")
    assert target.read_bytes() == b"new brief"
    assert files(tmp_path) == ["brief.docx"]


def test_new_file_gets_ordinary_permissions(tmp_path):
    if os.name == "nt":
        pytest.skip("POSIX permission bits")
    mask = os.umask(0)
    os.umask(mask)
    path = atomic_write_bytes(tmp_path / "brief.docx", b"x")
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("size, short_at_call", [(1000, 1), (3 * atomic.CHUNK_SIZE + 5, 3)])
def test_disk_full_short_write_keeps_the_old_file(tmp_path, monkeypatch, size, short_at_call):
    """A full disk makes one write() return fewer bytes: single-write and chunked paths."""
    target = tmp_path / "brief.docx"
    target.write_bytes(OLD)
    calls = []

    def short_write(fd, data):
        calls.append(len(data))
        if len(calls) == short_at_call:
            return os.write(fd, bytes(data[: len(data) // 2]))
        return os.write(fd, data)

    monkeypatch.setattr(atomic, "_write", short_write)
    with pytest.raises(DiskFullError) as error:
        atomic_write_bytes(target, b"n" * size)
    assert "disk is full" in str(error.value) and "brief.docx" in str(error.value)
    assert error.value.errno == errno.ENOSPC
    assert target.read_bytes() == OLD
    assert files(tmp_path) == ["brief.docx"]
    assert len(calls) == short_at_call


def test_enospc_from_the_system_is_a_disk_full_error(tmp_path, monkeypatch):
    def no_space(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write", no_space)
    with pytest.raises(DiskFullError, match="brief.docx was not saved"):
        atomic_write_bytes(tmp_path / "brief.docx", b"data")
    assert files(tmp_path) == []


def test_failure_during_replace_removes_the_temp(tmp_path, monkeypatch):
    target = tmp_path / "brief.docx"
    target.write_bytes(OLD)

    def broken_replace(src, dst):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == OLD and files(tmp_path) == ["brief.docx"]


def test_locked_target_is_retried_then_named(tmp_path, monkeypatch):
    """Windows refuses os.replace while Word holds the file (WinError 5/32): simulated here."""
    target = tmp_path / "brief.docx"
    target.write_bytes(OLD)
    attempts = []

    def locked(src, dst):
        attempts.append(time.monotonic())
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    monkeypatch.setattr(atomic, "_RETRY_STEP", 0.01)
    with pytest.raises(TargetLockedError) as error:
        atomic_write_bytes(target, b"new", retry_seconds=0.2)
    assert str(error.value) == ("brief.docx is open in another program — close it or save under another name.")
    assert len(attempts) > 3 and attempts[-1] - attempts[0] >= 0.2
    assert target.read_bytes() == OLD and files(tmp_path) == ["brief.docx"]


def test_transient_lock_succeeds_within_the_budget(tmp_path, monkeypatch):
    target = tmp_path / "brief.docx"
    target.write_bytes(OLD)
    real_replace = os.replace
    attempts = []

    def briefly_locked(src, dst):
        attempts.append(1)
        if len(attempts) < 3:   # an indexer holding the file for a moment
            raise PermissionError(errno.EACCES, "in use")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", briefly_locked)
    monkeypatch.setattr(atomic, "_RETRY_STEP", 0.01)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and files(tmp_path) == ["brief.docx"]


def test_folder_without_permission_simulated(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(FolderNotWritableError, match="no permission.*Save As"):
        atomic_write_bytes(tmp_path / "brief.docx", b"x")


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user (root may write anywhere)")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "brief.docx").write_bytes(OLD)
    folder.chmod(0o555)
    try:
        with pytest.raises(FolderNotWritableError):
            atomic_write_bytes(folder / "brief.docx", b"new")
        assert (folder / "brief.docx").read_bytes() == OLD
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("name, words", [
    ("CON.docx", "reserved Windows device name CON"),
    ("nul", "reserved"),
    ("com1.tar.gz", "reserved Windows device name COM1"),
    ("LPT9 .docx", "reserved"),
    ("brief.", "ends with a dot"),
    ("brief.docx ", "ends with a dot or a space"),
    ("a<b.docx", "not allow"),
    ('say "hi".docx', "not allow"),
    ("what?.docx", "not allow"),
    ("a|b*.docx", "not allow"),
    ("tab\there.docx", "not allow"),
])
def test_bad_names_are_refused(tmp_path, name, words):
    with pytest.raises(TargetNameError, match=words):
        validate_target_name(tmp_path / name)


def test_good_names_pass(tmp_path):
    for name in ("四川自贸区政策简报.docx", "brief 🚢 2024.docx", "CONSOLE.docx", "con-brief.docx", "a.b.c.docx"):
        assert validate_target_name(tmp_path / name) == tmp_path / name
        atomic_write_bytes(tmp_path / name, name.encode("utf-8"))
        assert (tmp_path / name).read_bytes() == name.encode("utf-8")


def test_missing_folder_and_long_path(tmp_path):
    with pytest.raises(TargetNameError, match="folder .* does not exist"):
        validate_target_name(tmp_path / "nowhere" / "brief.docx")
    long_name = "b" * 250 + ".docx"
    with pytest.raises(TargetNameError, match="longer than Windows allows"):
        validate_target_name(tmp_path / long_name, windows=True)
    with pytest.raises(TargetNameError, match="file name"):
        validate_target_name(tmp_path / "..")


def test_hundred_writes_leave_no_temp_files(tmp_path):
    target = tmp_path / "brief.docx"
    for index in range(100):
        atomic_write_bytes(target, f"version {index}".encode())
    assert target.read_bytes() == b"version 99"
    assert files(tmp_path) == ["brief.docx"]


def test_stale_temps_are_removed(tmp_path):
    stale = tmp_path / f"{TEMP_PREFIX}deadbeef.tmp"
    fresh = tmp_path / f"{TEMP_PREFIX}cafe.tmp"
    other = tmp_path / "~$brief.docx"   # Word's owner file is not ours to remove
    for path in (stale, fresh, other):
        path.write_bytes(b"x")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    assert remove_stale_temps(tmp_path) == [stale]
    assert files(tmp_path) == sorted([fresh.name, other.name])
    assert remove_stale_temps(tmp_path, older_than_seconds=0) == [fresh]
    assert files(tmp_path) == [other.name]


def test_a_file_name_refused_in_the_chinese_edition_is_said_in_chinese(tmp_path):
    from ftz_desktop.core import translate

    translate.set_language("zh")
    try:
        with pytest.raises(TargetNameError) as refused:
            validate_target_name(tmp_path / "CON.docx")
    finally:
        translate.set_language("en")
    assert str(refused.value) == "“CON.docx” 使用了 Windows 保留的设备名 CON，请换一个名称。"
