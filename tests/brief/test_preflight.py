"""The pre-export check: each kind of problem with what a recipe chose, and silence about what it left out."""
from __future__ import annotations

from dataclasses import replace

import docx
import pytest

from ftz_desktop.brief.preflight import OLD_DATA_YEARS, preflight
from ftz_desktop.charts import fonts
from ftz_desktop.charts.catalog import CHARTS
from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.recipe import Recipe, SectionChoice, default_recipe
from ftz_desktop.core.study.content import Content, Section, load_content
from ftz_desktop.core.study.shipped import load_shipped_dataset


def kinds(findings, severity=None):
    return [f.kind for f in findings if severity is None or f.severity == severity]


def only_indicators(*ids) -> Recipe:
    return Recipe(indicators=list(ids))


@pytest.fixture
def shipped():
    return load_shipped_dataset(), load_content("en")


def test_a_clean_choice_has_no_findings(dataset, content):
    recipe = Recipe(sections=[SectionChoice("outlook", ["outlook-talent"])], indicators=["exports", "firms"])
    assert preflight(recipe, dataset, content) == []


def test_nothing_ticked_is_an_error(dataset, content):
    findings = preflight(Recipe(), dataset, content)
    assert kinds(findings) == ["empty_brief"]
    assert findings[0].severity == "error"


def test_unknown_ids_are_errors_naming_each_id(dataset, content):
    recipe = Recipe(sections=[SectionChoice("trade", ["trade-exports", "trade-gone"]), SectionChoice("lost", [])],
                    indicators=["exports", "no_such_indicator"], charts=["no_such_chart"])
    findings = [f for f in preflight(recipe, dataset, content) if f.kind == "unknown_id"]
    assert all(f.severity == "error" for f in findings)
    text = "\n".join(f.message for f in findings)
    for name in ("item 'trade-gone'", "section 'lost'", "indicator 'no_such_indicator'", "chart 'no_such_chart'"):
        assert name in text
    assert len(findings) == 4


def test_indicator_without_data_is_a_warning(dataset, content):
    dataset.indicators["empty"] = Indicator("empty", "An indicator nobody filled", "count")
    findings = preflight(only_indicators("exports", "empty"), dataset, content)
    assert kinds(findings) == ["no_data"]
    assert findings[0].severity == "warning" and findings[0].indicator_id == "empty"
    assert "An indicator nobody filled" in findings[0].message


def test_old_data_is_a_warning_but_recent_data_is_not(dataset, content):
    newest = 2023   # the small dataset's newest period with a value is 2022; add a newer one
    observations = dataset.observations + [
        Observation("spare", "TZ", str(newest), 1, source_id="src-c"),
        Observation("old", "TZ", str(newest - OLD_DATA_YEARS - 1), 5, source_id="src-c"),
        Observation("borderline", "TZ", str(newest - OLD_DATA_YEARS), 5, source_id="src-c")]
    indicators = dict(dataset.indicators, old=Indicator("old", "An old indicator", "count"),
                      borderline=Indicator("borderline", "A borderline indicator", "count"))
    data = Dataset(indicators, observations, dataset.sources, dataset.geographies)
    findings = preflight(only_indicators("old", "borderline", "spare"), data, content)
    assert kinds(findings) == ["old_data"]
    assert findings[0].indicator_id == "old" and str(newest - OLD_DATA_YEARS - 1) in findings[0].message


def test_consistency_findings_on_chosen_figures_are_warnings(shipped):
    dataset, content = shipped
    # The study's stated 21.9% share of general trade disagrees with its inputs (21.84%).
    chosen = preflight(Recipe(indicators=["chengdu_general_trade_share"]), dataset, content)
    assert kinds(chosen) == ["inconsistent"]
    assert chosen[0].severity == "warning" and "21.9%" in chosen[0].message
    # The same problem is not reported when that figure is not in the brief.
    assert "inconsistent" not in kinds(preflight(Recipe(indicators=["luzhou_port_container_throughput"]),
                                                 dataset, content))


def test_data_error_in_a_chosen_figure_is_reported_as_a_warning(dataset, content):
    data = Dataset(dataset.indicators, dataset.observations + [Observation("firms", "TZ", "2020", 3, source_id="nope")],
                   dataset.sources, dataset.geographies)
    findings = preflight(only_indicators("firms"), data, content)
    assert kinds(findings) == ["no_source"]
    assert findings[0].severity == "warning"
    assert preflight(only_indicators("exports"), data, content) == []


def test_figure_in_chosen_text_counts_as_shown(dataset, content):
    # trade-exports cites {{exports|TZ|2022}} in its summary; the figure goes missing.
    data = Dataset(dataset.indicators, [o for o in dataset.observations if o.key != ("exports", "TZ", "2022")],
                   dataset.sources, dataset.geographies)
    recipe = Recipe(sections=[SectionChoice("trade", ["trade-exports"])])
    findings = preflight(recipe, data, content)
    assert kinds(findings) == ["missing_figure"]
    assert findings[0].severity == "warning" and findings[0].item_id == "trade-exports"
    # Left out, the item is not checked.
    assert preflight(Recipe(sections=[SectionChoice("outlook", ["outlook-talent"])]), data, content) == []


def _with_empty_summary(content: Content, item_id: str) -> Content:
    sections = []
    for section in content.sections:
        items = tuple(replace(i, summary="  ") if i.id == item_id else i for i in section.items)
        sections.append(Section(section.id, section.title, section.number, section.intro, items))
    return Content(content.language, tuple(sections))


def test_chosen_item_with_empty_text_is_an_error(dataset, content):
    blank = _with_empty_summary(content, "outlook-ports")
    recipe = Recipe(sections=[SectionChoice("outlook", ["outlook-talent", "outlook-ports"])])
    findings = preflight(recipe, dataset, blank)
    assert kinds(findings) == ["empty_text"]
    assert findings[0].severity == "error" and findings[0].item_id == "outlook-ports"
    assert "summary" in findings[0].message
    # The full text is not empty: choosing it for that item clears the error.
    full = replace(recipe, detail_overrides={"outlook-ports": "full"})
    assert preflight(full, dataset, blank) == []


def test_chart_with_gaps_is_a_warning_naming_the_missing_values(shipped):
    dataset, content = shipped
    findings = preflight(Recipe(charts=["chengdu_trade_2017_2022"]), dataset, content)
    gaps = [f for f in findings if f.kind == "chart_gap"]
    assert len(gaps) == 1 and gaps[0].severity == "warning"
    assert "Exports (2018)" in gaps[0].message and CHARTS["chengdu_trade_2017_2022"].title in gaps[0].message
    assert "chart_gap" not in kinds(preflight(Recipe(charts=["ftz_fdi_share"]), dataset, content))


def test_template_missing_styles_is_an_error_naming_them(dataset, content, tmp_path):
    path = tmp_path / "office.docx"
    template = docx.Document()
    template.styles["Caption"].delete()
    template.save(path)
    recipe = Recipe(indicators=["exports"], template=str(path))
    findings = preflight(recipe, dataset, content)
    assert kinds(findings) == ["template_styles"]
    assert findings[0].severity == "error"
    assert "Caption" in findings[0].message and "office.docx" in findings[0].message
    assert "TOC 1" not in findings[0].message
    # template_path overrides the recipe's template.
    assert preflight(recipe, dataset, content, template_path="standard") == []


def test_template_lacking_only_words_latent_contents_styles_is_a_warning(dataset, content, tmp_path):
    path = tmp_path / "plain.dotx"
    docx.Document().save(tmp_path / "plain.docx")   # as from Word: no TOC styles until a contents page is used
    (tmp_path / "plain.docx").rename(path)
    findings = preflight(Recipe(indicators=["exports"], template=str(path)), dataset, content)
    assert kinds(findings) == ["template_styles"]
    assert findings[0].severity == "warning" and "TOC 1" in findings[0].message


def test_unusable_template_is_an_error(dataset, content, tmp_path):
    path = tmp_path / "notes.docx"
    path.write_text("not a Word file")
    findings = preflight(Recipe(indicators=["exports"]), dataset, content, template_path=path)
    assert kinds(findings) == ["template"]
    assert "notes.docx" in findings[0].message


def test_chinese_without_a_font_is_a_warning(dataset, content, monkeypatch):
    recipe = Recipe(indicators=["exports"], language="zh")
    monkeypatch.setattr(fonts, "cjk_font_available", lambda: False)
    findings = preflight(recipe, dataset, content)
    assert kinds(findings) == ["no_font"] and findings[0].severity == "warning"
    monkeypatch.setattr(fonts, "cjk_font_available", lambda: True)
    assert preflight(recipe, dataset, content) == []
    monkeypatch.setattr(fonts, "cjk_font_available", lambda: False)
    assert preflight(replace(recipe, language="en"), dataset, content) == []


def test_errors_come_first(dataset, content):
    dataset.indicators["empty"] = Indicator("empty", "An indicator nobody filled", "count")
    findings = preflight(Recipe(indicators=["empty", "gone"]), dataset, content)
    assert [f.severity for f in findings] == ["error", "warning"]


def test_default_recipe_on_the_shipped_study_has_warnings_only(shipped):
    dataset, content = shipped
    findings = preflight(default_recipe(content, dataset, CHARTS), dataset, content)
    assert findings and all(f.severity == "warning" for f in findings)


def test_a_figure_whose_source_names_no_publisher_is_warned_about_and_a_publication_is_not(shipped):
    dataset, content = shipped
    note = Source(id="call-notes", title="Notes from a call with Chengdu Customs")
    yearbook = Source(id="sc-yearbook-2024", title="Sichuan Statistical Yearbook 2024", publisher="Sichuan Bureau")
    added = [Observation("chengdu_goods_exports", "CD", "2023", 520.0, source_id=note.id, status="E"),
             Observation("chengdu_goods_imports", "CD", "2023", 340.0, source_id=yearbook.id)]
    grown = replace(dataset, observations=dataset.observations + added,
                    sources={**dataset.sources, note.id: note, yearbook.id: yearbook})
    findings = preflight(only_indicators("chengdu_goods_exports", "chengdu_goods_imports"), grown, content)
    (warning,) = [f for f in findings if f.kind == "unpublished_source"]
    assert warning.severity == "warning" and warning.indicator_id == "chengdu_goods_exports"
    assert "1 figure the brief shows cites “Notes from a call with Chengdu Customs” (call-notes)" in warning.message
    # a figure left out of the brief is not reported
    assert "unpublished_source" not in kinds(preflight(only_indicators("chengdu_goods_imports"), grown, content))
