"""XLSX export and import: numbers stay numbers, text never becomes a formula, odd cells are refused,
and zip and XML bombs are refused before openpyxl parses them."""
from __future__ import annotations

import datetime as dt
import re
import struct
import time
import zipfile
from dataclasses import replace

import openpyxl
import pytest

from ftz_desktop.core.study.shipped import load_shipped_dataset
from ftz_desktop.core.tabular import import_export as tabular_io
from ftz_desktop.core.tabular import read_xlsx as tabular_read_xlsx
from ftz_desktop.core.tabular.import_export import ImportLimits, ImportRefused
from helpers.provenance import staff_sourced

HEADER = ["indicator_id", "geography", "period", "value", "qualifier", "status", "source_id", "note"]
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


@pytest.fixture(scope="module")
def dataset():
    return staff_sourced(load_shipped_dataset())


def workbook(path, rows, header=HEADER, title="observations"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _cell_xml(ref: str, value) -> str:
    if isinstance(value, tuple):            # ("f", formula, cached or None)
        _, formula, cached = value
        v = "" if cached is None else f"<v>{cached}</v>"
        return f'<c r="{ref}"><f>{formula}</f>{v}</c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if value.startswith("s:"):              # a shared string index
        return f'<c r="{ref}" t="s"><v>{value[2:]}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def minimal_xlsx(path, rows, shared_strings=None, sheet_prolog="", extra=None):
    """A workbook written by hand, for cells openpyxl cannot write (cached formula results, DTDs)."""
    letters = "ABCDEFGHIJKLMNOP"
    body = "".join(f'<row r="{r}">' + "".join(_cell_xml(f"{letters[c]}{r}", v) for c, v in enumerate(row))
                   + "</row>" for r, row in enumerate(rows, start=1))
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>'),
        "_rels/.rels": (f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/'
                        'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets><sheet name="observations" '
                            'sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/worksheet" '
            f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL_NS}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": (f'{sheet_prolog}<worksheet xmlns="{MAIN_NS}"><sheetData>{body}</sheetData>'
                                     '</worksheet>'),
        "xl/sharedStrings.xml": shared_strings or f'<sst xmlns="{MAIN_NS}" count="0" uniqueCount="0"/>',
        **(extra or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


# --- export ------------------------------------------------------------------------------------

def test_xlsx_export_keeps_numbers_numeric_and_text_never_a_formula(tmp_path, dataset):
    obs = dataset.observations
    edited = replace(dataset, observations=[replace(obs[0], note="=1+1"), replace(obs[1], note="+cmd|' /C calc'!A0"),
                                            replace(obs[2], value=-5.0, note="-5"), *obs[3:]])
    path = tmp_path / "out.xlsx"
    assert tabular_io.export_observations(edited, path) == len(obs)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    wb = openpyxl.load_workbook(path)
    ws = wb["observations"]
    assert [c.value for c in ws[1]] == list(tabular_io.COLUMNS)
    assert ws.freeze_panes == "A2"
    assert all(c.font.b for c in ws[1])
    note, value = ws.cell(row=2, column=10), ws.cell(row=2, column=6)
    assert (note.value, note.data_type) == ("=1+1", "s")
    assert (value.value, value.data_type) == (153.53, "n")
    negative = ws.cell(row=4, column=6)
    assert (negative.value, negative.data_type) == (-5, "n")
    assert ws.cell(row=4, column=10).data_type == "s"
    assert 8 <= ws.column_dimensions["B"].width <= 60
    wb.close()
    plan = tabular_io.plan_import(path, edited)
    assert plan.refused == [] and plan.changes == [] and len(plan.unchanged) == len(obs)


def test_xlsx_export_shows_control_characters_instead_of_failing(tmp_path, dataset):
    obs = dataset.observations
    edited = replace(dataset, observations=[replace(obs[0], note="a\x0bb"), *obs[1:]])
    path = tmp_path / "ctl.xlsx"
    tabular_io.export_observations(edited, path)
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb["observations"].cell(row=2, column=10).value == "a[U+000B]b"
    wb.close()


# --- import: cells -----------------------------------------------------------------------------

def test_xlsx_cells_as_excel_types_them(tmp_path, dataset):
    rows = [
        ["chengdu_goods_exports", "CD", 2022, 510, None, "E", "staff-figures", "修订"],  # int period, value
        ["chengdu_goods_imports", "CD", "2022", "334.13", None, "A", "staff-figures", None],     # text value
        ["ftz_new_enterprises_cumulative", "SC-FTZ", "2023", "23万", None, "A", "staff-figures",
         "Cumulative over the six years since 2017"],
    ]
    plan = tabular_io.plan_import(workbook(tmp_path / "types.xlsx", rows), dataset)
    assert plan.refused == []
    assert plan.sheet == "observations" and plan.encoding == ""
    assert [c.fields for c in plan.changes] == [{"value": (500.51, 510.0), "status": ("A", "E"),
                                                 "note": ("", "修订")}]
    assert plan.unchanged == [3, 4]
    assert [str(c) for c in plan.conversions] == ["types.xlsx row 4, column value: '23万' was read as 230000"]


def test_xlsx_cells_that_are_refused(tmp_path, dataset):
    rows = [
        ["chengdu_goods_exports", "CD", dt.datetime(2022, 4, 1), 1, None, "A", "staff-figures", None],
        ["chengdu_goods_exports", "CD", "2022", "#N/A", None, "A", "staff-figures", None],
        ["chengdu_goods_imports", "CD", "2022", True, None, "A", "staff-figures", None],
        ["chengdu_goods_imports", "CD", "2017", dt.datetime(2022, 1, 1), None, "A", "staff-figures", None],
        ["chengdu_goods_imports", "CD", "2018", "=1+1", None, "A", "staff-figures", None],
    ]
    plan = tabular_io.plan_import(workbook(tmp_path / "odd.xlsx", rows), dataset)
    assert [(r.row, r.column) for r in plan.refusals] == [(2, "period"), (3, "value"), (4, "value"), (5, "value"),
                                                          (6, "value")]
    assert "Excel turns '2022-04' into a date" in plan.refused[0]
    assert "holds the Excel error #N/A" in plan.refused[1]
    assert "yes/no value" in plan.refused[2]
    assert "is a date cell" in plan.refused[3]
    assert "the formula =1+1 has no saved result" in plan.refused[4]


def test_xlsx_time_cells_in_the_note(tmp_path, dataset):
    # A time of day reads as its text; a duration (a [h]:mm cell) is refused rather than crashing the import.
    rows = [
        ["chengdu_goods_exports", "CD", "2022", 500.51, None, "A", "staff-figures", dt.time(12, 30)],
        ["chengdu_goods_imports", "CD", "2022", 334.13, None, "A", "staff-figures", dt.timedelta(hours=30)],
    ]
    plan = tabular_io.plan_import(workbook(tmp_path / "times.xlsx", rows), dataset)
    assert [str(c) for c in plan.conversions] == [
        "times.xlsx row 2, column note: the date cell was read as the text '12:30:00'"]
    assert plan.refused == ["times.xlsx row 3, column note: is a date cell (1 day, 6:00:00); type text"]


def test_formula_with_a_saved_result_imports_its_value(tmp_path, dataset):
    rows = [HEADER[:4] + ["source_id"],
            ["chengdu_goods_exports", "CD", "2022", ("f", "500+10", 510), "staff-figures"]]
    plan = tabular_io.plan_import(minimal_xlsx(tmp_path / "f.xlsx", rows), dataset)
    assert plan.refused == []
    assert plan.changes[0].fields == {"value": (500.51, 510.0)}


def test_excel_float_noise_is_read_as_excel_shows_it(tmp_path, dataset):
    # Excel saves 17 significant digits (openpyxl writes 16, so the file is written by hand)
    rows = [HEADER[:4], ["chengdu_goods_exports", "CD", "2022", 0.1 + 0.2]]
    plan = tabular_io.plan_import(minimal_xlsx(tmp_path / "noise.xlsx", rows), dataset)
    assert plan.changes[0].new.value == 0.3
    assert [str(c) for c in plan.conversions] == [
        "noise.xlsx row 2, column value: 0.30000000000000004 was read as 0.3 (Excel's 15 significant digits)"]


def test_sheet_choice(tmp_path, dataset):
    path = tmp_path / "two.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "notes"
    wb.active.append(["not the table"])
    for title, value in (("A", 1.0), ("B", 2.0)):
        ws = wb.create_sheet(title)
        ws.append(HEADER)
        ws.append(["chengdu_goods_exports", "CD", "2022", value, None, "A", "staff-figures", None])
    wb.save(path)
    with pytest.raises(ImportRefused, match=r"two\.xlsx: the workbook has 3 sheets \(notes, A, B\)"):
        tabular_io.plan_import(path, dataset)
    plan = tabular_io.plan_import(path, dataset, sheet="B")
    assert plan.sheet == "B" and plan.changes[0].new.value == 2.0
    with pytest.raises(ImportRefused, match="no sheet named 'C'"):
        tabular_io.plan_import(path, dataset, sheet="C")
    wb["notes"].sheet_state = "hidden"
    wb["A"].sheet_state = "hidden"
    wb.save(path)
    assert tabular_io.plan_import(path, dataset).sheet == "B"     # the only visible one


def test_values_beyond_the_header_and_too_many_columns(tmp_path, dataset):
    rows = [["chengdu_goods_exports", "CD", "2022", 500.51, None, "A", "staff-figures", None, None, "stray"]]
    plan = tabular_io.plan_import(workbook(tmp_path / "stray.xlsx", rows), dataset)
    assert plan.refused == ["stray.xlsx row 2, column J: has a value but the column has no header"]
    wide = HEADER + [f"extra{i}" for i in range(70)]
    with pytest.raises(ImportRefused, match=r"wide\.xlsx: the header has more than 64 columns"):
        tabular_io.plan_import(workbook(tmp_path / "wide.xlsx", [], header=wide), dataset)
    row = ["chengdu_goods_exports", "CD", "2022", 500.51] + [None] * 70 + ["far away"]
    with pytest.raises(ImportRefused, match=r"far\.xlsx: row 2 has values beyond column 64"):
        tabular_io.plan_import(workbook(tmp_path / "far.xlsx", [row]), dataset)


def test_empty_and_header_only_workbooks(tmp_path, dataset):
    with pytest.raises(ImportRefused, match=r"header\.xlsx: the sheet 'observations' has a header but no data"):
        tabular_io.plan_import(workbook(tmp_path / "header.xlsx", []), dataset)
    with pytest.raises(ImportRefused, match=r"blank\.xlsx: the sheet 'observations' is empty"):
        tabular_io.plan_import(workbook(tmp_path / "blank.xlsx", [], header=[]), dataset)


# --- import: hostile and damaged files ---------------------------------------------------------

BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10))
                  + f']><sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>')


def _no_openpyxl(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl.load_workbook must not be reached")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    monkeypatch.setattr(tabular_read_xlsx, "_open", refuse)     # the import's way into openpyxl


def test_billion_laughs_in_shared_strings_is_refused_quickly(tmp_path, dataset, monkeypatch):
    rows = [HEADER[:4], ["s:0", "CD", "2022", 1]]
    path = minimal_xlsx(tmp_path / "laughs.xlsx", rows, shared_strings=BILLION_LAUGHS)
    _no_openpyxl(monkeypatch)
    started = time.perf_counter()
    with pytest.raises(ImportRefused, match=r"laughs\.xlsx: the workbook part xl/sharedStrings\.xml declares XML "
                                            r"entities"):
        tabular_io.plan_import(path, dataset)
    assert time.perf_counter() - started < 2.0


def test_openpyxl_refuses_entities_too(tmp_path, dataset, monkeypatch):
    # Second line of defence: with the container check switched off, defusedxml still refuses.
    assert openpyxl.DEFUSEDXML
    rows = [HEADER[:4], ["s:0", "CD", "2022", 1]]
    path = minimal_xlsx(tmp_path / "laughs.xlsx", rows, shared_strings=BILLION_LAUGHS)
    monkeypatch.setattr(tabular_read_xlsx, "check_xlsx_container", lambda path, limits: None)
    started = time.perf_counter()
    with pytest.raises(ImportRefused, match=r"laughs\.xlsx: the workbook declares XML entities \(EntitiesForbidden\)"):
        tabular_io.plan_import(path, dataset)
    assert time.perf_counter() - started < 2.0


def test_external_entity_is_refused(tmp_path, dataset, monkeypatch):
    prolog = '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    path = minimal_xlsx(tmp_path / "xxe.xlsx", [HEADER[:4], ["&xxe;", "CD", "2022", 1]], sheet_prolog=prolog)
    _no_openpyxl(monkeypatch)
    with pytest.raises(ImportRefused, match=r"xl/worksheets/sheet1\.xml declares XML entities"):
        tabular_io.plan_import(path, dataset)


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the central directory so ``member`` claims ``size`` uncompressed bytes."""
    out = bytearray(data)
    pos = out.find(b"PK\x01\x02")
    while pos != -1:
        name_len, = struct.unpack_from("<H", out, pos + 28)
        if out[pos + 46:pos + 46 + name_len].decode() == member:
            struct.pack_into("<I", out, pos + 24, size)
        pos = out.find(b"PK\x01\x02", pos + 4)
    return bytes(out)


def test_zip_bomb_by_declared_size_is_refused_before_openpyxl(tmp_path, dataset, monkeypatch):
    path = tmp_path / "declared.xlsx"
    tabular_io.export_observations(dataset, path)
    path.write_bytes(_declare_size(path.read_bytes(), "xl/worksheets/sheet1.xml", 3_000_000_000))
    _no_openpyxl(monkeypatch)
    with pytest.raises(ImportRefused, match=r"declared\.xlsx: the workbook would expand to more than 512\.0 MB"):
        tabular_io.plan_import(path, dataset)


def test_zip_bomb_by_ratio_is_refused_before_openpyxl(tmp_path, dataset, monkeypatch):
    path = minimal_xlsx(tmp_path / "ratio.xlsx", [HEADER[:4]],
                        extra={"xl/media/padding.xml": "<a>" + " " * (20 * 1024 * 1024) + "</a>"})
    assert path.stat().st_size < 1024 * 1024
    _no_openpyxl(monkeypatch)
    with pytest.raises(ImportRefused, match=r"ratio\.xlsx: the part xl/media/padding\.xml expands [\d,]+ times"):
        tabular_io.plan_import(path, dataset)


def test_budget_limits_are_parameters(tmp_path, dataset):
    path = tmp_path / "small.xlsx"
    tabular_io.export_observations(dataset, path)
    with pytest.raises(ImportRefused, match="would expand to more than"):
        tabular_io.plan_import(path, dataset, limits=ImportLimits(max_uncompressed=10_000))
    with pytest.raises(ImportRefused, match=r"more than 5 rows"):
        tabular_io.plan_import(path, dataset, limits=ImportLimits(max_rows=5))


@pytest.mark.parametrize("content, message", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64,
     "protected with a password"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "Workbook".encode("utf-16-le") + b"\x00" * 64,
     r"legacy Excel 97–2003 \(\.xls\)"),
    (b"PK\x03\x04" + b"\x00" * 40, "damaged or truncated"),
    (b"indicator_id,geography,period,value\r\n", r"not an \.xlsx workbook"),
])
def test_files_that_are_not_workbooks(tmp_path, dataset, monkeypatch, content, message):
    path = tmp_path / "book.xlsx"
    path.write_bytes(content)
    _no_openpyxl(monkeypatch)
    with pytest.raises(ImportRefused, match=r"book\.xlsx: .*" + message):
        tabular_io.plan_import(path, dataset)


def test_word_document_and_truncated_workbook(tmp_path, dataset):
    docx = tmp_path / "brief.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportRefused, match=r"brief\.xlsx: this is a Word document, not an Excel workbook"):
        tabular_io.plan_import(docx, dataset)
    whole = tmp_path / "whole.xlsx"
    tabular_io.export_observations(dataset, whole)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ImportRefused, match=r"cut\.xlsx: the workbook is damaged or truncated"):
        tabular_io.plan_import(cut, dataset)


def test_legacy_xls_extension_is_refused(tmp_path, dataset):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ImportRefused, match=r"old\.xls: legacy Excel"):
        tabular_io.plan_import(path, dataset)


def test_no_sheet_xml_has_a_dtd_in_what_we_export(tmp_path, dataset):
    path = tmp_path / "ours.xlsx"
    tabular_io.export_observations(dataset, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert not re.search(rb"<!DOCTYPE|<!ENTITY", archive.read(name)), name
