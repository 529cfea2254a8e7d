"""The names the data carry, in another language: data/<language>/*.csv beside the English data files.

A policy editor keeps them by hand: indicators.csv (id, name, description), geographies.csv (id, name),
sources.csv (id, title, publisher, note), derived.csv (id, name, note) and terms.csv (kind, id, name) for
qualifiers, statuses, sections, topics and units. A row that is missing falls back to the English name, so an
indicator staff add is shown by the name they gave it until someone adds its translation.

``localized(dataset, language)`` is the same dataset with the names replaced: the values, periods, sources'
ids and everything else stay as stored, so a chart or a brief drawn from it differs only in its words.
"""
from __future__ import annotations

import csv
import dataclasses
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ftz_desktop.core.domain.formatting import ZH_ENTRY_UNITS
from ftz_desktop.core.domain.model import Dataset, Observation
from ftz_desktop.paths import data_dir

ENGLISH = "en"


@dataclass(frozen=True)
class Names:
    language: str
    indicators: dict[str, dict[str, str]] = field(default_factory=dict)
    geographies: dict[str, str] = field(default_factory=dict)
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    derived: dict[str, dict[str, str]] = field(default_factory=dict)
    terms: dict[tuple[str, str], str] = field(default_factory=dict)
    notes: dict[tuple[str, str, str], str] = field(default_factory=dict)    # the study's observation notes

    def term(self, kind: str, term_id: str, default: str = "") -> str:
        """A qualifier, status, section, topic or unit by its English id."""
        return self.terms.get((kind, term_id), default or term_id)

    def derived_name(self, derived_id: str, default: str) -> str:
        return self.derived.get(derived_id, {}).get("name") or default


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]


def _by_id(path: Path) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in _rows(path) if row.get("id")}


@functools.lru_cache(maxsize=4)
def load_names(language: str, root: Optional[Path] = None) -> Names:
    """The names in ``language`` (none for English, or for a language without a folder)."""
    folder = (root or data_dir()) / language
    if language == ENGLISH or not folder.is_dir():
        return Names(language)
    return Names(
        language=language,
        indicators=_by_id(folder / "indicators.csv"),
        geographies={i: row["name"] for i, row in _by_id(folder / "geographies.csv").items() if row.get("name")},
        sources=_by_id(folder / "sources.csv"),
        derived=_by_id(folder / "derived.csv"),
        terms={(row["kind"], row["id"]): row["name"] for row in _rows(folder / "terms.csv")
               if row.get("kind") and row.get("id") and row.get("name")},
        notes={(row["indicator_id"], row["geography"], row["period"]): row["note"]
               for row in _rows(folder / "notes.csv") if row.get("indicator_id") and row.get("note")},
    )


def _replaced(item: object, names: dict[str, str], fields: tuple[str, ...]) -> object:
    changes = {f: names[f] for f in fields if names.get(f)}
    return dataclasses.replace(item, **changes) if changes else item  # type: ignore[type-var]


@functools.lru_cache(maxsize=1)
def _study_notes() -> dict[tuple[str, str, str], str]:
    from ftz_desktop.core.study.shipped import load_shipped_dataset

    return {o.key: o.note for o in load_shipped_dataset().observations if o.note}


def _note_in(obs: Observation, names: Names) -> Observation:
    """The study's own note in ``names``' language; a note staff wrote or changed stays as they wrote it."""
    translated = names.notes.get(obs.key)
    if translated and obs.note and _study_notes().get(obs.key) == obs.note:
        return dataclasses.replace(obs, note=translated)
    return obs


def entry_unit(unit: str, language: str) -> tuple[int, str]:
    """The unit a figure stored in ``unit`` is shown and typed in, in ``language``, with the factor from the stored
    value: (10, "亿元") for billion yuan in Chinese (``ZH_ENTRY_UNITS``), else (1, the unit's name there)."""
    if language == ENGLISH:
        return 1, unit
    if language == "zh" and unit in ZH_ENTRY_UNITS:
        return ZH_ENTRY_UNITS[unit]
    return 1, load_names(language).term("unit", unit, unit)


def note_in(obs: Observation, language: str) -> str:
    """The observation's note as ``language`` reads it: the study's own note translated, any other as written."""
    return obs.note if language == ENGLISH else _note_in(obs, load_names(language)).note


def localized(dataset: Dataset, language: str) -> Dataset:
    """``dataset`` with its names in ``language`` (the same object for English)."""
    names = load_names(language)
    if not (names.indicators or names.geographies or names.sources):
        return dataset
    return dataclasses.replace(
        dataset,
        language=language,
        observations=[_note_in(o, names) for o in dataset.observations] if names.notes else dataset.observations,
        indicators={i: _replaced(ind, names.indicators.get(i, {}), ("name", "description"))  # type: ignore[misc]
                    for i, ind in dataset.indicators.items()},
        sources={i: _replaced(src, names.sources.get(i, {}), ("title", "publisher", "note"))  # type: ignore[misc]
                 for i, src in dataset.sources.items()},
        geographies={code: names.geographies.get(code, name) for code, name in dataset.geographies.items()},
    )
