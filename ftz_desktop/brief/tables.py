"""The brief's data tables: key figures (latest value and change) and the appendix's full series.

Every cell is formatted from the data as it is now, and every row names its sources by number in the
brief's source list, so a reader can trace each figure.
"""
from __future__ import annotations

from typing import Callable

from ftz_desktop.core.domain.formatting import format_observation
from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, Dataset, Observation, Source
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.study.headline import HeadlineFigure, earlier_observation, headline_figure

MINUS = "\u2212"
APPROXIMATE_NOTE = "Changes are not computed where a figure is stated approximately (about, nearly, more or less than)."


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


def _with_status(text: str, obs: Observation) -> str:
    if obs.status in ("E", "P"):
        return f"{text} ({OBSERVATION_STATUSES[obs.status].lower()})"
    return text


def change_text(figure: HeadlineFigure) -> str:
    """"+81.2% since 2017", "+26.9 points since 2017"; "—" where no honest comparison exists
    (the rules are core.study.headline's, shared with the Overview's cards)."""
    if figure.change is None:
        return "—"
    return figure.change_text.replace("-", MINUS)


def _geographies(dataset: Dataset, indicator_id: str) -> list[str]:
    return list(dict.fromkeys(o.geography for o in dataset.series(indicator_id) if o.value is not None))


def key_figure_rows(dataset: Dataset, indicator_ids: list[str], sources: SourceList,
                    clean: Callable[[str, str], str]) -> tuple[list[str], list[list[str]], tuple[int, ...], bool]:
    """Columns, rows, numeric column indexes, and whether an approximate figure blocked a change."""
    multi_area = any(len(_geographies(dataset, i)) > 1 for i in indicator_ids)
    columns = ["Indicator"] + (["Area"] if multi_area else []) + ["Value", "Period", "Change", "Source"]
    rows: list[list[str]] = []
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
            row += [_with_status(format_observation(latest, indicator), latest), period_label(latest.period),
                    change_text(figure), sources.cite_observations(used)]
            rows.append(row)
    value_column = 2 if multi_area else 1
    return columns, rows, (value_column, value_column + 2), approximate


def data_table_rows(dataset: Dataset, indicator_id: str, sources: SourceList,
                    clean: Callable[[str, str], str]) -> tuple[list[str], list[list[str]]]:
    """Every observation of one indicator, oldest first, with status, note and source."""
    indicator = dataset.indicators[indicator_id]
    columns = ["Area", "Period", "Value", "Status", "Note", "Source"]
    rows = []
    for obs in dataset.series(indicator_id):
        where = f"note on {indicator_id} / {obs.geography} / {obs.period}"
        rows.append([clean(dataset.geography_name(obs.geography), f"geography '{obs.geography}' name"),
                     period_label(obs.period), format_observation(obs, indicator),
                     OBSERVATION_STATUSES.get(obs.status, obs.status), clean(obs.note, where),
                     sources.cite_observations([obs])])
    return columns, rows
