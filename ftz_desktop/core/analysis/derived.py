"""Derived figures: totals, shares and growth rates computed from the stated figures, never typed.

Each figure is declared in data/derived.csv as one named formula applied to inputs. An input is an
observation key (``indicator_id|GEO|PERIOD``) or the id of another derived figure, so a chain such as
"2021 exports implied by their growth, plus 2021 imports implied by theirs" stays declarative.
Everything is recomputed from a Dataset, so an edited observation changes every figure built on it.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from ftz_desktop.core.domain.formatting import format_number
from ftz_desktop.core.domain.model import Dataset, ObservationKey
from ftz_desktop.core.domain.periods import PERIOD_HELP, is_valid_period, period_label, period_year
from ftz_desktop.core.study.shipped import DataFileError
from ftz_desktop.core.translate import tr

FILE_NAME = "derived.csv"
REQUIRED_COLUMNS = ["id", "name", "unit", "decimals", "formula", "inputs", "geography", "period"]
_ID = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True)
class Formula:
    id: str
    min_inputs: int
    max_inputs: Optional[int]          # None: any number from min_inputs up
    roles: str                         # what the inputs are, in order, for help text
    render: Callable[[list[str], str], str]   # (input parts, years) -> "a / b × 100"


FORMULAS: dict[str, Formula] = {f.id: f for f in (
    Formula("sum", 2, None, "the parts", lambda p, y: " + ".join(p)),
    Formula("difference", 2, None, "a value, then what is taken from it", lambda p, y: " − ".join(p)),
    Formula("share_pct", 2, 2, "part, whole", lambda p, y: f"{p[0]} / {p[1]} × 100"),
    Formula("growth_pct", 2, 2, "new, old", lambda p, y: f"({p[0]} / {p[1]} − 1) × 100"),
    Formula("cagr_pct", 2, 2, "new, old", lambda p, y: f"(({p[0]} / {p[1]})^(1/{y}) − 1) × 100"),
    Formula("prior_from_growth", 2, 2, "value, growth in %", lambda p, y: f"{p[0]} / (1 + {p[1]} / 100)"),
    Formula("implied_total", 2, 2, "part, its share in %", lambda p, y: f"{p[0]} / {p[1]} × 100"),
)}


@dataclass(frozen=True)
class DerivedDefinition:
    id: str
    name: str
    unit: str
    decimals: int
    formula: str
    inputs: tuple[str, ...]            # observation keys "ind|GEO|PERIOD" or derived ids, in formula order
    geography: str
    period: str
    compares_with: str = ""            # key of the stated observation this figure should equal
    tolerance: Optional[float] = None  # None: half a unit of the stated figure's last decimal
    note: str = ""

    @property
    def compares_with_key(self) -> Optional[ObservationKey]:
        return parse_key(self.compares_with) if self.compares_with else None


@dataclass(frozen=True)
class DerivedValue:
    definition: DerivedDefinition
    value: Optional[float]
    inputs: list[tuple[str, Optional[float]]]
    missing_inputs: list[str]
    formula_text: str                  # "Chengdu's exports of goods 2022 + ... = 500.51 + 334.13 = 834.64"
    reason: str = ""                   # why value is None

    @property
    def ok(self) -> bool:
        return self.value is not None


def parse_key(token: str) -> Optional[ObservationKey]:
    """("ind", "GEO", "PERIOD") for an observation key, None for anything else (e.g. a derived id)."""
    parts = token.split("|")
    if len(parts) != 3 or not all(parts) or not _ID.match(parts[0]) or not is_valid_period(parts[2]):
        return None
    return (parts[0], parts[1], parts[2])


def stated_decimals(value: float) -> int:
    """Decimals the figure was written with (10.51 -> 2, 190300 -> 0); a float keeps no trailing zeros."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return min(max(0, -int(exponent)), 9)


def rounding_step(stated: float) -> float:
    """One unit of the stated figure's last decimal (10.51 -> 0.01, 190300 -> 1): the step it was rounded to."""
    return float(10 ** -stated_decimals(stated))


def default_tolerance(stated: float) -> float:
    """Half a unit of the stated figure's last decimal: anything that rounds to it agrees with it."""
    return 0.5 * rounding_step(stated)


# ---- loading -------------------------------------------------------------------------------------

def _fail(line: int, column: str, message: str) -> DataFileError:
    return DataFileError(f"{FILE_NAME} row {line}, column {column}: {message}")


def _parse_row(line: int, row: dict[str, str]) -> DerivedDefinition:
    get = {k: (v or "").strip() for k, v in row.items() if k is not None}
    for column in ("id", "name", "unit", "formula", "inputs", "geography", "period"):
        if not get.get(column):
            raise _fail(line, column, "must not be empty")
    if not _ID.match(get["id"]):
        raise _fail(line, "id", f"'{get['id']}' must be lower-case letters, digits and underscores")
    try:
        decimals = int(get["decimals"])
    except ValueError:
        decimals = -1
    if decimals < 0:
        raise _fail(line, "decimals", f"'{get['decimals']}' is not a whole number of 0 or more")
    formula = FORMULAS.get(get["formula"])
    if formula is None:
        raise _fail(line, "formula", f"unknown formula '{get['formula']}'; use one of {', '.join(FORMULAS)}")
    inputs = tuple(get["inputs"].split())
    if len(inputs) < formula.min_inputs or (formula.max_inputs is not None and len(inputs) > formula.max_inputs):
        wanted = (f"{formula.min_inputs}" if formula.max_inputs == formula.min_inputs
                  else f"at least {formula.min_inputs}")
        raise _fail(line, "inputs", f"{formula.id} takes {wanted} inputs ({formula.roles}), got {len(inputs)}")
    for token in inputs:
        if "|" in token and parse_key(token) is None:
            raise _fail(line, "inputs", f"'{token}' is not an observation key (indicator_id|GEO|PERIOD)")
        if "|" not in token and not _ID.match(token):
            raise _fail(line, "inputs", f"'{token}' is neither an observation key nor a derived figure's id")
    if not is_valid_period(get["period"]):
        raise _fail(line, "period", f"'{get['period']}' is not {PERIOD_HELP}")
    compares = get.get("compares_with", "")
    if compares and parse_key(compares) is None:
        raise _fail(line, "compares_with", f"'{compares}' is not an observation key (indicator_id|GEO|PERIOD)")
    tolerance: Optional[float] = None
    if get.get("tolerance"):
        try:
            tolerance = float(get["tolerance"])
        except ValueError:
            tolerance = -1.0
        if not math.isfinite(tolerance) or tolerance < 0:
            raise _fail(line, "tolerance", f"'{get['tolerance']}' is not a number of 0 or more")
    return DerivedDefinition(id=get["id"], name=get["name"], unit=get["unit"], decimals=decimals,
                             formula=formula.id, inputs=inputs, geography=get["geography"], period=get["period"],
                             compares_with=compares, tolerance=tolerance, note=get.get("note", ""))


def _input_year(token: str, by_id: dict[str, DerivedDefinition]) -> Optional[int]:
    key = parse_key(token)
    if key is not None:
        return period_year(key[2])
    return period_year(by_id[token].period) if token in by_id else None


def _check_references(rows: list[tuple[int, DerivedDefinition]]) -> None:
    """Derived inputs must name a defined figure, without cycles; CAGR needs its new period after the old."""
    by_id = {d.id: d for _, d in rows}
    line_of = {d.id: line for line, d in rows}
    for line, definition in rows:
        for token in definition.inputs:
            if "|" not in token and token not in by_id:
                raise _fail(line, "inputs", f"'{token}' is not the id of a derived figure in {FILE_NAME}")
        if definition.formula == "cagr_pct":
            new, old = (_input_year(t, by_id) for t in definition.inputs)
            if new is None or old is None or new <= old:
                raise _fail(line, "inputs", "cagr_pct takes the newer value first, then the older one "
                                            f"(got years {new} and {old})")

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            cycle = " → ".join(path[path.index(node):] + [node])
            raise _fail(line_of[node], "inputs", f"'{node}' depends on itself ({cycle})")
        for token in by_id[node].inputs:
            if "|" not in token:
                visit(token, path + [node])

    for definition in by_id.values():
        visit(definition.id, [])


def load_derived_definitions(path: Optional[Path] = None) -> list[DerivedDefinition]:
    """The derived figures declared in derived.csv, in file order; any bad row raises DataFileError."""
    if path is None:
        from ftz_desktop.paths import data_dir

        path = data_dir() / FILE_NAME
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise DataFileError(f"{FILE_NAME}: missing column(s) {', '.join(missing)}")
            rows = [(line, _parse_row(line, row)) for line, row in enumerate(reader, start=2)]
    except FileNotFoundError:
        raise DataFileError(f"{FILE_NAME}: file not found") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{FILE_NAME}: not UTF-8 text ({exc.reason})") from None
    seen: dict[str, int] = {}
    for line, definition in rows:
        if definition.id in seen:
            raise _fail(line, "id", f"duplicate id '{definition.id}' (first on row {seen[definition.id]})")
        seen[definition.id] = line
    _check_references(rows)
    return [definition for _, definition in rows]


@lru_cache(maxsize=1)
def _shipped_definitions() -> tuple[DerivedDefinition, ...]:
    return tuple(load_derived_definitions())


def derived_definitions() -> list[DerivedDefinition]:
    """The shipped definitions, read once."""
    return list(_shipped_definitions())


def dependents_of(indicator_id: str, definitions: Optional[list[DerivedDefinition]] = None,
                  include_comparisons: bool = False) -> list[DerivedDefinition]:
    """Derived figures that change when this indicator changes, directly or through another derived
    figure; with include_comparisons, also those checked against it."""
    definitions = derived_definitions() if definitions is None else definitions
    affected: set[str] = set()
    changed = True
    while changed:   # grow the set until no figure is newly reached through a derived input
        changed = False
        for d in definitions:
            if d.id in affected:
                continue
            direct = any((parse_key(t) or ("",))[0] == indicator_id for t in d.inputs)
            compared = include_comparisons and d.compares_with_key is not None \
                and d.compares_with_key[0] == indicator_id
            if direct or compared or any(t in affected for t in d.inputs):
                affected.add(d.id)
                changed = True
    return [d for d in definitions if d.id in affected]


# ---- computing -----------------------------------------------------------------------------------

def _evaluate(formula: str, values: list[float], years: Optional[int]) -> tuple[Optional[float], str]:
    """The formula's value, or None and the reason it has none."""
    if formula == "sum":
        return sum(values), ""
    if formula == "difference":
        return values[0] - sum(values[1:]), ""
    a, b = values
    if formula == "prior_from_growth":
        b = 1 + b / 100
    if b == 0:
        return None, tr("division by zero")
    if formula in ("share_pct", "implied_total"):
        return a / b * 100, ""
    if formula == "growth_pct":
        return (a / b - 1) * 100, ""
    if formula == "prior_from_growth":
        return a / b, ""
    # cagr_pct: a fractional power of a negative ratio has no real value
    if not years or years <= 0:
        return None, tr("the newer period must come after the older one")
    if a / b < 0:
        return None, tr("the two values have opposite signs")
    return ((a / b) ** (1 / years) - 1) * 100, ""


def _number(value: Optional[float], decimals: Optional[int] = None) -> str:
    """A stated input as written; a derived input at its own decimals."""
    if value is None:
        return "?"
    return format_number(value, stated_decimals(value) if decimals is None else decimals)


def compute_derived(dataset: Dataset, definitions: Optional[list[DerivedDefinition]] = None) -> list[DerivedValue]:
    """Every derived figure from the dataset's current values, in definition order."""
    definitions = derived_definitions() if definitions is None else definitions
    by_id = {d.id: d for d in definitions}
    done: dict[str, DerivedValue] = {}

    def label(token: str) -> str:
        if token in by_id:
            return by_id[token].name
        key = parse_key(token)
        if key is None:
            return token
        indicator = dataset.indicators.get(key[0])
        return f"{indicator.name if indicator else key[0]} {period_label(key[2])}"

    def resolve(definition: DerivedDefinition, active: tuple[str, ...] = ()) -> DerivedValue:
        if definition.id in done:
            return done[definition.id]
        if definition.id in active:
            raise ValueError(f"derived figure '{definition.id}' depends on itself")
        inputs: list[tuple[str, Optional[float]]] = []
        years: list[Optional[int]] = []
        for token in definition.inputs:
            if token in by_id:
                inputs.append((token, resolve(by_id[token], active + (definition.id,)).value))
                years.append(period_year(by_id[token].period))
            else:
                key = parse_key(token)
                inputs.append((token, dataset.value(*key) if key else None))
                years.append(period_year(key[2]) if key else None)
        missing = [token for token, value in inputs if value is None]
        span: Optional[int] = None
        if definition.formula == "cagr_pct" and None not in years[:2]:
            newer, older = years[0], years[1]
            if newer is not None and older is not None:   # always, after the test above; narrows the type
                span = newer - older
        render = FORMULAS[definition.formula].render
        numbers = [_number(v, by_id[t].decimals if t in by_id else None) for t, v in inputs]
        text = f"{render([label(t) for t in definition.inputs], str(span))} = {render(numbers, str(span))}"
        if missing:
            value, reason = None, tr("missing input: {inputs}", inputs=", ".join(missing))
        else:
            value, reason = _evaluate(definition.formula, [v for _, v in inputs if v is not None], span)
        if value is not None:
            text += f" = {format_number(value, definition.decimals)}"
        done[definition.id] = DerivedValue(definition=definition, value=value, inputs=inputs,
                                           missing_inputs=missing, formula_text=text, reason=reason)
        return done[definition.id]

    return [resolve(d) for d in definitions]
