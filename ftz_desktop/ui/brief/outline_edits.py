"""One change the user made to the outline, as plain values, for the Brief tab's undo history.

The outline model reports each edit after making it (``OutlineModel.edited``) and replays one forwards
or backwards on request (``OutlineModel.replay``). Rows are named by (kind, id), never held: the outline
is rebuilt when the brief's language or the workspace's indicators change, and an edit still finds its
rows by id afterwards (or reports that they are gone).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

ROOT = ("root", "")        # the parent of the three parts


@dataclass(frozen=True)
class TickEdit:
    """A row ticked or cleared: one leaf, or a section, group or part for all of its leaves."""
    kind: str
    key: str
    title: str
    leaves: tuple[tuple[str, str], ...]     # (kind, id) of the leaves whose tick changed
    checked: bool


@dataclass(frozen=True)
class MoveEdit:
    """Rows moved among their siblings (a drag, or Move up/down)."""
    parent: tuple[str, str]                 # (kind, id) of the parent; ROOT for the parts
    kind: str
    key: str                                # the first row moved
    title: str
    count: int
    before: int                             # the first row's position before and after the move
    after: int


@dataclass(frozen=True)
class DetailEdit:
    """An item's text detail: "" (the brief's default), "summary" or "full"."""
    key: str
    title: str
    before: str
    after: str


@dataclass(frozen=True)
class TextEdit:
    """An item's own wording in this brief ("" gives the study's)."""
    key: str
    title: str
    before: str
    after: str


OutlineEdit = Union[TickEdit, MoveEdit, DetailEdit, TextEdit]
