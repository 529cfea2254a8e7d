"""Consistency and data checks: what a statistician should look at before trusting a figure.

Three groups: stated figures that disagree with the figures they derive from, problems in the data
itself, and text that refers to figures or indicators the data does not have. Nothing is fixed here;
each problem becomes a Finding that names the numbers involved.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Optional

from ftz_desktop.core.analysis.derived import DerivedDefinition, compute_derived, default_tolerance, stated_decimals
from ftz_desktop.core.domain.formatting import format_number
from ftz_desktop.core.domain.model import QUALIFIERS, Dataset, Observation, ObservationKey
from ftz_desktop.core.domain.periods import period_label, period_sort_key
from ftz_desktop.core.study.textfill import figure_refs

if TYPE_CHECKING:
    from ftz_desktop.core.study.content import Content

SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Finding:
    severity: str                      # "error" | "warning"
    kind: str                          # "inconsistent", "no_source", "gap", ...
    message: str
    indicator_id: str = ""
    key: str = ""                      # "indicator_id|GEO|PERIOD" where one observation is meant
    stated: Optional[float] = None
    computed: Optional[float] = None
    formula: str = ""
    derived_id: str = ""
    item_id: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def observation_in(self, dataset: Dataset) -> Optional[Observation]:
        """The one observation this finding is about, if it is about one (and it still exists)."""
        parts = self.key.split("|") if self.key else []
        return dataset.get(parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def _key_text(obs: Observation) -> str:
    return "|".join(obs.key)


def _where(dataset: Dataset, obs: Observation) -> str:
    indicator = dataset.indicators.get(obs.indicator_id)
    name = indicator.name if indicator else obs.indicator_id
    return f"{name} ({dataset.geography_name(obs.geography)}, {period_label(obs.period)})"


def _with_unit(value: float, decimals: int, unit: str) -> str:
    number = format_number(value, decimals)
    if unit == "count":
        return number
    return f"{number}%" if unit == "%" else f"{number} {unit}"


# ---- consistency of stated and derived figures ---------------------------------------------------

def _disagrees(computed: float, stated: float, tolerance: float, qualifier: str) -> bool:
    """A "more than" figure is only contradicted by a smaller result, a "less than" one by a larger."""
    slack = tolerance + 1e-9 * max(1.0, abs(stated))   # binary fractions: 5.36 + 5.15 is 10.510000000000002
    if qualifier == "more_than":
        return computed < stated - slack
    if qualifier == "less_than":
        return computed > stated + slack
    return abs(computed - stated) > slack


def _consistency(dataset: Dataset, definitions: Optional[list[DerivedDefinition]]) -> list[Finding]:
    findings: list[Finding] = []
    for result in compute_derived(dataset, definitions):
        d = result.definition
        if result.value is None:
            missing = bool(result.missing_inputs)
            findings.append(Finding(
                "warning", "missing_input" if missing else "not_computable",
                f"{d.name} cannot be computed: {result.reason} ({result.formula_text})",
                key=result.missing_inputs[0] if missing else "", formula=result.formula_text, derived_id=d.id,
                indicator_id=(result.missing_inputs[0].split("|")[0] if missing else "")))
            continue
        key = d.compares_with_key
        if key is None:
            continue
        stated = dataset.get(*key)
        if stated is None or stated.value is None:
            findings.append(Finding("warning", "no_stated_figure",
                                    f"{d.name} is to be checked against {d.compares_with}, which has no value",
                                    indicator_id=key[0], key=d.compares_with, computed=result.value,
                                    formula=result.formula_text, derived_id=d.id))
            continue
        tolerance = default_tolerance(stated.value) if d.tolerance is None else d.tolerance
        if not _disagrees(result.value, stated.value, tolerance, stated.qualifier):
            continue
        shown = max(d.decimals, stated_decimals(stated.value))
        qualifier = QUALIFIERS.get(stated.qualifier, "")
        findings.append(Finding(
            "warning", "inconsistent",
            f"{_where(dataset, stated)}: the study states {qualifier + ' ' if qualifier else ''}"
            f"{_with_unit(stated.value, stated_decimals(stated.value), d.unit)}, but the figures it derives from "
            f"give {_with_unit(result.value, shown, d.unit)} ({result.formula_text}); "
            f"difference {format_number(result.value - stated.value, shown)}, "
            f"tolerance ±{format_number(tolerance, stated_decimals(tolerance))}",
            indicator_id=key[0], key=d.compares_with, stated=stated.value, computed=result.value,
            formula=result.formula_text, derived_id=d.id))
    return findings


# ---- the data itself -----------------------------------------------------------------------------

def _data_problems(dataset: Dataset) -> list[Finding]:
    findings: list[Finding] = []
    counts = Counter(o.key for o in dataset.observations)
    reported: set[ObservationKey] = set()
    for obs in dataset.observations:
        where, key = _where(dataset, obs), _key_text(obs)
        indicator = dataset.indicators.get(obs.indicator_id)
        if counts[obs.key] > 1 and obs.key not in reported:
            reported.add(obs.key)
            findings.append(Finding("error", "duplicate",
                                    f"{where} is entered {counts[obs.key]} times; keep one",
                                    indicator_id=obs.indicator_id, key=key))
        if indicator is None:
            findings.append(Finding("error", "unknown_indicator",
                                    f"{key} belongs to no known indicator", indicator_id=obs.indicator_id, key=key))
        if dataset.geographies and obs.geography not in dataset.geographies:
            findings.append(Finding("error", "unknown_geography", f"{where}: unknown geography '{obs.geography}'",
                                    indicator_id=obs.indicator_id, key=key))
        if obs.source_id not in dataset.sources:
            named = f"'{obs.source_id}' is not a known source" if obs.source_id else "no source is given"
            findings.append(Finding("error", "no_source", f"{where}: {named}",
                                    indicator_id=obs.indicator_id, key=key))
        if indicator is not None and _out_of_range(obs.value, indicator.min_value, indicator.max_value):
            low, high = indicator.min_value, indicator.max_value
            bounds = (f"{'−∞' if low is None else format_number(low, 9)} to "
                      f"{'∞' if high is None else format_number(high, 9)}")
            findings.append(Finding("error", "out_of_range",
                                    f"{where}: {format_number(obs.value, 9)} is outside the allowed range {bounds}",
                                    indicator_id=obs.indicator_id, key=key, stated=obs.value))
    findings.extend(_gaps(dataset))
    used = {o.indicator_id for o in dataset.observations}
    for indicator in dataset.indicators.values():
        if indicator.id not in used:
            findings.append(Finding("warning", "no_observations", f"{indicator.name} has no observations",
                                    indicator_id=indicator.id))
    return findings


def _out_of_range(value: Optional[float], low: Optional[float], high: Optional[float]) -> bool:
    if value is None:
        return False
    return not math.isfinite(value) or (low is not None and value < low) or (high is not None and value > high)


def _gaps(dataset: Dataset) -> list[Finding]:
    """Periods entered without a value. Periods not entered at all are not gaps: the study often
    gives only a start and an end."""
    missing: dict[tuple[str, str], list[str]] = {}
    for obs in dataset.observations:
        if obs.value is None:
            missing.setdefault((obs.indicator_id, obs.geography), []).append(obs.period)
    findings = []
    for (indicator_id, geography), periods in missing.items():
        periods = sorted(set(periods), key=period_sort_key)
        indicator = dataset.indicators.get(indicator_id)
        findings.append(Finding(
            "warning", "gap",
            f"{indicator.name if indicator else indicator_id} ({dataset.geography_name(geography)}) has no value for "
            f"{', '.join(period_label(p) for p in periods)}",
            indicator_id=indicator_id, key=f"{indicator_id}|{geography}|{periods[0]}"))
    return findings


# ---- the text ------------------------------------------------------------------------------------

def _content_problems(dataset: Dataset, content: "Content") -> list[Finding]:
    findings: list[Finding] = []
    for item in content.all_items():
        if not item.summary.strip() or not "".join(item.paragraphs).strip():
            empty = "summary" if not item.summary.strip() else "full text"
            findings.append(Finding("error", "empty_text", f"Item '{item.title}' ({item.id}) has an empty {empty}",
                                    item_id=item.id))
        for ref in figure_refs("\n".join((item.title, item.summary) + tuple(item.paragraphs))):
            obs = dataset.get(*ref.key)
            if obs is None or obs.value is None:
                state = "which is not in the data" if obs is None else "which has no value"
                key = "|".join(ref.key)
                findings.append(Finding("error", "missing_figure",
                                        f"Item '{item.title}' ({item.id}) refers to the figure {key}, {state}",
                                        indicator_id=ref.key[0], key=key, item_id=item.id))
        for indicator_id in item.indicators:
            if indicator_id not in dataset.indicators:
                findings.append(Finding("error", "item_unknown_indicator",
                                        f"Item '{item.title}' ({item.id}) lists the unknown indicator '{indicator_id}'",
                                        indicator_id=indicator_id, item_id=item.id))
    return findings


def run_checks(dataset: Dataset, content: Optional["Content"] = None,
               definitions: Optional[list[DerivedDefinition]] = None) -> list[Finding]:
    """Every finding, errors first; within a severity, in the order they were found."""
    findings = _data_problems(dataset) + _consistency(dataset, definitions)
    if content is not None:
        findings += _content_problems(dataset, content)
    return sorted(findings, key=lambda f: SEVERITIES.index(f.severity))
