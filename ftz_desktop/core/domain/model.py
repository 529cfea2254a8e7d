"""The indicator data as plain, immutable values.

A Dataset is what charts, checks, derived figures and the brief read. The workspace store hands
one out (``WorkspaceStore.dataset()``); ``shipped.load_shipped_dataset()`` reads one from data/.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from ftz_desktop.core.domain.periods import period_sort_key

# SDMX-like observation status codes (OBS_STATUS).
OBSERVATION_STATUSES: dict[str, str] = {
    "A": "Reported",
    "E": "Estimated",
    "P": "Provisional",
    "M": "Missing",
}

# How a stated figure relates to the true value: "more than 1,300", "nearly 1/4" ...
QUALIFIERS: dict[str, str] = {
    "": "",
    "about": "about",
    "nearly": "nearly",
    "more_than": "more than",
    "less_than": "less than",
}

ObservationKey = tuple[str, str, str]  # (indicator_id, geography, period)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str = ""
    section: str = ""
    reference: str = ""
    note: str = ""
    published: str = ""            # when the publication came out: 2024, 2024-06 or 2024-06-30
    url: str = ""                  # where it can be found (http or https), for the reader of a brief


# The shipped sources are the sections of the one policy study: "study-1", "study-2.1" ... (data/sources.csv).
STUDY_SOURCE = "study"


def is_study_source(source_id: str) -> bool:
    """Whether the source is (a section of) the policy study itself."""
    return source_id == STUDY_SOURCE or source_id.startswith(STUDY_SOURCE + "-")


def is_publication(source: Source) -> bool:
    """Whether a reader can look the source up: the study, or a source that names its publisher (a yearbook,
    a customs release), as opposed to a note of where staff got a figure."""
    return is_study_source(source.id) or bool(source.publisher.strip())


def publication_of(source_id: str) -> str:
    """The publication a source belongs to: the study for any of its sections, else the source itself."""
    return STUDY_SOURCE if is_study_source(source_id) else source_id


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: str                      # display unit: "billion yuan", "%", "TEU", "count", ...
    multiplier: float = 1.0        # the unit's scale in base units (1e9 for "billion yuan")
    currency: str = ""             # "CNY", "USD" or ""
    decimals: int = 0
    min_value: Optional[float] = None
    max_value: Optional[float] = None
    section: str = ""              # the content section it belongs to
    topic: str = ""
    description: str = ""
    # Raised by every write of the row, as an Observation's (0: not known); not part of what it says.
    version: int = field(default=0, compare=False)

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def is_count(self) -> bool:
        return self.unit == "count"


@dataclass(frozen=True)
class Observation:
    indicator_id: str
    geography: str
    period: str
    value: Optional[float]
    qualifier: str = ""
    status: str = "A"
    source_id: str = ""
    note: str = ""
    id: int = 0                    # row id in a workspace; 0 before it is stored
    # How many times the stored row was written (1 when added); 0: not known. Not part of what the row says
    # (two reads of equal figures compare equal): a write that says which version it read is refused
    # when the row has been written since (core.store.conflicts).
    version: int = field(default=0, compare=False)

    @property
    def key(self) -> ObservationKey:
        return (self.indicator_id, self.geography, self.period)

    @property
    def is_missing(self) -> bool:
        return self.value is None


@dataclass
class Dataset:
    indicators: dict[str, Indicator]
    observations: list[Observation]
    sources: dict[str, Source]
    geographies: dict[str, str] = field(default_factory=dict)
    language: str = "en"           # the language of its names (core.study.names.localized)

    def __post_init__(self) -> None:
        self._by_key: dict[ObservationKey, Observation] = {o.key: o for o in self.observations}

    def get(self, indicator_id: str, geography: str, period: str) -> Optional[Observation]:
        return self._by_key.get((indicator_id, geography, period))

    def value(self, indicator_id: str, geography: str, period: str) -> Optional[float]:
        obs = self.get(indicator_id, geography, period)
        return None if obs is None else obs.value

    def series(self, indicator_id: str, geography: Optional[str] = None) -> list[Observation]:
        """Observations of one indicator (optionally one geography), oldest period first."""
        rows = [o for o in self.observations
                if o.indicator_id == indicator_id and (geography is None or o.geography == geography)]
        return sorted(rows, key=lambda o: (o.geography, period_sort_key(o.period)))

    def latest(self, indicator_id: str, geography: Optional[str] = None) -> Optional[Observation]:
        """The most recent observation that has a value."""
        rows = [o for o in self.series(indicator_id, geography) if o.value is not None]
        if not rows:
            return None
        return max(rows, key=lambda o: period_sort_key(o.period))

    def source_for(self, obs: Observation) -> Optional[Source]:
        return self.sources.get(obs.source_id)

    def geography_name(self, code: str) -> str:
        return self.geographies.get(code, code)

    def sources_of(self, indicator_ids: Iterable[str]) -> list[Source]:
        """Distinct sources of the given indicators' observations, in first-seen order."""
        wanted = set(indicator_ids)
        seen: dict[str, Source] = {}
        for obs in self.observations:
            if obs.indicator_id in wanted and obs.source_id in self.sources and obs.source_id not in seen:
                seen[obs.source_id] = self.sources[obs.source_id]
        return list(seen.values())
