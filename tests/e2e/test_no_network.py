"""No network, ever: the headless export and a GUI start open no socket.

Two layers. Python: a prelude replaces the socket entry points with ones that record the attempt
and refuse, then runs the real program. Native (Linux, strace): Qt and the C libraries make no
socket of any network family and connect nowhere but the local name-service cache.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

# Installed before anything else runs; each attempt is written at once because the start-up probe
# leaves through os._exit, which skips every cleanup handler.
GUARD = r'''
import os, socket, sys
_log = os.open(os.environ["FTZ_TEST_SOCKET_LOG"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

def _refuse(what, args):
    os.write(_log, f"{what}{args!r}\n".encode("utf-8", "backslashreplace"))
    raise OSError(101, f"network access attempted: {what}")

class _RefusedSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse("socket.socket", args)

def _refusing(name):
    return lambda *args, **kwargs: _refuse(f"socket.{name}", args)

socket.socket = _RefusedSocket
for _name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
              "gethostbyaddr", "getnameinfo", "socketpair", "fromfd"):
    setattr(socket, _name, _refusing(_name))
'''

RUN_APP = r'''
import runpy
sys.argv = ["ftz-desktop", *sys.argv[1:]]
runpy.run_module("ftz_desktop", run_name="__main__", alter_sys=True)
'''

EXPORT = ["export", "--out", "{out}"]
GUI = []  # no sub-command: the window, stopped by the start-up probe at its first paint


def _env(tmp_path: Path, socket_log: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", FTZ_DESKTOP_STARTUP_PROBE="first_paint",
               FTZ_TEST_SOCKET_LOG=str(socket_log), MPLCONFIGDIR=str(tmp_path / "mpl"))
    return env


def _command(args: list[str], out: Path) -> list[str]:
    return [sys.executable, "-c", GUARD + RUN_APP, *[a.format(out=out) for a in args]]


def _check_ran(result: subprocess.CompletedProcess, args: list[str], out: Path) -> None:
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    if args is EXPORT:
        assert out.is_file() and out.stat().st_size > 0
    else:
        assert "probe first_paint" in result.stdout, result.stdout + result.stderr


def test_guard_records_and_refuses(tmp_path):
    """The guard itself works, so the tests below cannot pass by not looking (loopback only)."""
    log = tmp_path / "sockets.log"
    code = GUARD + "socket.create_connection(('127.0.0.1', 9))\n"
    result = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path, log),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "network access attempted" in result.stderr
    assert "create_connection" in log.read_text("utf-8")


@pytest.mark.parametrize("args", [EXPORT, GUI], ids=["export", "gui"])
def test_python_opens_no_socket(tmp_path, args):
    log, out = tmp_path / "sockets.log", tmp_path / "brief.docx"
    result = subprocess.run(_command(args, out), cwd=tmp_path, env=_env(tmp_path, log),
                            capture_output=True, text=True, timeout=180)
    _check_ran(result, args, out)
    attempts = log.read_text("utf-8") if log.exists() else ""
    assert attempts == "", f"the program tried to use the network:\n{attempts}"


# glibc asks its local name-service cache daemon (a Unix socket) when something looks up the
# user's account; that is a local query, not the network.
_LOCAL_ONLY = {"/var/run/nscd/socket", "/run/nscd/socket"}
_SOCKET = re.compile(r"\bsocket\((AF_\w+)")
_CONNECT = re.compile(r"\bconnect\(\d+, \{sa_family=(AF_\w+)(?:, sun_path=\"([^\"]*)\")?")


def _native_attempts(trace: str) -> list[str]:
    bad = []
    for line in trace.splitlines():
        made = _SOCKET.search(line)
        if made and made.group(1) != "AF_UNIX":
            bad.append(line)
        connected = _CONNECT.search(line)
        if connected and (connected.group(1) != "AF_UNIX" or connected.group(2) not in _LOCAL_ONLY):
            bad.append(line)
    return bad


def _traced(command: list[str], tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess, str]:
    trace = tmp_path / "strace.txt"
    result = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect,socketpair", "-o", str(trace),
                             *command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    if "PTRACE" in result.stderr and "Operation not permitted" in result.stderr:
        pytest.skip("this machine forbids ptrace, so strace cannot watch the program")
    return result, trace.read_text("utf-8", "replace")


needs_strace = pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("strace") is None,
                                  reason="the native check traces system calls with strace (Linux)")


@needs_strace
def test_native_check_sees_a_socket_below_python(tmp_path):
    """The trace parser flags a socket made under Python's socket module (to loopback, a closed port)."""
    code = "import _socket\ntry:\n    _socket.socket().connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
    _result, trace = _traced([sys.executable, "-c", code], tmp_path, dict(os.environ))
    bad = _native_attempts(trace)
    assert any("socket(AF_INET" in line for line in bad) and any("connect(" in line for line in bad), trace


@needs_strace
@pytest.mark.parametrize("args", [EXPORT, GUI], ids=["export", "gui"])
def test_native_code_opens_no_socket(tmp_path, args):
    log, out = tmp_path / "sockets.log", tmp_path / "brief.docx"
    result, trace = _traced(_command(args, out), tmp_path, _env(tmp_path, log))
    _check_ran(result, args, out)
    bad = _native_attempts(trace)
    assert not bad, "native code used a socket:\n" + "\n".join(bad[:20])
