"""The data checks' findings as a reader meets them: a footnote at the figure, in plain words.

Only a *material* finding about one printed figure becomes a footnote (``Finding.materiality``, decided
by core.analysis.checks): a difference at the level of the study's rounding stays in the app. The
footnote says what the study gives and what its own figures give, without the checker's formula,
tolerance or vocabulary:

    The study gives 10.9%; its own 2013 and 2022 values of Sichuan's trade … give 10.6% a year.
    研究给出的数值为10.9%，按研究所列2013年和2022年……计算为10.6%。
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

from ftz_desktop.core.analysis.checks import Finding
from ftz_desktop.core.analysis.derived import DerivedDefinition, derived_definitions, parse_key
from ftz_desktop.core.domain.formatting import format_with_unit
from ftz_desktop.core.domain.model import Dataset, Indicator, ObservationKey
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.study.names import load_names

# Findings that compare or question one stated figure; others (a gap, a missing source) are the app's.
FOOTNOTE_KINDS = ("inconsistent", "impossible_share")
_BASIS = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*$")      # the definition name's closing "(implied by …)"
_PER_YEAR_FORMULAS = ("cagr_pct",)


@functools.lru_cache(maxsize=1)
def _definitions() -> dict[str, DerivedDefinition]:
    return {d.id: d for d in derived_definitions()}


def _value(value: float, indicator: Indicator, language: str) -> str:
    # The computed figure to the stated figure's decimals: 10.557… reads as 10.6%, as the study would write it.
    return format_with_unit(value, indicator, language)


def _one_series(definition: DerivedDefinition) -> Optional[tuple[str, list[str]]]:
    """(indicator id, periods) when every input is a stated figure of one indicator and place."""
    keys = [parse_key(token) for token in definition.inputs]
    if not keys or any(k is None for k in keys):
        return None
    series = {(k[0], k[1]) for k in keys if k is not None}
    if len(series) != 1:
        return None
    return keys[0][0], sorted(k[2] for k in keys if k is not None)   # type: ignore[index]


def _basis(definition: Optional[DerivedDefinition], dataset: Dataset, language: str) -> tuple[str, str]:
    """(what the computation rests on, what the computed value is) as words of the sentence."""
    zh = language == "zh"
    if definition is None:
        return ("按研究所列其他数据计算", "为") if zh else ("its other figures", "")
    per_year = definition.formula in _PER_YEAR_FORMULAS
    series = _one_series(definition)
    if series is not None and series[0] in dataset.indicators:
        name = dataset.indicators[series[0]].name
        periods = [period_label(p, language) for p in series[1]]
        if zh:
            return f"按研究所列{'和'.join(periods)}{name}计算", "，年均增长" if per_year else "为"
        return f"its own {' and '.join(periods)} values of {name}", " a year" if per_year else ""
    name = load_names(language).derived_name(definition.id, definition.name) if zh else definition.name
    match = _BASIS.search(name)
    detail = match.group(1) if match and match.group(1) not in ("computed", "计算值") else ""
    if zh:
        # "由出口和进口增速推算" already says how; otherwise say it is computed from the study's figures.
        return (detail if detail.startswith("由") else "按研究所列其他数据计算"), "为"
    return "its other figures" + (f" ({detail})" if detail else ""), ""


def footnote_text(finding: Finding, dataset: Dataset, language: str = "en") -> str:
    """The finding as a footnote at its figure; ``dataset`` carries the names in ``language``."""
    indicator = dataset.indicators.get(finding.indicator_id) or dataset.indicators.get(finding.key.split("|")[0])
    if indicator is None or finding.computed is None:
        return ""
    computed = _value(finding.computed, indicator, language)
    zh = language == "zh"
    if finding.kind == "impossible_share":
        return (f"按研究所列数据计算，这一比重为{computed}，部分不能大于整体，所依据的数据有误。" if zh else
                f"Computed from the study's own figures, this share would be {computed}, which a part of a whole "
                "cannot be; one of the figures it rests on is wrong.")
    if finding.stated is None:
        return ""
    stated = _value(finding.stated, indicator, language)
    basis, qualifier = _basis(_definitions().get(finding.derived_id), dataset, language)
    if zh:
        return f"研究给出的数值为{stated}，而{basis}{qualifier}{computed}。"
    return f"The study gives {stated}; {basis} give {computed}{qualifier}."


class FootnoteBook:
    """The footnotes a brief may carry, by figure; each is given once, at the figure's first appearance."""

    def __init__(self, findings: Iterable[object], dataset: Dataset, language: str) -> None:
        self._texts: dict[ObservationKey, str] = {}
        for finding in findings:
            if not isinstance(finding, Finding) or finding.materiality != "material" \
                    or finding.kind not in FOOTNOTE_KINDS or finding.key.count("|") != 2:
                continue
            key = tuple(finding.key.split("|"))
            text = footnote_text(finding, dataset, language)
            if text and key not in self._texts:
                self._texts[key] = text   # type: ignore[index]
        self._given: set[ObservationKey] = set()

    def take(self, key: ObservationKey) -> str:
        """The footnote for the figure ``key`` the first time it is printed; "" afterwards or without one."""
        if key in self._given or key not in self._texts:
            return ""
        self._given.add(key)
        return self._texts[key]
