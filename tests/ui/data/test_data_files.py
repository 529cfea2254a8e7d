"""Import… (preview, refusals, encoding override, one undo step) and Export… from the Data tab."""
from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from ftz_desktop.core.domain.model import Source
from ftz_desktop.ui.data.dialogs.import_preview import ImportPreviewDialog

HEADER = "indicator_id,geography,period,value,status,source_id,note\r\n"


YEARBOOK = Source(id="sc-yearbook-2024", title="Sichuan Statistical Yearbook 2024",
                  publisher="Sichuan Provincial Bureau of Statistics")


@pytest.fixture
def warnings(dialogs):
    return dialogs.texts("warning")


@pytest.fixture
def tab(data_tab, warnings):
    return data_tab


@pytest.fixture
def previews(monkeypatch):
    """Each preview the tab opens, answered with the next decision (Accepted unless told otherwise)."""
    seen, decisions = [], []

    def run(dialog):
        seen.append({key: [model.row_texts(r) for r in range(model.rowCount())]
                     for key, model in dialog.models.items()} | {
            "summary": dialog.summary.text(), "apply": dialog.apply_button.isEnabled(), "dialog": dialog,
            "tabs": [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]})
        return decisions.pop(0) if decisions else QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", run)
    return seen, decisions


def _value(store, period):
    return store.dataset().get("sichuan_trade_bri", "SC", period)


def test_an_import_is_previewed_then_applied_as_one_undo_step(tab, store, tmp_path, previews, dialogs):
    from PySide6.QtWidgets import QMessageBox

    dialogs.answers.append(QMessageBox.StandardButton.Yes)    # 3亿 is 0.3 billion yuan: kept as typed when asked
    store.add_source(YEARBOOK)
    path = tmp_path / "update.csv"
    path.write_text(HEADER + "sichuan_trade_bri,SC,2013,160,A,sc-yearbook-2024,修订\r\n"
                    "sichuan_trade_bri,SC,2022,378.87,A,study-1,Chengdu Customs statistics\r\n"
                    "sichuan_trade_bri,SC,2024,3亿,A,sc-yearbook-2024,新数据\r\n", encoding="utf-8")
    before = store.dataset().observations
    assert tab.files.import_path(path) is True
    (seen,), _ = previews
    assert seen["adds"] == [("4", "sichuan_trade_bri", "SC", "2024", "0.3", "A", "sc-yearbook-2024", "新数据")]
    assert ("2", "sichuan_trade_bri", "SC", "2013", "value", "153.53", "160") in seen["changes"]
    assert seen["unchanged"] == [("3", "the same as in the workspace")]
    assert seen["refusals"] == [] and seen["apply"]
    assert seen["tabs"] == ["To add (1)", "To change (1)", "Left alone (1)", "Refused (0)", "Read by a rule (1)"]
    assert any("3亿" in row[2] for row in seen["conversions"])
    assert _value(store, "2013").value == 160 and _value(store, "2024").value == 0.3
    assert len(dialogs.texts("question")) == 1 and "0.3 billion yuan" in dialogs.texts("question")[0]
    stack = tab._context.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import update.csv"
    assert tab.observations.row_of(_value(store, "2024").id) is not None
    stack.undo()
    assert store.dataset().observations == before
    stack.redo()
    assert _value(store, "2013").note == "修订"


def test_refused_rows_are_listed_and_nothing_can_be_imported(tab, store, tmp_path, previews):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "sichuan_trade_bri,SC,2013,abc,A,study-1,\r\n"
                    "no_such_indicator,SC,2013,1,A,study-1,\r\n", encoding="utf-8")
    seen, decisions = previews
    decisions.append(QDialog.DialogCode.Rejected)
    before = store.dataset().observations
    assert tab.files.import_path(path) is False
    assert not seen[0]["apply"] and "Nothing can be imported" in seen[0]["summary"]
    assert ("2", "value", "'abc' is not a number") in seen[0]["refusals"]
    assert ("3", "indicator_id", "unknown indicator 'no_such_indicator'") in seen[0]["refusals"]
    assert store.dataset().observations == before and tab._context.undo_stack.count() == 0


@pytest.mark.parametrize("name, data, expected", [
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.xls: legacy Excel"),
    ("empty.csv", b"", "empty.csv"),
    ("picture.csv", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "picture.csv"),
])
def test_a_file_that_cannot_be_read_is_one_message_naming_it(tab, store, tmp_path, previews, warnings, name, data,
                                                              expected):
    path = tmp_path / name
    path.write_bytes(data)
    assert tab.files.import_path(path) is False
    assert previews[0] == [] and len(warnings) == 1 and warnings[0].startswith(expected)
    assert "Traceback" not in warnings[0] and tab._context.undo_stack.count() == 0


def test_the_encoding_of_a_csv_can_be_chosen_in_the_preview(tab, store, tmp_path, monkeypatch):
    path = tmp_path / "gbk.csv"
    path.write_bytes((HEADER + "sichuan_trade_bri,SC,2013,153.53,A,study-1,成都海关统计\r\n").encode("gb18030"))
    seen = []

    def choose_encodings(dialog):
        seen.append((dialog.plan.encoding, not dialog.encoding_box.isHidden(),
                     dialog.models["changes"].row_texts(0)[-1]))
        dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))       # the file is read again
        seen.append(("UTF-8" in dialog.summary.text(), dialog.apply_button.isEnabled()))
        dialog.encoding.setCurrentIndex(dialog.encoding.findData("gb18030"))
        seen.append((dialog.plan.encoding, dialog.apply_button.isEnabled()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", choose_encodings)
    assert tab.files.import_path(path)
    assert seen == [("gb18030", True, "成都海关统计"), (True, False), ("gb18030", True)]
    assert _value(store, "2013").note == "成都海关统计"


def test_a_plan_made_stale_by_an_edit_is_refused_whole(tab, store, tmp_path, monkeypatch, warnings):
    path = tmp_path / "update.csv"
    store.add_source(YEARBOOK)
    path.write_text(HEADER + "sichuan_trade_bri,SC,2013,160,A,sc-yearbook-2024,\r\n", encoding="utf-8")

    def edit_meanwhile(dialog):
        store.update_observation(_value(store, "2013").id, "note", "checked", "Edit in another window")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", edit_meanwhile)
    assert tab.files.import_path(path) is False
    assert "update.csv" in warnings[0] and "Preview the import again" in warnings[0]
    assert (_value(store, "2013").value, _value(store, "2013").note) == (153.53, "checked")


def test_export_keeps_formula_text_as_text(tab, store, tmp_path, monkeypatch):
    obs = _value(store, "2013")
    store.update_observation(obs.id, "note", "=1+1")
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV UTF-8 (*.csv)"))
    tab.files.ask_export()
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "'=1+1" in text and "study-1,=1+1" not in text
    assert tab.status_line.text().startswith("Exported ") and "out.csv" in tab.status_line.text()
    workbook = tmp_path / "out.xlsx"
    assert tab.files.export_path(workbook)
    sheet = zipfile.ZipFile(workbook).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "=1+1" in sheet


def test_an_export_that_fails_names_the_file_and_keeps_the_old_one(tab, tmp_path, warnings):
    folder = tmp_path / "missing-folder"
    assert tab.files.export_path(folder / "observations.csv") is False
    assert len(warnings) == 1 and "observations.csv" in warnings[0] and "Traceback" not in warnings[0]
    assert tab.files.export_path(tmp_path / "CON.csv") is False
    assert "CON.csv" in warnings[1]


def test_cancelling_the_file_dialogs_does_nothing(tab, store, monkeypatch, previews, warnings):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    tab.buttons["import"].click()
    tab.buttons["export"].click()
    assert previews[0] == [] and warnings == [] and tab._context.undo_stack.count() == 0


def test_reading_a_large_file_can_be_cancelled_and_changes_nothing(qtbot, tab, store, tmp_path, previews):
    from ftz_desktop.core.tabular.import_export import ImportCancelled
    from ftz_desktop.ui.data.actions import import_runner

    lines = ["indicator_id,geography,period,value,status,source_id"]
    store.add_source(YEARBOOK)
    lines += [f"fortune500_in_ftz,CN,{1000 + i},{i},A,sc-yearbook-2024" for i in range(6000)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = store.dataset().observations

    shown = []

    def press_cancel(view):
        # Pressing Cancel before the worker's first report makes the outcome certain: no race with a
        # fast machine finishing first.
        from PySide6.QtWidgets import QPushButton

        view.dialog.findChild(QPushButton).click()

    with pytest.raises(ImportCancelled):
        import_runner.plan_with_progress(tab, path, store.dataset(), on_start=press_cancel)
    assert store.dataset().observations == before
    # Without a cancel the same file is read off the UI thread and previewed as 6,000 additions.
    plan = import_runner.plan_with_progress(tab, path, store.dataset(),
                                            on_start=lambda view: view.shown.connect(shown.append))
    assert len(plan.adds) == 6000
    qtbot.waitUntil(lambda: len(shown) == 3)      # rows 1, 2,001 and 4,001: progress reached the UI thread
    assert shown == sorted(shown) and shown[0] == 0


@pytest.mark.parametrize("choice, expected", [("shown", 6), ("all", 77)])
def test_with_a_filter_on_the_user_chooses_what_to_export(qtbot, tab, store, tmp_path, monkeypatch, choice, expected):
    import csv

    from PySide6.QtWidgets import QMessageBox

    tab.show_indicator("chengdu_goods_trade_total")
    qtbot.waitUntil(lambda: tab.observation_proxy.rowCount() == 6)
    target = tmp_path / "chengdu.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV UTF-8 (*.csv)"))
    asked = []

    def answer(box):
        asked.append(box.text())
        wanted = "shown" if choice == "shown" else "All"
        box.setProperty("answer", next(b for b in box.buttons() if wanted in b.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.property("answer"))
    tab.files.ask_export()
    assert "show 6 of 77" in asked[0]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == expected
    if choice == "shown":
        assert {r["indicator_id"] for r in rows} == {"chengdu_goods_trade_total"}


def test_an_encoding_the_import_cannot_tell_is_asked_for_and_then_read(tab, store, tmp_path, monkeypatch, previews):
    from PySide6.QtWidgets import QInputDialog

    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "sichuan_trade_bri,SC,2013,153.53,A,study-1,Zürich café à côté\r\n").encode("latin-1"))
    asked = []

    def choose(parent, title, text, items, current, editable):
        asked.append((text, items))
        return "Latin-1 (ISO 8859-1)", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    assert tab.files.import_path(path)
    assert len(asked) == 1 and "encoding" in asked[0][0] and "GB18030 (GBK)" in asked[0][1]
    assert _value(store, "2013").note == "Zürich café à côté"


def test_giving_up_on_the_encoding_imports_nothing(tab, store, tmp_path, monkeypatch, previews, warnings):
    from PySide6.QtWidgets import QInputDialog

    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "sichuan_trade_bri,SC,2013,153.53,A,study-1,Zürich café à côté\r\n").encode("latin-1"))
    before = store.dataset()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("", False))
    assert not tab.files.import_path(path)
    assert store.dataset() == before and previews[0] == [] and warnings == []
