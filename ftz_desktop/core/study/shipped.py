"""Read the shipped study data (data/*.csv) into a Dataset, refusing any row that is not well formed.

Each error names the file, the row and the column, so a policy editor who edits the CSV by hand
knows exactly what to fix.
"""
from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Optional

from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, QUALIFIERS, Dataset, Indicator, Observation, Source
from ftz_desktop.core.domain.periods import PERIOD_HELP, is_valid_period
from ftz_desktop.core.errors import UserError


class DataFileError(ValueError, UserError):
    """A shipped or imported data file is malformed; the message names file, row and column."""


def _read_rows(path: Path, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise DataFileError(f"{path.name}: missing column(s) {', '.join(missing)}")
            return [(line_no, row) for line_no, row in enumerate(reader, start=2)]
    except FileNotFoundError:
        raise DataFileError(f"{path.name}: file not found in {path.parent}") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path.name}: not UTF-8 text ({exc.reason})") from None


def _optional_float(path: Path, line: int, column: str, text: str) -> Optional[float]:
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise DataFileError(f"{path.name} row {line}, column {column}: '{text}' is not a number") from None
    if not math.isfinite(value):
        raise DataFileError(f"{path.name} row {line}, column {column}: '{text}' is not a finite number")
    return value


def load_sources(path: Path) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for line, row in _read_rows(path, ["id", "title"]):
        sid = row["id"].strip()
        if not sid or not row["title"].strip():
            raise DataFileError(f"{path.name} row {line}: a source needs an id and a title")
        if sid in sources:
            raise DataFileError(f"{path.name} row {line}, column id: duplicate source '{sid}'")
        sources[sid] = Source(id=sid, title=row["title"].strip(), publisher=(row.get("publisher") or "").strip(),
                              section=(row.get("section") or "").strip(),
                              reference=(row.get("reference") or "").strip(), note=(row.get("note") or "").strip(),
                              published=(row.get("published") or "").strip(), url=(row.get("url") or "").strip())
    return sources


def load_geographies(path: Path) -> dict[str, str]:
    geos: dict[str, str] = {}
    for line, row in _read_rows(path, ["id", "name"]):
        gid = row["id"].strip()
        if not gid or gid in geos:
            raise DataFileError(f"{path.name} row {line}, column id: empty or duplicate geography '{gid}'")
        geos[gid] = row["name"].strip()
    return geos


def load_indicators(path: Path) -> dict[str, Indicator]:
    indicators: dict[str, Indicator] = {}
    for line, row in _read_rows(path, ["id", "name", "unit"]):
        iid = row["id"].strip()
        if not iid or not row["name"].strip() or not row["unit"].strip():
            raise DataFileError(f"{path.name} row {line}: an indicator needs an id, a name and a unit")
        if iid in indicators:
            raise DataFileError(f"{path.name} row {line}, column id: duplicate indicator '{iid}'")
        multiplier = _optional_float(path, line, "multiplier", row.get("multiplier", "")) or 1.0
        decimals = _optional_float(path, line, "decimals", row.get("decimals", "")) or 0
        indicators[iid] = Indicator(
            id=iid, name=row["name"].strip(), unit=row["unit"].strip(), multiplier=multiplier,
            currency=(row.get("currency") or "").strip(), decimals=int(decimals),
            min_value=_optional_float(path, line, "min_value", row.get("min_value", "")),
            max_value=_optional_float(path, line, "max_value", row.get("max_value", "")),
            section=(row.get("section") or "").strip(), topic=(row.get("topic") or "").strip(),
            description=(row.get("description") or "").strip())
    return indicators


def load_observations(path: Path, indicators: dict[str, Indicator], sources: dict[str, Source],
                      geographies: dict[str, str]) -> list[Observation]:
    observations: list[Observation] = []
    seen: set[tuple[str, str, str]] = set()
    for line, row in _read_rows(path, ["indicator_id", "geography", "period", "value", "source_id"]):
        where = f"{path.name} row {line}"
        iid, geo, period = row["indicator_id"].strip(), row["geography"].strip(), row["period"].strip()
        if iid not in indicators:
            raise DataFileError(f"{where}, column indicator_id: unknown indicator '{iid}'")
        if geo not in geographies:
            raise DataFileError(f"{where}, column geography: unknown geography '{geo}'")
        if not is_valid_period(period):
            raise DataFileError(f"{where}, column period: '{period}' is not {PERIOD_HELP}")
        if (iid, geo, period) in seen:
            raise DataFileError(f"{where}: duplicate observation {iid} / {geo} / {period}")
        seen.add((iid, geo, period))
        source_id = row["source_id"].strip()
        if source_id not in sources:
            raise DataFileError(f"{where}, column source_id: unknown or missing source '{source_id}'")
        status = (row.get("status") or "A").strip() or "A"
        if status not in OBSERVATION_STATUSES:
            raise DataFileError(f"{where}, column status: '{status}' is not one of {', '.join(OBSERVATION_STATUSES)}")
        qualifier = (row.get("qualifier") or "").strip()
        if qualifier not in QUALIFIERS:
            allowed = ", ".join(q for q in QUALIFIERS if q)
            raise DataFileError(f"{where}, column qualifier: '{qualifier}' is not one of {allowed}")
        value = _optional_float(path, line, "value", row["value"])
        if value is None and status != "M":
            raise DataFileError(f"{where}, column value: empty value needs status M (missing)")
        observations.append(Observation(indicator_id=iid, geography=geo, period=period, value=value,
                                        qualifier=qualifier, status=status, source_id=source_id,
                                        note=(row.get("note") or "").strip()))
    return observations


def load_shipped_dataset(data_root: Optional[Path] = None) -> Dataset:
    """The study's indicator data as shipped in data/ (the seed of every new workspace)."""
    if data_root is None:
        from ftz_desktop.paths import data_dir

        data_root = data_dir()
    sources = load_sources(data_root / "sources.csv")
    geographies = load_geographies(data_root / "geographies.csv")
    indicators = load_indicators(data_root / "indicators.csv")
    observations = load_observations(data_root / "observations.csv", indicators, sources, geographies)
    return Dataset(indicators=indicators, observations=observations, sources=sources, geographies=geographies)

