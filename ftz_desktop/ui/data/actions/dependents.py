"""What else uses an indicator or an observation, so a delete can name it before it happens.

Looked up from the places that refer to data: derived figures (``core.analysis.derived``), the chart catalogue
(each chart lists the indicators it reads), saved brief recipes (their indicators and charts) and the
study text (items' indicator lists and the figures their text cites).
"""
from __future__ import annotations

import logging
from typing import Iterable

from PySide6.QtCore import QCoreApplication

from ftz_desktop.core.analysis.derived import dependents_of, derived_definitions
from ftz_desktop.core.domain.model import Observation
from ftz_desktop.core.study.textfill import figure_refs

log = logging.getLogger(__name__)


def _charts_using(indicator_ids: set[str]) -> list[tuple[str, str]]:
    from ftz_desktop.charts.catalog import CHARTS  # matplotlib: only when a delete asks

    return [(spec.id, spec.title) for spec in CHARTS.values() if indicator_ids & set(spec.indicators)]


def _recipes_using(store, indicator_ids: set[str], chart_ids: set[str]) -> list[str]:
    names = []
    for name in store.recipes.names():
        try:
            recipe = store.recipes.load(name)
        except Exception as exc:    # noqa: BLE001 - an unreadable recipe must not block the question; it is named as such
            log.warning("Recipe %r could not be read: %s", name, exc)
            continue
        if indicator_ids & set(recipe.get("indicators") or ()) or chart_ids & set(recipe.get("charts") or ()):
            names.append(name)
    return names


def _derived(name: str) -> str:
    return QCoreApplication.translate("Dependents", "derived figure “{name}”").format(name=name)


def _chart(title: str) -> str:
    return QCoreApplication.translate("Dependents", "chart “{title}”").format(title=title)


def _item_texts(item) -> str:
    return "\n".join((item.title, item.summary) + tuple(item.paragraphs))


def indicator_dependents(indicator_id: str, store, content) -> list[str]:
    """Sentences naming what refers to the indicator (empty if nothing does)."""
    found = [_derived(d.name) for d in dependents_of(indicator_id, include_comparisons=True)]
    charts = _charts_using({indicator_id})
    found += [_chart(title) for _, title in charts]
    found += [QCoreApplication.translate("Dependents", "saved brief recipe “{name}”").format(name=name)
              for name in _recipes_using(store, {indicator_id}, {chart_id for chart_id, _ in charts})]
    if content is not None:
        for item in content.all_items():
            cited = any(ref.key[0] == indicator_id for ref in figure_refs(_item_texts(item)))
            if indicator_id in item.indicators or cited:
                found.append(QCoreApplication.translate("Dependents", "text item “{title}”").format(title=item.title))
    return found


def observation_dependents(observations: Iterable[Observation], store, content) -> list[str]:
    """Sentences naming what reads these particular figures (derived figures, cited text, charts)."""
    observations = list(observations)
    tokens = {"|".join(o.key) for o in observations}
    keys = {o.key for o in observations}
    found = [_derived(d.name) for d in derived_definitions()
             if tokens & set(d.inputs) or d.compares_with in tokens]
    indicator_ids = {o.indicator_id for o in observations}
    found += [_chart(title) for _, title in _charts_using(indicator_ids)]
    if content is not None:
        for item in content.all_items():
            if any(ref.key in keys for ref in figure_refs(_item_texts(item))):
                found.append(QCoreApplication.translate("Dependents", "text item “{title}” (cites the figure)").format(
                    title=item.title))
    return found
