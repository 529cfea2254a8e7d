"""Files that cannot be imported at all: one ImportRefused sentence naming the file, nothing read further."""
from __future__ import annotations

import pytest

from ftz_desktop.core.study.shipped import load_shipped_dataset
from ftz_desktop.core.tabular import import_export as tabular_io
from ftz_desktop.core.tabular.import_export import ImportLimits, ImportRefused
from ftz_desktop.errors import is_user_error, user_message
from helpers.provenance import staff_sourced

GOOD = "indicator_id,geography,period,value\r\nchengdu_goods_exports,CD,2022,500.51\r\n"


@pytest.fixture(scope="module")
def dataset():
    return staff_sourced(load_shipped_dataset())


def refused(path, dataset, **kwargs) -> str:
    with pytest.raises(ImportRefused) as info:
        tabular_io.plan_import(path, dataset, **kwargs)
    assert is_user_error(info.value)
    message = user_message(info.value)
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    return message


@pytest.mark.parametrize("content, expected", [
    (b"", "the file is empty (0 bytes)"),
    (b"\r\n  \r\n", "holds no data"),
    (b"indicator_id,geography,period,value\r\n", "has a header but no data rows"),
    (b"\xef\xbb\xbfindicator_id,geography,period,value\r\n\r\n", "has a header but no data rows"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "this is a PNG image, not CSV text"),
    (b"PK\x03\x04" + bytes(200), "this is not CSV text but a zip file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), r"legacy Excel 97–2003 (.xls)"),
    (bytes(range(256)) * 16, "this is a binary file, not CSV text"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200 + b"ab", "this is a binary file, not CSV text"),
    ("indicator_id,geography".encode("utf-16-le"), "UTF-16 text without a byte order mark"),
    (b"id,name\r\nx,y\r\n", "row 1 must be the header with the columns indicator_id, geography, period, value; "
                             "missing indicator_id, geography, period, value (found: id, name)"),
    (b"indicator_id,geography,period,value,Value\r\nx,CD,2022,1,2\r\n", "names column 'value' twice"),
    (b'indicator_id,geography,period,value\r\nchengdu_goods_exports,CD,2022,"500.51\r\n',
     "row 2 opens a quoted field that is never closed"),
    (b'indicator_id,geography,period,value\r\nchengdu_goods_exports,CD,"2022"x,500.51\r\n',
     "row 2 (line 2) is not well-formed CSV"),
])
def test_refused_files(tmp_path, dataset, content, expected):
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    assert expected in refused(path, dataset)


def test_size_limit_is_a_parameter(tmp_path, dataset):
    path = tmp_path / "big.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert "more than the 10 bytes an import may be" in refused(path, dataset, limits=ImportLimits(max_bytes=10))
    assert ImportLimits().max_bytes == 50 * 1024 * 1024


def test_row_and_column_limits(tmp_path, dataset):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(["indicator_id", "geography", "period", "value"] + [f"c{i}" for i in range(61)])
                    + "\r\n", encoding="utf-8")
    assert "the header has 65 columns (at most 64 are allowed)" in refused(path, dataset)
    path = tmp_path / "long.csv"
    path.write_text(GOOD + "chengdu_goods_exports,CD,2021,1\r\n" * 5, encoding="utf-8")
    assert "more than 3 rows" in refused(path, dataset, limits=ImportLimits(max_rows=3))


def test_missing_folder_unknown_kind_and_folder(tmp_path, dataset):
    assert "file not found" in refused(tmp_path / "gone.csv", dataset)
    other = tmp_path / "data.ods"
    other.write_text("x", encoding="utf-8")
    assert "choose a .csv or .xlsx file" in refused(other, dataset)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert "is a folder" in refused(folder, dataset)


def test_excel_workbook_renamed_csv(tmp_path, dataset):
    book = tmp_path / "book.xlsx"
    tabular_io.export_observations(dataset, book)
    renamed = tmp_path / "book.csv"
    renamed.write_bytes(book.read_bytes())
    assert "give it the .xlsx extension" in refused(renamed, dataset)


def test_refused_rows_stop_the_whole_import_and_name_every_row(tmp_path, dataset):
    path = tmp_path / "mixed.csv"
    path.write_text("indicator_id,geography,period,value,source_id\r\n"
                    "chengdu_goods_exports,CD,2022,510,staff-figures\r\n"        # a good change
                    "chengdu_goods_exports,CD,2023,1,staff-figures\r\n"          # a good add
                    "chengdu_goods_exports,CD,2024,abc,staff-figures\r\n", encoding="utf-8")
    plan = tabular_io.plan_import(path, dataset)
    assert plan.refused == ["mixed.csv row 4, column value: 'abc' is not a number"]
    assert not plan.can_apply


def test_progress_is_reported_and_cancel_stops_reading(tmp_path):
    """A large file shows how far reading has come and can be cancelled part-way; nothing is written."""
    from ftz_desktop.core.tabular.import_export import ImportCancelled, plan_import

    dataset = staff_sourced(load_shipped_dataset())
    lines = ["indicator_id,geography,period,value,status,source_id"]
    lines += [f"fortune500_in_ftz,CN,{1000 + i},{i},A,staff-figures" for i in range(5000)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen = []
    plan = plan_import(path, dataset, progress=lambda stage, fraction: seen.append(fraction) or True)
    assert len(plan.adds) == 5000
    assert seen[0] == 0.0 and 0.0 < seen[-1] < 1.0 and seen == sorted(seen)
    calls = []
    with pytest.raises(ImportCancelled, match="big.csv: import cancelled"):
        plan_import(path, dataset, progress=lambda stage, fraction: calls.append(stage) or len(calls) < 2)
    assert len(calls) == 2
