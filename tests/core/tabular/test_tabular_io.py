"""Import plans from CSV files as Excel and WPS write them, and the round trip through export.

Files are made in each test (tmp_path) in the encodings and layouts that arrive from Chinese
office PCs: GBK from "CSV (comma delimited)", UTF-8 with BOM from "CSV UTF-8", UTF-16 tab-separated
from "Unicode text", semicolons from European settings.
"""
from __future__ import annotations

import codecs
import csv
import io
from dataclasses import replace

import pytest

from ftz_desktop.core.study.shipped import load_shipped_dataset
from ftz_desktop.core.tabular import import_export as tabular_io
from ftz_desktop.core.tabular.import_export import ImportRefused
from helpers.provenance import staff_sourced

HEADER = ["indicator_id", "geography", "period", "value", "qualifier", "status", "source_id", "note"]


@pytest.fixture(scope="module")
def dataset():
    return staff_sourced(load_shipped_dataset())


def write_csv(path, rows, encoding="utf-8", delimiter=",", header=HEADER):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# --- round trip --------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_of_the_shipped_data_changes_nothing(tmp_path, dataset, suffix):
    path = tmp_path / f"observations{suffix}"
    count = tabular_io.export_observations(dataset, path)
    plan = tabular_io.plan_import(path, dataset)
    assert count == len(dataset.observations)
    assert (plan.adds, plan.changes, plan.refused, plan.conversions) == ([], [], [], [])
    assert len(plan.unchanged) == count
    assert not plan.has_changes
    assert plan.not_in_file == 0


def test_round_trip_keeps_awkward_text_exactly(tmp_path, dataset):
    # Stored notes are trimmed (the store's rule), so no leading tab here; export escapes one anyway.
    notes = ["=1+1", "-5 is negative", "+86 28", "@SUM(A1)", "'=already quoted", "''=two",
             "'plain apostrophe", "成都海关统计，“约”", 'comma, "quotes"\nand a newline', "＝全角"]
    observations = list(dataset.observations)
    for i, note in enumerate(notes):
        observations[i] = replace(observations[i], note=note)
    edited = replace(dataset, observations=observations)
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"awkward{suffix}"
        tabular_io.export_observations(edited, path)
        plan = tabular_io.plan_import(path, edited)
        assert (plan.adds, plan.changes, plan.refused) == ([], [], []), suffix
        assert len(plan.unchanged) == len(observations)


# --- export ------------------------------------------------------------------------------------

def test_csv_export_is_utf8_with_bom_crlf_and_escapes_formulas(tmp_path, dataset):
    obs = dataset.observations
    edited = replace(dataset, observations=[replace(obs[0], note="=1+1"), replace(obs[1], note="@cmd"),
                                            replace(obs[2], note="-x", value=-5.0), *obs[3:]])
    path = tmp_path / "out.csv"
    tabular_io.export_observations(edited, path)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ",".join(tabular_io.COLUMNS)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    by_note = {r[-1]: r for r in rows[1:4]}
    assert set(by_note) == {"'=1+1", "'@cmd", "'-x"}
    assert by_note["'-x"][5] == "-5"           # a negative number is a number, not escaped
    assert rows[1][5] == "153.53"


def test_export_writes_atomically_and_keeps_the_old_file_on_failure(tmp_path, dataset, monkeypatch):
    from ftz_desktop.core import atomic

    path = tmp_path / "out.csv"
    path.write_bytes(b"old contents")
    monkeypatch.setattr(atomic, "_write", lambda fd, chunk: len(chunk) // 2)   # a full disk writes short
    with pytest.raises(atomic.DiskFullError):
        tabular_io.export_observations(dataset, path)
    assert path.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_export_refuses_other_extensions(tmp_path, dataset):
    from ftz_desktop.core.atomic import TargetNameError

    with pytest.raises(TargetNameError, match=r"\.csv or \.xlsx"):
        tabular_io.export_observations(dataset, tmp_path / "out.ods")


# --- encodings and delimiters ------------------------------------------------------------------

ROW = ["chengdu_goods_exports", "CD", "2022", "500.51", "", "A", "staff-figures", "成都海关统计数据"]


def test_gbk_csv_from_chinese_excel(tmp_path, dataset):
    path = write_csv(tmp_path / "gbk.csv", [ROW], encoding="gbk")
    plan = tabular_io.plan_import(path, dataset)
    assert plan.encoding == "gb18030" and plan.encoding_label == "GB18030 (GBK)"
    assert plan.refused == []
    [change] = plan.changes
    assert change.fields == {"note": ("", "成都海关统计数据")}
    assert "GB18030" in plan.summary()


def test_utf8_with_bom_has_clean_headers(tmp_path, dataset):
    path = write_csv(tmp_path / "bom.csv", [ROW], encoding="utf-8-sig")
    plan = tabular_io.plan_import(path, dataset)
    assert (plan.encoding, plan.delimiter) == ("utf-8-sig", ",")
    assert plan.refused == [] and plan.ignored_columns == []
    assert plan.changes[0].new.note == "成都海关统计数据"


def test_utf16_tab_separated_unicode_text(tmp_path, dataset):
    path = write_csv(tmp_path / "unicode.txt", [ROW], encoding="utf-16", delimiter="\t")
    plan = tabular_io.plan_import(path, dataset)
    assert (plan.encoding, plan.delimiter, plan.delimiter_label) == ("utf-16", "\t", "tab")
    assert plan.refused == []
    assert plan.changes[0].new.note == "成都海关统计数据"


def test_semicolon_delimiter(tmp_path, dataset):
    row = ROW[:3] + ["510", "", "E", "staff-figures", "revised; see source"]
    path = write_csv(tmp_path / "semi.csv", [row], delimiter=";")
    plan = tabular_io.plan_import(path, dataset)
    assert plan.delimiter == ";"
    assert plan.changes[0].fields == {"value": (500.51, 510.0), "status": ("A", "E"),
                                      "note": ("", "revised; see source")}


def test_encoding_override(tmp_path, dataset):
    path = write_csv(tmp_path / "gbk.csv", [ROW], encoding="gbk")
    with pytest.raises(ImportRefused, match=r"gbk\.csv: line 2 is not valid utf-8 text"):
        tabular_io.plan_import(path, dataset, encoding="utf-8")
    plan = tabular_io.plan_import(path, dataset, encoding="gbk")
    assert plan.encoding == "gbk" and plan.changes[0].new.note == "成都海关统计数据"
    with pytest.raises(ImportRefused, match="not a text encoding"):
        tabular_io.plan_import(path, dataset, encoding="no-such-codec")


def test_western_text_is_not_misread_as_gbk(tmp_path, dataset):
    # cp1252 "Société" is invalid UTF-8; GB18030 would decode it to unlikely characters.
    path = tmp_path / "cp1252.csv"
    path.write_bytes(",".join(HEADER).encode() + b"\r\n" + ",".join(ROW[:7] + ["Soci\xe9t\xe9 \xa9"]).encode("latin-1"))
    with pytest.raises(ImportRefused, match="neither UTF-8 nor GB18030"):
        tabular_io.plan_import(path, dataset)


# --- numbers -----------------------------------------------------------------------------------

NUMBERS = [
    # raw, indicator, geography, period, expected
    ("1,234", "ftz_new_enterprises_cumulative", "SC-FTZ", "2023", 1234.0),
    ("1\u00a0234", "ftz_new_enterprises_cumulative", "SC-FTZ", "2023", 1234.0),
    ("１２３", "ftz_new_enterprises_cumulative", "SC-FTZ", "2023", 123.0),
    ("1.2万", "ftz_new_enterprises_cumulative", "SC-FTZ", "2023", 12000.0),
    ("3亿", "chengdu_goods_exports", "CD", "2022", 0.3),           # billion yuan: 3e8 yuan
    ("12%", "sichuan_trade_bri_avg_growth", "SC", "2013/2022", 12.0),
    ("\u22125", "sichuan_trade_bri_avg_growth", "SC", "2013/2022", -5.0),
]


@pytest.mark.parametrize("raw, indicator, geography, period, expected", NUMBERS)
def test_number_formats_follow_the_parser(tmp_path, dataset, raw, indicator, geography, period, expected):
    old = dataset.get(indicator, geography, period)
    path = write_csv(tmp_path / "n.csv", [[indicator, geography, period, raw, old.qualifier, "A",
                                           old.source_id, old.note]])
    plan = tabular_io.plan_import(path, dataset)
    assert plan.refused == []
    [change] = plan.changes
    assert change.new.value == expected
    assert change.fields["value"] == (old.value, expected)
    [conversion] = plan.conversions
    assert (conversion.row, conversion.column) == (2, "value")
    assert f"'{raw.strip()}' was read as" in str(conversion)


@pytest.mark.parametrize("raw, reason", [("(5)", "ambiguous"), ("1.234,5", "ambiguous"), ("n/a", "placeholder"),
                                         ("nan", "not a finite number"), ("12x", "not a number"),
                                         ("12%", "is a percentage")])
def test_numbers_the_parser_refuses(tmp_path, dataset, raw, reason):
    path = write_csv(tmp_path / "bad.csv", [["chengdu_goods_exports", "CD", "2022", raw, "", "A", "staff-figures", ""]])
    plan = tabular_io.plan_import(path, dataset)
    [refused] = plan.refused
    assert refused.startswith("bad.csv row 2, column value: ")
    assert reason in refused
    assert not plan.changes


# --- the plan, exactly -------------------------------------------------------------------------

def test_plan_lists_adds_changes_and_unchanged_rows_exactly(tmp_path, dataset):
    rows = [
        ["chengdu_goods_exports", "CD", "2022", "500.51", "", "A", "staff-figures", ""],          # unchanged
        ["chengdu_goods_exports", "CD", "2018", "300", "about", "E", "staff-figures", "估计"],   # M -> value
        ["chengdu_goods_exports", "CD", "2023", "520.1", "", "P", "staff-figures", "new year"],  # add
    ]
    plan = tabular_io.plan_import(write_csv(tmp_path / "plan.csv", rows), dataset)
    assert plan.refused == []
    assert plan.unchanged == [2]
    [change] = plan.changes
    assert change.row == 3
    assert change.fields == {"value": (None, 300.0), "qualifier": ("", "about"), "status": ("M", "E"),
                             "note": ("Not given by the study; the study's Figure 1 covers 2017 to 2022", "估计")}
    assert change.new.id == change.old.id
    [add] = plan.adds
    assert add.row == 4
    assert add.observation == dataset.observations[0].__class__(
        indicator_id="chengdu_goods_exports", geography="CD", period="2023", value=520.1, qualifier="",
        status="P", source_id="staff-figures", note="new year")
    assert plan.not_in_file == len(dataset.observations) - 2
    assert plan.has_changes
    summary = plan.summary()
    assert summary.splitlines()[0] == ("plan.csv (CSV, UTF-8, comma-separated): 1 to add, 1 to change, "
                                       "1 unchanged, 0 refused.")
    assert "change  row 3: chengdu_goods_exports / CD / 2018: value (empty) -> 300" in summary
    assert "add     row 4: chengdu_goods_exports / CD / 2023 = 520.1" in summary


def test_missing_optional_columns_keep_what_is_there(tmp_path, dataset):
    header = ["Indicator ID", "Geography", "Period", "Value", "Comment"]
    rows = [["ftz_share_province_fdi", "SC-FTZ", "2023", "26", "ignored"]]
    plan = tabular_io.plan_import(write_csv(tmp_path / "min.csv", rows, header=header), dataset)
    assert plan.ignored_columns == ["Comment"]
    [change] = plan.changes
    assert change.fields == {"value": (25.0, 26.0)}
    assert change.new.qualifier == "nearly" and change.new.note.startswith("Stated as")
    # a new observation cannot be made without knowing its source
    rows = [["ftz_share_province_fdi", "SC-FTZ", "2024", "26", ""]]
    plan = tabular_io.plan_import(write_csv(tmp_path / "min.csv", rows, header=header), dataset)
    assert plan.refused == ["min.csv row 2, column source_id: a new observation needs a source; add a "
                            "source_id column and fill it"]


def test_period_spellings_are_normalised_and_reported(tmp_path, dataset):
    rows = [["luzhou_port_container_throughput", "LZ-PORT", "2023q1", "51700", "", "A", "staff-figures",
             "First quarter of the year the study was written (\"this year\")"]]
    plan = tabular_io.plan_import(write_csv(tmp_path / "p.csv", rows), dataset)
    assert plan.refused == [] and plan.unchanged == [2]
    assert [str(c) for c in plan.conversions] == ["p.csv row 2, column period: '2023q1' was read as 2023-Q1"]


def test_row_refusals_name_row_and_column(tmp_path, dataset):
    rows = [
        ["no_such_indicator", "CD", "2022", "1", "", "A", "staff-figures", ""],
        ["chengdu_goods_exports", "XX", "2022", "1", "", "A", "staff-figures", ""],
        ["chengdu_goods_exports", "CD", "2022", "1", "", "A", "study-99", ""],
        ["chengdu_goods_exports", "CD", "22", "1", "", "A", "staff-figures", ""],
        ["chengdu_goods_exports", "CD", "2017", "", "", "A", "staff-figures", ""],
        ["chengdu_goods_exports", "CD", "2022", "501", "", "A", "staff-figures", ""],
        ["chengdu_goods_exports", "CD", "2022", "502", "", "A", "staff-figures", ""],
        ["chengdu_goods_exports", "CD", "2021", "1", "", "A", "staff-figures"],
        ["chengdu_goods_exports", "CD", "2020", "1", "roughly", "Z", "staff-figures", ""],
    ]
    plan = tabular_io.plan_import(write_csv(tmp_path / "r.csv", rows), dataset)
    assert plan.refused == [
        "r.csv row 2, column indicator_id: unknown indicator 'no_such_indicator'",
        "r.csv row 3, column geography: unknown geography 'XX'",
        "r.csv row 4, column source_id: unknown source 'study-99'",
        "r.csv row 5, column period: '22' is not a period; use a year (2022), a quarter (2023-Q1), a month "
        "(2022-04), a date (2022-04-30) or a span (2013/2022)",
        "r.csv row 6, column value: is empty; enter a number, or set status M (missing)",
        "r.csv row 8, column period: repeats the observation chengdu_goods_exports / CD / 2022 of row 7; keep one row",
        "r.csv row 9: has 7 cells but the header has 8; a delimiter or quote is missing or extra in this row",
        "r.csv row 10, column qualifier: 'roughly' is not one of: about, nearly, more_than (more than), "
        "less_than (less than)",
        "r.csv row 10, column status: 'Z' is not one of: A (Reported), E (Estimated), P (Provisional), M (Missing)",
    ]
    assert "9 refused" in plan.summary() and "Nothing will be imported" in plan.summary()


def test_unit_that_differs_from_the_indicator_is_refused(tmp_path, dataset):
    header = ["indicator_id", "unit", "geography", "period", "value"]
    rows = [["chengdu_goods_exports", "亿元", "CD", "2022", "5005.1"],
            ["chengdu_goods_imports", "billion yuan", "CD", "2022", "334.13"]]
    plan = tabular_io.plan_import(write_csv(tmp_path / "u.csv", rows, header=header), dataset)
    assert plan.refused == ["u.csv row 2, column unit: '亿元' differs from the unit of chengdu_goods_exports, "
                            "'billion yuan'; convert the value into that unit (or leave the unit cell empty)"]
    assert plan.unchanged == [3]


def test_blank_lines_and_trailing_empty_columns_are_tolerated(tmp_path, dataset):
    text = ("indicator_id,geography,period,value,,\r\n\r\n"
            "chengdu_goods_exports,CD,2022,500.51,,\r\n,,,,,\r\n")
    path = tmp_path / "blank.csv"
    path.write_text(text, encoding="utf-8")
    plan = tabular_io.plan_import(path, dataset)
    assert plan.refused == [] and plan.unchanged == [3]


def test_value_in_a_column_without_header_is_refused(tmp_path, dataset):
    path = tmp_path / "nohead.csv"
    path.write_text("indicator_id,,geography,period,value\r\nchengdu_goods_exports,x,CD,2022,500.51\r\n",
                    encoding="utf-8")
    plan = tabular_io.plan_import(path, dataset)
    assert plan.refused == ["nohead.csv row 2, column 2: has a value but the column has no header"]


def test_excel_sep_hint_line_names_the_delimiter(tmp_path, dataset):
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\r\nindicator_id;geography;period;value\r\nchengdu_goods_exports;CD;2022;500,51\r\n",
                    encoding="utf-8")
    plan = tabular_io.plan_import(path, dataset)
    assert plan.delimiter == ";"
    # the header is row 1, as Excel shows it; "500,51" is a decimal comma, which the parser refuses
    assert plan.refused == ["hint.csv row 2, column value: '500,51' is ambiguous: a comma is read as a thousands "
                            "separator, so a decimal comma or European notation (1.234,5) cannot be told apart; "
                            "type it as 1234.5"]
