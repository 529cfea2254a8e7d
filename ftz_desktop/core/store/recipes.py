"""Brief recipes kept in the workspace as JSON text, each save and delete audited."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.parsing import ParseError, parse_text_field
from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.schema import by_code_points, recipes
from ftz_desktop.core.store.transactions import Transactions
from ftz_desktop.core.store.validation import RecordNotFoundError

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


def save(batch: WriteBatch, name: object, data: object) -> None:
    name, text = _name(name), _encode(data)
    old = _stored(batch.conn, name)
    if old == text:
        return
    if old is None:
        batch.conn.execute(insert(recipes).values(name=name, json=text, updated_at=batch.at))
        batch.record("add", "recipes", name, "json", new=json.loads(text))
        batch.event("added", "recipes", [name])
    else:
        batch.conn.execute(update(recipes).where(recipes.c.name == name).values(json=text, updated_at=batch.at))
        batch.record("update", "recipes", name, "json", old=json.loads(old), new=json.loads(text))
        batch.event("updated", "recipes", [name], ["json"])


def remove(batch: WriteBatch, name: object) -> None:
    name = _name(name)
    old = _stored(batch.conn, name)
    if old is None:
        raise RecordNotFoundError(f"There is no recipe named '{name}'.")
    batch.conn.execute(delete(recipes).where(recipes.c.name == name))
    batch.record("remove", "recipes", name, "json", old=json.loads(old))
    batch.event("removed", "recipes", [name])


def names(conn: Connection) -> list[str]:
    return list(conn.execute(select(recipes.c.name).order_by(by_code_points(conn, recipes.c.name))).scalars())


def load(conn: Connection, name: object) -> dict[str, Any]:
    name = _name(name)
    text = _stored(conn, name)
    if text is None:
        raise RecordNotFoundError(f"There is no recipe named '{name}'.")
    return json.loads(text)


# The Brief tab's current brief, kept between sessions; not one of the named recipes the user saves.
DRAFT = "__draft__"


class Recipes:
    """``store.recipes``: brief recipes by name, each save and delete audited."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def save(self, name: str, data: dict[str, Any]) -> str:
        with self._tx.write(f"Save recipe '{name}'") as batch:
            save(batch, name, data)
        return batch.batch_id

    def names(self) -> list[str]:
        """The recipes the user saved by name (not the draft)."""
        with self._tx.read() as conn:
            return [name for name in names(conn) if name != DRAFT]

    def draft(self) -> dict[str, Any] | None:
        """The Brief tab's brief as it was last left, if one was kept."""
        with self._tx.read() as conn:
            return load(conn, DRAFT) if DRAFT in names(conn) else None

    def save_draft(self, data: dict[str, Any]) -> None:
        with self._tx.write("Keep the brief's draft") as batch:
            save(batch, DRAFT, data)

    def load(self, name: str) -> dict[str, Any]:
        with self._tx.read() as conn:
            return load(conn, name)

    def delete(self, name: str) -> str:
        with self._tx.write(f"Delete recipe '{name}'") as batch:
            remove(batch, name)
        return batch.batch_id
