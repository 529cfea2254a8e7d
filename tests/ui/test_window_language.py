"""The window in Chinese: on a Chinese system from the start, and switched at run time without losing anything."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox

from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui import i18n
from ftz_desktop.ui.main_window import MainWindow

CHINESE_TABS = ["概览", "发展现状", "存在的不足", "发展机遇", "对策建议", "数据", "简报"]


@pytest.fixture
def english_after():
    yield
    i18n.install_language("en")


def _settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _tabs(window):
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_a_chinese_system_gets_the_chinese_window(qtbot, store, tmp_path, monkeypatch, english_after):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    settings = _settings(tmp_path)
    language = i18n.chosen_language(settings)
    assert language == "zh"
    i18n.install_language(language)
    window = MainWindow(store, load_content(language), settings=settings)
    qtbot.addWidget(window)
    assert _tabs(window) == CHINESE_TABS
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    overview = window.select_tab("overview")
    texts = " ".join(label.text() for label in overview.findChildren(type(window._workspace_label)))
    assert "8346.4亿元" in texts and "billion" not in texts
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)     # Qt's own buttons, from qtbase_zh_CN
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_switching_language_retranslates_the_open_window_and_keeps_the_work(qtbot, store, content, tmp_path,
                                                                            english_after):
    settings = _settings(tmp_path)
    window = MainWindow(store, content, settings=settings)
    qtbot.addWidget(window)
    composer = window.select_tab("brief")
    recipe = composer.current_recipe()
    recipe.title = "My brief for the director"
    recipe.charts = recipe.charts[:1]
    composer.apply_recipe(recipe)
    window.undo_stack.push(QUndoCommand("an edit"))        # stands for a data edit on the shared stack
    window.language_actions["zh"].trigger()
    assert window.language == "zh" and settings.value(i18n.SETTING) == "zh"
    assert _tabs(window) == CHINESE_TABS and window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.context.content.language == "zh"
    rebuilt = window.tab_widget("brief")
    assert rebuilt is not composer
    carried = rebuilt.current_recipe()
    assert carried.title == "My brief for the director" and carried.charts == recipe.charts
    assert window.undo_stack.count() == 1                   # nothing on the undo stack is lost
    assert window.context.dataset().indicators["chengdu_goods_trade_total"].name == "成都市货物进出口总额"
    window.language_actions["en"].trigger()
    assert _tabs(window)[0] == "Overview" and window.context.content.language == "en"

