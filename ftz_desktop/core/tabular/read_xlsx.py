"""Read an imported XLSX workbook into a ``RawTable``, after the container checks have passed.

openpyxl reads in read-only mode (streaming, no macros run, no external links kept) with the saved
results of formulas. A formula whose result was never saved (files written by scripts) would read as
an empty cell, so the cells that came back empty are looked at once more with formulas visible, and
such a cell is refused rather than imported as "no value".

Only visible sheets are read unless one is chosen by name: the sheet named "observations", else the
only visible one, else the only visible one whose row 1 has the observation columns; anything else
is refused naming the sheets. Text cells are decoded from OOXML's ``_xHHHH_`` escapes (Excel writes a
control character, and the CR of a line break, that way; ``_x005F_`` escapes the underscore), which
openpyxl leaves in place, so the import plan sees the characters themselves.
"""
from __future__ import annotations

import functools
import logging
import re
import struct
import warnings
import zipfile
import zlib
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Generator, Iterator, Optional
from xml.etree.ElementTree import ParseError

from ftz_desktop.core.messages import name_few, quote
from ftz_desktop.core.tabular.columns import (
    PROGRESS_EVERY,
    REQUIRED,
    SHEET_NAME,
    ImportCancelled,
    ImportLimits,
    ImportRefused,
    Progress,
    Refusal,
    header_key,
    listing,
    report,
)
from ftz_desktop.core.tabular.read_csv import RawRow, RawTable, check_header
from ftz_desktop.core.tabular.sniff import check_xlsx_container, damaged
from ftz_desktop.core.translate import tr

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

log = logging.getLogger(__name__)

# Excel's error values (openpyxl's list plus the dynamic-array ones of Excel 365).
ERROR_CODES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                         "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"})


@dataclass(frozen=True)
class CellError:
    """An Excel error value (#N/A, #DIV/0!, ...) in a cell."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class UnsavedFormula:
    """A formula cell whose result was never saved (read as empty, but it is not empty)."""

    formula: str

    def __str__(self) -> str:
        return self.formula


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def ooxml_unescape(text: str) -> str:
    """Decode OOXML's ``_xHHHH_`` escapes: "_x0007_" is U+0007, "_x005F_x0007_" the text "_x0007_"."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _raw_string_table(source: IO[bytes]) -> list[str]:
    """The shared strings as the file holds them (openpyxl's reader drops "x005F_" and keeps the
    other escapes, which cannot then be told apart); ``ooxml_unescape`` decodes them per cell."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse  # defusedxml's when it is installed

    tag = f"{{{SHEET_MAIN_NS}}}si"
    strings: list[str] = []
    for _, node in iterparse(source):
        if node.tag == tag:
            strings.append(Text.from_tree(node).content)
            node.clear()
    return strings


@functools.lru_cache(maxsize=1)
def _reader_class() -> Any:
    from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader

    class _Reader(ExcelReader):   # openpyxl.load_workbook's reader, but for the shared strings
        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                with self.archive.open(part.PartName[1:]) as source:
                    self.shared_strings = _raw_string_table(source)

    return _Reader


def _open(path: Path, data_only: bool) -> Workbook:
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        # The container check already refused any DTD; this is the second line of defence.
        log.warning("openpyxl is running without defusedxml; relying on the DTD check alone")
    # openpyxl.load_workbook, with the shared strings read as the file holds them
    reader = _reader_class()(path, read_only=True, keep_vba=False, data_only=data_only, keep_links=False)
    try:
        reader.read()
    except BaseException:
        reader.archive.close()    # read-only mode keeps it open for the workbook, which never came
        raise
    workbook: Workbook = reader.wb
    return workbook


def _has_observation_columns(ws: ReadOnlyWorksheet) -> bool:
    first = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), None) or ()
    keys = {header_key(_cell_value(c)) for c in first if c is not None}
    return all(column in keys for column in REQUIRED)


def _choose_sheet(name: str, workbook: Workbook, sheet: Optional[str]) -> tuple[int, str]:
    """The index of the sheet to read and a note naming the sheets that are not read."""
    sheets = workbook.worksheets
    titles = [ws.title for ws in sheets]
    if sheet is not None:
        if sheet not in titles:
            raise ImportRefused(tr("{name}: the workbook has no sheet named {sheet} (it has: {sheets})", name=name,
                                   sheet=quote(sheet), sheets=name_few(titles, 10)))
        index = titles.index(sheet)
    else:
        visible = [i for i, ws in enumerate(sheets) if ws.sheet_state == "visible"]
        if not visible:
            if titles:
                raise ImportRefused(tr("{name}: the workbook has no visible worksheet (only hidden ones: {sheets}); "
                                       "show the sheet in Excel or WPS, or choose it", name=name,
                                       sheets=name_few(titles, 10)))
            raise ImportRefused(tr("{name}: the workbook has no visible worksheet; show the sheet in Excel or WPS, or "
                                   "choose it", name=name))
        named = [i for i in visible if titles[i].strip().lower() == SHEET_NAME]
        if named:
            index = named[0]
        elif len(visible) == 1:
            index = visible[0]
        else:
            tables = [i for i in visible if _has_observation_columns(sheets[i])]
            if len(tables) != 1:
                which = (tr("{count} of them have the observation columns ({sheets})", count=len(tables),
                            sheets=name_few([titles[i] for i in tables]))
                         if tables else tr("none has the columns {columns} in row 1", columns=listing(REQUIRED)))
                raise ImportRefused(tr("{name}: the workbook has {count} sheets ({sheets}); {which}: name the one to "
                                       "import '{sheet}' or choose it", name=name, count=len(visible),
                                       sheets=name_few([titles[i] for i in visible], 5), which=which,
                                       sheet=SHEET_NAME))
            index = tables[0]
    others = [titles[i] for i, ws in enumerate(sheets) if i != index and ws.sheet_state == "visible"]
    others += [tr("{sheet} (hidden)", sheet=titles[i]) for i, ws in enumerate(sheets)
               if i != index and ws.sheet_state != "visible"]
    return index, tr("other sheets not read: {sheets}", sheets=name_few(others, 5)) if others else ""


def _cell_value(value: object) -> object:
    # Read with values only (much faster): an error cell arrives as its code. Typing "#N/A" into
    # Excel makes an error cell, so text equal to an error code is treated as one.
    if isinstance(value, str):
        value = ooxml_unescape(value)
        if value in ERROR_CODES:
            return CellError(value)
    return value


def _rows(worksheet: ReadOnlyWorksheet, name: str, limits: ImportLimits
          ) -> Generator[tuple[int, tuple[object, ...]], None, None]:
    """(row number, cells) from row 1, refusing a sheet over the row or column limit."""
    worksheet.reset_dimensions()   # a stale <dimension> would pad every row to its width
    # closing(): a refusal mid-sheet must close the sheet's zip member now, not when the garbage
    # collector gets to it (the workbook file would stay open until then).
    with closing(worksheet.iter_rows(min_row=1, values_only=True)) as sheet_rows:
        yield from _limited_rows(worksheet, name, limits, sheet_rows)


def _limited_rows(worksheet: ReadOnlyWorksheet, name: str, limits: ImportLimits,
                  sheet_rows: Iterator[tuple[object, ...]]) -> Iterator[tuple[int, tuple[object, ...]]]:
    for number, cells in enumerate(sheet_rows, start=1):
        if number > limits.max_rows + 1:
            raise ImportRefused(tr("{name}: the sheet {sheet} has more than {limit:,} rows; split it", name=name,
                                   sheet=quote(worksheet.title), limit=limits.max_rows))
        if len(cells) > limits.max_columns:
            extra = [c for c in cells[limits.max_columns:] if c is not None]
            if extra and number == 1:
                raise ImportRefused(tr("{name}: the header has more than {limit} columns (at most {limit} are "
                                       "allowed)", name=name, limit=limits.max_columns))
            if extra:
                raise ImportRefused(tr("{name}: row {row} has values beyond column {limit} (at most {limit} columns "
                                       "are allowed)", name=name, row=number, limit=limits.max_columns))
            cells = cells[:limits.max_columns]
        yield number, cells


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")


def _has_formulas(path: Path, part: Optional[str]) -> bool:
    """Whether the sheet's XML holds any formula; a byte scan, far cheaper than parsing it again."""
    if not part:
        return True     # unknown part name: assume so and look
    with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as member:
        tail = b""
        while chunk := member.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-32:]
    return False


def _read_table(path: Path, limits: ImportLimits, sheet: Optional[str],
                progress: Optional[Progress] = None) -> tuple[RawTable, list[tuple[int, int]], int]:
    name = path.name
    workbook = _open(path, data_only=True)
    rows: Optional[Generator[tuple[int, tuple[object, ...]], None, None]] = None
    try:
        index, note = _choose_sheet(name, workbook, sheet)
        ws = workbook.worksheets[index]
        rows = _rows(ws, name, limits)
        first = next(rows, None)
        if first is None:
            raise ImportRefused(tr("{name}: the sheet {sheet} is empty", name=name, sheet=quote(ws.title)))
        header = ["" if c is None else str(_cell_value(c)) for c in first[1]]
        keys = check_header(name, header, limits)
        width = len(keys)
        table = RawTable(file_name=name, kind="xlsx", header=header[:width], keys=keys, rows=[], sheet=ws.title,
                         sheet_note=note)
        empty_cells: list[tuple[int, int]] = []
        for number, cells in rows:
            if number % PROGRESS_EVERY == 0:
                report(progress, name, tr("Reading row {row:,} of the workbook", row=number), None)
            values = [_cell_value(c) for c in cells]
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            for index, value in enumerate(values[width:], start=width):
                if value is not None and not (isinstance(value, str) and not value.strip()):
                    table.refusals.append(Refusal(name, number, _column_letter(index),
                                                  tr("has a value but the column has no header")))
            values = (values + [None] * width)[:width]
            empty_cells.extend((number, i) for i, v in enumerate(values) if v is None)
            table.rows.append(RawRow(number, values))
        if empty_cells and not _has_formulas(path, getattr(ws, "_worksheet_path", None)):
            empty_cells = []
    finally:
        if rows is not None:
            rows.close()      # a refusal before the last row: close the sheet now (see _rows)
        workbook.close()
    return table, empty_cells, index


def _mark_unsaved_formulas(path: Path, table: RawTable, empty_cells: list[tuple[int, int]], index: int) -> None:
    """Replace the empty cells that are really formulas without a saved result by ``UnsavedFormula``."""
    wanted = set(empty_cells)
    last_row = max(r for r, _ in empty_cells)
    rows = {row.number: row for row in table.rows}
    workbook = _open(path, data_only=False)
    try:
        ws = workbook.worksheets[index]
        ws.reset_dimensions()
        for number, cells in enumerate(ws.iter_rows(min_row=1, max_row=last_row, values_only=True), start=1):
            for index, value in enumerate(cells[:len(table.keys)]):
                # Empty with results, something with formulas: only a formula can be that cell.
                if value is not None and (number, index) in wanted:
                    rows[number].cells[index] = UnsavedFormula(str(getattr(value, "text", value)))
    finally:
        workbook.close()


def _root_cause(exc: BaseException) -> BaseException:
    seen: set[int] = set()
    while (parent := exc.__cause__ or exc.__context__) is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc = parent
    return exc


# Errors of a broken zip, compressed stream or XML part: the file is damaged, not merely unusual.
_DAMAGE = (zlib.error, zipfile.BadZipFile, EOFError, ParseError, KeyError, IndexError, struct.error)


def _is_damage(exc: BaseException) -> bool:
    module = type(exc).__module__
    return isinstance(exc, _DAMAGE) or module.startswith(("lxml", "xml.parsers", "lzma", "_lzma", "bz2", "_bz2"))


def read_xlsx(path: Path, limits: ImportLimits, sheet: Optional[str] = None,
              progress: Optional[Progress] = None) -> RawTable:
    check_xlsx_container(path, limits)
    name = path.name
    with warnings.catch_warnings(record=True) as caught:
        # openpyxl warns about things it fixes up (unknown extensions, date overflow); log them.
        warnings.simplefilter("always")
        try:
            table, empty_cells, index = _read_table(path, limits, sheet, progress)
            if empty_cells:
                _mark_unsaved_formulas(path, table, empty_cells, index)
        except (ImportRefused, ImportCancelled):
            raise
        except Exception as exc:   # openpyxl and the XML parsers raise many kinds on damaged input
            log.warning("Reading %s failed", path, exc_info=True)
            cause = _root_cause(exc)
            if type(cause).__module__.startswith("defusedxml"):
                raise ImportRefused(tr("{name}: the workbook declares XML entities ({error}), which Excel never "
                                       "writes and which can hide an entity-expansion bomb or read other files; the "
                                       "file was not imported", name=name, error=type(cause).__name__)) from None
            if _is_damage(cause) or _is_damage(exc):
                raise damaged(name, cause) from None
            raise ImportRefused(tr("{name}: the workbook cannot be read ({error}); open it in Excel or WPS, save it as "
                                   ".xlsx and import it again", name=name, error=type(cause).__name__)) from None
    for warning in caught:
        log.info("%s: %s", name, warning.message)
    if not table.rows and not table.refusals:
        raise ImportRefused(tr("{name}: the sheet {sheet} has a header but no data rows", name=name,
                               sheet=quote(table.sheet)))
    table.refusals.sort(key=lambda r: (r.row or 0))
    return table
