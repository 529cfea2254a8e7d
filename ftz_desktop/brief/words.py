"""Every word the brief adds to the study's text and the data, in each language the brief is written in.

The study's text comes from data/content/<language>/ and the data's names from data/<language>/; this table
holds the rest: headings, captions, table columns, notes, the date. A key missing in a language falls back
to English, and a test checks that none is missing in Chinese.
"""
from __future__ import annotations

import re

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "executive_summary": "Executive summary",
        "key_figures": "Key figures",
        "key_figures_caption": "Key figures: latest value and change on the earlier period",
        "annex_charts": "Annex: further charts",
        "appendix": "Appendix: data tables",
        "appendix_intro": "Every observation of the figures the brief cites.",
        "notes": "Notes",
        "sources": "Sources",
        "source_column_note": "Numbers in the Source column refer to the list of sources at the end of the brief.",
        "approximate_note": "Changes are not computed where a figure is stated approximately (about, nearly, "
                            "more or less than).",
        "study_reference": "Study reference {reference}",
        "col_indicator": "Indicator",
        "col_area": "Area",
        "col_value": "Value",
        "col_period": "Period",
        "col_change": "Change",
        "col_source": "Source",
        "col_status": "Status",
        "col_note": "Note",
        "figure": "Figure",
        "table": "Table",
        "caption": "{label} {number}: {text}",
        "unit_in_title": "{name} ({unit})",
        "status_E": "estimated",
        "status_P": "provisional",
        "status_A": "Reported",
        "status_M": "Missing",
        "list_separator": ", ",
        "sentence_end": ".",
    },
    "zh": {
        "contents": "目录",
        "executive_summary": "内容摘要",
        "key_figures": "主要数据",
        "key_figures_caption": "主要数据：最新数值及与上期比较",
        "annex_charts": "附件：其他图表",
        "appendix": "附件：数据表",
        "appendix_intro": "简报所引数据的全部数值。",
        "notes": "注释",
        "sources": "资料来源",
        "source_column_note": "“来源”栏中的编号对应文末资料来源列表。",
        "approximate_note": "数据为约数（约、近、超过、不足）的，不计算增减变化。",
        "study_reference": "研究参考文献{reference}",
        "col_indicator": "指标",
        "col_area": "地区",
        "col_value": "数值",
        "col_period": "时间",
        "col_change": "变化",
        "col_source": "来源",
        "col_status": "状态",
        "col_note": "备注",
        "figure": "图",
        "table": "表",
        "caption": "{label}{number}　{text}",
        "unit_in_title": "{name}（{unit}）",
        "status_E": "估计值",
        "status_P": "初步值",
        "status_A": "公布值",
        "status_M": "缺失",
        "list_separator": "，",
        "sentence_end": "。",
    },
}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def word(key: str, language: str = "en", **values: object) -> str:
    template = WORDS.get(language, WORDS["en"]).get(key, WORDS["en"][key])
    return template.format(**values) if values else template


def display_date(text: str, language: str = "en") -> str:
    """An ISO date as a reader writes it: "6 May 2024"; in Chinese "2024年5月6日" (成文日期 in Arabic digits).
    Any other text as typed."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        return text
    year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    if language == "zh":
        return f"{year}年{month}月{day}日"
    return f"{day} {MONTHS_EN[month - 1]} {year}"
