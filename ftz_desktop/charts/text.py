"""The fixed words on the charts, in English and Chinese.

Indicator names, units and geography names come from the Dataset; only the short labels the
charts add themselves (series names, titles, "no data") live here.
"""
from __future__ import annotations

import re
from typing import Sequence

from ftz_desktop.core.domain.periods import period_label

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        # A chart's title names the periods it draws ("{periods}", from charts.periods); the plain
        # title is for a chart that has no data to draw.
        "title.chengdu_trade_2017_2022": "Chengdu's imports and exports of goods",
        "title.chengdu_trade_2017_2022.periods": "Chengdu's imports and exports of goods, {periods}",
        "title.bri_trade_2013_2022": "Sichuan's trade with Belt and Road countries",
        "title.bri_trade_2013_2022.periods": "Sichuan's trade with Belt and Road countries, {periods}",
        "title.chengdu_trade_by_mode_2022": "Chengdu's imports and exports by trade mode",
        "title.chengdu_trade_by_mode_2022.periods": "Chengdu's imports and exports by trade mode, {periods}",
        "title.luzhou_port": "Luzhou port and the Luzhou Comprehensive Bonded Zone",
        "title.luzhou_port.periods": "Luzhou port and the Luzhou Comprehensive Bonded Zone, {periods}",
        "title.ftz_fdi_share": "The zone's share of the province's actual use of foreign investment",
        "title.ftz_fdi_share.periods": "The zone's share of the province's actual use of foreign investment, "
                                       "{periods}",
        "title.ftz_weight_in_province": "The zone's weight in Sichuan Province",
        "title.ftz_weight_in_province.periods": "The zone's weight in Sichuan Province, {periods}",
        "source": "Source: ",
        "sources": "Sources: ",
        "source_none": "Source: none (no data)",
        "no_data": "no data",
        "no_data_for": "No data for {what}",
        "exports": "Exports",
        "imports": "Imports",
        "total": "Total",
        "general_trade": "General trade",
        "processing_trade": "Processing trade",
        "market_procurement": "Market procurement exports",
        "other_modes": "Other modes",
        "other_modes_note": "Other modes = total minus the modes above (computed).",
        "parts_exceed_total": "The modes add up to more than the total",
        "share_of_total": "{label}, share of the total",
        "total_note": "Total {value}",
        "avg_growth": "Average annual growth {value}\n({period})",
        "growth_note": "Below each value: its growth on the same period a year earlier.",
        "port_title": "{port}: container throughput",
        "zone_title": "{zone}: trade, {period}",
        "zone_title_none": "{zone}: trade",
        "label_period": "{label} ({period})",
        "cbz_total": "Total",
        "pp_change": "{value} percentage points",
        "change_label": "Change",
        "percentage_points": "percentage points",
        "area": "Area",
        "fdi": "Foreign direct investment",
        "new_enterprises": "New enterprises",
        "province_whole": "Whole province = 100%",
        "share_axis": "Share of the province (%)",
    },
    "zh": {
        "title.chengdu_trade_2017_2022": "成都市货物进出口",
        "title.chengdu_trade_2017_2022.periods": "成都市货物进出口（{periods}）",
        "title.bri_trade_2013_2022": "四川与“一带一路”沿线国家贸易额",
        "title.bri_trade_2013_2022.periods": "四川与“一带一路”沿线国家贸易额（{periods}）",
        "title.chengdu_trade_by_mode_2022": "成都市分贸易方式进出口",
        "title.chengdu_trade_by_mode_2022.periods": "{periods}成都市分贸易方式进出口",
        "title.luzhou_port": "泸州港与泸州综合保税区",
        "title.luzhou_port.periods": "泸州港与泸州综合保税区（{periods}）",
        "title.ftz_fdi_share": "自贸试验区实际利用外资占全省比重",
        "title.ftz_fdi_share.periods": "自贸试验区实际利用外资占全省比重（{periods}）",
        "title.ftz_weight_in_province": "自贸试验区在全省的分量",
        "title.ftz_weight_in_province.periods": "自贸试验区在全省的分量（{periods}）",
        "source": "资料来源：",
        "sources": "资料来源：",
        "source_none": "资料来源：无（无数据）",
        "no_data": "无数据",
        "no_data_for": "无数据：{what}",
        "exports": "出口",
        "imports": "进口",
        "total": "进出口总额",
        "general_trade": "一般贸易",
        "processing_trade": "加工贸易",
        "market_procurement": "市场采购出口",
        "other_modes": "其他贸易方式",
        "other_modes_note": "其他贸易方式 = 总额减去以上各方式（计算值）。",
        "parts_exceed_total": "各贸易方式之和超过总额",
        "share_of_total": "{label}占总额比重",
        "total_note": "总额 {value}",
        "avg_growth": "年均增长 {value}\n（{period}）",
        "growth_note": "数值下方为同比增长率。",
        "port_title": "{port}：集装箱吞吐量",
        "zone_title": "{zone}：{period}进出口",
        "zone_title_none": "{zone}：进出口",
        "label_period": "{label}（{period}）",
        "cbz_total": "进出口总额",
        "pp_change": "{value} 个百分点",
        "change_label": "变化",
        "percentage_points": "百分点",
        "area": "面积",
        "fdi": "外商直接投资",
        "new_enterprises": "新设企业",
        "province_whole": "全省 = 100%",
        "share_axis": "占全省比重（%）",
    },
}

_YEAR = re.compile(r"^\d{4}$")


def text(key: str, language: str = "en", **values: object) -> str:
    table = _TEXT.get(language, _TEXT["en"])
    template = table.get(key, _TEXT["en"][key])
    return template.format(**values) if values else template


def unit_text(unit: str, language: str = "en") -> str:
    """A stored unit's name in ``language`` (data/<language>/terms.csv, kept by the policy editor)."""
    if language == "en":
        return unit
    from ftz_desktop.core.study.names import load_names

    return load_names(language).term("unit", unit, unit)


def period_text(period: str, language: str = "en") -> str:
    """A period as a tick label: in Chinese a year stays a bare "2022" under its bar, the rest reads as in
    prose ("2023年一季度", "2013—2022年")."""
    if language == "zh" and not _YEAR.match(period):
        return period_label(period, "zh")
    return period_label(period)


def period_name(period: str, language: str = "en") -> str:
    """A period as it reads in a title or a sentence: "Q1 2023", "2013–2022"; in Chinese with its
    unit ("2022年", "2023年一季度"), where a tick label under a bar stays a bare "2022"."""
    return period_label(period, language)


def periods_text(periods: Sequence[str], language: str = "en", listed: bool = False) -> str:
    """The periods a chart draws (oldest first) as its title names them: a range "2017–2022", or with
    listed, up to three named one by one ("2013 and 2022"), for a chart of a few chosen points."""
    if not periods:
        return ""
    names = [period_name(p, language) for p in periods]
    if len(names) == 1:
        return names[0]
    if listed and len(names) <= 3:
        if language == "zh":
            return "、".join(names[:-1]) + "和" + names[-1]
        return ", ".join(names[:-1]) + " and " + names[-1]
    first, last = periods[0], periods[-1]
    if language == "zh":
        return f"{first}—{last}年" if _YEAR.match(first) and _YEAR.match(last) else f"{names[0]}—{names[-1]}"
    # An en dash closes up between single words (2017–2022) and is spaced between longer ones.
    spaced = " " in names[0] or " " in names[-1]
    return f"{names[0]} – {names[-1]}" if spaced else f"{names[0]}–{names[-1]}"


def chart_title_text(chart_id: str, periods: Sequence[str], language: str = "en", listed: bool = False) -> str:
    """The chart's title for the periods it draws; the plain title when it draws none."""
    shown = periods_text(periods, language, listed)
    if not shown:
        return text(f"title.{chart_id}", language)
    return text(f"title.{chart_id}.periods", language, periods=shown)
