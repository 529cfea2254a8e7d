"""Hostile files for the import, case by case: every one is refused with one short sentence naming
the file (``ImportRefused``, never a raw exception), or read with every change to its text shown as a
conversion line; nothing is written by planning.

The cases: bytes in the wrong encoding (Latin-1, Windows-1252, Shift-JIS misread as GB18030, UTF-8
misread and saved again) and the valid GB18030 that must be read; encodings named by the caller;
cells that are huge, carry control characters or odd digits; notes whose text the store would change;
the sheets of a workbook (hidden, several, none); damaged zip containers and compressed streams; XML
that is not well-formed; OOXML ``_xHHHH_`` escapes; and the length of every refusal.
"""
from __future__ import annotations

import csv
import io
import os
import struct
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import openpyxl
import pytest

from ftz_desktop.core.study.shipped import load_shipped_dataset
from ftz_desktop.core.tabular import import_export as tabular_io
from ftz_desktop.core.tabular import read_xlsx as tabular_read_xlsx
from ftz_desktop.core.tabular.import_export import EncodingRefused, ImportLimits, ImportPlan, ImportRefused
from ftz_desktop.errors import is_user_error, user_message
from helpers.provenance import staff_sourced

MAX_MESSAGE = 500          # characters of the longest refusal sentence any case may give
HEADER = ["indicator_id", "geography", "period", "value", "note"]
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
BIG = 100_000


@pytest.fixture(scope="module")
def dataset():
    return staff_sourced(load_shipped_dataset())


def refused(path: Path, dataset, kind: type[ImportRefused] = ImportRefused, **kwargs) -> str:
    """The one sentence plan_import refuses ``path`` with, checked: a user error, one line, short, named."""
    with pytest.raises(kind) as info:
        tabular_io.plan_import(path, dataset, **kwargs)
    assert is_user_error(info.value)
    message = user_message(info.value)
    assert message.startswith(f"{path.name}: "), message
    assert "\n" not in message and "\r" not in message and "Traceback" not in message, message
    assert len(message) <= MAX_MESSAGE, f"{len(message)} characters: {message[:200]}"
    return message


def planned(path: Path, dataset, **kwargs) -> ImportPlan:
    """The plan for ``path``, every refusal and conversion line checked: one line, short, naming the file."""
    plan = tabular_io.plan_import(path, dataset, **kwargs)
    for line in plan.refused + [str(c) for c in plan.conversions]:
        assert line.startswith(f"{path.name} ") or line.startswith(f"{path.name}, ") or \
            line.startswith(f"{path.name}: "), line
        assert "\n" not in line and "\r" not in line and len(line) <= MAX_MESSAGE, line[:200]
    assert "\n" not in plan.format_label() and len(plan.format_label()) <= MAX_MESSAGE
    return plan


# ----- CSV files ------------------------------------------------------------------------------------------

def csv_text(*rows: list[str], header: list[str] = HEADER) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def note_row(note: str, period: str = "2022") -> list[str]:
    return ["chengdu_goods_exports", "CD", period, "500.51", note]


def note_file(note: str, encoding: str) -> bytes:
    return csv_text(note_row(note)).encode(encoding)


def misread(text: str, wrong: str) -> str:
    """UTF-8 text as a program that opened it as ``wrong`` shows it (and would save it again)."""
    return text.encode("utf-8").decode(wrong)


@dataclass(frozen=True)
class CsvCase:
    id: str
    data: bytes
    fragment: str = ""                                  # refused: the sentence contains this
    check: Optional[Callable[[ImportPlan], None]] = None   # read: the plan passes this
    encoding: Optional[str] = None
    name: str = "in.csv"


def note_is(expected: str) -> Callable[[ImportPlan], None]:
    def check(plan: ImportPlan) -> None:
        assert plan.refused == []
        assert [c.new.note for c in plan.changes] == [expected]
    return check


def row_refused(column: str, fragment: str) -> Callable[[ImportPlan], None]:
    def check(plan: ImportPlan) -> None:
        assert [r.column for r in plan.refusals] == [column], plan.refused
        assert fragment in plan.refused[0], plan.refused[0]
        assert len(plan.refused[0]) < 300, plan.refused[0]
    return check


def converted(column: str, fragment: str, note: Optional[str] = None) -> Callable[[ImportPlan], None]:
    def check(plan: ImportPlan) -> None:
        assert plan.refused == []
        lines = [str(c) for c in plan.conversions if c.column == column]
        assert any(fragment in line for line in lines), [str(c) for c in plan.conversions]
        if note is not None:
            assert [c.new.note for c in plan.changes] == [note]
    return check


LATIN = "Zürich München Straße"
SJIS = "東京都の統計データ、前年比増加"
CHINESE = "成都海关统计，四川自贸试验区累计新设企业"
GB18030_ONLY = "成都海关统计数据👍 𠀀 新设企业"       # four-byte GB18030 forms: an emoji and CJK Extension B
PLAIN = csv_text(note_row("ok")).encode()

ENCODING_CASES = [
    # text in another encoding, read as GB18030 without failing: refused, asking for the encoding
    CsvCase("latin1-read-as-gb18030", note_file(LATIN, "latin-1"), "choose the file's encoding"),
    CsvCase("latin1-names-the-line", note_file(LATIN, "latin-1"), "on line 2"),
    CsvCase("latin1-accents-everywhere", note_file("Ærøskøbing Øresund Åland façades", "latin-1"),
            "probably in another encoding"),
    CsvCase("cp1252-words", note_file("Qualität für Bürger", "cp1252"), "choose the file's encoding"),
    CsvCase("shift-jis-kanji-and-kana", note_file(SJIS, "shift_jis"), "such as Latin-1 or Shift-JIS"),
    CsvCase("shift-jis-katakana", note_file("データベース", "shift_jis"), "choose the file's encoding"),
    CsvCase("shift-jis-kanji-only", note_file("東京都統計局", "shift_jis"), "choose the file's encoding"),
    CsvCase("shift-jis-in-the-id-column",
            csv_text(["統計", "CD", "2022", "1", ""]).encode("shift_jis"), "choose the file's encoding"),
    # bytes GB18030 cannot decode at all
    CsvCase("latin1-accent-before-a-comma", note_file("café", "latin-1"), "neither UTF-8 nor GB18030"),
    CsvCase("cp1252-quotes", note_file("“quoted”", "cp1252"), "neither UTF-8 nor GB18030"),
    CsvCase("lone-0x80", PLAIN.replace(b"ok", b"o\x80k"), "neither UTF-8 nor GB18030"),
    CsvCase("truncated-four-byte-form", PLAIN.replace(b"ok", b"ok\x95\x32"), "neither UTF-8 nor GB18030"),
    # UTF-8 that was misread once and saved again
    CsvCase("utf8-misread-as-gbk-and-saved",
            note_file(misread("成都海关", "gbk") + " " + misread("四川省自贸区", "gbk"), "utf-8"),
            "garbled characters"),
    CsvCase("utf8-misread-as-cp1252-and-saved", note_file("é¦™æ¸¯ ZÃ¼rich æˆéƒ½", "utf-8"), "garbled characters"),
    CsvCase("utf8-misread-as-latin1-and-saved", note_file(misread("四川省自贸区", "latin-1"), "utf-8"),
            "garbled characters"),
    # valid text that must be read as it is
    CsvCase("gbk-chinese", note_file(CHINESE, "gbk"), check=note_is(CHINESE)),
    CsvCase("gb18030-emoji-and-extension-b", note_file(GB18030_ONLY, "gb18030"), check=note_is(GB18030_ONLY)),
    CsvCase("gb18030-only-an-emoji", note_file("修订👍", "gb18030"), check=note_is("修订👍")),
    CsvCase("gb18030-only-extension-b", note_file("𠀀𠀁", "gb18030"), check=note_is("𠀀𠀁")),
    CsvCase("gbk-rare-names-among-common", note_file("王喆、李堃提供的郫都区、邛崃市数据", "gbk"),
            check=note_is("王喆、李堃提供的郫都区、邛崃市数据")),
    CsvCase("gbk-statistics-symbols", note_file("面积约120㎡，二〇二二年，增长12.5‰", "gbk"),
            check=note_is("面积约120㎡，二〇二二年，增长12.5‰")),
    CsvCase("utf8-latin-accents", note_file(LATIN, "utf-8"), check=note_is(LATIN)),
    CsvCase("utf8-chinese", note_file(CHINESE, "utf-8"), check=note_is(CHINESE)),
    CsvCase("utf8-bom-japanese", note_file(SJIS, "utf-8-sig"), check=note_is(SJIS)),
    # an encoding named by the caller always wins
    CsvCase("latin1-named", note_file(LATIN, "latin-1"), check=note_is(LATIN), encoding="latin-1"),
    CsvCase("shift-jis-named", note_file(SJIS, "shift_jis"), check=note_is(SJIS), encoding="shift_jis"),
    CsvCase("cp1252-named", note_file("“quoted” – ok", "cp1252"), check=note_is("“quoted” – ok"),
            encoding="cp1252"),
    CsvCase("gb18030-named-on-shift-jis", note_file("東京", "shift_jis"),
            check=note_is(b"\x93\x8c\x8b\x9e".decode("gb18030")), encoding="gb18030"),
    CsvCase("utf8-named-on-mojibake", note_file("é¦™æ¸¯ ZÃ¼rich", "utf-8"), check=note_is("é¦™æ¸¯ ZÃ¼rich"),
            encoding="utf-8"),
    CsvCase("big5-named", note_file("臺灣統計", "big5"), check=note_is("臺灣統計"), encoding="big5"),
    # encodings that are not text encodings, or not valid for the bytes
    CsvCase("rot13", PLAIN, "'rot13' is not a text encoding", encoding="rot13"),
    CsvCase("hex", PLAIN, "'hex' is not a text encoding", encoding="hex"),
    CsvCase("base64", PLAIN, "'base64' is not a text encoding", encoding="base64"),
    CsvCase("zlib", PLAIN, "'zlib' is not a text encoding", encoding="zlib"),
    CsvCase("klingon", PLAIN, "'klingon' is not a text encoding", encoding="klingon"),
    CsvCase("nul-in-the-name", PLAIN, "'utf[U+0000]8' is not a text encoding", encoding="utf\x008"),
    CsvCase("huge-name", PLAIN, "(100,000 characters) is not a text encoding", encoding="x" * BIG),
    CsvCase("idna-on-chinese", note_file(CHINESE, "utf-8"), "is not valid idna text", encoding="idna"),
    CsvCase("ascii-on-chinese", note_file(CHINESE, "utf-8"), "line 2 is not valid ascii text", encoding="ascii"),
    CsvCase("utf16-on-odd-bytes", PLAIN + b"x" * (1 - len(PLAIN) % 2), "is not valid utf-16 text",
            encoding="utf-16"),
]


@pytest.mark.parametrize("case", ENCODING_CASES, ids=[c.id for c in ENCODING_CASES])
def test_encodings(tmp_path, dataset, case):
    path = tmp_path / case.name
    path.write_bytes(case.data)
    if case.check is None:
        # EncodingRefused: the caller can offer the choice of encoding and plan again
        assert case.fragment in refused(path, dataset, EncodingRefused, encoding=case.encoding)
    else:
        case.check(planned(path, dataset, encoding=case.encoding))


def test_the_plan_reports_the_encoding_it_was_given(tmp_path, dataset):
    path = tmp_path / "latin.csv"
    path.write_bytes(note_file(LATIN, "latin-1"))
    plan = planned(path, dataset, encoding="latin-1")
    assert plan.encoding == "latin-1" and plan.format_label() == "CSV, Latin-1, comma-separated"


def ignored_column_is_cut(plan: ImportPlan) -> None:
    assert [name[:40] for name in plan.ignored_columns] == ["x" * 40]
    assert plan.ignored_columns[0].endswith("… (100,000 characters)")


HUGE = "x" * BIG
CELL_CASES = [
    # huge cells: the refusal quotes about 40 characters and says how long the cell was
    CsvCase("huge-indicator-id", csv_text([HUGE, "CD", "2022", "1", ""]).encode(),
            check=row_refused("indicator_id", "(100,000 characters)")),
    CsvCase("huge-geography", csv_text(["chengdu_goods_exports", HUGE, "2022", "1", ""]).encode(),
            check=row_refused("geography", "xxxxxxxx")),
    CsvCase("huge-period", csv_text(["chengdu_goods_exports", "CD", HUGE, "1", ""]).encode(),
            check=row_refused("period", "xxxxxxxx")),
    CsvCase("huge-value", csv_text(["chengdu_goods_exports", "CD", "2022", "9" * BIG, ""]).encode(),
            check=row_refused("value", "9999")),
    CsvCase("huge-status", csv_text(["chengdu_goods_exports", "CD", "2022", "1", HUGE],
                                    header=HEADER[:4] + ["status"]).encode(),
            check=row_refused("status", "xxxxxxxx")),
    CsvCase("huge-source", csv_text(["chengdu_goods_exports", "CD", "2022", "1", HUGE],
                                    header=HEADER[:4] + ["source_id"]).encode(),
            check=row_refused("source_id", "xxxxxxxx")),
    CsvCase("huge-unit", csv_text(["chengdu_goods_exports", "CD", "2022", "1", HUGE],
                                  header=HEADER[:4] + ["unit"]).encode(),
            check=row_refused("unit", "xxxxxxxx")),
    CsvCase("huge-qualifier", csv_text(["chengdu_goods_exports", "CD", "2022", "1", HUGE],
                                       header=HEADER[:4] + ["qualifier"]).encode(),
            check=row_refused("qualifier", "xxxxxxxx")),
    CsvCase("huge-note", csv_text(note_row("n" * 20_000)).encode(), check=row_refused("note", "20,000 characters")),
    CsvCase("huge-header-cell", csv_text([], header=[HUGE, "b"]).encode(), "missing indicator_id"),
    CsvCase("huge-header-twice", csv_text([], header=HEADER[:4] + [HUGE, HUGE.upper()]).encode(), "twice"),
    CsvCase("many-unknown-header-cells", csv_text([], header=[f"c{i}" for i in range(60)]).encode(),
            "and 48 more"),
    CsvCase("huge-ignored-column", csv_text(note_row("x") + ["y"], header=HEADER + [HUGE]).encode(),
            check=lambda plan: ignored_column_is_cut(plan)),
    # control characters and line breaks in ids: refused, shown visibly on one line
    CsvCase("bell-in-indicator-id", csv_text(["chengdu_goods_exports\x07", "CD", "2022", "1", ""]).encode(),
            check=row_refused("indicator_id", "[U+0007]")),
    CsvCase("newline-in-indicator-id", csv_text(["chengdu\ngoods", "CD", "2022", "1", ""]).encode(),
            check=row_refused("indicator_id", "chengdu[U+000A]goods")),
    CsvCase("newline-in-geography", csv_text(["chengdu_goods_exports", "C\nD", "2022", "1", ""]).encode(),
            check=row_refused("geography", "C[U+000A]D")),
    CsvCase("cr-in-value", csv_text(["chengdu_goods_exports", "CD", "2022", "1\r2", ""]).encode(),
            check=row_refused("value", "'1")),
    CsvCase("nul-in-period", csv_text(["chengdu_goods_exports", "CD", "20\x0022", "1", ""]).encode(),
            "this is a binary file, not CSV text"),
    # numbers and periods that broke the parsers
    CsvCase("exponent-overflow", csv_text(["chengdu_goods_exports", "CD", "2022", "1e99999999", ""]).encode(),
            check=row_refused("value", "1e99999999")),
    CsvCase("exponent-overflow-with-wan",
            csv_text(["chengdu_goods_exports", "CD", "2022", "1e999999999999999999万", ""]).encode(),
            check=row_refused("value", "1e999999999999999999万")),
    CsvCase("arabic-indic-period", csv_text(["chengdu_goods_exports", "CD", "٢٠٢٢", "1", ""]).encode(),
            check=row_refused("period", "type the period with 0-9")),
    CsvCase("devanagari-period", csv_text(["chengdu_goods_exports", "CD", "२०२२", "1", ""]).encode(),
            check=row_refused("period", "type the period with 0-9")),
    CsvCase("full-width-period", csv_text(["chengdu_goods_exports", "CD", "２０２２", "510", ""]).encode(),
            check=converted("period", "'２０２２' was read as 2022")),
]


@pytest.mark.parametrize("case", CELL_CASES, ids=[c.id for c in CELL_CASES])
def test_cells(tmp_path, dataset, case):
    path = tmp_path / case.name
    path.write_bytes(case.data)
    if case.check is None:
        assert case.fragment in refused(path, dataset)
    else:
        case.check(planned(path, dataset))


NOTE_CASES = [
    # (id, note in the file, stored note, what the conversion line says)
    ("apostrophe-equals", "'=1+1", "=1+1", "the apostrophe in front of '='"),
    ("apostrophe-plus", "'+86 28", "+86 28", "the apostrophe in front of '+'"),
    ("apostrophe-minus", "'-5 is negative", "-5 is negative", "the apostrophe in front of '-'"),
    ("apostrophe-at", "'@SUM(A1)", "@SUM(A1)", "the apostrophe in front of '@'"),
    ("apostrophe-full-width-equals", "'＝全角", "＝全角", "the apostrophe in front of '＝'"),
    ("leading-and-trailing-spaces", "  spaced  ", "spaced", "removed the spaces at the start and end"),
    ("trailing-spaces", "修订   ", "修订", "removed the spaces at the end"),
    ("leading-tab-before-equals", "\t=cmd", "=cmd", "removed the tabs at the start"),
    ("leading-cr-before-equals", "\r=cmd", "=cmd", "removed the line breaks at the start"),
    ("trailing-newline", "note\n", "note", "removed the line breaks at the end"),
    ("ideographic-spaces", "\u3000修订\u3000", "修订", "full-width spaces"),
    ("control-character", "a\x07b", "ab", "removed control characters U+0007"),
]


@pytest.mark.parametrize("note, stored, fragment", [c[1:] for c in NOTE_CASES], ids=[c[0] for c in NOTE_CASES])
def test_every_change_to_a_note_is_shown(tmp_path, dataset, note, stored, fragment):
    path = tmp_path / "notes.csv"
    path.write_bytes(note_file(note, "utf-8"))
    plan = planned(path, dataset)
    assert [c.new.note for c in plan.changes] == [stored]
    lines = [str(c) for c in plan.conversions]
    assert any(fragment in line and line.startswith("notes.csv row 2, column note: ") for line in lines), lines


def test_an_apostrophe_in_the_value_is_shown(tmp_path, dataset):
    path = tmp_path / "value.csv"
    path.write_text(csv_text(["chengdu_goods_exports", "CD", "2022", "'+510", ""]), encoding="utf-8")
    plan = planned(path, dataset)
    assert plan.changes[0].new.value == 510.0
    assert any("apostrophe in front of '+'" in str(c) for c in plan.conversions if c.column == "value")


@pytest.mark.parametrize("name, shown", [
    ("成都出口（修改过）", True),
    ("Chengdu exports, renamed", True),
    ("", False),
    (None, False),                   # the indicator's own name: nothing to say
])
def test_an_edited_indicator_name_is_said_to_be_ignored(tmp_path, dataset, name, shown):
    indicator = dataset.indicators["chengdu_goods_exports"]
    path = tmp_path / "named.csv"
    path.write_text(csv_text(["chengdu_goods_exports", indicator.name if name is None else name, "CD", "2022", "510"],
                             header=["indicator_id", "indicator_name", "geography", "period", "value"]),
                    encoding="utf-8")
    plan = planned(path, dataset)
    assert plan.changes[0].new.value == 510.0
    lines = [str(c) for c in plan.conversions if c.column == "indicator_name"]
    if shown:
        assert lines == [f"named.csv row 2, column indicator_name: '{name}' is not imported: the name comes from the "
                         f"indicator chengdu_goods_exports ('{indicator.name}'), not from the file"]
    else:
        assert lines == []


def test_ten_thousand_unknown_ids_make_a_short_refusal(tmp_path, dataset, store):
    path = tmp_path / "unknown.csv"
    path.write_text(csv_text(*[[f"no_such_indicator_{i}", "CD", "2022", "1", ""] for i in range(10_000)]),
                    encoding="utf-8")
    plan = planned(path, dataset)
    assert len(plan.refusals) == 10_000
    with pytest.raises(ImportRefused) as info:
        tabular_io.apply_import(plan, store)
    message = user_message(info.value)
    assert message.startswith("unknown.csv: 10000 rows were refused (row 2, column indicator_id: unknown indicator "
                              "'no_such_indicator_0'; ")
    assert "and 9,997 more" in message and "\n" not in message and len(message) < MAX_MESSAGE


def test_a_huge_id_makes_a_short_refusal_when_applied(tmp_path, dataset, store):
    path = tmp_path / "huge.csv"
    path.write_text(csv_text([HUGE, "CD", "2022", "1", ""]), encoding="utf-8")
    with pytest.raises(ImportRefused) as info:
        tabular_io.apply_import(planned(path, dataset), store)
    message = user_message(info.value)
    assert "(100,000 characters)" in message and len(message) < MAX_MESSAGE


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs or /dev on Windows")
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_files_that_are_not_files(tmp_path, dataset, kind):
    path = tmp_path / "odd.csv"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    assert "is not a file but a device or pipe" in refused(path, dataset)


def test_a_nul_in_the_path_is_refused(tmp_path, dataset):
    with pytest.raises(ImportRefused, match=r"the file name is not valid") as info:
        tabular_io.plan_import(tmp_path / "a\x00b.csv", dataset)
    assert "\x00" not in str(info.value)


# ----- XLSX files -----------------------------------------------------------------------------------------

def _cell(ref: str, value: object) -> str:
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = str(value)
    if text.startswith("s:"):                # a shared string by index
        return f'<c r="{ref}" t="s"><v>{text[2:]}</v></c>'
    if text.startswith("raw:"):              # the cell's XML as given
        return text[4:].replace("REF", ref)
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def sheet_xml(rows: list[list[object]]) -> str:
    letters = "ABCDEFGHIJKLMNOP"
    body = "".join(f'<row r="{r}">' + "".join(_cell(f"{letters[c]}{r}", v) for c, v in enumerate(row)) + "</row>"
                   for r, row in enumerate(rows, start=1))
    return f'<worksheet xmlns="{MAIN_NS}"><sheetData>{body}</sheetData></worksheet>'


GOOD_ROWS: list[list[object]] = [HEADER, ["chengdu_goods_exports", "CD", "2022", 510, "ok"]]


def hand_made(path: Path, sheets: Optional[list[tuple[str, str, object]]] = None, shared: Optional[list[str]] = None,
              compression: int = zipfile.ZIP_DEFLATED, replace: Optional[dict[str, Optional[str]]] = None) -> Path:
    """A workbook written part by part: ``sheets`` as (title, state, rows or the sheet XML itself)."""
    sheets = sheets or [("observations", "visible", GOOD_ROWS)]
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxml'
                        'formats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(sheets) + 1))
    sst = "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in shared or [])
    parts: dict[str, Optional[str]] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            f'main+xml"/>{overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/'
                        'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
                            + "".join(f'<sheet name="{title}" sheetId="{i}" state="{state}" r:id="rId{i}"/>'
                                      for i, (title, state, _) in enumerate(sheets, start=1))
                            + "</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG_REL_NS}">'
            + "".join(f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(sheets) + 1))
            + f'<Relationship Id="rId999" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>'),
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN_NS}">{sst}</sst>',
        **{f"xl/worksheets/sheet{i}.xml": rows if isinstance(rows, str) else sheet_xml(rows)
           for i, (_, _, rows) in enumerate(sheets, start=1)},
    }
    parts.update(replace or {})
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, text in parts.items():
            if text is not None:
                archive.writestr(name, text)
    return path


def _data_span(data: bytes, member: str) -> tuple[int, int]:
    """(start, length) of ``member``'s compressed bytes in the zip ``data``."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


def spoil_stream(member: str) -> Callable[[bytes], bytes]:
    """Garble the middle of ``member``'s compressed stream (a corrupt deflate, bzip2 or lzma stream)."""
    def spoil(data: bytes) -> bytes:
        start, length = _data_span(data, member)
        out = bytearray(data)
        for i in range(start + 2, start + max(3, length - 2)):
            out[i] ^= 0x5A
        return bytes(out)
    return spoil


def flip_one_byte(member: str, old: bytes, new: bytes) -> Callable[[bytes], bytes]:
    """Change stored bytes of ``member`` without fixing its CRC."""
    def spoil(data: bytes) -> bytes:
        start, length = _data_span(data, member)
        body = data[start:start + length]
        assert old in body and len(old) == len(new)
        return data[:start] + body.replace(old, new, 1) + data[start + length:]
    return spoil


def _headers(member: str, local: int, central: int, value: int) -> Callable[[bytes], bytes]:
    """Set the 16-bit field at ``local`` (local header) and ``central`` (directory entry) of ``member``."""
    def spoil(data: bytes) -> bytes:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(member)
        out = bytearray(data)
        struct.pack_into("<H", out, info.header_offset + local, value)
        pos = out.find(b"PK\x01\x02")
        while pos != -1:
            name_len, = struct.unpack_from("<H", out, pos + 28)
            if out[pos + 46:pos + 46 + name_len].decode() == member:
                struct.pack_into("<H", out, pos + central, value)
            pos = out.find(b"PK\x01\x02", pos + 4)
        return bytes(out)
    return spoil


def compression_method(member: str, method: int) -> Callable[[bytes], bytes]:
    """Claim an unknown compression method for ``member``."""
    return _headers(member, 8, 10, method)


def encrypted(member: str) -> Callable[[bytes], bytes]:
    """Set ``member``'s "encrypted" flag."""
    return _headers(member, 6, 8, 0x1)


def cut(fraction: float) -> Callable[[bytes], bytes]:
    return lambda data: data[:int(len(data) * fraction)]


@dataclass(frozen=True)
class XlsxCase:
    id: str
    build: Callable[[Path], Path]
    fragment: str = ""
    spoil: Optional[Callable[[bytes], bytes]] = None
    check: Optional[Callable[[ImportPlan], None]] = None
    kwargs: dict[str, object] = field(default_factory=dict)


def book(**kwargs: object) -> Callable[[Path], Path]:
    return lambda path: hand_made(path, **kwargs)


def value_is(value: float) -> Callable[[ImportPlan], None]:
    def check(plan: ImportPlan) -> None:
        assert plan.refused == [] and [c.new.value for c in plan.changes] == [value]
    return check


def sheet_is(title: str, note: str = "") -> Callable[[ImportPlan], None]:
    def check(plan: ImportPlan) -> None:
        assert plan.sheet == title and plan.sheet_note == note, (plan.sheet, plan.sheet_note)
        assert plan.format_label() == f"Excel workbook, sheet '{title}'" + (f"; {note}" if note else "")
    return check


def rows_with(value: float) -> list[list[object]]:
    return [HEADER, ["chengdu_goods_exports", "CD", "2022", value, ""]]


NOT_A_TABLE: list[list[object]] = [["read me"], ["this sheet explains the data"]]
MANY_SHEETS = [(f"Sheet number {i:03d}", "visible", rows_with(float(i))) for i in range(60)]

XLSX_CASES = [
    # which sheet is read
    XlsxCase("hidden-observations-loses-to-the-visible-sheet",
             book(sheets=[("Data", "visible", rows_with(1.0)), ("observations", "hidden", rows_with(2.0))]),
             check=lambda plan: (value_is(1.0)(plan), sheet_is("Data", "other sheets not read: observations "
                                                                       "(hidden)")(plan))),
    XlsxCase("very-hidden-observations-loses-too",
             book(sheets=[("observations", "veryHidden", rows_with(2.0)), ("Data", "visible", rows_with(1.0))]),
             check=value_is(1.0)),
    XlsxCase("visible-observations-is-read-and-the-others-named",
             book(sheets=[("Old", "visible", rows_with(1.0)), ("Observations", "visible", rows_with(2.0)),
                          ("Older", "hidden", rows_with(3.0))]),
             check=lambda plan: (value_is(2.0)(plan), sheet_is("Observations", "other sheets not read: Old, "
                                                                               "Older (hidden)")(plan))),
    XlsxCase("the-only-visible-table-among-notes",
             book(sheets=[("Read me", "visible", NOT_A_TABLE), ("Data", "visible", rows_with(4.0))]),
             check=lambda plan: (value_is(4.0)(plan), sheet_is("Data", "other sheets not read: Read me")(plan))),
    XlsxCase("two-visible-tables", book(sheets=[("A", "visible", rows_with(1.0)), ("B", "visible", rows_with(2.0))]),
             "the workbook has 2 sheets (A, B); 2 of them have the observation columns (A, B)"),
    XlsxCase("no-visible-table", book(sheets=[("A", "visible", NOT_A_TABLE), ("B", "visible", NOT_A_TABLE)]),
             "none has the columns indicator_id, geography, period, value in row 1"),
    XlsxCase("only-hidden-sheets", book(sheets=[("observations", "hidden", rows_with(1.0))]),
             "no visible worksheet (only hidden ones: observations)"),
    XlsxCase("sixty-visible-tables", book(sheets=MANY_SHEETS), "and 55 more); 60 of them have the observation columns"),
    XlsxCase("a-hidden-sheet-chosen-by-name",
             book(sheets=[("Data", "visible", rows_with(1.0)), ("Old", "hidden", rows_with(2.0))]),
             check=value_is(2.0), kwargs={"sheet": "Old"}),
    XlsxCase("an-unknown-sheet-among-sixty", book(sheets=MANY_SHEETS), "Sheet number 009 and 50 more)",
             kwargs={"sheet": "nope"}),
    XlsxCase("a-huge-sheet-name-asked-for", book(), "(100,000 characters)", kwargs={"sheet": "y" * BIG}),
    # damaged containers and compressed streams
    XlsxCase("corrupt-deflate-in-the-sheet", book(), "damaged", spoil=spoil_stream("xl/worksheets/sheet1.xml")),
    XlsxCase("corrupt-deflate-in-shared-strings", book(shared=["x" * 3000]), "damaged",
             spoil=spoil_stream("xl/sharedStrings.xml")),
    XlsxCase("corrupt-deflate-in-the-workbook-part", book(), "damaged", spoil=spoil_stream("xl/workbook.xml")),
    XlsxCase("corrupt-deflate-in-content-types", book(), "damaged", spoil=spoil_stream("[Content_Types].xml")),
    XlsxCase("corrupt-bzip2-stream", book(compression=zipfile.ZIP_BZIP2), "damaged",
             spoil=spoil_stream("xl/worksheets/sheet1.xml")),
    XlsxCase("corrupt-lzma-stream", book(compression=zipfile.ZIP_LZMA), "damaged",
             spoil=spoil_stream("xl/worksheets/sheet1.xml")),
    XlsxCase("bad-crc", book(compression=zipfile.ZIP_STORED), "damaged",
             spoil=flip_one_byte("xl/worksheets/sheet1.xml", b"510", b"610")),
    XlsxCase("unknown-compression-method", book(), "damaged",
             spoil=compression_method("xl/worksheets/sheet1.xml", 99)),
    XlsxCase("cut-at-a-quarter", book(), "damaged", spoil=cut(0.25)),
    XlsxCase("cut-at-nine-tenths", book(), "damaged", spoil=cut(0.9)),
    XlsxCase("cut-before-the-end-record", book(), "damaged", spoil=lambda data: data[:-10]),
    XlsxCase("garbage-central-directory", book(), "damaged",
             spoil=lambda data: data[:data.find(b"PK\x01\x02")] + b"\x00" * 200 + data[data.find(b"PK\x05\x06"):]),
    # parts that are missing or not well-formed XML
    XlsxCase("no-content-types", book(replace={"[Content_Types].xml": None}), "in.xlsx: the workbook"),
    XlsxCase("sheet-part-missing", book(replace={"xl/worksheets/sheet1.xml": None}), "in.xlsx: the workbook"),
    XlsxCase("sheet-xml-not-well-formed", book(replace={"xl/worksheets/sheet1.xml": "<worksheet><sheetData><row>"}),
             "damaged"),
    XlsxCase("shared-strings-not-well-formed", book(replace={"xl/sharedStrings.xml": f'<sst xmlns="{MAIN_NS}"><si>'}),
             "damaged"),
    XlsxCase("workbook-xml-not-well-formed", book(replace={"xl/workbook.xml": "<workbook"}), "in.xlsx: the workbook"),
    XlsxCase("shared-string-index-out-of-range", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", 510, "s:99"]])]), "in.xlsx: the workbook"),
    XlsxCase("number-cell-holding-text", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", "raw:<c r=\"REF\"><v>abc</v></c>", ""]])]), "in.xlsx: the workbook"),
    XlsxCase("bool-cell-holding-text", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", "raw:<c r=\"REF\" t=\"b\"><v>maybe</v></c>", ""]])]),
             "in.xlsx: the workbook"),
    XlsxCase("bad-cell-reference", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", "raw:<c r=\"??\"><v>1</v></c>", ""]])]), "in.xlsx: the workbook"),
    XlsxCase("deep-nesting", book(sheets=[("observations", "visible", sheet_xml(GOOD_ROWS).replace(
        "</sheetData>", "</sheetData>" + "<a>" * 50_000 + "</a>" * 50_000))]), check=value_is(510.0)),
    XlsxCase("dtd-in-a-drawing", book(replace={"xl/drawings/vmlDrawing1.vml": '<!DOCTYPE x [<!ENTITY a "b">]><xml/>'}),
             "declares XML entities"),
    XlsxCase("encrypted-member", book(), "protected with a password", spoil=encrypted("xl/worksheets/sheet1.xml")),
    XlsxCase("too-many-members", book(replace={f"x/{i}": "" for i in range(60)}), "holds 66 parts",
             kwargs={"limits": ImportLimits(max_members=20)}),
    XlsxCase("huge-member-name", book(replace={"xl/" + "n" * 5000 + ".xml": '<!DOCTYPE x><x/>'}),
             "(5,007 characters)"),
    # OOXML escapes in text cells
    XlsxCase("inline-bell-in-the-note", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", 510, "a_x0007_b"]])]),
             check=lambda plan: (note_is("ab")(plan), converted("note", "removed control characters U+0007")(plan))),
    XlsxCase("escaped-underscore-stays-text", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", 510, "a_x005F_x0007_b"]])]), check=note_is("a_x0007_b")),
    XlsxCase("shared-carriage-return", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", 510, "s:0"]])], shared=["line 1_x000D_\nline 2"]),
             check=note_is("line 1\r\nline 2")),
    XlsxCase("shared-escaped-underscore", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", 510, "s:0"]])], shared=["keep _x005F_x0041_ as typed"]),
             check=note_is("keep _x0041_ as typed")),
    XlsxCase("shared-bell-in-the-note", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", 510, "s:0"]])], shared=["x_x0007_y"]),
             check=lambda plan: (note_is("xy")(plan), converted("note", "U+0007")(plan))),
    XlsxCase("lower-case-hex-escape", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", 510, "tab_x0009_here"]])]), check=note_is("tab\there")),
    XlsxCase("lone-surrogate-escape", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", 510, "a_xD800_b"]])]),
             check=lambda plan: (note_is("ab")(plan), converted("note", "U+D800")(plan))),
    XlsxCase("bell-in-the-indicator-id", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports_x0007_", "CD", "2022", 510, ""]])]),
             check=row_refused("indicator_id", "chengdu_goods_exports[U+0007]")),
    XlsxCase("newline-in-the-geography", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "C_x000A_D", "2022", 510, ""]])]), check=row_refused("geography", "C[U+000A]D")),
    XlsxCase("escaped-header", book(sheets=[("observations", "visible", [
        ["indicator_x005F_id", "geography", "period", "value"], ["chengdu_goods_exports", "CD", "2022", 510]])]),
             check=value_is(510.0)),
    XlsxCase("escaped-error-code", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "CD", "2022", "#N_x002F_A", ""]])]), check=row_refused("value", "#N/A")),
    # huge cells
    XlsxCase("huge-inline-indicator-id", book(sheets=[("observations", "visible", [HEADER, [
        "z" * BIG, "CD", "2022", 510, ""]])]), check=row_refused("indicator_id", "(100,000 characters)")),
    XlsxCase("huge-shared-geography", book(sheets=[("observations", "visible", [HEADER, [
        "chengdu_goods_exports", "s:0", "2022", 510, ""]])], shared=["g" * BIG]),
             check=row_refused("geography", "(100,000 characters)")),
    XlsxCase("huge-header-cell", book(sheets=[("observations", "visible", [["h" * BIG, "b"], ["x", "y"]])]),
             "missing indicator_id"),
    XlsxCase("huge-sheet-name-empty-sheet", book(sheets=[("s" * 200, "visible", [])]), "characters) is empty"),
]


@pytest.mark.parametrize("case", XLSX_CASES, ids=[c.id for c in XLSX_CASES])
def test_workbooks(tmp_path, dataset, case):
    path = case.build(tmp_path / "in.xlsx")
    if case.spoil is not None:
        path.write_bytes(case.spoil(path.read_bytes()))
    if case.check is None:
        assert case.fragment in refused(path, dataset, **case.kwargs)
    else:
        case.check(planned(path, dataset, **case.kwargs))


def test_openpyxl_workbooks_with_hidden_sheets(tmp_path, dataset):
    """The same rules for a workbook as Excel (here openpyxl) writes it, shared strings and all."""
    path = tmp_path / "made.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "observations"
    wb.active.append(HEADER)
    wb.active.append(["chengdu_goods_exports", "CD", "2022", 1.0, "hidden"])
    wb.active.sheet_state = "hidden"
    shown = wb.create_sheet("Data")
    shown.append(HEADER)
    shown.append(["chengdu_goods_exports", "CD", "2022", 2.0, "shown"])
    wb.active = 1
    wb.save(path)
    plan = planned(path, dataset)
    assert (plan.sheet, plan.changes[0].new.note) == ("Data", "shown")
    assert plan.sheet_note == "other sheets not read: observations (hidden)"


def test_openpyxl_is_not_reached_for_a_damaged_container(tmp_path, dataset, monkeypatch):
    path = hand_made(tmp_path / "in.xlsx")
    path.write_bytes(spoil_stream("xl/worksheets/sheet1.xml")(path.read_bytes()))

    def must_not_open(*args, **kwargs):
        raise AssertionError("the workbook must be refused before openpyxl opens it")

    monkeypatch.setattr(tabular_read_xlsx, "_open", must_not_open)
    assert "damaged" in refused(path, dataset)


@pytest.mark.parametrize("error", [KeyError("x"), IndexError("y"), RecursionError(), UnicodeError("z"),
                                   TypeError("t"), AttributeError("a")])
def test_an_unforeseen_error_is_still_one_sentence(tmp_path, dataset, monkeypatch, error):
    """The net under every rule: a failure no rule foresaw still names the file, in one line."""
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(tabular_io, "build_plan", fail)
    path = tmp_path / "any.csv"
    path.write_bytes(PLAIN)
    assert f"the file cannot be read ({type(error).__name__})" in refused(path, dataset)


def test_memory_errors_and_cancelling_pass_through(tmp_path, dataset, monkeypatch):
    path = tmp_path / "any.csv"
    path.write_bytes(PLAIN)

    def fail(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(tabular_io, "build_plan", fail)
    with pytest.raises(MemoryError):
        tabular_io.plan_import(path, dataset)
