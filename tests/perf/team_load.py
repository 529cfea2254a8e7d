"""Load on a team workspace: several client processes editing one PostgreSQL workspace at once.

    .venv/bin/python tests/perf/team_load.py [--clients 10] [--seconds 60] [--pause-ms 0] [--url postgresql://…/postgres]

--pause-ms: each client pauses a random time of that mean between its edits (0: flat out, every client editing
as fast as it can — on a 2-core machine ten busy clients and the server share two cores; 200: five edits a second
per client, an office far busier than people typing).

Without --url (or FTZ_TEST_POSTGRES_URL) a throwaway cluster is started (tests/helpers/pg_cluster.py) and
stopped. Each client edits the notes of a small set of shared observations (so edits meet), reading the row
first; an observer process watches the workspace (``WorkspaceStore.watch_server``) and notes when each batch
arrives. Reported:
- edits per second, conflicts (writes refused because the row changed since it was read), and lost updates:
  accepted writes whose audit row says the server held another value than the one the client had read —
  a change the writer never saw and overwrote (must be 0);
- the time until another client sees a change (commit to arrival at the observer: median and 95th percentile;
  target under 1 s) and the median edit round trip (target under 30 ms), against one client editing alone for a
  few seconds first (the baseline, same run);
- opening a workspace of 100,000 observations on the server and reading its dataset (median of 3; target
  under 3 s), against reading the same rows with plain psycopg (the baseline, same run).
"""
from __future__ import annotations

import argparse
import inspect
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
HOT_ROWS = 20


def _database(server: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _create_database(server: str) -> str:
    import psycopg

    name = f"ftz_load_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return _database(server, name)


def _drop_database(server: str, url: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


def _client(url: str, ids: list[int], seconds: float, seed: int, results: "mp.Queue[object]",
            pause: float = 0.0) -> None:
    from ftz_desktop.core.store.errors import StaleDataError
    from ftz_desktop.core.store.workspace import WorkspaceStore

    rng = random.Random(seed)
    accepted, trips, conflicts = [], [], 0
    with WorkspaceStore.open(url, create=False) as store:
        versioned = "expected_version" in inspect.signature(store.update_observation).parameters
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            obs_id = rng.choice(ids)
            read = store.observation(obs_id)
            note = f"client {seed} edit {len(accepted) + conflicts}"
            started = time.perf_counter()
            try:
                kwargs = {"expected_version": read.version} if versioned else {}
                batch = store.update_observation(obs_id, "note", note, **kwargs)
            except StaleDataError:
                conflicts += 1
                continue
            trips.append(time.perf_counter() - started)
            accepted.append((batch, obs_id, read.note, time.time()))
            if pause:
                time.sleep(rng.uniform(0, 2 * pause))          # the load's pace, not a wait for a result
    results.put(("client", accepted, trips, conflicts, versioned))


def _observer(url: str, ready: "mp.Event", stop: "mp.Event", results: "mp.Queue[object]") -> None:
    from ftz_desktop.core.store.workspace import WorkspaceStore

    arrivals: dict[str, float] = {}
    with WorkspaceStore.open(url, create=False) as store:
        store.subscribe(lambda event: arrivals.setdefault(event.batch_id, time.time()))
        store.watch_server()
        store._listener.listening.wait(10)
        ready.set()
        stop.wait()
    results.put(("observer", arrivals))


def _lost_updates(url: str, accepted: list[tuple[str, int, str, float]]) -> int:
    """Accepted writes whose old value (the audit's) is not what the writer had read."""
    from ftz_desktop.core.store.workspace import WorkspaceStore

    lost = 0
    with WorkspaceStore.open(url, create=False) as store:
        for batch, _obs_id, read_note, _at in accepted:
            rows = [r for r in store.history.audit(batch_id=batch) if r.column_name == "note"]
            if not rows or rows[0].old != read_note:
                lost += 1
    return lost


def _large_workspace(server: str, rows: int = 100_000) -> str:
    """A server workspace with ``rows`` observations (the study's, and days of one indicator)."""
    import datetime as dt

    import psycopg

    from ftz_desktop.core.store.workspace import WorkspaceStore

    url = _create_database(server)
    WorkspaceStore.open(url).close()
    start = dt.date(1800, 1, 1)
    with psycopg.connect(url) as conn:
        with conn.cursor().copy("COPY observations (indicator_id, geography, period, value, qualifier, status, "
                                "source_id, note) FROM STDIN") as copy:
            for n in range(rows):
                copy.write_row(("sichuan_trade_bri", "CD", (start + dt.timedelta(days=n)).isoformat(), float(n),
                                "", "E", "study-1", ""))
    return url


def _open_times(url: str, runs: int = 3) -> tuple[float, float, int]:
    import psycopg

    from ftz_desktop.core.store.workspace import WorkspaceStore

    store_times, raw_times, count = [], [], 0
    for _ in range(runs):
        started = time.perf_counter()
        with WorkspaceStore.open(url, create=False) as store:
            count = len(store.dataset().observations)
        store_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        with psycopg.connect(url) as conn:
            conn.execute("SELECT * FROM observations ORDER BY id").fetchall()
        raw_times.append(time.perf_counter() - started)
    return statistics.median(store_times), statistics.median(raw_times), count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--pause-ms", type=float, default=0.0)
    parser.add_argument("--url", default=os.environ.get("FTZ_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    from helpers import pg_cluster

    folder = None
    server = args.url
    if not server:
        folder, server = pg_cluster.start()
    try:
        from ftz_desktop.core.store.workspace import WorkspaceStore

        url = _create_database(server)
        with WorkspaceStore.open(url) as store:
            ids = [o.id for o in store.observations()[:HOT_ROWS]]
        ctx = mp.get_context("spawn")
        results: "mp.Queue[object]" = ctx.Queue()
        alone = ctx.Process(target=_client, args=(url, ids, 5.0, 99, results))
        alone.start()
        alone_trips = results.get(timeout=120)[2]
        alone.join()
        ready, stop = ctx.Event(), ctx.Event()
        observer = ctx.Process(target=_observer, args=(url, ready, stop, results))
        observer.start()
        ready.wait(30)
        clients = [ctx.Process(target=_client, args=(url, ids, args.seconds, n, results, args.pause_ms / 1000))
                   for n in range(args.clients)]
        for client in clients:
            client.start()
        done = [results.get(timeout=args.seconds + 120) for _ in clients]
        for client in clients:
            client.join()
        stop.set()
        arrivals = results.get(timeout=60)[1]
        observer.join()
        accepted = [a for d in done for a in d[1]]
        trips = [t for d in done for t in d[2]]
        conflicts = sum(d[3] for d in done)
        latencies = sorted(arrivals[b] - at for b, _, _, at in accepted if b in arrivals)
        lost = _lost_updates(url, accepted)
        _drop_database(server, url)
        large = _large_workspace(server)
        opened, raw, count = _open_times(large)
        _drop_database(server, large)
        p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
        pace = f"pausing {args.pause_ms:.0f} ms on average between edits" if args.pause_ms else "flat out"
        print(f"{args.clients} clients for {args.seconds:.0f} s on {HOT_ROWS} shared rows, {pace} "
              f"(versions checked: {done[0][4]})")
        print(f"edits per second         {len(accepted) / args.seconds:8.1f}   ({len(accepted)} accepted)")
        print(f"conflicts                {conflicts:8d}")
        print(f"lost updates             {lost:8d}   (must be 0)")
        print(f"seen by another client   median {statistics.median(latencies) * 1000:6.1f} ms, "
              f"95th percentile {p95 * 1000:6.1f} ms   (target < 1000 ms; {len(latencies)} of {len(accepted)} seen)")
        alone_ms = statistics.median(alone_trips) * 1000
        print(f"edit round trip          median {statistics.median(trips) * 1000:6.1f} ms   (target < 30 ms); "
              f"baseline: one client alone {alone_ms:5.1f} ms, ratio {statistics.median(trips) * 1000 / alone_ms:4.1f}")
        print(f"open {count:,} observations  median {opened:6.2f} s   (target < 3 s); baseline: plain "
              f"psycopg reading the rows {raw:5.2f} s, ratio {opened / raw:4.1f}")
        return 0 if lost == 0 else 1
    finally:
        if folder is not None:
            pg_cluster.stop(folder)


if __name__ == "__main__":
    raise SystemExit(main())
