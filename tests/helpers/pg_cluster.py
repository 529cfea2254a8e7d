"""A throwaway PostgreSQL cluster for the tests: Debian's postgresql package, initdb and pg_ctl in a temporary
folder, listening only on 127.0.0.1 on a free port, password (SCRAM) authentication over TCP.

Used by the test fixtures (a developer without FTZ_TEST_POSTGRES_URL) and by .ci/run:

    python tests/helpers/pg_cluster.py start    prints the cluster's folder, then its URL (with its password)
    python tests/helpers/pg_cluster.py stop FOLDER     stops it and removes FOLDER

initdb refuses to run as root: as root the cluster belongs to the unprivileged user "nobody" (its folder is
made in the system's temporary folder, which that user can reach).
"""
from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

USER = "ftz_test"


def bin_dir() -> Optional[Path]:
    """Where initdb and pg_ctl are: ``pg_config --bindir``, else the newest /usr/lib/postgresql/*/bin."""
    candidates = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
        if out:
            candidates.append(Path(out))
    candidates += sorted((Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")),
                         key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_owner(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *argv] if os.geteuid() == 0 else argv


def _run(argv: list[str]) -> None:
    done = subprocess.run(_as_owner(argv), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed ({done.returncode}): {done.stderr.strip()}")


def start() -> tuple[Path, str]:
    """Start a cluster in a new temporary folder; its folder and URL."""
    binaries = bin_dir()
    if binaries is None:
        raise RuntimeError("PostgreSQL's initdb was not found (install Debian's postgresql package)")
    folder = Path(tempfile.mkdtemp(prefix="ftz-pg-"))
    data, password = folder / "data", secrets.token_hex(16)
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n")
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        for path in (folder, pwfile):
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
    _run([str(binaries / "initdb"), "-D", str(data), "-U", USER, "--pwfile", str(pwfile),
          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
    pwfile.unlink()
    port = _free_port()
    (folder / "options").write_text(f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
                                    "-c full_page_writes=off")
    resume(folder)
    url = f"postgresql://{USER}:{password}@127.0.0.1:{port}/postgres"
    return folder, url


def pause(folder: Path) -> None:
    """Stop the cluster in ``folder`` as a crash or a power cut would (its folder stays, for ``resume``)."""
    binaries = bin_dir()
    assert binaries is not None
    _run([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"])


def resume(folder: Path) -> None:
    """Start the cluster in ``folder`` again, on the same port."""
    binaries = bin_dir()
    assert binaries is not None
    _run([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "log"), "-w", "-t", "60",
          "-o", (folder / "options").read_text(), "start"])


def stop(folder: Path) -> None:
    """Stop the cluster in ``folder`` (if it runs) and remove the folder."""
    binaries, data = bin_dir(), folder / "data"
    if binaries is not None and (data / "postmaster.pid").exists():
        subprocess.run(_as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                       check=False, capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"]:
        print("\n".join(map(str, start())))
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        stop(Path(sys.argv[2]))
    else:
        sys.exit(f"usage: {sys.argv[0]} start | stop FOLDER")
