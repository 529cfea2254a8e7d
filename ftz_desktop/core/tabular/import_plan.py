"""Turn a read table into an ``ImportPlan``: what an import would add, change and leave alone.

Every cell goes through the store's own rule book (``validation.observation_cell``, which numbers go
through ``parse_value`` and periods through ``normalise_period``), so a plan without refusals is
one the store will accept. Rules particular to files:

- Columns other than indicator_id, geography, period and value are optional. A missing column
  leaves that field as it is (for a new observation: no qualifier, status A, no note; a new
  observation needs a source_id). An empty status or source_id cell means the same as a missing
  column, since neither can be empty; an empty qualifier or note cell clears it; an empty value
  is "no value" and needs status M.
- indicator_name is not imported (it comes from the indicator); a name that differs from the
  indicator's gets a conversion line saying so. A unit that differs from the indicator's unit
  refuses the row: the number would mean something else.
- In CSV, one apostrophe in front of a formula character (=, +, -, @) is dropped: it is how the
  export protects such text, and how a spreadsheet user types it.
- Every change to a cell's text on the way in is a conversion line the preview shows: the dropped
  apostrophe, the spaces, tabs and line breaks trimmed from a note, removed control characters.
- Reasons quote at most about 40 characters of a cell, on one line.
- In XLSX, a number cell is used as it is (rounded to the 15 significant digits Excel shows, when
  it saved more); a date cell in period is refused (Excel turns "2022-04"
  into 1 April 2022, and a month cannot be told from a day); Excel error cells are refused.
- Observations in the workspace that the file does not mention stay as they are.
"""
from __future__ import annotations

import datetime as _dt
import enum
import math
import re
from typing import Any, Final, Optional, Union

from ftz_desktop.core.domain.model import Dataset, Indicator, Observation
from ftz_desktop.core.domain.parsing import ParseError, clean_text, control_characters
from ftz_desktop.core.messages import quote, shorten
from ftz_desktop.core.store.validation import References, observation_cell, row_problems
from ftz_desktop.core.study.provenance import not_stated_reason
from ftz_desktop.core.tabular.columns import (
    COLUMNS,
    PROGRESS_EVERY,
    Conversion,
    Progress,
    Refusal,
    listing,
    number_text,
    report,
    tidy_reason,
    unescape_csv_text,
)
from ftz_desktop.core.tabular.plan import ImportPlan, PlannedAdd, PlannedChange, key_text
from ftz_desktop.core.tabular.read_csv import RawRow, RawTable
from ftz_desktop.core.tabular.read_xlsx import CellError, UnsavedFormula
from ftz_desktop.core.translate import tr

FIELDS = ("value", "qualifier", "status", "source_id", "note")
Key = tuple[str, str, str]
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


class _Absent(enum.Enum):
    """The marker for a column the file does not have (or an optional cell that counts as missing)."""

    TOKEN = 0


_ABSENT: Final = _Absent.TOKEN


def _unsaved(formula: UnsavedFormula) -> str:
    return tr("the formula {formula} has no saved result (the file was written by a program that does not "
              "calculate); open and save it in Excel or WPS, or paste the values", formula=formula)


class _RowReader:
    """Cells of one row by column name, as the store's rule book expects them."""

    def __init__(self, table: RawTable, row: RawRow, columns: dict[str, int]) -> None:
        self.table, self.row, self.columns = table, row, columns
        self.refusals: list[Refusal] = []
        self.conversions: list[Conversion] = []

    def cell(self, column: str) -> object:
        """The cell as the file holds it (``_ABSENT`` for a missing column)."""
        return self.row.cells[self.columns[column]] if column in self.columns else _ABSENT

    def refuse(self, column: Optional[str], reason: str) -> None:
        reason = tidy_reason(reason, [self.cell(column)] if column else [])
        self.refusals.append(Refusal(self.table.file_name, self.row.number, column, reason))

    def convert(self, column: str, reason: str) -> None:
        reason = tidy_reason(reason, [self.cell(column)])
        if not any(c.column == column and c.reason == reason for c in self.conversions):
            self.conversions.append(Conversion(self.table.file_name, self.row.number, column, reason))

    def raw(self, column: str) -> object:
        value = self.cell(column)
        if self.table.kind == "csv" and isinstance(value, str):
            unescaped = unescape_csv_text(value)
            if unescaped != value and column != "indicator_name":
                self.convert(column, tr("the apostrophe in front of {character} was removed: a spreadsheet (and this "
                                        "program's export) puts it there so the text is not run as a formula",
                                        character=quote(unescaped[:1])))
            value = unescaped
        return value

    def text(self, column: str) -> Union[str, _Absent]:
        """The cell as text, _ABSENT for a missing column; ParseError for cells that are not text."""
        value = self.raw(column)
        if value is _ABSENT or value is None:
            return _ABSENT if value is _ABSENT else ""
        if isinstance(value, CellError):
            raise ParseError(column, tr("holds the Excel error {error}; type the value", error=value))
        if isinstance(value, UnsavedFormula):
            raise ParseError(column, _unsaved(value))
        if isinstance(value, bool):
            raise ParseError(column, tr("is a TRUE/FALSE cell ({value}); type text", value=value))
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return number_text(value)
        if isinstance(value, (_dt.date, _dt.time, _dt.timedelta)):
            if column == "period":
                raise ParseError(column, tr("is a date cell ({value}); Excel turns '2022-04' into a date, so a month "
                                            "cannot be told from a day. Format the column as Text and type the period "
                                            "(2022, 2023-Q1, 2022-04, 2022-04-30)", value=value))
            if column != "note" or isinstance(value, _dt.timedelta):   # a duration has no isoformat
                raise ParseError(column, tr("is a date cell ({value}); type text", value=value))
            text = value.isoformat()
            self.convert(column, tr("the date cell was read as the text '{text}'", text=text))
            return text
        if isinstance(value, str):
            return value
        raise ParseError(column, tr("holds a {kind}; type text", kind=type(value).__name__))


def _cell(reader: _RowReader, column: str, indicator: Optional[Indicator], refs: References) -> Any:
    """The stored form of ``column`` (``_ABSENT`` when the column or an optional cell is missing)."""
    try:
        if column == "value":
            assert indicator is not None, "a value is read only once the row's indicator is known"
            raw = reader.raw("value")
            if isinstance(raw, CellError):
                raise ParseError("value", tr("holds the Excel error {error}; type the number or leave it empty with "
                                             "status M (missing)", error=raw))
            if isinstance(raw, (_dt.date, _dt.time, _dt.timedelta)):
                raise ParseError("value", tr("is a date cell ({value}), not a number", value=raw))
            if isinstance(raw, UnsavedFormula):
                raise ParseError("value", _unsaved(raw))
            if isinstance(raw, float) and math.isfinite(raw) and float(f"{raw:.15g}") != raw:
                # Excel shows and calculates with 15 significant digits but saves 17 (0.1+0.2 is saved
                # as 0.30000000000000004); keep what Excel shows, as typed text would be kept.
                shown = float(f"{raw:.15g}")
                reader.convert("value", tr("{text} was read as {value} (Excel's 15 significant digits)",
                                           text=repr(raw), value=number_text(shown)))
                raw = shown
            value = observation_cell("value", raw, indicator, refs)
            if isinstance(raw, str) and value is not None and not _PLAIN_NUMBER.fullmatch(raw.strip()):
                reader.convert("value", tr("{text} was read as {value}", text=quote(raw.strip()),
                                           value=number_text(value)))
            return value
        text = reader.text(column)
        if text is _ABSENT:
            return _ABSENT
        if column in ("status", "source_id") and not text.strip():
            return _ABSENT
        # The indicator matters only for the value; observation_cell should take Optional[Indicator]
        # (store/validation.py), which would make this ignore unused.
        stored = observation_cell(column, text, indicator, refs)  # type: ignore[arg-type]
        if column == "note":
            _note_conversions(reader, text, stored)
        if column == "period" and stored != text:
            reader.convert("period", tr("{text} was read as {value}", text=quote(text), value=stored))
        return stored
    except ParseError as exc:
        reader.refuse(column, exc.reason)
        return _ABSENT
    except ArithmeticError:      # decimal.Overflow from an exponent such as 1e99999999
        reader.refuse(column, tr("{value} is too large or too small to store", value=quote(reader.cell(column))))
        return _ABSENT


_TRIMMED = {" ": "spaces", "\t": "tabs", "\n": "line breaks", "\r": "line breaks", "\u3000": "full-width spaces"}


def _kind_name(kind: str) -> str:
    """A ``_TRIMMED`` kind in the current language."""
    names = {"spaces": tr("spaces"), "tabs": tr("tabs"), "line breaks": tr("line breaks"),
             "full-width spaces": tr("full-width spaces")}
    return names.get(kind, kind)


def _and(parts: list[str]) -> str:
    """Parts joined by "and": "a and b and c" (in Chinese "a、b和c")."""
    text = parts[0] if parts else ""
    for index, part in enumerate(parts[1:], start=2):
        if index < len(parts):
            text = tr("{items} and {item}", items=text, item=part)
        else:
            text = tr("{first} and {second}", first=text, second=part)
    return text


def _note_conversions(reader: _RowReader, text: str, stored: str) -> None:
    """Conversion lines for every way the stored note differs from the file's text."""
    if text == stored:
        return
    bad = control_characters(text)
    if bad:
        if len(bad) > 5:
            reader.convert("note", tr("removed control characters {characters} and {more:,} more",
                                      characters=listing(bad[:5]), more=len(bad) - 5))
        else:
            reader.convert("note", tr("removed control characters {characters}", characters=listing(bad)))
    cleaned = clean_text(text)
    if cleaned != stored:
        trimmed = cleaned[:len(cleaned) - len(cleaned.lstrip())] + cleaned[len(cleaned.rstrip()):]
        kinds = sorted({_TRIMMED.get(ch, "spaces") for ch in trimmed})
        where = [side for side, part in (("start", cleaned[:1]), ("end", cleaned[-1:])) if part and part.isspace()]
        places = {("start",): tr("start"), ("end",): tr("end"), ("start", "end"): tr("start and end")}
        reader.convert("note", tr("removed the {kinds} at the {where}: {text} is stored as {stored}",
                                  kinds=_and([_kind_name(k) for k in kinds]), where=places.get(tuple(where), ""),
                                  text=quote(cleaned), stored=quote(stored)))


def _identity(reader: _RowReader, dataset: Dataset, refs: References) -> Optional[tuple[Indicator, str, str]]:
    """(indicator, geography, period) of the row, or None after refusing what is wrong."""
    indicator: Optional[Indicator] = None
    try:
        text = reader.text("indicator_id")      # a required column, so never _ABSENT
        iid = "" if text is _ABSENT else text.strip()
        if not iid:
            reader.refuse("indicator_id", tr("is empty"))
        elif iid not in dataset.indicators:
            reader.refuse("indicator_id", tr("unknown indicator {id}", id=quote(iid)))
        else:
            indicator = dataset.indicators[iid]
    except ParseError as exc:
        reader.refuse("indicator_id", exc.reason)
    geography = _cell(reader, "geography", indicator, refs)
    period = _cell(reader, "period", indicator, refs)
    if indicator is None or geography is _ABSENT or period is _ABSENT:
        return None
    unit = reader.text("unit") if "unit" in reader.columns else _ABSENT
    if unit is not _ABSENT and unit.strip() and unit.strip() != indicator.unit:
        reader.refuse("unit", tr("{unit} differs from the unit of {indicator}, {indicator_unit}; convert the value "
                                 "into that unit (or leave the unit cell empty)", unit=quote(unit.strip()),
                                 indicator=indicator.id, indicator_unit=quote(indicator.unit)))
    return indicator, geography, period


def _name_not_imported(reader: _RowReader, indicator: Indicator) -> None:
    """Say so when the file's indicator_name differs from the indicator's: the file's name is not used."""
    if "indicator_name" not in reader.columns:
        return
    try:
        name = reader.text("indicator_name")
    except ParseError:
        name = str(reader.cell("indicator_name"))
    if isinstance(name, str) and name.strip() and name.strip() != indicator.name:
        reader.convert("indicator_name", tr("{name} is not imported: the name comes from the indicator {indicator} "
                                            "({indicator_name}), not from the file", name=quote(name.strip()),
                                            indicator=indicator.id, indicator_name=quote(indicator.name)))


def _plan_row(reader: _RowReader, dataset: Dataset,
              refs: References) -> Optional[tuple[Observation, Optional[Observation]]]:
    """The row's new Observation and the old one (None for an add), or None if refused."""
    identity = _identity(reader, dataset, refs)
    if identity is None:
        for column in FIELDS:     # still report every bad cell in the row at once
            if column != "value":
                _cell(reader, column, None, refs)
        return None
    indicator, geography, period = identity
    _name_not_imported(reader, indicator)
    given = {column: _cell(reader, column, indicator, refs) for column in FIELDS}
    given = {column: value for column, value in given.items() if value is not _ABSENT}
    if reader.refusals:
        return None
    old = dataset.get(indicator.id, geography, period)
    if old is None and "source_id" not in given:
        reader.refuse("source_id", tr("a new observation needs a source; add a source_id column and fill it"))
        return None
    base = {"value": None, "qualifier": "", "status": "A", "note": ""} if old is None else \
        {column: getattr(old, column) for column in FIELDS}
    final = {**base, **given}
    for column, reason in row_problems(final, given):
        reader.refuse(column, reason)
    if not reader.refusals and given.keys() - {"qualifier", "note"}:
        stated = not_stated_reason((indicator.id, geography, period), final["value"], final["source_id"])
        if stated:
            reader.refuse("source_id", tr("{reason} (in a source_id column)", reason=stated))
    if reader.refusals:
        return None
    new = Observation(indicator_id=indicator.id, geography=geography, period=period,
                      id=old.id if old else 0, **final)
    return new, old


def build_plan(table: RawTable, dataset: Dataset, progress: Optional[Progress] = None) -> ImportPlan:
    plan = ImportPlan(file_name=table.file_name, kind=table.kind, encoding=table.encoding,
                      encoding_label=table.encoding_label if table.kind == "csv" else "",
                      delimiter=table.delimiter, delimiter_label=table.delimiter_label if table.kind == "csv" else "",
                      sheet=table.sheet, sheet_note=table.sheet_note)
    plan.refusals.extend(table.refusals)
    columns = {key: index for index, key in enumerate(table.keys) if key in COLUMNS}
    plan.ignored_columns = [shorten(str(table.header[i]).strip()) for i, key in enumerate(table.keys)
                            if key not in COLUMNS and key != ""]
    unnamed = [i for i, key in enumerate(table.keys) if key == ""]
    refs = References(indicators=dataset.indicators, sources=frozenset(dataset.sources),
                      geographies=frozenset(dataset.geographies))
    seen: dict[Key, int] = {}
    total = max(1, len(table.rows))
    for position, row in enumerate(table.rows):
        if position % PROGRESS_EVERY == 0:
            report(progress, table.file_name, tr("Checking row {row:,} of {total:,}", row=position + 1, total=total),
                   position / total)
        reader = _RowReader(table, row, columns)
        for index in unnamed:
            value = row.cells[index]
            if value is not None and str(value).strip():
                reader.refuse(f"{index + 1}", tr("has a value but the column has no header"))
        planned = _plan_row(reader, dataset, refs)
        plan.conversions.extend(reader.conversions)
        if planned is not None:
            new, old = planned
            first = seen.setdefault(new.key, row.number)
            if first != row.number:
                reader.refuse("period", tr("repeats the observation {key} of row {row}; keep one row",
                                           key=key_text(new), row=first))
            elif old is None:
                plan.adds.append(PlannedAdd(row.number, new))
            else:
                diff = {c: (getattr(old, c), getattr(new, c)) for c in FIELDS if getattr(old, c) != getattr(new, c)}
                if diff:
                    plan.changes.append(PlannedChange(row.number, old, new, diff))
                else:
                    plan.unchanged.append(row.number)
        plan.refusals.extend(reader.refusals)
    plan.refusals.sort(key=lambda r: (r.row or 0))
    in_file = set(seen)
    plan.not_in_file = sum(1 for o in dataset.observations if o.key not in in_file)
    return plan
