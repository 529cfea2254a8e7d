"""Two holders of one workspace's lock, never: many contenders taking and releasing it as fast as they can."""
from __future__ import annotations

import os
import threading
import time

from ftz_desktop.core.store.lock import InstanceLock, WorkspaceInUseError


def test_the_lock_never_has_two_holders_under_contention(tmp_path):
    workspace = tmp_path / "w.ftzdb"
    holders = 0
    most = 0
    taken = 0
    count_lock = threading.Lock()
    deadline = time.monotonic() + 3.0
    errors: list[BaseException] = []

    def contend() -> None:
        nonlocal holders, most, taken
        try:
            while time.monotonic() < deadline:
                lock = InstanceLock(workspace)
                try:
                    lock.acquire()
                except WorkspaceInUseError:
                    continue
                with count_lock:
                    holders += 1
                    most = max(most, holders)
                    taken += 1
                for _ in range(20):       # hold it a moment, letting the others run
                    os.sched_yield()
                with count_lock:
                    holders -= 1
                lock.release()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=contend) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert taken > 10                 # the lock did change hands (hundreds of times on a quiet machine)
    assert most == 1
