"""A finding in the reader's language: the checker writes English; a Chinese reader gets the same finding
in Chinese, built from the finding's own fields (the figure, the stated and the computed value) and the
data's Chinese names, so the field, the figure and the row are named as in English.

A kind without a Chinese form falls back to the English message (a test keeps the list complete for the
kinds the checks make).
"""
from __future__ import annotations

import dataclasses
from typing import Callable, Iterable, Optional

from ftz_desktop.core.analysis.checks import Finding
from ftz_desktop.core.domain.formatting import format_with_unit
from ftz_desktop.core.domain.model import Dataset, Indicator, Observation
from ftz_desktop.core.domain.periods import period_label, period_sort_key


def _figure(dataset: Dataset, finding: Finding) -> tuple[Optional[Observation], Optional[Indicator], str]:
    """(observation, indicator, "成都市货物进出口总额（成都市，2017年）") of the finding's figure."""
    parts = finding.key.split("|") if finding.key else []
    indicator = dataset.indicators.get(finding.indicator_id or (parts[0] if parts else ""))
    name = indicator.name if indicator else (finding.indicator_id or finding.key)
    if len(parts) != 3:
        return None, indicator, name
    obs = dataset.get(*parts)
    return obs, indicator, f"{name}（{dataset.geography_name(parts[1])}，{period_label(parts[2], 'zh')}）"


def _value(value: Optional[float], indicator: Optional[Indicator]) -> str:
    if value is None:
        return "—"
    return format_with_unit(value, indicator, "zh") if indicator else f"{value:g}"


def _gap_periods(dataset: Dataset, finding: Finding) -> str:
    parts = finding.key.split("|")
    periods = sorted({o.period for o in dataset.series(parts[0], parts[1]) if o.value is None}, key=period_sort_key)
    return "、".join(period_label(p, "zh") for p in periods)


def _zh(finding: Finding, dataset: Dataset) -> Optional[str]:
    obs, indicator, where = _figure(dataset, finding)
    kind = finding.kind
    stated, computed = _value(finding.stated, indicator), _value(finding.computed, indicator)
    texts: dict[str, Callable[[], str]] = {
        "inconsistent": lambda: f"{where}：研究所述为{stated}，据研究所列其他数据计算为{computed}，两者不一致",
        "impossible_share": lambda: f"{where}：据所列数据计算的比重为{computed}，部分不可能大于整体或小于零，"
                                    "所依据的数据中有误",
        "missing_input": lambda: f"{where}缺少数值，相关派生数据无法计算",
        "not_computable": lambda: "一项派生数据无法计算，请在“派生数据”页查看原因",
        "no_stated_figure": lambda: f"{where}没有数值，无法与计算结果核对",
        "duplicate": lambda: f"{where}重复录入，请只保留一条",
        "unknown_indicator": lambda: f"{finding.key}不属于任何已知指标",
        "unknown_geography": lambda: f"{where}：地区代码未知",
        "no_source": lambda: f"{where}：没有注明来源",
        "out_of_range": lambda: f"{where}：{stated}超出该指标允许的范围",
        "no_observations": lambda: f"{where}没有任何数据",
        "gap": lambda: f"{where.split('（')[0]}（{dataset.geography_name(finding.key.split('|')[1])}）"
                       f"缺少{_gap_periods(dataset, finding)}的数值",
        "empty_text": lambda: f"条目“{finding.item_id}”的文本为空",
        "missing_figure": lambda: f"条目“{finding.item_id}”引用的数据{where}不在数据中或没有数值",
        "item_unknown_indicator": lambda: f"条目“{finding.item_id}”列出了未知指标“{finding.indicator_id}”",
        # the pre-export check's own kinds
        "no_data": lambda: f"{where}没有数据，主要数据表中以“—”表示",
        "old_data": lambda: f"{where}的最新数据时间较早，请核实是否有更新的数据",
        "unpublished_source": lambda: f"简报中{where}等数据的来源未注明发布单位，读者无法查证；请在“数据”页为该来源补充"
                                      "发布单位，或不选用这些数据",
        "chart_gap": lambda: f"图表中{where}等数据缺失，将显示为空白",
        "empty_brief": lambda: "未勾选任何内容：请至少选择一个条目、指标或图表",
    }
    make = texts.get(kind)
    return make() if make else None


def in_language(findings: Iterable[Finding], dataset: Dataset, language: str) -> list[Finding]:
    """The findings with their messages in ``language`` (the same findings for English)."""
    if language == "en":
        return list(findings)
    return [dataclasses.replace(f, message=finding_text(f, dataset, language)) for f in findings]


def finding_text(finding: Finding, dataset: Dataset, language: str = "en") -> str:
    """The finding's message in ``language`` (``dataset`` with its names in that language)."""
    if language == "zh":
        text = _zh(finding, dataset)
        if text:
            return text + "。"
    return finding.message
