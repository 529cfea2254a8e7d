"""Tab-separated text as Excel and WPS put it on the clipboard, and where a pasted block lands."""
from __future__ import annotations

import pytest

from ftz_desktop.ui.data.actions.clipboard import (
    ClipboardError,
    PlacedCell,
    parse_tsv,
    plan_paste,
    selection_rectangle,
    to_tsv,
)


@pytest.mark.parametrize("text, rows", [
    ("1\t2\r\n3\t4\r\n", [["1", "2"], ["3", "4"]]),                 # Excel: CR LF and a trailing line break
    ("1\t2\n3\t4", [["1", "2"], ["3", "4"]]),                       # LF, no trailing break
    ("5\r\n", [["5"]]),
    ("\r\n", [[""]]),                                               # one empty cell
    ("a\t\tc\r\n", [["a", "", "c"]]),
    ('"line one\nline two"\tx\r\n', [["line one\nline two", "x"]]),  # a quoted cell with a line break
    ('"say ""hi"""\r\n', [['say "hi"']]),
    ('"tab\tinside"\t2\r\n', [["tab\tinside", "2"]]),
    ('5" screen\tx\r\n', [['5" screen', "x"]]),                     # a quote in plain text stays
    ('"half quoted" text\ty\r\n', [['"half quoted" text', "y"]]),
    ("成都\t四川省自贸区\r\n１２３\t３亿\r\n", [["成都", "四川省自贸区"], ["１２３", "３亿"]]),
    ("", []),
])
def test_parse_reads_what_excel_writes(text, rows):
    assert parse_tsv(text) == rows


def test_to_tsv_round_trips_awkward_cells():
    rows = [["plain", "two\nlines", 'a "quote"', '"starts quoted'], ["成都", "", "tab\there", "=1+1"]]
    text = to_tsv(rows)
    assert text.endswith("\r\n") and text.count("\r\n") == 2
    assert parse_tsv(text) == rows


def test_a_block_lands_from_the_anchor_and_must_fit():
    block = [["1", "2"], ["3", "4"]]
    placed = plan_paste(block, (1, 2), [(1, 2)], row_count=5, column_count=6)
    assert placed == [PlacedCell(1, 2, "1"), PlacedCell(1, 3, "2"), PlacedCell(2, 2, "3"), PlacedCell(2, 3, "4")]
    with pytest.raises(ClipboardError, match="2 rows, but only 1 rows"):
        plan_paste(block, (4, 0), [(4, 0)], row_count=5, column_count=6)
    with pytest.raises(ClipboardError, match="2 columns"):
        plan_paste(block, (0, 5), [(0, 5)], row_count=5, column_count=6)
    with pytest.raises(ClipboardError, match="no cells"):
        plan_paste([], (0, 0), [], row_count=5, column_count=6)


def test_one_cell_fills_every_selected_cell_and_short_rows_leave_cells_alone():
    placed = plan_paste([["A"]], (0, 0), [(2, 1), (0, 1), (1, 1)], row_count=5, column_count=3)
    assert placed == [PlacedCell(0, 1, "A"), PlacedCell(1, 1, "A"), PlacedCell(2, 1, "A")]
    ragged = plan_paste([["1", "2"], ["3"]], (0, 0), [(0, 0)], row_count=5, column_count=3)
    assert PlacedCell(1, 1, "") not in ragged and len(ragged) == 3


def test_copy_needs_one_rectangle():
    assert selection_rectangle([(3, 1), (1, 1), (3, 2), (1, 2)]) == ([1, 3], [1, 2])
    with pytest.raises(ClipboardError, match="rectangular"):
        selection_rectangle([(0, 0), (1, 1)])
    with pytest.raises(ClipboardError, match="Select"):
        selection_rectangle([])
