"""The Brief tab's Chinese official layouts: 公文式 and 简报式 in the template list, the chosen layout's parts,
their checks at the field, the undo history, the recipe and the draft, and the page count on the layout's grid."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent, QUndoStack

from ftz_desktop.brief.grid import predicted_pages
from ftz_desktop.brief.pipeline import build_document
from ftz_desktop.core.recipe import OfficialSettings, Recipe, SectionChoice
from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui import i18n
from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
from ftz_desktop.ui.brief.official_fields import LAYOUT_FIELDS
from ftz_desktop.ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier
PREVIEW_TIMEOUT_MS = 60_000
BULLETIN_ONLY = set(LAYOUT_FIELDS["jianbao"]) - set(LAYOUT_FIELDS["gbt9704"])
DOCUMENT_ONLY = set(LAYOUT_FIELDS["gbt9704"]) - set(LAYOUT_FIELDS["jianbao"])


def make_tab(qtbot, store, language: str = "en") -> BriefComposerTab:
    widget = BriefComposerTab(AppContext(store=store, content=load_content(language), undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    return widget


@pytest.fixture
def tab(qtbot, store, dialogs):
    widget = make_tab(qtbot, store)
    yield widget
    widget.shutdown()


@pytest.fixture
def chinese():
    i18n.install_language("zh")
    yield
    i18n.install_language("en")


def choose(tab, template: str) -> None:
    combo = tab.settings.template
    combo.setCurrentIndex(combo.findData(template))


def shown(tab, name: str) -> bool:
    return tab.settings.official.edits[name].isVisibleTo(tab.settings)


def type_into(qtbot, tab, name: str, text: str) -> None:
    """Type ``text`` at the end of the part's field: keys for ASCII, Chinese as an input method commits it."""
    edit = tab.settings.official.edits[name]
    edit.setFocus()
    edit.end(False)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(edit, event)


def refreshed(qtbot, tab) -> None:
    with qtbot.waitSignal(tab.preview.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        tab.refresh_preview_now()
    assert tab.preview.error == ""


def text_only(tab, template: str) -> Recipe:
    """Two sections of text, no key figures, charts or tables (none of their figures has a footnote)."""
    return replace(tab.default_recipe(), template=template, indicators=[], charts=[], appendix_tables=False,
                   sections=[SectionChoice("shortcomings", ["sc-innovation", "sc-legal"]),
                             SectionChoice("recommendations", ["rec-innovation", "rec-legal"])])


def test_the_template_list_offers_both_official_layouts_besides_the_standard_one(tab):
    combo = tab.settings.template
    entries = [combo.itemData(i) for i in range(combo.count()) if combo.itemText(i)]
    assert entries[:3] == ["standard", "gbt9704", "jianbao"]
    assert not tab.settings.official.isVisibleTo(tab.settings)       # the standard look has no such parts


def test_choosing_the_official_document_shows_its_parts_and_not_the_bulletins(tab):
    choose(tab, "gbt9704")
    assert tab.current_recipe().template == "gbt9704"
    assert tab.settings.official.isVisibleTo(tab.settings)
    assert all(shown(tab, name) for name in LAYOUT_FIELDS["gbt9704"])
    assert not any(shown(tab, name) for name in BULLETIN_ONLY)
    assert tab.settings.official.font_profile.isVisibleTo(tab.settings)
    assert not tab.settings.paper.isEnabled() and not tab.settings.contents.isEnabled()     # A4, no contents
    assert "22" in tab.settings.template_status.text()

    choose(tab, "jianbao")
    assert all(shown(tab, name) for name in LAYOUT_FIELDS["jianbao"])
    assert not any(shown(tab, name) for name in DOCUMENT_ONLY)
    choose(tab, "standard")
    assert not tab.settings.official.isVisibleTo(tab.settings) and tab.settings.paper.isEnabled()


def test_the_parts_read_as_a_clerk_knows_them_in_chinese(qtbot, store, chinese, dialogs):
    tab = make_tab(qtbot, store, "zh")
    try:
        combo = tab.settings.template
        assert [combo.itemText(combo.findData(t)) for t in ("standard", "gbt9704", "jianbao")] == [
            "标准版式", "公文式（GB/T 9704）", "简报式"]
        choose(tab, "gbt9704")
        form = tab.settings.official
        labels = {name: form._form.labelForField(form.edits[name].parentWidget()).text()
                  for name in LAYOUT_FIELDS["gbt9704"]}
        assert labels == {"copy_number": "份号", "classification": "密级和保密期限", "urgency": "紧急程度",
                          "issuer": "发文机关标志", "doc_number": "发文字号", "signature": "发文机关署名",
                          "cc": "抄送机关", "printed_by": "印发机关", "print_date": "印发日期"}
        assert form._form.labelForField(form.font_profile).text() == "字体方案"
        assert [form.font_profile.itemText(i) for i in range(form.font_profile.count())] == ["机关常用", "Windows 自带"]
        assert all(form.edits[name].toolTip() for name in LAYOUT_FIELDS["gbt9704"])
        type_into(qtbot, tab, "copy_number", "12")
        assert tab.undo_stack.undoText() == "编辑“份号”"
        type_into(qtbot, tab, "copy_number", "a")
        assert form.message("copy_number") == "份号只能填数字，如 12"
        assert tab.undo_stack.undoText() == "更改模板"          # 12a is no value: the typing left no step
    finally:
        tab.shutdown()


def test_typed_parts_reach_the_recipe_and_survive_apply_and_the_draft(qtbot, store, tab):
    choose(tab, "gbt9704")
    type_into(qtbot, tab, "issuer", "四川省商务厅文件")
    type_into(qtbot, tab, "doc_number", "川商〔2026〕12号")
    type_into(qtbot, tab, "copy_number", "１２")              # full-width, as a Chinese input method types it
    type_into(qtbot, tab, "print_date", "2026年3月5日")
    profile = tab.settings.official.font_profile
    profile.setCurrentIndex(profile.findData("windows"))
    official = tab.current_recipe().official
    assert (official.issuer, official.doc_number, official.copy_number, official.print_date,
            official.font_profile) == ("四川省商务厅文件", "川商〔2026〕12号", "12", "2026-03-05", "windows")
    recipe = tab.current_recipe()
    assert Recipe.from_dict(recipe.to_dict()) == recipe           # what core reads back

    tab.apply_recipe(tab.default_recipe())
    assert tab.current_recipe().official == OfficialSettings() and not tab.settings.official.isVisibleTo(tab.settings)
    tab.apply_recipe(recipe)
    assert tab.current_recipe() == recipe and tab.settings.official.edits["issuer"].text() == "四川省商务厅文件"

    tab.draft.save()
    again = make_tab(qtbot, store)
    try:
        assert again.current_recipe().official == recipe.official and again.current_recipe().template == "gbt9704"
        assert again.settings.official.edits["doc_number"].text() == "川商〔2026〕12号"
        assert shown(again, "doc_number") and not shown(again, "bulletin")
    finally:
        again.shutdown()


def test_each_part_is_one_undo_step_and_typing_merges(qtbot, tab):
    choose(tab, "jianbao")
    stack = tab.undo_stack
    steps = stack.count()
    type_into(qtbot, tab, "bulletin", "自贸试验区工作简报")
    type_into(qtbot, tab, "issue", "12")
    assert stack.count() == steps + 2 and stack.undoText() == "edit 'Issue number'"
    stack.undo()
    assert tab.settings.official.edits["issue"].text() == "" and tab.current_recipe().official.issue == ""
    stack.undo()
    assert tab.current_recipe().official.bulletin == ""
    stack.redo()
    stack.redo()
    assert (tab.current_recipe().official.bulletin, tab.current_recipe().official.issue) == ("自贸试验区工作简报", "12")
    stack.undo()                     # and the template choice itself
    stack.undo()
    stack.undo()
    assert tab.current_recipe().template == "standard" and not tab.settings.official.isVisibleTo(tab.settings)


def test_ctrl_z_in_the_window_undoes_a_part(qtbot, main_window):
    composer = main_window.select_tab("brief")
    choose(composer, "gbt9704")
    type_into(qtbot, composer, "doc_number", "川商〔2026〕12号")
    assert main_window.undo_action.text() == "&Undo edit 'Document number'"
    composer.view.setFocus()
    qtbot.keyClick(composer.view, Qt.Key.Key_Z, CTRL)
    assert composer.current_recipe().official.doc_number == ""
    assert composer.settings.official.edits["doc_number"].text() == ""
    assert main_window.redo_action.text() == "&Redo edit 'Document number'"


def test_a_bad_issue_number_is_refused_at_the_field(qtbot, tab):
    choose(tab, "jianbao")
    type_into(qtbot, tab, "issue", "12a")
    form = tab.settings.official
    assert form.message("issue") == "Issue number takes digits only, e.g. 12"
    assert form._messages["issue"].isVisibleTo(tab.settings)
    assert tab.current_recipe().official.issue == ""        # left out until it is put right
    assert tab.undo_stack.undoText() == "change the template"
    qtbot.keyClick(form.edits["issue"], Qt.Key.Key_Backspace)
    assert form.message("issue") == "" and not form._messages["issue"].isVisibleTo(tab.settings)
    assert tab.current_recipe().official.issue == "12" and tab.undo_stack.undoText() == "edit 'Issue number'"


def test_a_date_being_typed_is_no_mistake_until_the_field_is_left(qtbot, tab):
    choose(tab, "gbt9704")
    type_into(qtbot, tab, "print_date", "2026-0")
    form = tab.settings.official
    assert form.message("print_date") == "" and tab.current_recipe().official.print_date == ""
    qtbot.keyClick(form.edits["print_date"], Qt.Key.Key_Return)     # editing finished
    assert form.message("print_date") == "Print date is not a date; write it as 2026-03-05"
    type_into(qtbot, tab, "print_date", "3-5")
    assert form.message("print_date") == "" and tab.current_recipe().official.print_date == "2026-03-05"


@pytest.mark.parametrize(("name", "text", "message"), [
    ("copy_number", "1234567", "Copy number has at most six digits"),
    ("copies", "二百", "Copies printed takes digits only, e.g. 200"),
    ("print_date", "2026-02-30", "Print date is not a date; write it as 2026-03-05"),
])
def test_other_bad_values_are_refused_with_a_message_naming_the_part(qtbot, tab, name, text, message):
    choose(tab, "jianbao" if name == "copies" else "gbt9704")
    type_into(qtbot, tab, name, text)
    assert tab.settings.official.message(name) == message
    assert getattr(tab.current_recipe().official, name) == ""


def test_a_text_only_brief_tells_its_pages_on_the_grid(qtbot, tab, store):
    tab.apply_recipe(text_only(tab, "standard"))
    refreshed(qtbot, tab)
    assert not tab.preview.page_count.isVisibleTo(tab.preview)     # the standard look counts no grid
    choose(tab, "gbt9704")
    refreshed(qtbot, tab)
    recipe = tab.current_recipe()
    pages = predicted_pages(build_document(recipe, store.dataset(), load_content("en"), dpi=80))
    assert pages is not None and tab.preview.pages == pages
    unit = "page" if pages == 1 else "pages"
    assert tab.preview.page_count.text() == f"About {pages} {unit} (22 lines of 28 characters)"
    assert tab.preview.page_count.isVisibleTo(tab.preview)

    tab.apply_recipe(replace(recipe, charts=[tab.default_recipe().charts[0]]))
    refreshed(qtbot, tab)
    assert tab.preview.pages is None
    assert tab.preview.page_count.text().startswith("The page count is known after export")


def test_the_page_count_reads_in_chinese(qtbot, store, chinese, dialogs):
    tab = make_tab(qtbot, store, "zh")
    try:
        tab.apply_recipe(replace(text_only(tab, "jianbao"), language="zh"))
        refreshed(qtbot, tab)
        assert tab.preview.page_count.text() == f"约 {tab.preview.pages} 页（每页 22 行，每行 28 字）"
    finally:
        tab.shutdown()


def test_missing_fonts_are_named_before_the_export_in_the_windows_language(qtbot, store, chinese, dialogs,
                                                                           monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from ftz_desktop.brief import installed_fonts
    from ftz_desktop.ui.brief.preflight_dialog import PreflightDialog

    monkeypatch.setattr(installed_fonts, "installed_families", lambda: frozenset({"DejaVu Sans"}))
    shown: list[PreflightDialog] = []

    def exec_(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Rejected         # seen, then cancelled

    monkeypatch.setattr(PreflightDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("cancelled at the check"))
    tab = make_tab(qtbot, store, "zh")
    try:
        choose(tab, "gbt9704")
        assert not tab.export_with_dialog()
        (dialog,) = shown
        assert dialog.summary.text().startswith("本简报有") and not dialog.has_errors
        texts = [(f.kind, dialog.list.item(row).text()) for row, f in enumerate(dialog.findings)]
        (fonts,) = [text for kind, text in texts if kind == "fonts_missing"]
        assert fonts.startswith("本机缺少“机关常用”字体方案中的字体：") and "Windows 自带" in fonts
        # the data checks read in Chinese too, with the figures' Chinese names
        assert any(kind == "inconsistent" and text.startswith("四川省对共建“一带一路”国家货物进出口额年均增长率")
                   for kind, text in texts)
    finally:
        tab.shutdown()
