"""Recipes: readable versioned JSON, strict reading that names the field, ids the workspace lost."""
from __future__ import annotations

import dataclasses
import datetime
import json
import textwrap

import pytest

from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.recipe import (
    RECIPE_VERSION,
    Recipe,
    RecipeError,
    SectionChoice,
    data_snapshot_id,
    default_recipe,
    prune_unknown,
    unknown_ids,
)
from ftz_desktop.core.study.content import Content, parse_section

SECTION_A = textwrap.dedent("""\
    ---
    id: alpha
    title: Alpha
    number: 1
    ---
    ## First item {#a-one}
    indicators: second_ind

    > Summary one.

    Text one.

    ## Second item {#a-two}
    indicators: first_ind, second_ind

    > Summary two.

    Text two.
    """)
SECTION_B = textwrap.dedent("""\
    ---
    id: beta
    title: Beta
    ---
    ## Third item {#b-three}

    > Summary three.

    Text three.
    """)


@pytest.fixture
def content() -> Content:
    return Content("en", (parse_section(SECTION_A, "a.md"), parse_section(SECTION_B, "b.md")))


@pytest.fixture
def dataset() -> Dataset:
    indicators = {i: Indicator(i, i.replace("_", " "), "count") for i in
                  ("first_ind", "second_ind", "third_ind", "empty_ind")}
    observations = [Observation("first_ind", "X", "2022", 1, source_id="s"),
                    Observation("second_ind", "X", "2022", 2, source_id="s"),
                    Observation("third_ind", "X", "2022", 3, source_id="s"),
                    Observation("empty_ind", "X", "2022", None, status="M", source_id="s")]
    return Dataset(indicators, observations, {"s": Source("s", "Source")}, {"X": "X"})


def test_default_recipe_has_everything_in_content_order(content, dataset):
    recipe = default_recipe(content, dataset, ["chart_b", "chart_a"], today=datetime.date(2024, 5, 6))
    assert [(s.id, s.items) for s in recipe.sections] == [("alpha", ["a-one", "a-two"]), ("beta", ["b-three"])]
    # The key figures the items cite, each item's first figure in turn; none without a value, none uncited.
    assert recipe.indicators == ["second_ind", "first_ind"]
    assert recipe.charts == ["chart_b", "chart_a"]
    assert recipe.date == "2024-05-06" and recipe.version == RECIPE_VERSION


def test_key_figures_start_with_the_headline_figures_and_stop_at_the_limit():
    from ftz_desktop.core.recipe import DEFAULT_KEY_FIGURES, key_figure_ids
    from ftz_desktop.core.study.content import load_content
    from ftz_desktop.core.study.headline import HEADLINE_FIGURES
    from ftz_desktop.core.study.shipped import load_shipped_dataset

    study, data = load_content("en"), load_shipped_dataset()
    whole = key_figure_ids(study, data, [i.id for i in study.all_items()])
    assert whole == [i for i, _ in HEADLINE_FIGURES][:DEFAULT_KEY_FIGURES]
    short = key_figure_ids(study, data, ["sc-foreign-trade", "rec-imports"], limit=3)
    # No headline figure is cited: each item's first figure, then their second ones.
    assert short == ["intermediate_goods_share_of_processing_trade", "imported_food_label_pass_rate",
                     "chengdu_processing_trade_share"]


def test_json_round_trip_is_readable(content, dataset):
    recipe = default_recipe(content, dataset, ["c"])
    recipe.title = "四川自贸试验区政策简报"
    recipe.detail_overrides = {"a-two": "full"}
    recipe.appendix_tables = True
    recipe.item_text = {"a-one": "这份简报自己的措辞。"}
    recipe.contents = "never"
    recipe.template = "jianbao"
    recipe.official.bulletin, recipe.official.issue = "四川自贸试验区工作简报", "12"
    text = recipe.to_json()
    assert "四川自贸试验区政策简报" in text and '\n  "title"' in text
    assert json.loads(text)["version"] == 1
    assert Recipe.from_json(text) == recipe
    assert Recipe.from_json(text).detail_for("a-two") == "full"
    assert Recipe.from_json(text).detail_for("a-one") == "summary"


def test_missing_fields_take_defaults():
    recipe = Recipe.from_json('{"version": 1, "title": "Short"}')
    assert recipe.title == "Short" and recipe.paper == "A4" and recipe.sections == []


@pytest.mark.parametrize("change, field, words", [
    ({"version": 2}, "version", "newer version"),
    ({"version": "1"}, "version", "whole number"),
    ({"version": True}, "version", "whole number"),
    ({"title": 5}, "title", "expected text"),
    ({"paper": "A3"}, "paper", "'A4', 'Letter'"),
    ({"detail": "short"}, "detail", "'summary', 'full'"),
    ({"detail_overrides": {"a-one": "all"}}, "detail_overrides.a-one", "got \"all\""),
    ({"detail_overrides": []}, "detail_overrides", "expected an object"),
    ({"appendix_tables": "yes"}, "appendix_tables", "true or false"),
    ({"language": "English"}, "language", "language code"),
    ({"sections": {"id": "alpha"}}, "sections", "expected a list"),
    ({"sections": [{"id": "alpha", "items": "a-one"}]}, "sections[0].items", "expected a list"),
    ({"sections": [{"id": "alpha", "items": ["a-one", 3]}]}, "sections[0].items[1]", "expected an id"),
    ({"sections": [{"id": "alpha", "items": ["a-one", "a-one"]}]}, "sections[0].items[1]", "listed twice"),
    ({"sections": [{"id": "alpha", "items": ["a-one"]}, {"id": "beta", "items": ["a-one"]}]},
     "sections[1].items[0]", "another section"),
    ({"sections": [{"id": "alpha", "colour": "red"}]}, "sections[0].colour", "not a section field"),
    ({"indicators": ["x", "x"]}, "indicators[1]", "listed twice"),
    ({"charts": "c"}, "charts", "expected a list"),
    ({"titel": "typo"}, "titel", "not a recipe field"),
    ({"contents": "sometimes"}, "contents", "'auto', 'always', 'never'"),
    ({"official": "red"}, "official", "expected an object"),
    ({"official": {"isue": "3"}}, "official.isue", "not a layout setting"),
    ({"official": {"issue": "三"}}, "official.issue", "whole number"),
    ({"official": {"copy_number": "1234567"}}, "official.copy_number", "six digits"),
    ({"official": {"issue": "²"}}, "official.issue", "whole number"),
    ({"official": {"print_date": "next week"}}, "official.print_date", "a date such as"),
    ({"official": {"font_profile": "fancy"}}, "official.font_profile", "'official', 'windows'"),
    ({"official": {"cc": 5}}, "official.cc", "expected text"),
    ({"item_text": ["a-one"]}, "item_text", "expected an object"),
    ({"item_text": {"a-one": 3}}, "item_text.a-one", "expected text"),
])
def test_bad_fields_are_named(change, field, words):
    raw = {"version": 1, **change}
    with pytest.raises(RecipeError) as error:
        Recipe.from_json(json.dumps(raw))
    assert error.value.field == field
    assert words in str(error.value)
    assert field in str(error.value)


@pytest.mark.parametrize("text, words", [
    ("{not json", "not valid JSON (line 1"),
    ("[1, 2]", "expected a JSON object"),
    ('{"title": "x"}', "missing"),
])
def test_unreadable_recipes(text, words):
    with pytest.raises(RecipeError, match=words.replace("(", r"\(")):
        Recipe.from_json(text)


def test_unknown_ids_are_reported_in_recipe_order(content, dataset):
    recipe = default_recipe(content, dataset, ["c1"])
    recipe.sections[0].items.insert(1, "a-gone")
    recipe.sections[0].items.append("b-three")   # an item that lives in another section now
    recipe.sections.append(SectionChoice("gamma", ["g-one"]))
    recipe.indicators.append("old_ind")
    recipe.charts.append("old_chart")
    assert unknown_ids(recipe, content, dataset, ["c1"]) == [
        "item 'a-gone'", "item 'b-three' (now in section 'beta')", "section 'gamma'", "indicator 'old_ind'",
        "chart 'old_chart'"]
    pruned = prune_unknown(recipe, content, dataset, ["c1"])
    assert unknown_ids(pruned, content, dataset, ["c1"]) == []
    assert pruned.sections[0].items == ["a-one", "a-two"] and pruned.charts == ["c1"]
    assert default_recipe(content, dataset, ["c1"]).indicators == pruned.indicators


def test_snapshot_id_follows_the_observations(dataset):
    first = data_snapshot_id(dataset)
    assert first == data_snapshot_id(Dataset(dataset.indicators, list(reversed(dataset.observations)),
                                             dataset.sources, dataset.geographies))
    for change in ({"value": 4.0}, {"note": "revised"}, {"status": "P"}, {"source_id": "t"}):
        edited = [dataclasses.replace(dataset.observations[0], **change)] + dataset.observations[1:]
        assert data_snapshot_id(Dataset(dataset.indicators, edited, dataset.sources)) != first, change


def test_full_width_digits_are_numbers_in_the_layout_settings():
    recipe = Recipe.from_dict({"version": 1, "official": {"issue": "１２", "copies": "60"}})
    assert recipe.official.issue == "12" and recipe.official.copies == "60"
