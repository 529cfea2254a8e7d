"""Copy and paste of rectangular ranges as tab-separated text, the way Excel and WPS exchange them.

Excel writes cells separated by tabs and rows by CR LF, ends with one more CR LF, and puts a cell in
double quotes (doubling the quotes inside) when it holds a tab, a line break or starts with a quote.
``parse_tsv`` reads that (and plain LF text from other programs); ``to_tsv`` writes it. A cell that
only looks quoted ("5" screen) is kept as written. Chinese text passes through unchanged.

``plan_paste`` places a block on the visible grid: from the top-left selected cell, or, for one
copied cell and several selected cells, into each of them (Excel's fill). A block that does not fit
below or to the right of that cell is refused as a whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QCoreApplication

from ftz_desktop.core.errors import UserError

_BREAK = re.compile(r"[\t\r\n]")


class ClipboardError(UserError, ValueError):
    """A copy or paste that cannot be done as asked; the message says why and what to do."""


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated clipboard text; the trailing line break Excel adds is dropped."""
    if not text:
        return []
    rows: list[list[str]] = []
    row: list[str] = []
    i, n = 0, len(text)
    while True:
        cell, i = _cell(text, i, n)
        row.append(cell)
        if i >= n:
            rows.append(row)
            break
        if text[i] == "\t":
            i += 1
            continue
        i += 2 if text.startswith("\r\n", i) else 1
        rows.append(row)
        row = []
        if i >= n:
            break
    return rows


def _cell(text: str, i: int, n: int) -> tuple[str, int]:
    """One cell starting at ``i``: its text and the position of the separator after it."""
    if i < n and text[i] == '"':
        parts: list[str] = []
        j = i + 1
        while j < n:
            quote = text.find('"', j)
            if quote < 0:
                break
            parts.append(text[j:quote])
            if text.startswith('""', quote):
                parts.append('"')
                j = quote + 2
                continue
            end = quote + 1
            if end == n or text[end] in "\t\r\n":
                return "".join(parts), end
            break                     # a quote inside plain text: the cell was not quoted
    match = _BREAK.search(text, i)
    end = match.start() if match else n
    return text[i:end], end


def _quoted(cell: str) -> str:
    if cell.startswith('"') or any(ch in cell for ch in "\t\r\n"):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def to_tsv(rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text that Excel and WPS paste back into the same cells."""
    return "".join("\t".join(_quoted(cell) for cell in row) + "\r\n" for row in rows)


@dataclass(frozen=True)
class PlacedCell:
    row: int          # visible row
    column: int
    text: str


def plan_paste(block: list[list[str]], anchor: tuple[int, int], selection: Sequence[tuple[int, int]],
               row_count: int, column_count: int) -> list[PlacedCell]:
    """Where each pasted cell goes on the visible grid; ClipboardError if the block does not fit."""
    if not block:
        raise ClipboardError(QCoreApplication.translate("Clipboard", "The clipboard holds no cells to paste."))
    if len(block) == 1 and len(block[0]) == 1 and len(selection) > 1:
        return [PlacedCell(r, c, block[0][0]) for r, c in sorted(selection)]
    top, left = anchor
    height, width = len(block), max(len(cells) for cells in block)
    if top + height > row_count:
        raise ClipboardError(QCoreApplication.translate(
            "Clipboard", "The clipboard holds {height} rows, but only {shown} rows are shown from row {row} down; "
                         "nothing was pasted. Select a higher cell, or clear the filter.").format(
            height=height, shown=row_count - top, row=top + 1))
    if left + width > column_count:
        raise ClipboardError(QCoreApplication.translate(
            "Clipboard", "The clipboard holds {width} columns, but only {shown} columns lie right of the selected "
                         "cell; nothing was pasted. Select a cell further left.").format(
            width=width, shown=column_count - left))
    # A short row (from a program that drops trailing empty cells) leaves the cells beyond it as they are.
    return [PlacedCell(top + r, left + c, text) for r, cells in enumerate(block) for c, text in enumerate(cells)]


def selection_rectangle(cells: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The rows and columns of a rectangular selection (rows may skip hidden ones); ClipboardError otherwise."""
    if not cells:
        raise ClipboardError(QCoreApplication.translate("Clipboard", "Select the cells to copy first."))
    rows = sorted({r for r, _ in cells})
    columns = sorted({c for _, c in cells})
    if len(set(cells)) != len(rows) * len(columns):
        raise ClipboardError(QCoreApplication.translate(
            "Clipboard", "Copy works on one rectangular range; select a block of cells and copy again."))
    return rows, columns
