"""PostgreSQL for the tests: one server per run, a fresh empty database per test.

The server is FTZ_TEST_POSTGRES_URL (.ci/run starts a throwaway cluster and sets it); without it, a cluster
of this run's own is started when PostgreSQL's initdb is installed (``helpers.pg_cluster``) and stopped at
the end. Where neither is possible the server's tests skip, except in CI (CI or FTZ_REQUIRE_POSTGRES=1 set):
there a missing server fails them.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest

from helpers import pg_cluster

URL_VARIABLE = "FTZ_TEST_POSTGRES_URL"


def _required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("FTZ_REQUIRE_POSTGRES") == "1"


def _with_database(url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)


def _admin(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=10)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server the tests may create and drop databases on (its maintenance database)."""
    url = os.environ.get(URL_VARIABLE)
    if url:
        yield url
        return
    if pg_cluster.bin_dir() is None:
        message = f"no PostgreSQL server: set {URL_VARIABLE} or install Debian's postgresql package"
        if _required():
            pytest.fail(message)
        pytest.skip(message)
    folder, url = pg_cluster.start()
    try:
        yield url
    finally:
        pg_cluster.stop(folder)


@pytest.fixture
def private_postgres() -> Iterator[tuple[Path, str]]:
    """A cluster of this test's own, which it may stop and start again (``pg_cluster.pause``/``resume``): its
    folder and the URL of a database in it that holds the shipped study."""
    if pg_cluster.bin_dir() is None:
        message = "no PostgreSQL: install Debian's postgresql package (initdb, pg_ctl)"
        if _required():
            pytest.fail(message)
        pytest.skip(message)
    from ftz_desktop.core.store.workspace import WorkspaceStore

    folder, server = pg_cluster.start()
    try:
        url = _with_database(server, _create(server))
        WorkspaceStore.open(url).close()
        yield folder, url
    finally:
        pg_cluster.stop(folder)


def _create(server: str, template: str = "template0") -> str:
    name = f"ftz_test_{uuid.uuid4().hex[:12]}"
    with _admin(server) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def _drop(server: str, name: str) -> None:
    with _admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_template(postgres_server) -> Iterator[str]:
    """A database made a workspace from the shipped study once (closed); tests work on copies of it."""
    from ftz_desktop.core.store.workspace import WorkspaceStore

    name = _create(postgres_server)
    WorkspaceStore.open(_with_database(postgres_server, name)).close()
    try:
        yield name
    finally:
        _drop(postgres_server, name)


@pytest.fixture
def postgres_database(postgres_server) -> Iterator[str]:
    """The URL of a fresh, empty database."""
    name = _create(postgres_server)
    try:
        yield _with_database(postgres_server, name)
    finally:
        _drop(postgres_server, name)


@pytest.fixture
def postgres_workspace(postgres_server, postgres_template) -> Iterator[str]:
    """The URL of a fresh database holding the shipped study, as a new workspace does."""
    name = _create(postgres_server, postgres_template)
    try:
        yield _with_database(postgres_server, name)
    finally:
        _drop(postgres_server, name)
