"""Brief recipes kept in the workspace as JSON text, each save and delete audited.

A named recipe carries a version each save raises: a save that says which version it read (the recipe as the
Brief tab opened it) is refused when a colleague saved it since, naming who and when; nothing is written."""
from __future__ import annotations

import json
from typing import Any, Optional

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.parsing import ParseError, parse_text_field
from ftz_desktop.core.store.audit import WriteBatch, query_audit
from ftz_desktop.core.store.conflicts import when_and_who
from ftz_desktop.core.store.errors import ConflictError, quoted_path
from ftz_desktop.core.store.schema import by_code_points, recipes
from ftz_desktop.core.store.transactions import Transactions
from ftz_desktop.core.store.validation import RecordNotFoundError
from ftz_desktop.core.store.versions import version_for_reuse
from ftz_desktop.core.translate import tr

NAME_MAX = 200


def _name(name: object) -> str:
    return parse_text_field(name, "recipe name", NAME_MAX, required=True)


def _encode(data: object) -> str:
    if not isinstance(data, dict):
        raise ParseError("recipe", f"expected a dict, got {type(data).__name__}")
    try:
        return json.dumps(data, ensure_ascii=False, allow_nan=False, sort_keys=True)
    except ValueError:
        raise ParseError("recipe", "holds a number that is not finite (NaN or infinity)") from None
    except TypeError as exc:
        raise ParseError("recipe", f"holds a value that is not JSON ({exc})") from None


def _stored(conn: Connection, name: str) -> str | None:
    return conn.execute(select(recipes.c.json).where(recipes.c.name == name)).scalar()


def version_of(conn: Connection, name: str) -> int:
    """The recipe's version now (0: there is none by that name)."""
    return int(conn.execute(select(recipes.c.version).where(recipes.c.name == name)).scalar() or 0)


def _conflict(conn: Connection, name: str) -> ConflictError:
    rows = query_audit(conn, table="recipes", row_key=name, limit=1)
    user, when = when_and_who(rows[0] if rows else None)
    if not version_of(conn, name):
        return ConflictError(tr("The recipe “{name}” was deleted by {user} at {when} since you opened it — nothing "
                                "was written.", name=name, user=user, when=when), None, [])
    return ConflictError(tr("The recipe “{name}” was saved by {user} at {when} since you opened it — nothing was "
                            "written.", name=name, user=user, when=when), None, [])


def save(batch: WriteBatch, name: object, data: object, expected_version: Optional[int] = None) -> int:
    """Keep ``data`` under ``name``; its version after. ``expected_version``: the version the caller read (0: it
    had none by that name; None: not checked)."""
    name, text = _name(name), _encode(data)
    if expected_version is not None and version_of(batch.conn, name) != expected_version:
        raise _conflict(batch.conn, name)
    old = _stored(batch.conn, name)
    if old == text:
        return version_of(batch.conn, name)
    if old is None:
        batch.conn.execute(insert(recipes).values(name=name, json=text, updated_at=batch.at,
                                                  version=version_for_reuse(batch.conn, "recipes", name)))
        batch.record("add", "recipes", name, "json", new=json.loads(text))
        batch.event("added", "recipes", [name])
    else:
        batch.conn.execute(update(recipes).where(recipes.c.name == name).values(
            json=text, updated_at=batch.at, version=recipes.c.version + 1))
        batch.record("update", "recipes", name, "json", old=json.loads(old), new=json.loads(text))
        batch.event("updated", "recipes", [name], ["json"])
    return version_of(batch.conn, name)


def remove(batch: WriteBatch, name: object) -> None:
    name = _name(name)
    old = _stored(batch.conn, name)
    if old is None:
        raise RecordNotFoundError(tr("There is no recipe named {name}.", name=quoted_path(name)))
    batch.conn.execute(delete(recipes).where(recipes.c.name == name))
    batch.record("remove", "recipes", name, "json", old=json.loads(old))
    batch.event("removed", "recipes", [name])


def names(conn: Connection) -> list[str]:
    return list(conn.execute(select(recipes.c.name).order_by(by_code_points(conn, recipes.c.name))).scalars())


def load(conn: Connection, name: object) -> dict[str, Any]:
    name = _name(name)
    text = _stored(conn, name)
    if text is None:
        raise RecordNotFoundError(tr("There is no recipe named {name}.", name=quoted_path(name)))
    return json.loads(text)


# The Brief tab's current brief, kept between sessions; not one of the named recipes the user saves. On a server
# each database user keeps their own ("__draft__:alice"): colleagues' briefs in progress never mix.
DRAFT = "__draft__"


def is_draft(name: str) -> bool:
    return name == DRAFT or name.startswith(DRAFT + ":")


class Recipes:
    """``store.recipes``: brief recipes by name, each save and delete audited."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def save(self, name: str, data: dict[str, Any]) -> str:
        with self._tx.write(f"Save recipe '{name}'") as batch:
            save(batch, name, data)
        return batch.batch_id

    def save_versioned(self, name: str, data: dict[str, Any], expected_version: Optional[int]) -> int:
        """Save over the version the caller read (ConflictError if a colleague saved or deleted it since); the
        recipe's version after."""
        with self._tx.write(f"Save recipe '{name}'") as batch:
            version = save(batch, name, data, expected_version)
        return version

    def load_versioned(self, name: str) -> tuple[dict[str, Any], int]:
        """The recipe and its version, read together."""
        with self._tx.read() as conn:
            return load(conn, name), version_of(conn, name)

    def names(self) -> list[str]:
        """The recipes the users saved by name (not the drafts)."""
        with self._tx.read() as conn:
            return [name for name in names(conn) if not is_draft(name)]

    def _draft_name(self) -> str:
        return DRAFT if self._tx.path is not None else f"{DRAFT}:{self._tx.database_user()}"

    def draft(self) -> dict[str, Any] | None:
        """The Brief tab's brief as this user last left it, if one was kept."""
        name = self._draft_name()
        with self._tx.read() as conn:
            return load(conn, name) if _stored(conn, name) is not None else None

    def save_draft(self, data: dict[str, Any]) -> None:
        name = self._draft_name()
        with self._tx.write("Keep the brief's draft") as batch:
            save(batch, name, data)

    def load(self, name: str) -> dict[str, Any]:
        with self._tx.read() as conn:
            return load(conn, name)

    def delete(self, name: str) -> str:
        with self._tx.write(f"Delete recipe '{name}'") as batch:
            remove(batch, name)
        return batch.batch_id
