"""build_document: the one way the export, the command line and the preview build the brief's document."""
from __future__ import annotations

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.model import Note
from ftz_desktop.brief.pipeline import build_document
from ftz_desktop.core.analysis.checks import Finding, run_checks


def notes(document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Note)]


def test_data_notes_come_from_the_data_checks(recipe, dataset, content, charts):
    built = build_document(recipe, dataset, content, render_chart=charts)
    assert notes(built) == notes(compose(recipe, dataset, content, charts, run_checks(dataset)))
    given = [Finding("error", "inconsistent", "Exports disagree with their parts", indicator_id="exports")]
    assert notes(build_document(recipe, dataset, content, render_chart=charts, findings=given)) == [
        "Data check: Exports disagree with their parts"]


def test_before_chart_is_told_each_chart_in_turn(recipe, dataset, content, charts):
    seen = []
    build_document(recipe, dataset, content, render_chart=charts,
                   before_chart=lambda done, total: seen.append((done, total, list(charts.calls))))
    assert seen == [(0, 2, []), (1, 2, ["exports_chart"])]
