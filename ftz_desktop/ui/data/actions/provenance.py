"""Which typed or pasted figures need their source asked, and the cell changes that give it to them.

A value that fills a gap (status M) or replaces a figure that cites the study needs a source of its own;
a value changed on a row that already cites staff's own source keeps that source (a correction from it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

from PySide6.QtCore import QCoreApplication

from ftz_desktop.core.domain.model import Indicator, Observation, is_study_source
from ftz_desktop.core.domain.parsing import ParseError, parse_value
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.store.validation import CellChange


class SourceNotGivenError(UserError):
    """The user closed the source question: nothing is written."""

    def __str__(self) -> str:
        return QCoreApplication.translate("Provenance", "new figures need the source they come from (none was chosen)")


@dataclass(frozen=True)
class SourceRequest:
    """What the figures being written replace: how many fill gaps, how many replace figures of the study."""

    figures: int
    gaps: int
    study_figures: int
    what: str = ""          # the one figure, for a single cell


@dataclass(frozen=True)
class FigureSource:
    source_id: str
    status: str


def _new_value(obs: Observation, raw: object, indicator: Optional[Indicator]) -> bool:
    """Whether ``raw`` is a number other than the one there (what cannot be read, the store refuses)."""
    if indicator is None:
        return False
    try:
        value = parse_value(raw, indicator, "value", allow_empty=True)
    except ParseError:
        return False
    return value is not None and value != obs.value


def needs_source(obs: Observation, raw: object, indicator: Optional[Indicator]) -> bool:
    return (obs.status == "M" or is_study_source(obs.source_id)) and _new_value(obs, raw, indicator)


def rows_needing_source(changes: Sequence[CellChange], observations: Mapping[int, Observation],
                        indicators: Mapping[str, Indicator]) -> list[int]:
    """Rows whose new value needs a source that the changes do not give themselves."""
    given = {c.obs_id for c in changes if c.column == "source_id"}
    return [c.obs_id for c in changes
            if c.column == "value" and c.obs_id in observations and c.obs_id not in given
            and needs_source(observations[c.obs_id], c.raw, indicators.get(observations[c.obs_id].indicator_id))]


def request_for(rows: Sequence[int], observations: Mapping[int, Observation], what: str = "") -> SourceRequest:
    gaps = sum(1 for oid in rows if observations[oid].status == "M")
    return SourceRequest(figures=len(rows), gaps=gaps, study_figures=len(rows) - gaps, what=what)


def with_source(changes: Sequence[CellChange], rows: Sequence[int], choice: FigureSource) -> list[CellChange]:
    """The changes plus the chosen source and status for each row (a status the paste gives itself stays)."""
    statused = {c.obs_id for c in changes if c.column == "status"}
    added = [CellChange(oid, "source_id", choice.source_id) for oid in rows]
    added += [CellChange(oid, "status", choice.status) for oid in rows if oid not in statused]
    return list(changes) + added
