"""The crash tests' parts shared by a file and a server workspace: a writer child process (``crash_writer``) read
with deadlines and SIGKILLed, and the checks of what a workspace holds after a kill."""
from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Optional, Union

import pytest

from ftz_desktop.core.domain.model import Indicator, Source
from ftz_desktop.core.store.workspace import WorkspaceStore
from helpers import crash_writer as writer
from helpers.store import observations_by_id, replay_observations

# The crash tests are slow, and need SIGKILL (POSIX).
MARKS = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")]
WRITER = Path(writer.__file__)
DEADLINE = 30.0      # seconds a single child may take before the test gives up on it
Location = Union[Path, str]     # a workspace file or a server workspace's URL


class Child:
    """A writer process: a fresh interpreter running crash_writer.py, or (faster: no imports to
    repeat) a fork of this test process running ``crash_writer.main``. Its progress lines are read
    from a pipe with select(), so every wait has a deadline and no thread is needed."""

    def __init__(self, pid: int, fd: int, proc: Optional[subprocess.Popen] = None) -> None:
        self.pid, self.fd, self.proc = pid, fd, proc
        self.buffer = b""
        self.deadline = time.monotonic() + DEADLINE
        self.returncode: Optional[int] = None

    @classmethod
    def spawn(cls, *args: str) -> "Child":
        proc = subprocess.Popen([sys.executable, str(WRITER), *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, bufsize=0)
        return cls(proc.pid, proc.stdout.fileno(), proc)

    @classmethod
    def fork(cls, *args: str) -> "Child":
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:                      # the child: write, and never return into pytest
            code = 1
            try:
                os.close(read_fd)
                writer.main(list(args), emit=lambda line: os.write(write_fd, f"{line}\n".encode()))
                code = 0
            except BaseException:  # noqa: BLE001 - the forked child prints any failure and exits non-zero
                traceback.print_exc()
            finally:
                os._exit(code)
        os.close(write_fd)
        return cls(pid, read_fd)

    @classmethod
    def start(cls, fresh: bool, *args: str) -> "Child":
        # fork() is only safe while this process runs a single thread (no lock held elsewhere).
        return cls.spawn(*args) if fresh or threading.active_count() > 1 else cls.fork(*args)

    def running(self) -> bool:
        if self.proc is not None:
            return self.proc.poll() is None
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self._reaped(status)
        return self.returncode is None

    def _reaped(self, status: int) -> None:
        self.returncode = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)

    def next_line(self) -> Optional[str]:
        """The next line, or None once the child has closed its output (exited)."""
        while b"\n" not in self.buffer:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                self.kill()
                pytest.fail("the writer neither answered nor exited in time")
            if not select.select([self.fd], [], [], remaining)[0]:
                continue
            chunk = os.read(self.fd, 65536)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8").strip()

    def acks(self, wanted: Optional[int] = None) -> set[int]:
        """The numbers of the edits it acknowledges, until ``wanted`` of them (None: until it exits)."""
        acked: set[int] = set()
        while wanted is None or len(acked) < wanted:
            line = self.next_line()
            if line is None:
                break
            acked.add(int(line.split()[1]))
        return acked

    def kill(self) -> str:
        """SIGKILL (if still running), reap, and return its stderr where we have it."""
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.returncode = self.proc.returncode
            err = self.proc.stderr.read().decode("utf-8", "replace")
            self.proc.stdout.close()
            self.proc.stderr.close()
            return err
        if self.returncode is None:       # not reaped yet, so the pid is still ours to signal
            os.kill(self.pid, signal.SIGKILL)
            self._reaped(os.waitpid(self.pid, 0)[1])
        os.close(self.fd)
        return "(forked writer: see the captured stderr)"

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


ROWS_PER_EDIT = {0: 1, 1: 1, 2: len(writer.BATCH_OBS), 3: 1}


def check_edits(path: Location, acked: set[int], original: dict) -> set[int]:
    """Reopen, check integrity and every edit; return the numbers of the committed edits."""
    with WorkspaceStore.open(path, create=False) as store:
        store.integrity_check()
        rows = Counter(int(r.label.rsplit(" ", 1)[1]) for r in store.history.audit()
                       if r.label.startswith("crash edit "))
        committed = set(rows)
        assert acked <= committed, f"acknowledged edits lost: {sorted(acked - committed)}"
        for i, n in rows.items():
            assert n == ROWS_PER_EDIT[i % 4], f"edit {i} is half there ({n} audit rows)"
        latest = {kind: max((i for i in committed if i % 4 == kind), default=None) for kind in range(4)}
        ds = store.dataset()
        note = f"edit {latest[0]}" if latest[0] is not None else original["note"]
        assert store.observation(writer.NOTE_OBS).note == note
        value = float(latest[1]) if latest[1] is not None else original["value"]
        assert store.observation(writer.VALUE_OBS).value == value
        notes = {oid: store.observation(oid).note for oid in writer.BATCH_OBS}
        if latest[2] is None:
            assert notes == original["batch"]
        else:
            assert notes == {oid: f"edit {latest[2]}" for oid in writer.BATCH_OBS}
        added = {o.period: o.value for o in ds.observations
                 if (o.indicator_id, o.geography) == (writer.ADD_INDICATOR, writer.ADD_GEOGRAPHY)}
        assert added == {writer.add_period(i): float(i) for i in committed if i % 4 == 3}
        assert replay_observations(store.history.audit()) == observations_by_id(store)
    return committed



def add_bulk(store: WorkspaceStore) -> None:
    """The bulk indicator with 10,000 observations, for a writer's one-batch paste."""
    store.add_indicator(Indicator(id=writer.BULK_INDICATOR, name="Bulk", unit="count"))
    store.add_observations([{"indicator_id": writer.BULK_INDICATOR, "geography": geo,
                             "period": str(1000 + i), "value": "1", "source_id": writer.WRITER_SOURCE}
                            for geo in ("SC", "CN") for i in range(5000)])


def bulk_state(path: Location, value: int) -> tuple[set, int]:
    with WorkspaceStore.open(path, create=False) as store:
        store.integrity_check()
        values = {o.value for o in store.observations() if o.indicator_id == writer.BULK_INDICATOR}
        audited = next((b.changes for b in store.history.batches() if b.label == f"bulk {value}"), 0)
    return values, audited


def add_writer_source(store: WorkspaceStore) -> None:
    """The writer's own source, which the figures it changes or adds cite (a changed figure cannot cite the
    study)."""
    store.add_source(Source(id=writer.WRITER_SOURCE, title="Figures written by the crash tests"))
    store.update_observation(writer.VALUE_OBS, "source_id", writer.WRITER_SOURCE)


def seeded_random() -> random.Random:
    """Random moments to kill at; FTZ_CRASH_SEED replays a failing run (the seed is printed)."""
    seed = int(os.environ.get("FTZ_CRASH_SEED") or random.randrange(1 << 30))
    print(f"FTZ_CRASH_SEED={seed}")
    return random.Random(seed)


def first_values(store: WorkspaceStore) -> dict:
    """What the edits' cells hold before any writer ran (``check_edits`` compares with it)."""
    return {"note": store.observation(writer.NOTE_OBS).note, "value": store.observation(writer.VALUE_OBS).value,
            "batch": {oid: store.observation(oid).note for oid in writer.BATCH_OBS}}
