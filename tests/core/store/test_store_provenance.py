"""Provenance: a figure staff add or change carries its own source; a filled gap says what kind of figure it is."""
from __future__ import annotations

import pytest

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.store.validation import BatchValidationError, CellChange
from ftz_desktop.core.tabular import import_export

YEARBOOK = Source(id="sc-yearbook-2023", title="Sichuan Statistical Yearbook 2023",
                  publisher="Sichuan Provincial Bureau of Statistics")


def _obs(store, indicator, geography, period):
    return next(o for o in store.observations()
                if (o.indicator_id, o.geography, o.period) == (indicator, geography, period))


@pytest.fixture
def store(store):
    store.add_source(YEARBOOK)
    return store


def test_a_changed_study_figure_may_not_keep_the_study_source(store):
    obs = _obs(store, "chengdu_goods_exports", "CD", "2022")
    before = store.history.batches()
    with pytest.raises(BatchValidationError) as caught:
        store.apply_changes([CellChange(obs.id, "value", "510")])
    (problem,) = caught.value.problems
    assert problem.kind == "not_stated" and problem.column == "source_id"
    assert "510 for chengdu_goods_exports / CD / 2022 is not a figure the study states" in problem.reason
    assert store.observation(obs.id) == obs and store.history.batches() == before


def test_a_changed_figure_with_its_own_source_is_written(store):
    obs = _obs(store, "chengdu_goods_exports", "CD", "2022")
    store.apply_changes([CellChange(obs.id, "value", "510"), CellChange(obs.id, "source_id", YEARBOOK.id)])
    assert (store.observation(obs.id).value, store.observation(obs.id).source_id) == (510, YEARBOOK.id)
    # ... and the study's own figure may cite the study again (what an undo writes back).
    store.apply_changes([CellChange(obs.id, "value", "500.51"), CellChange(obs.id, "source_id", "study-2.1")])
    assert store.observation(obs.id) == obs


def test_a_study_source_cannot_be_put_on_a_staff_figure(store):
    obs = _obs(store, "chengdu_goods_exports", "CD", "2022")
    store.apply_changes([CellChange(obs.id, "value", "510"), CellChange(obs.id, "source_id", YEARBOOK.id)])
    with pytest.raises(BatchValidationError, match="not a figure the study states"):
        store.apply_changes([CellChange(obs.id, "source_id", "study-2.1")])
    with pytest.raises(ParseError, match="not a figure the study states"):
        store.add_observation("chengdu_goods_exports", "CD", "2023", "520", source_id="study-2.1")
    assert store.dataset().get("chengdu_goods_exports", "CD", "2023") is None


def test_a_filled_gap_takes_the_status_given_never_m(store):
    gap = next(o for o in store.observations() if o.status == "M")
    with pytest.raises(BatchValidationError) as caught:
        store.apply_changes([CellChange(gap.id, "value", "12"), CellChange(gap.id, "source_id", YEARBOOK.id)])
    assert [(p.column, p.kind) for p in caught.value.problems] == [("value", "invalid")]
    assert "status M (missing)" in caught.value.problems[0].reason
    store.apply_changes([CellChange(gap.id, "value", "12"), CellChange(gap.id, "source_id", YEARBOOK.id),
                         CellChange(gap.id, "status", "E")])
    filled = store.observation(gap.id)
    assert (filled.value, filled.status, filled.source_id) == (12, "E", YEARBOOK.id)


def test_an_import_row_that_changes_a_study_figure_without_a_source_is_refused_by_row(store, tmp_path):
    path = tmp_path / "trade.csv"
    path.write_text("indicator_id,geography,period,value\r\nchengdu_goods_exports,CD,2022,510\r\n", encoding="utf-8")
    plan = import_export.plan_import(path, store.dataset())
    assert [str(r) for r in plan.refusals] == [
        "trade.csv row 2, column source_id: 510 for chengdu_goods_exports / CD / 2022 is not a figure the study "
        "states, so it cannot cite the study (study-2.1); give the source it came from (in a source_id column)"]
    path.write_text("indicator_id,geography,period,value,source_id\r\n"
                    f"chengdu_goods_exports,CD,2022,510,{YEARBOOK.id}\r\n", encoding="utf-8")
    import_export.apply_import(import_export.plan_import(path, store.dataset()), store)
    assert store.dataset().get("chengdu_goods_exports", "CD", "2022").source_id == YEARBOOK.id
