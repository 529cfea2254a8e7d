"""Consistency and data checks: what a statistician should look at before trusting a figure.

Three groups: stated figures that disagree with the figures they derive from, problems in the data
itself, and text that refers to figures or indicators the data does not have. Nothing is fixed here;
each problem becomes a Finding that names the numbers involved.

Qualifiers
----------
A stated figure X compared with a computed one c (a derived figure of data/derived.csv with a
``compares_with``) allows a range that depends on the observation's qualifier. Only a computed value
outside that range is a finding (``contradicts``, ``qualifier_band``). t is the definition's declared
tolerance, or else half a unit of X's last stated decimal (its rounding: ±0.05 for 21.9); d is the
declared tolerance, or else 0 (a bound such as "more than" is sharp, so rounding does not widen it):

  ""           exactly X, as rounded:      X − t ≤ c ≤ X + t
  "about"      X give or take the larger of 5% of X and t:  X − w ≤ c ≤ X + w, w = max(5% × |X|, t).
               5% is the widest a writer would still call "about" rather than give another round figure
               ("about 80%" allows 76% to 84%); for small figures the rounding is wider ("about 0.3": ±0.05).
  "nearly"     just short of X, by at most 10% of X:  0.9 X − d ≤ c ≤ X + d (for X < 0 the mirror image,
               X − d ≤ c ≤ 0.9 X + d). Above X contradicts "nearly"; so does anything more than 10% short,
               where a writer would have used the next round figure ("nearly 1/4" covers 22.5% to 25%,
               below that it would be "more than a fifth").
  "more_than"  c > X − d: contradicted by a computed value at or below X ("more than 20,000" by 20,000).
  "less_than"  c < X + d: contradicted by a computed value at or above X.

Values within a billionth of a bound count as on it (binary fractions: 5.36 + 5.15 is 10.510000000000002),
so "more than 3" is contradicted by a computed 3.0000000000001 and 10.51 agrees with it.

Shares computed with ``share_pct`` are also checked on their own: a part's share of its whole must lie
between 0% and 100%, or one of the stated figures it is computed from is wrong (kind "impossible_share").

Materiality
-----------
Every Finding is "material" or "minor" (``materiality_of``). A comparison ("inconsistent") is judged on
D = |X − c| against X and against X's rounding step s (one unit of its last stated decimal: 0.1 for 21.9):

  minor     D ≤ 1% of |X|, or D ≤ 2 s while D ≤ 5% of |X|
  material  otherwise

Two rounding steps: a figure computed from separately rounded inputs can miss a separately rounded
total by up to 1.5 steps (½ step for each of two parts and ½ for the total) without anyone being wrong;
two steps is the first whole number of steps beyond that. 1%: a difference that small does not change
any statement a reader takes from the study. The 5% cap keeps a figure with one or two digits (1 hour,
6 cases) from calling a miss of two whole units minor. The shipped study's five disagreements, by both
criteria alike:

  460.588 vs 460.586 billion yuan  D = 0.002   2 steps,   0.0004%  minor
  21.9% vs 21.84%                  D = 0.064   0.6 steps, 0.29%    minor
  57.5% vs 57.39%                  D = 0.112   1.1 steps, 0.20%    minor
  10.9% vs 10.56%                  D = 0.342   3.4 steps, 3.1%     material
  162.5% vs 179.3%                 D = 16.8    168 steps, 10.3%    material

1% lies near the geometric middle of the largest minor (0.29%) and the smallest material (3.1%)
difference, a factor of about three from each. The same D is used whatever the qualifier, since X is
the figure the reader is given: "more than 20,000" against 19,990 is minor, against 15,000 material.

Findings that compare nothing take their materiality from their kind. Material: every error kind
(duplicate, unknown_indicator, unknown_geography, no_source, out_of_range, missing_figure,
item_unknown_indicator, empty_text: a figure the reader sees may be wrong, unsupported or missing from
the text), impossible_share (a stated figure is wrong) and an "inconsistent" finding made without its
two numbers. Minor: gap, no_observations, missing_input, not_computable and no_stated_figure: nothing
stated is contradicted; a value or a check is missing and is shown as missing. The kind decides, not
the severity, so a finding re-issued as a warning (the brief's preflight) keeps its materiality; a kind
not listed here is material as an error, minor as a warning. The field is filled in when a Finding is
made without one, so every Finding has it.

Order: ``finding_order`` sorts errors first, then material before minor; ``run_checks`` returns its
findings in that order, stable within each group.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Optional

from ftz_desktop.core.analysis.derived import (
    DerivedDefinition,
    DerivedValue,
    compute_derived,
    default_tolerance,
    parse_key,
    rounding_step,
    stated_decimals,
)
from ftz_desktop.core.domain.formatting import format_number
from ftz_desktop.core.domain.model import QUALIFIERS, Dataset, Observation, ObservationKey
from ftz_desktop.core.domain.periods import period_label, period_sort_key
from ftz_desktop.core.study.textfill import figure_refs

if TYPE_CHECKING:
    from ftz_desktop.core.study.content import Content

SEVERITIES = ("error", "warning")
MATERIALITIES = ("material", "minor")

ABOUT_BAND = 0.05          # "about X": X ± 5% (or X's rounding, if wider)
NEARLY_BAND = 0.10         # "nearly X": up to 10% short of X
MINOR_RELATIVE = 0.01      # a difference of at most 1% of the stated figure is minor ...
MINOR_STEPS = 2            # ... and so is one of at most two rounding steps ...
MINOR_STEPS_CAP = 0.05     # ... while that is at most 5% of the stated figure
_FLOAT_SLACK = 1e-9        # relative: binary fractions, not the study, decide differences this small

COMPARISON_KINDS = ("inconsistent",)
KIND_MATERIALITY = {
    "duplicate": "material", "unknown_indicator": "material", "unknown_geography": "material",
    "no_source": "material", "out_of_range": "material", "missing_figure": "material",
    "item_unknown_indicator": "material", "empty_text": "material", "impossible_share": "material",
    "inconsistent": "material",        # only when its two numbers are not given
    "gap": "minor", "no_observations": "minor", "missing_input": "minor", "not_computable": "minor",
    "no_stated_figure": "minor",
}


def _slack(stated: float) -> float:
    return _FLOAT_SLACK * max(1.0, abs(stated))


def difference_materiality(stated: float, computed: float) -> str:
    """"minor" or "material" for a stated figure and the computed one it is compared with (module docstring)."""
    difference = abs(stated - computed)
    slack = _slack(stated)
    if difference <= MINOR_RELATIVE * abs(stated) + slack:
        return "minor"
    if difference <= MINOR_STEPS * rounding_step(stated) + slack and difference <= MINOR_STEPS_CAP * abs(stated):
        return "minor"
    return "material"


def materiality_of(kind: str, severity: str, stated: Optional[float] = None,
                   computed: Optional[float] = None) -> str:
    """A finding's materiality: by the difference for a comparison, by the kind otherwise."""
    if kind in COMPARISON_KINDS and stated is not None and computed is not None \
            and math.isfinite(stated) and math.isfinite(computed):
        return difference_materiality(stated, computed)
    if kind in KIND_MATERIALITY:
        return KIND_MATERIALITY[kind]
    return "material" if severity == "error" else "minor"


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
    materiality: str = ""              # "material" | "minor"; "" when made: filled in by materiality_of

    def __post_init__(self) -> None:
        if not self.materiality:
            object.__setattr__(self, "materiality",
                               materiality_of(self.kind, self.severity, self.stated, self.computed))
        elif self.materiality not in MATERIALITIES:
            raise ValueError(f"materiality must be one of {', '.join(MATERIALITIES)}, not {self.materiality!r}")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def observation_in(self, dataset: Dataset) -> Optional[Observation]:
        """The one observation this finding is about, if it is about one (and it still exists)."""
        parts = self.key.split("|") if self.key else []
        return dataset.get(parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def finding_order(finding: Finding) -> tuple[int, int]:
    """Sort key: errors before warnings, then material before minor (unknown values last)."""
    severity = SEVERITIES.index(finding.severity) if finding.severity in SEVERITIES else len(SEVERITIES)
    materiality = (MATERIALITIES.index(finding.materiality) if finding.materiality in MATERIALITIES
                   else len(MATERIALITIES))
    return severity, materiality


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

@dataclass(frozen=True)
class Band:
    """The computed values a stated figure allows; an open end excludes the bound itself."""
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def contains(self, value: float, slack: float = 0.0) -> bool:
        """Whether value lies in the band; within slack of a bound counts as on it."""
        above_low = value > self.low + slack if self.low_open else value >= self.low - slack
        below_high = value < self.high - slack if self.high_open else value <= self.high + slack
        return above_low and below_high


def qualifier_band(stated: float, qualifier: str, tolerance: Optional[float] = None) -> Band:
    """The range a stated figure with this qualifier allows (module docstring); tolerance None: the default."""
    rounding = default_tolerance(stated) if tolerance is None else tolerance
    edge = 0.0 if tolerance is None else tolerance
    if qualifier == "more_than":
        return Band(stated - edge, math.inf, low_open=True)
    if qualifier == "less_than":
        return Band(-math.inf, stated + edge, high_open=True)
    if qualifier == "nearly":
        short = stated - math.copysign(NEARLY_BAND * abs(stated), stated)
        low, high = sorted((short, stated))
        return Band(low - edge, high + edge)
    width = max(ABOUT_BAND * abs(stated), rounding) if qualifier == "about" else rounding
    return Band(stated - width, stated + width)


def contradicts(computed: float, stated: float, qualifier: str = "", tolerance: Optional[float] = None) -> bool:
    """Whether a computed value falls outside what the stated figure, with its qualifier, allows."""
    return not qualifier_band(stated, qualifier, tolerance).contains(computed, _slack(stated))


def _band_text(stated: float, qualifier: str, tolerance: Optional[float], decimals: int, unit: str) -> str:
    """What the qualifier allows, for the message: "tolerance ±0.005", "“about 80%” allows 76% to 84%"."""
    band = qualifier_band(stated, qualifier, tolerance)
    said = f"“{QUALIFIERS.get(qualifier, qualifier)} {_with_unit(stated, stated_decimals(stated), unit)}”"
    if qualifier == "more_than":
        return f"{said} allows only values above {_with_unit(band.low, decimals, unit)}"
    if qualifier == "less_than":
        return f"{said} allows only values below {_with_unit(band.high, decimals, unit)}"
    if qualifier in ("about", "nearly"):
        return f"{said} allows {_with_unit(band.low, decimals, unit)} to {_with_unit(band.high, decimals, unit)}"
    rounding = default_tolerance(stated) if tolerance is None else tolerance
    return f"tolerance ±{format_number(rounding, stated_decimals(rounding))}"


def _impossible_share(result: DerivedValue) -> Optional[Finding]:
    """A part's share of its whole outside 0% to 100%: one of the stated figures is wrong."""
    d, value = result.definition, result.value
    if d.formula != "share_pct" or value is None or 0.0 - _slack(100.0) <= value <= 100.0 + _slack(100.0):
        return None
    observed = [key for key in (parse_key(token) for token in d.inputs) if key is not None]
    key = observed[0] if observed else None
    problem = "more than the whole" if value > 100 else "less than nothing"
    return Finding(
        "warning", "impossible_share",
        f"{d.name} comes to {_with_unit(value, d.decimals, '%')}, {problem} ({result.formula_text}); "
        "a part cannot exceed its whole or be negative, so one of the figures it is computed from is wrong",
        indicator_id=key[0] if key else "", key="|".join(key) if key else "", computed=value,
        formula=result.formula_text, derived_id=d.id)


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
        impossible = _impossible_share(result)
        if impossible is not None:
            findings.append(impossible)
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
        if not contradicts(result.value, stated.value, stated.qualifier, d.tolerance):
            continue
        shown = max(d.decimals, stated_decimals(stated.value))
        qualifier = QUALIFIERS.get(stated.qualifier, "")
        findings.append(Finding(
            "warning", "inconsistent",
            f"{_where(dataset, stated)}: the study states {qualifier + ' ' if qualifier else ''}"
            f"{_with_unit(stated.value, stated_decimals(stated.value), d.unit)}, but the figures it derives from "
            f"give {_with_unit(result.value, shown, d.unit)} ({result.formula_text}); "
            f"difference {format_number(result.value - stated.value, shown)}, "
            f"{_band_text(stated.value, stated.qualifier, d.tolerance, shown, d.unit)}",
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
    """Every finding in ``finding_order`` (errors first, then material before minor); within a group, in
    the order they were found."""
    findings = _data_problems(dataset) + _consistency(dataset, definitions)
    if content is not None:
        findings += _content_problems(dataset, content)
    return sorted(findings, key=finding_order)
