"""Validation of edits before they reach the database: every cell through one rule book.

Pure functions over the current reference data; the store calls them inside its write transaction
and writes nothing unless every cell passes.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional

from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, QUALIFIERS, Indicator
from ftz_desktop.core.domain.parsing import ParseError, parse_text_field, parse_value
from ftz_desktop.core.domain.periods import normalise_period
from ftz_desktop.core.domain.refusal import expected_text
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.translate import tr

OBSERVATION_COLUMNS = ("value", "qualifier", "status", "source_id", "note", "period", "geography")
INDICATOR_COLUMNS = ("name", "unit", "multiplier", "currency", "decimals", "min_value", "max_value",
                     "section", "topic", "description")
NOTE_MAX = 10_000
_TEXT_LIMITS = {"id": 100, "name": 300, "unit": 50, "section": 100, "topic": 100, "description": 4_000}
_ID_PATTERN = re.compile(r"[^\s|{}]+")     # {{id|GEO|PERIOD}} placeholders must stay parseable
MAX_DECIMALS = 10


@dataclass(frozen=True)
class CellChange:
    """One cell to set: ``raw`` is what the user typed or pasted (text or a number); ``version`` the row's version
    the user read (Observation.version): if the row has been written since, ConflictError and nothing is
    written. 0: not known, not checked (a program's write, undo)."""

    obs_id: int
    column: str
    raw: object
    version: int = 0


@dataclass(frozen=True)
class CellProblem:
    """A refused cell: the observation (or, for new rows, their position), the column and why.

    kind: "invalid" (the value breaks a rule), "missing" (the observation does not exist),
    "conflict" (it clashes with another row or another change in the same batch), "unusual" (a likely
    slip the user may confirm) or "not_stated" (a study source on a figure the study does not state),
    so callers never read the reason's wording.
    """

    obs_id: Optional[int]
    column: str
    reason: str
    row: Optional[int] = None
    kind: str = "invalid"

    def __str__(self) -> str:
        where = observation_name(self.obs_id) if self.obs_id is not None else new_row_name(self.row)
        return tr("{where}, {column}: {reason}", where=where, column=self.column, reason=self.reason)


def observation_name(obs_id: object) -> str:
    """"observation 12", as a message names a stored observation."""
    return tr("observation {id}", id=obs_id)


def new_row_name(row: object) -> str:
    """"new row 3", as a message names an observation being added."""
    return tr("new row {row}", row=row)


class BatchValidationError(UserError, ValueError):
    """Some cells of a batch were refused; nothing was written. ``problems`` lists every one."""

    SHOWN = 20

    def __init__(self, problems: list[CellProblem]) -> None:
        self.problems = problems
        lines = [f"- {p}" for p in problems[: self.SHOWN]]
        if len(problems) > self.SHOWN:
            lines.append("- " + tr("… and {count} more", count=len(problems) - self.SHOWN))
        count = len(problems)
        head = (tr("{count} cell was refused; nothing was changed:", count=count) if count == 1
                else tr("{count} cells were refused; nothing was changed:", count=count))
        super().__init__(head + "\n" + "\n".join(lines))


class RecordNotFoundError(UserError, LookupError):
    """An observation, indicator, snapshot or recipe that does not exist (any more)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else tr("not found")


@dataclass(frozen=True)
class References:
    """What observation cells may point at."""

    indicators: Mapping[str, Indicator]
    sources: frozenset[str]
    geographies: frozenset[str]


# --- observations ------------------------------------------------------------------------------

def _label(label: str) -> str:
    """A status's or qualifier's label (model.OBSERVATION_STATUSES, QUALIFIERS) in the user's language."""
    labels = {"Reported": tr("Reported"), "Estimated": tr("Estimated"), "Provisional": tr("Provisional"),
              "Missing": tr("Missing"), "about": tr("about"), "nearly": tr("nearly"),
              "more than": tr("more than"), "less than": tr("less than")}
    return labels.get(label, label)


def _choice(raw: object, column: str, options: Mapping[str, str]) -> str:
    """A code from ``options`` given its code or its label, English or in the user's language
    (case-insensitive)."""
    if raw is None:
        raw = ""
    if not isinstance(raw, str):
        raise ParseError(column, expected_text(raw))
    text = raw.strip()
    for code, label in options.items():
        if text.lower() in (code.lower(), label.lower(), _label(label).lower()):
            return code
    allowed = tr(", ").join(tr("{code} ({label})", code=code, label=_label(label))
                            if label and _label(label) != code else code
                            for code, label in options.items() if code)
    raise ParseError(column, tr("'{text}' is not one of: {allowed}", text=text, allowed=allowed))


def _reference(raw: object, column: str, known: Iterable[str], what: str) -> str:
    if not isinstance(raw, str):
        raise ParseError(column, expected_text(raw))
    text = raw.strip()
    if text not in known:
        if what == "source":
            raise ParseError(column, tr("unknown source '{text}'", text=text))
        if what == "geography":
            raise ParseError(column, tr("unknown geography '{text}'", text=text))
        raise ParseError(column, tr("unknown indicator '{text}'", text=text))
    return text


def observation_cell(column: str, raw: object, indicator: Indicator, refs: References) -> Any:
    """The stored form of one observation cell; ParseError(column, reason) if refused.

    An empty value is accepted here; ``row_problems`` then requires status M for it.
    """
    if column == "value":
        return parse_value(raw, indicator, "value", allow_empty=True)
    if column == "qualifier":
        return _choice(raw, column, QUALIFIERS)
    if column == "status":
        return _choice(raw, column, OBSERVATION_STATUSES)
    if column == "source_id":
        return _reference(raw, column, refs.sources, "source")
    if column == "geography":
        return _reference(raw, column, refs.geographies, "geography")
    if column == "note":
        return parse_text_field(raw, "note", NOTE_MAX)
    if column == "period":
        if not isinstance(raw, str):
            raise ParseError(column, expected_text(raw))
        return normalise_period(raw, column)
    raise ParseError(column, tr("is not an editable column; choose one of {columns}",
                                columns=", ".join(OBSERVATION_COLUMNS)))


def row_problems(row: Mapping[str, Any], changed: Iterable[str]) -> list[tuple[str, str]]:
    """Rules across cells of one row; blamed on the cell the edit touched."""
    changed = set(changed)
    if row["value"] is None and row["status"] != "M":
        column = "value" if "value" in changed or "status" not in changed else "status"
        reason = (tr("is empty; enter a number, or set status M (missing)") if column == "value"
                  else tr("'{status}' needs a value; an empty value must keep status M (missing)",
                          status=row["status"]))
        return [(column, reason)]
    if row["value"] is not None and row["status"] == "M":
        # A filled gap says what the figure is: reported, estimated or provisional.
        column = "status" if "status" in changed or "value" not in changed else "value"
        return [(column, tr("has a value but status M (missing); set status A (reported), E (estimated) "
                            "or P (provisional)"))]
    return []


NEW_OBSERVATION_FIELDS = ("indicator_id", "geography", "period", "value", "qualifier", "status",
                          "source_id", "note")


def new_observation(data: Mapping[str, Any], refs: References) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """A validated observation row from ``data`` (raw field values) and the problems found."""
    problems: list[tuple[str, str]] = []
    unknown = set(data) - set(NEW_OBSERVATION_FIELDS) - {"id"}
    for name in sorted(unknown):
        problems.append((name, tr("is not a field of an observation")))
    row: dict[str, Any] = {"id": data.get("id") or None}
    try:
        row["indicator_id"] = _reference(data.get("indicator_id", ""), "indicator_id", refs.indicators,
                                         "indicator")
    except ParseError as exc:
        return row, problems + [(exc.field, exc.reason)]
    indicator = refs.indicators[row["indicator_id"]]
    defaults = {"qualifier": "", "status": "A", "note": "", "value": None}
    for column in ("geography", "period", "value", "qualifier", "status", "source_id", "note"):
        raw = data.get(column, defaults.get(column, ""))
        try:
            row[column] = observation_cell(column, raw, indicator, refs)
        except ParseError as exc:
            problems.append((exc.field, exc.reason))
    if not problems:
        problems.extend(row_problems(row, ("value",)))
    return row, problems


# --- indicators --------------------------------------------------------------------------------

_NUMBER = Indicator(id="", name="", unit="")   # no unit, no bounds: a plain number


def _optional_number(raw: object, column: str) -> Optional[float]:
    return parse_value(raw, _NUMBER, column, allow_empty=True)


def indicator_cell(column: str, raw: object) -> Any:
    """The stored form of one indicator field; ParseError(column, reason) if refused."""
    if column == "id":
        text = parse_text_field(raw, "id", _TEXT_LIMITS["id"], required=True)
        if not _ID_PATTERN.fullmatch(text):
            raise ParseError("id", tr("'{text}' may not contain spaces or the characters | {{ }}", text=text))
        return text
    if column in ("name", "unit"):
        return parse_text_field(raw, column, _TEXT_LIMITS[column], required=True)
    if column in ("section", "topic", "description"):
        return parse_text_field(raw, column, _TEXT_LIMITS[column])
    if column == "multiplier":
        value = _optional_number(raw, column)
        if value is None or value <= 0:
            raise ParseError(column, tr("must be a positive number (1e9 for billions)"))
        return value
    if column == "decimals":
        value = _optional_number(raw, column)
        if value is None or value != math.floor(value) or not 0 <= value <= MAX_DECIMALS:
            raise ParseError(column, tr("must be a whole number from 0 to {limit}", limit=MAX_DECIMALS))
        return int(value)
    if column in ("min_value", "max_value"):
        return _optional_number(raw, column)
    if column == "currency":
        text = parse_text_field(raw, column, 3).upper()
        if text and not re.fullmatch(r"[A-Z]{3}", text):
            raise ParseError(column, tr("'{text}' is not a three-letter currency code (CNY, USD) or empty", text=text))
        return text
    raise ParseError(column, tr("is not an editable column; choose one of {columns}",
                                columns=", ".join(INDICATOR_COLUMNS)))


def indicator_row_problems(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    low, high = row["min_value"], row["max_value"]
    if low is not None and high is not None and low > high:
        return [("max_value", tr("{high:g} is below the minimum {low:g}", high=high, low=low))]
    return []


def new_indicator(values: Mapping[str, Any]) -> dict[str, Any]:
    """A validated indicator row; ParseError for the first refused field."""
    row = {column: indicator_cell(column, values[column]) for column in ("id",) + INDICATOR_COLUMNS}
    for column, reason in indicator_row_problems(row):
        raise ParseError(column, reason)
    return row
