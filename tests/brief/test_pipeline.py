"""build_document: the one way the export, the command line and the preview build the brief's document."""
from __future__ import annotations

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.pipeline import build_document
from ftz_desktop.core.analysis.checks import Finding, run_checks


def test_footnotes_come_from_the_data_checks(recipe, dataset, content, charts):
    built = build_document(recipe, dataset, content, render_chart=charts)
    assert built.footnotes() == compose(recipe, dataset, content, charts, run_checks(dataset)).footnotes()
    given = [Finding("warning", "inconsistent", "Exports disagree with their parts", indicator_id="exports",
                     key="exports|TZ|2022", stated=150.5, computed=120.0)]
    assert build_document(recipe, dataset, content, render_chart=charts, findings=given).footnotes() == [
        "The study gives 150.5 billion yuan; its other figures give 120 billion yuan."]


def test_before_chart_is_told_each_chart_in_turn(recipe, dataset, content, charts):
    seen = []
    build_document(recipe, dataset, content, render_chart=charts,
                   before_chart=lambda done, total: seen.append((done, total, list(charts.calls))))
    assert seen == [(0, 2, []), (1, 2, ["exports_chart"])]
