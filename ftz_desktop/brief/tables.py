"""The brief's data tables: key figures (latest value and change) and the appendix's full series.

Every cell is formatted from the data as it is now, and every row names its sources by number in the
brief's source list, so a reader can trace each figure.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from ftz_desktop.brief.words import WORDS, word
from ftz_desktop.core.domain.formatting import format_observation
from ftz_desktop.core.domain.model import Dataset, Observation, ObservationKey, Source
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.study.headline import HeadlineFigure, earlier_observation, headline_figure

MINUS = "\u2212"


class SourceList:
    """Numbers sources in order of first use: [1], [2] ... across the whole brief."""

    def __init__(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self._numbers: dict[str, int] = {}

    def cite(self, source_id: str) -> str:
        if source_id not in self._dataset.sources:
            return ""
        number = self._numbers.setdefault(source_id, len(self._numbers) + 1)
        return f"[{number}]"

    def cite_observations(self, observations: list[Observation]) -> str:
        marks = [self.cite(o.source_id) for o in observations]
        return ", ".join(dict.fromkeys(m for m in marks if m))

    def used(self) -> list[tuple[int, Source]]:
        return [(n, self._dataset.sources[sid]) for sid, n in self._numbers.items()]


def _with_status(text: str, obs: Observation, language: str) -> str:
    if obs.status in ("E", "P"):
        status = word(f"status_{obs.status}", language)
        return f"{text}（{status}）" if language == "zh" else f"{text} ({status})"
    return text


def change_text(figure: HeadlineFigure, language: str = "en") -> str:
    """"+81.2% since 2017", "+26.9 points since 2017"; "—" where no honest comparison exists
    (the rules are core.study.headline's, shared with the Overview's cards)."""
    if figure.change is None:
        return "—"
    return figure.change_text_in(language).replace("-", MINUS)


def _geographies(dataset: Dataset, indicator_id: str) -> list[str]:
    return list(dict.fromkeys(o.geography for o in dataset.series(indicator_id) if o.value is not None))


def _columns(language: str, *keys: str) -> list[str]:
    return [word(f"col_{key}", language) for key in keys]


class KeyFigureRows(NamedTuple):
    columns: list[str]
    rows: list[list[str]]
    numeric: tuple[int, ...]          # column indexes, right-aligned
    approximate: bool                 # an approximate figure blocked a change
    keys: list[ObservationKey]        # each row's latest observation (for its footnote)

    @property
    def value_column(self) -> int:
        return self.numeric[0]


def key_figure_rows(dataset: Dataset, indicator_ids: list[str], sources: SourceList,
                    clean: Callable[[str, str], str], language: str = "en") -> KeyFigureRows:
    """The latest value of each indicator (per area) with its period, change and sources."""
    multi_area = any(len(_geographies(dataset, i)) > 1 for i in indicator_ids)
    columns = _columns(language, "indicator", *(("area",) if multi_area else ()), "value", "period", "change",
                       "source")
    rows: list[list[str]] = []
    keys: list[ObservationKey] = []
    approximate = False
    for indicator_id in indicator_ids:
        indicator = dataset.indicators[indicator_id]
        name = clean(indicator.name, f"indicator '{indicator_id}' name")
        for geography in _geographies(dataset, indicator_id):
            figure = headline_figure(dataset, indicator_id, geography)
            if figure is None:
                continue
            latest = figure.latest
            earlier = earlier_observation(dataset, latest)
            if earlier is not None and figure.change is None and (latest.qualifier or earlier.qualifier):
                approximate = True
            used = [latest] + ([figure.change.earlier] if figure.change is not None else [])
            row = [name] + ([clean(dataset.geography_name(geography), f"geography '{geography}' name")]
                            if multi_area else [])
            row += [_with_status(format_observation(latest, indicator, language), latest, language),
                    period_label(latest.period, language), change_text(figure, language),
                    sources.cite_observations(used)]
            rows.append(row)
            keys.append(latest.key)
    value_column = 2 if multi_area else 1
    change_column = value_column + 2
    if rows and all(row[change_column] == "—" for row in rows):
        # No figure has an honest comparison: a column of dashes says nothing.
        del columns[change_column]
        for row in rows:
            del row[change_column]
        return KeyFigureRows(columns, rows, (value_column,), approximate, keys)
    return KeyFigureRows(columns, rows, (value_column, change_column), approximate, keys)


def data_table_rows(dataset: Dataset, indicator_id: str, sources: SourceList,
                    clean: Callable[[str, str], str], language: str = "en",
                    ) -> tuple[list[str], list[list[str]], list[ObservationKey]]:
    """Every observation of one indicator, oldest first, with status, note and source; and their keys."""
    indicator = dataset.indicators[indicator_id]
    columns = _columns(language, "area", "period", "value", "status", "note", "source")
    rows = []
    for obs in dataset.series(indicator_id):
        where = f"note on {indicator_id} / {obs.geography} / {obs.period}"
        rows.append([clean(dataset.geography_name(obs.geography), f"geography '{obs.geography}' name"),
                     period_label(obs.period, language), format_observation(obs, indicator, language),
                     _status_name(obs.status, language), clean(obs.note, where),
                     sources.cite_observations([obs])])
    return columns, rows, [obs.key for obs in dataset.series(indicator_id)]


def _status_name(status: str, language: str) -> str:
    """"Reported", "Estimated" …; in Chinese 公布值, 估计值 …"""
    if f"status_{status}" not in WORDS["en"]:
        return status
    name = word(f"status_{status}", language)
    return name[:1].upper() + name[1:] if language == "en" else name
