"""Read an imported CSV file into a ``RawTable``: rows of cells, each with its row number.

Nothing here interprets a value; that is the import plan's job. This module finds the encoding
(strict UTF-8 with or without BOM, UTF-16 with BOM, then GB18030, which covers GBK files written by
Chinese Excel and WPS; text that decodes but reads as mojibake is refused, asking for the encoding),
the delimiter (comma, tab or semicolon, chosen by which one splits the header into known column
names), and the structure: ragged rows and unclosed quotes are reported with their row numbers.
Row numbers are those a spreadsheet shows: the header is row 1.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from ftz_desktop.core.messages import name_few, quote, shorten
from ftz_desktop.core.tabular.columns import (
    COLUMNS,
    REQUIRED,
    EncodingRefused,
    ImportLimits,
    ImportRefused,
    Refusal,
    header_key,
    listing,
)
from ftz_desktop.core.tabular.mojibake import Doubt, misread_utf8, unlikely_chinese
from ftz_desktop.core.tabular.sniff import read_bytes, refuse_non_text
from ftz_desktop.core.translate import tr

DELIMITERS = {",": "comma", "\t": "tab", ";": "semicolon"}
ENCODING_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16 with BOM",
                   "gb18030": "GB18030 (GBK)", "gbk": "GBK", "big5": "Big5", "shift_jis": "Shift-JIS",
                   "latin-1": "Latin-1", "cp1252": "Windows-1252"}
# C0 controls other than tab, newline and carriage return: a text file has almost none.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SEP_LINE = re.compile(r'"?sep=([,;\t|])"?[ \t]*\r?\n', re.IGNORECASE)


@dataclass
class RawRow:
    number: int                 # the row number a spreadsheet shows (the header is row 1)
    cells: list[object]         # one per header column: str (CSV), or str/number/bool/date/None (XLSX)


@dataclass
class RawTable:
    file_name: str
    kind: str                              # "csv" or "xlsx"
    header: list[str]                      # the header cells as written
    keys: list[str]                        # the column keys they map to ("" for an empty header cell)
    rows: list[RawRow]
    refusals: list[Refusal] = field(default_factory=list)
    encoding: str = ""                     # codec name, usable as the ``encoding=`` override
    delimiter: str = ""
    sheet: str = ""
    sheet_note: str = ""                   # XLSX: the sheets that were not read

    @property
    def encoding_label(self) -> str:
        if self.encoding == "utf-8-sig":
            return tr("UTF-8 with BOM")
        if self.encoding == "utf-16":
            return tr("UTF-16 with BOM")
        return ENCODING_LABELS.get(self.encoding, self.encoding)

    @property
    def delimiter_label(self) -> str:
        names = {",": tr("comma"), "\t": tr("tab"), ";": tr("semicolon")}
        return names.get(self.delimiter, repr(self.delimiter))


def check_header(name: str, header: list[str], limits: ImportLimits) -> list[str]:
    """Column keys for a header row, refusing a missing, repeated or over-wide header."""
    while header and not str(header[-1] or "").strip():
        header = header[:-1]     # spreadsheets often add empty trailing columns
    if not header:
        raise ImportRefused(tr("{name}: the first row is empty; it must be the header with the columns {columns}",
                               name=name, columns=listing(REQUIRED)))
    if len(header) > limits.max_columns:
        raise ImportRefused(tr("{name}: the header has {count:,} columns (at most {limit} are allowed); the table "
                               "needs only {columns}", name=name, count=len(header), limit=limits.max_columns,
                               columns=listing(COLUMNS)))
    keys = [header_key(cell) for cell in header]
    seen: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key and key in seen:
            raise ImportRefused(tr("{name}: the header names column {column} twice (columns {first} and {second}); "
                                   "keep one", name=name, column=quote(key), first=seen[key] + 1, second=index + 1))
        seen.setdefault(key, index)
    missing = [c for c in REQUIRED if c not in seen]
    if missing:
        found = name_few([str(c).strip() for c in header if str(c).strip()], shown=12) or tr("nothing")
        raise ImportRefused(tr("{name}: row 1 must be the header with the columns {columns}; missing {missing} "
                               "(found: {found})", name=name, columns=listing(REQUIRED), missing=listing(missing),
                               found=found))
    return keys


# --- encoding ----------------------------------------------------------------------------------

def _line_of(data: bytes, start: int, codec: str) -> int:
    try:
        return data[:start].decode(codec, "ignore").count("\n") + 1
    except (UnicodeError, LookupError, ValueError, TypeError):
        return data[:start].count(b"\n") + 1


def _decode(name: str, data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start, codec)
        if 0 <= exc.start < len(data):
            raise EncodingRefused(tr("{name}: line {line} is not valid {encoding} text (byte 0x{byte:02X}); choose the "
                                     "file's encoding or save it as CSV UTF-8", name=name, line=line,
                                     encoding=shorten(label), byte=data[exc.start])) from None
        raise EncodingRefused(tr("{name}: line {line} is not valid {encoding} text; choose the file's encoding or "
                                 "save it as CSV UTF-8", name=name, line=line, encoding=shorten(label))) from None
    except (UnicodeError, ValueError, LookupError, TypeError, OverflowError):
        # codecs such as idna or punycode raise other errors on bytes they cannot take
        raise EncodingRefused(tr("{name}: the file is not valid {encoding} text; choose the file's encoding or save it "
                                 "as CSV UTF-8", name=name, encoding=shorten(label))) from None


def _codec(name: str, encoding: str) -> str:
    """The codec an ``encoding=`` names, refusing names that are unknown or not text encodings (hex, rot13)."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise EncodingRefused(tr("{name}: {encoding} is not a text encoding this program knows; choose one such as "
                                 "UTF-8, GB18030, Big5, Shift-JIS or Latin-1", name=name, encoding=quote(encoding)))
    return info.name


def _unlikely_gb18030(name: str, doubt: Doubt) -> EncodingRefused:
    return EncodingRefused(tr("{name}: the text is not UTF-8, and read as GB18030 (GBK) it gives unlikely characters "
                              "({sample} on line {line}), so it is probably in another encoding (such as Latin-1 or "
                              "Shift-JIS); choose the file's encoding, or save it as CSV UTF-8", name=name,
                              sample=quote(doubt.sample), line=doubt.line))


def _garbled_utf8(name: str, doubt: Doubt) -> EncodingRefused:
    return EncodingRefused(tr("{name}: the text holds garbled characters ({sample} on line {line}), the sign of text "
                              "opened in the wrong encoding and saved again; choose the file's encoding, or open the "
                              "original file and save it as CSV UTF-8", name=name, sample=quote(doubt.sample),
                              line=doubt.line))


def decode_csv_bytes(name: str, data: bytes, encoding: Optional[str] = None) -> tuple[str, str]:
    """The text of ``data`` and the codec that read it (``encoding`` forces one and is never second-guessed).

    Without ``encoding``: a BOM decides; then strict UTF-8; then GB18030 (which covers the GBK that
    Chinese Excel and WPS write, and its four-byte forms for emoji and rare hanzi). Text that
    decodes but does not read as typed text (``mojibake``) is refused, asking for the encoding.
    """
    if encoding:
        codec = _codec(name, encoding)
        text = _decode(name, data, codec, encoding)
        return text.lstrip("\ufeff"), encoding
    if data.startswith(codecs.BOM_UTF8):
        return _decode(name, data, "utf-8-sig", "UTF-8").lstrip("\ufeff"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(name, data, "utf-16", "UTF-16").lstrip("\ufeff"), "utf-16"
    refuse_non_text(name, data[:16])
    head = data[:4096]
    if b"\x00" in head:
        if head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4:
            raise EncodingRefused(tr("{name}: this looks like UTF-16 text without a byte order mark; save it again as "
                                     "CSV UTF-8 (or as Unicode text from Excel)", name=name))
        raise ImportRefused(tr("{name}: this is a binary file, not CSV text", name=name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        doubt = misread_utf8(text)
        if doubt is not None:
            raise _garbled_utf8(name, doubt)
        return text, "utf-8"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise EncodingRefused(tr("{name}: the text is neither UTF-8 nor GB18030 (GBK) (byte 0x{byte:02X} on line "
                                 "{line}); it may be Latin-1, Shift-JIS or another encoding: save it as CSV UTF-8, "
                                 "or choose its encoding", name=name, byte=data[exc.start],
                                 line=_line_of(data, exc.start, "gb18030"))) from None
    doubt = unlikely_chinese(text)
    if doubt is not None:
        raise _unlikely_gb18030(name, doubt)
    return text, "gb18030"


def _refuse_binary_text(name: str, text: str) -> None:
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise ImportRefused(tr("{name}: this is a binary file, not CSV text", name=name))


# --- delimiter and rows ------------------------------------------------------------------------

def _first_record(text: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most known column names (then the most cells)."""
    known = set(COLUMNS)

    def score(delimiter: str) -> tuple[int, int]:
        cells = _first_record(text, delimiter)
        return sum(header_key(c) in known for c in cells), len(cells)

    return max(DELIMITERS, key=score)


def _csv_records(name: str, text: str, delimiter: str, limits: ImportLimits) -> Iterator[tuple[int, list[str]]]:
    """(row number, fields) for every record, refusing unclosed quotes and oversized fields by row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row = number + 1
            if "end of data" in str(exc):
                raise ImportRefused(tr("{name}: row {row} opens a quoted field that is never closed (a '\"' is "
                                       "missing, the file ends inside it); fix the quotes and import again",
                                       name=name, row=row)) from None
            if "field larger" in str(exc):
                raise ImportRefused(tr("{name}: row {row} has a cell longer than {limit:,} characters, usually a "
                                       "missing closing quote", name=name, row=row,
                                       limit=csv.field_size_limit())) from None
            raise ImportRefused(tr("{name}: row {row} (line {line}) is not well-formed CSV ({error}); check the quotes "
                                   "in that row", name=name, row=row, line=reader.line_num,
                                   error=shorten(str(exc), 80))) from None
        number += 1
        if number > limits.max_rows + 1:
            raise ImportRefused(tr("{name}: the file has more than {limit:,} rows; split it", name=name,
                                   limit=limits.max_rows))
        yield number, fields


def read_csv(path: Path, limits: ImportLimits, encoding: Optional[str] = None,
             delimiter: Optional[str] = None) -> RawTable:
    name = path.name
    text, codec = decode_csv_bytes(name, read_bytes(path, limits), encoding)
    _refuse_binary_text(name, text)
    if not text.strip():
        raise ImportRefused(tr("{name}: the file holds no data (only blank lines)", name=name))
    hint = _SEP_LINE.match(text)
    if hint:
        # Excel's "sep=;" first line names the delimiter; Excel hides it, so the header stays row 1.
        delimiter, text = delimiter or hint.group(1), text[hint.end():]
    if delimiter is None:
        delimiter = detect_delimiter(text)
    records = _csv_records(name, text, delimiter, limits)
    _, header = next(records)
    keys = check_header(name, header, limits)
    header = header[:len(keys)]
    table = RawTable(file_name=name, kind="csv", header=header, keys=keys, rows=[], encoding=codec,
                     delimiter=delimiter)
    width = len(keys)
    for number, fields in records:
        if not any(f.strip() for f in fields):
            continue        # blank lines carry nothing
        if len(fields) > width and not any(f.strip() for f in fields[width:]):
            fields = fields[:width]
        if len(fields) != width:
            table.refusals.append(Refusal(name, number, None, tr("has {cells} cells but the header has {width}; a "
                                                                 "delimiter or quote is missing or extra in this row",
                                                                 cells=len(fields), width=width)))
            continue
        table.rows.append(RawRow(number, list(fields)))
    if not table.rows and not table.refusals:
        raise ImportRefused(tr("{name}: the file has a header but no data rows", name=name))
    return table
