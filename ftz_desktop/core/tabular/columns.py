"""The observations table as a file: its columns, its limits, and what export and import share.

Exported files carry every column in ``COLUMNS``; an imported file needs only ``REQUIRED`` and may
hold the others in any order. Header cells are matched loosely ("Indicator ID" is indicator_id) so a
table retyped in Excel still imports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Iterable, Optional

from ftz_desktop.core.errors import UserError
from ftz_desktop.core.messages import CONTROL, QUOTE_LIMIT, quote, visible
from ftz_desktop.core.translate import tr

COLUMNS = ("indicator_id", "indicator_name", "unit", "geography", "period", "value",
           "qualifier", "status", "source_id", "note")
REQUIRED = ("indicator_id", "geography", "period", "value")

SHEET_NAME = "observations"

# Text that a spreadsheet would run as a formula (OWASP CSV injection), full-width forms included.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

MB = 1024 * 1024

REASON_LIMIT = 400


class ImportRefused(ValueError, UserError):  # noqa: N818 -- public name, used by callers and tests
    """The file cannot be imported at all; the message names the file and what to do."""


class EncodingRefused(ImportRefused):
    """A CSV file whose text encoding is not known or not the one named: ask the user to choose one
    and plan again with ``plan_import(..., encoding=NAME)``."""


class ImportCancelled(UserError):  # noqa: N818 -- public name, used by callers and tests
    """The user cancelled reading a file; nothing was written (planning never writes)."""


# progress(stage, fraction or None when the total is unknown) -> False to cancel. Called every
# PROGRESS_EVERY rows, so a large file can show progress and be cancelled part-way.
Progress = Callable[[str, Optional[float]], bool]
PROGRESS_EVERY = 2000


def report(progress: Optional[Progress], name: str, stage: str, fraction: Optional[float]) -> None:
    """Tell ``progress`` how far reading has come; raise ImportCancelled if it says stop."""
    if progress is not None and not progress(stage, fraction):
        raise ImportCancelled(tr("{name}: import cancelled; nothing was imported", name=name))


@dataclass(frozen=True)
class ImportLimits:
    """Bounds that keep a hostile or mistaken file from exhausting memory or time."""

    max_bytes: int = 50 * MB              # size of the file on disk
    max_columns: int = 64
    max_rows: int = 200_000
    max_uncompressed: int = 512 * MB      # XLSX: sum of the zip members' declared sizes
    max_ratio: int = 100                  # XLSX: declared size / compressed size of one member
    ratio_floor: int = 1 * MB             # XLSX: members smaller than this skip the ratio test
    max_members: int = 10_000             # XLSX: entries in the zip directory
    max_prolog: int = 64 * 1024           # XLSX: bytes of an XML part before its root element


@dataclass(frozen=True)
class CellMessage:
    """A sentence about one cell (or row) of an imported file; ``str()`` names file, row and column."""

    file: str
    row: Optional[int]
    column: Optional[str]
    reason: str

    def __str__(self) -> str:
        if self.row is not None and self.column:
            return tr("{file} row {row}, column {column}: {reason}", file=self.file, row=self.row,
                      column=self.column, reason=self.reason)
        if self.row is not None:
            return tr("{file} row {row}: {reason}", file=self.file, row=self.row, reason=self.reason)
        if self.column:
            return tr("{file}, column {column}: {reason}", file=self.file, column=self.column, reason=self.reason)
        return tr("{file}: {reason}", file=self.file, reason=self.reason)


class Refusal(CellMessage):
    """Why a row cannot be imported; one refusal stops the whole import."""


class Conversion(CellMessage):
    """A cell that was read by a documented rule ("1.2万" as 12000), shown before anything is written."""


# A quoted span: opened after a space or bracket (or at the start), closed before one or punctuation.
_QUOTED = re.compile(r"(?:^|(?<=[\s(]))'([^'\n]{%d,}?)(?<!…)'(?=$|[\s;,.:)])" % (QUOTE_LIMIT + 1))


def tidy_reason(reason: str, cells: Iterable[object] = ()) -> str:
    """A reason for the preview: quoted ``cells`` and any other long quoted text cut, one line, bounded."""
    for cell in cells:
        if isinstance(cell, str) and cell:
            for form in {cell, cell.strip()}:
                if form and (len(form) > QUOTE_LIMIT or CONTROL.search(form)) and f"'{form}'" in reason:
                    reason = reason.replace(f"'{form}'", quote(form))
    reason = _QUOTED.sub(lambda m: quote(m.group(1)), visible(reason))
    return reason if len(reason) <= REASON_LIMIT else reason[:REASON_LIMIT] + "…"


def listing(items: Iterable[str]) -> str:
    """Items one after another: "a, b, c" (in Chinese "a、b、c")."""
    text = ""
    for index, item in enumerate(items):
        text = item if index == 0 else tr("{first}, {second}", first=text, second=item)
    return text


def header_key(cell: object) -> str:
    """A header cell as a column key: trimmed, lower case, spaces and hyphens as underscores."""
    text = "" if cell is None else str(cell)
    text = text.replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s\-]+", "_", text)


def needs_formula_escape(text: str) -> bool:
    """True if a spreadsheet could read ``text`` (after any apostrophes already in front) as a formula."""
    return text.lstrip("'").startswith(FORMULA_TRIGGERS)


def escape_csv_text(text: str) -> str:
    """Prefix one apostrophe so a spreadsheet shows the text instead of running it.

    Text that already starts with apostrophes before a trigger gets one more, so that
    ``unescape_csv_text`` (which removes exactly one) gives back the original in every case.
    """
    return "'" + text if needs_formula_escape(text) else text


def unescape_csv_text(text: str) -> str:
    """Undo ``escape_csv_text``: drop one leading apostrophe that guards a formula trigger."""
    if text.startswith("'") and needs_formula_escape(text[1:]):
        return text[1:]
    return text


def number_text(value: float) -> str:
    """A stored value as plain decimal text that reads back to the identical double.

    Shortest round-trip digits (repr), written without an exponent so a spreadsheet shows 0.00001,
    not 1e-05; whole numbers lose the ".0".
    """
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
