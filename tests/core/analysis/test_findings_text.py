"""Findings in Chinese: every kind the checks make reads in Chinese, naming the figure by its Chinese name."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ftz_desktop.core.analysis.checks import Finding, run_checks
from ftz_desktop.core.analysis.findings_text import finding_text, in_language
from ftz_desktop.core.study.content import load_content
from ftz_desktop.core.study.names import localized
from ftz_desktop.core.study.shipped import load_shipped_dataset

SOURCES = Path(__file__).resolve().parents[3] / "ftz_desktop"
KINDS = sorted(set(re.findall(r'Finding\(\s*"(?:error|warning)",\s*"([a-z_]+)"',
                              (SOURCES / "core" / "analysis" / "checks.py").read_text(encoding="utf-8")
                              + (SOURCES / "brief" / "preflight.py").read_text(encoding="utf-8"))))
# The pre-export check's kinds about the template and fonts name files and font families: English is kept.
# Kinds about something other than a known figure (the whole brief, an item, an id nobody knows).
NAMELESS = {"empty_brief", "not_computable", "empty_text", "item_unknown_indicator", "unknown_indicator"}
KEPT_ENGLISH = {"template", "template_styles", "no_font", "unknown_id", "empty_text_choice"}
# Kinds whose message is made in the user's language where it is made (core.translate.tr).
MADE_IN_LANGUAGE = {"fonts_missing"}


@pytest.fixture(scope="module")
def chinese():
    dataset = load_shipped_dataset()
    return dataset, localized(dataset, "zh")


def test_the_shipped_findings_read_in_chinese_with_chinese_names(chinese):
    dataset, named = chinese
    findings = in_language(run_checks(dataset, load_content("zh")), named, "zh")
    assert findings
    for finding in findings:
        assert not re.search(r"[A-Za-z]{3,}", finding.message), finding.message
    assert "成都市货物进出口总额（成都市，2017年）：研究所述为4605.88亿元，据研究所列其他数据计算为4605.86亿元" in \
        " ".join(f.message for f in findings)


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in KEPT_ENGLISH | MADE_IN_LANGUAGE])
def test_every_kind_of_finding_has_its_chinese_form(kind, chinese):
    _, named = chinese
    finding = Finding("warning", kind, "English message", indicator_id="chengdu_goods_exports",
                      key="chengdu_goods_exports|CD|2018", stated=500.51, computed=501.0, item_id="sc-talent")
    text = finding_text(finding, named, "zh")
    assert text != "English message"
    if kind not in NAMELESS:
        assert "成都市货物出口额" in text       # the figure by its Chinese name


def test_english_keeps_the_checkers_words(chinese):
    dataset, _ = chinese
    findings = run_checks(dataset)
    assert in_language(findings, dataset, "en") == findings
