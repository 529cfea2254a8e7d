"""What the window knows of a team workspace: where it is and who connects, never the password.

``ServerLogin`` is what the connection dialog collects and the recent list keeps (host, port, database, user
name, TLS). The password is passed in only to build the URL the store opens (``url(password)``); the URL
without it (``url()``) leaves it to libpq's own sources: PGPASSWORD or the password file (~/.pgpass,
%APPDATA%\\postgresql\\pgpass.conf). ``name`` is how the window shows it: ``user@host:port/db``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Mapping, Optional

from PySide6.QtCore import QCoreApplication

from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP

DEFAULT_PORT = 5432
_CONTEXT = "TeamLogin"
_HOST, _DATABASE, _USER = (QT_TRANSLATE_NOOP("TeamLogin", "Host"), QT_TRANSLATE_NOOP("TeamLogin", "Database"),
                           QT_TRANSLATE_NOOP("TeamLogin", "User name"))
_EMPTY = QT_TRANSLATE_NOOP("TeamLogin", "{field}: please fill it in.")
_SPACES = QT_TRANSLATE_NOOP("TeamLogin", "{field}: remove the spaces at its start or end.")
_PORT = QT_TRANSLATE_NOOP("TeamLogin", "Port: a number from 1 to 65535 (PostgreSQL's usual port is 5432).")
_MODE = QT_TRANSLATE_NOOP("TeamLogin", "Encryption: choose one of the offered modes.")
_NO_CA = QT_TRANSLATE_NOOP("TeamLogin", "CA certificate: the file {file} does not exist.")
SSL_MODES = ("prefer", "require", "verify-full")     # libpq's sslmode values the dialog offers

def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class ServerLogin:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"
    ca_file: str = ""          # sslrootcert: the certificate authority verify-full checks the server against

    @property
    def name(self) -> str:
        """``user@host:port/db``: how the window names the workspace (no password, no options)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.user}@{host}:{self.port}/{self.database}"

    def url(self, password: Optional[str] = None) -> str:
        """The ``postgresql://`` URL the store opens; with ``password`` only when one was typed or kept."""
        from sqlalchemy.engine import URL

        query = {}
        if self.sslmode != "prefer":
            query["sslmode"] = self.sslmode
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        url = URL.create("postgresql", username=self.user, password=password or None, host=self.host,
                         port=self.port, database=self.database, query=query)
        return url.render_as_string(hide_password=False)

    def problem(self) -> Optional[tuple[str, str]]:
        """(field, what is wrong) for the first field that cannot be used, or None when all can."""
        from pathlib import Path

        for field, value, label in (("host", self.host, _HOST), ("database", self.database, _DATABASE),
                                    ("user", self.user, _USER)):
            if not value.strip():
                return field, _tr(_EMPTY).format(field=_tr(label))
            if value != value.strip():
                return field, _tr(_SPACES).format(field=_tr(label))
        if not 1 <= self.port <= 65535:
            return "port", _tr(_PORT)
        if self.sslmode not in SSL_MODES:
            return "sslmode", _tr(_MODE)
        if self.ca_file and not Path(self.ca_file).is_file():
            return "ca_file", _tr(_NO_CA).format(file=self.ca_file)
        return None

    # ----- what the settings keep (never a password) ----------------------------------------------------
    def to_settings(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_settings(cls, data: Mapping[str, Any]) -> Optional["ServerLogin"]:
        """The login a settings entry describes, or None for an entry this version cannot read."""
        try:
            login = cls(host=str(data["host"]), database=str(data["database"]), user=str(data["user"]),
                        port=int(data.get("port", DEFAULT_PORT)), sslmode=str(data.get("sslmode", "prefer")),
                        ca_file=str(data.get("ca_file", "")))
        except (KeyError, TypeError, ValueError):
            return None
        return login if login.sslmode in SSL_MODES else None

    @classmethod
    def from_url(cls, location: str) -> Optional["ServerLogin"]:
        """The login a ``postgresql://`` URL names (its password, if any, is dropped), or None if it names
        none the dialog could show (no user, no host, another sslmode)."""
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(location)
        except (ArgumentError, ValueError):
            return None
        query = {key: value if isinstance(value, str) else value[-1] for key, value in url.query.items()}
        user = url.username or ""
        if not (url.host and url.database and user):
            return None
        return cls.from_settings({"host": url.host, "database": url.database, "user": user,
                                  "port": url.port or DEFAULT_PORT, "sslmode": query.get("sslmode", "prefer"),
                                  "ca_file": query.get("sslrootcert", "")})
