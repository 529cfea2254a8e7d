"""A commit whose answer never arrives: it reaches the server (or not), then the connection goes."""
from __future__ import annotations


def commit_then_lose_the_answer(monkeypatch, lands: bool) -> None:
    """The next commit of any connection lands (``lands``) or is rolled back, then fails as a dropped
    connection does; later commits are normal."""
    import psycopg
    from sqlalchemy.engine import Connection
    from sqlalchemy.exc import OperationalError

    real = Connection.commit

    def commit(self):
        monkeypatch.setattr(Connection, "commit", real)          # once
        if lands:
            real(self)
        else:
            self.rollback()
        raise OperationalError("COMMIT", {}, psycopg.OperationalError("server closed the connection unexpectedly"))

    monkeypatch.setattr(Connection, "commit", commit)
