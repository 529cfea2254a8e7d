"""A Chinese brief of the shipped study: Chinese text, names, captions, tables and dates; money in 亿元."""
from __future__ import annotations

import re

import docx
import pytest

from ftz_desktop.brief.export import export_brief
from ftz_desktop.brief.words import WORDS
from ftz_desktop.charts.catalog import CHARTS
from ftz_desktop.core.recipe import default_recipe
from ftz_desktop.core.study.content import load_content
from ftz_desktop.core.study.shipped import load_shipped_dataset

# Latin words a Chinese brief may carry: the name of a customs service and the marks of a source list.
ALLOWED_LATIN = {"KEY"}


@pytest.fixture(scope="module")
def chinese_brief(tmp_path_factory):
    dataset, content = load_shipped_dataset(), load_content("zh")
    recipe = default_recipe(content, dataset, list(CHARTS))
    recipe.appendix_tables = True
    recipe.date = "2026-12-01"
    path = tmp_path_factory.mktemp("zh") / "简报.docx"
    export_brief(recipe, dataset, content, path)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return texts, cells


def _latin_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", text)) - ALLOWED_LATIN


def test_every_word_the_brief_adds_has_its_chinese_form():
    assert set(WORDS["zh"]) == set(WORDS["en"])


def test_a_chinese_brief_has_no_english_the_app_adds(chinese_brief):
    texts, cells = chinese_brief
    found = {word: text for text in texts + cells for word in _latin_words(text)}
    assert found == {}


def test_a_chinese_brief_shows_money_in_yi_yuan_and_chinese_dates_and_captions(chinese_brief):
    texts, cells = chinese_brief
    assert "中国（四川）自由贸易试验区发展情况简报" in texts and "2026年12月1日" in texts
    assert "8346.4亿元" in cells and "5.17万标箱" in cells and "2023年一季度" in cells
    assert not any("billion" in t or "十亿元" in t for t in texts + cells)
    assert any(t.startswith("图1　") for t in texts) and any(t.startswith("表1　") for t in texts)
    assert any(t.startswith("资料来源：") for t in texts)
    assert "资料来源" in texts and "主要数据" in " ".join(texts)
