"""The whole shipped study through the real chart catalog: the brief a user gets by default."""
from __future__ import annotations

import zipfile

import docx
import pytest

from ftz_desktop.brief.chart_images import CatalogChartRenderer
from ftz_desktop.brief.export import export_brief
from ftz_desktop.charts.catalog import CHARTS, chart_source_note
from ftz_desktop.core.recipe import default_recipe
from ftz_desktop.core.study.content import load_content
from ftz_desktop.core.study.shipped import load_shipped_dataset


@pytest.fixture(scope="module")
def study():
    return load_shipped_dataset(), load_content("en")


def test_default_brief_of_the_study(study, tmp_path):
    dataset, content = study
    recipe = default_recipe(content, dataset, list(CHARTS))
    recipe.appendix_tables = True
    result = export_brief(recipe, dataset, content, tmp_path / "brief.docx")
    with zipfile.ZipFile(result.path) as package:
        assert package.testzip() is None
        assert len([n for n in package.namelist() if n.startswith("word/media/")]) == len(CHARTS)
    paragraphs = [p.text for p in docx.Document(str(result.path)).paragraphs]
    captions = [p for p in paragraphs if p.startswith("Figure ")]
    # Numbered in reading order, each chart once, each followed by its source line.
    assert [c.split(":")[0] for c in captions] == [f"Figure {n}" for n in range(1, len(CHARTS) + 1)]
    assert sorted(c.split(": ", 1)[1] for c in captions) == sorted(spec.title for spec in CHARTS.values())
    for spec in CHARTS.values():
        caption = next(c for c in captions if c.endswith(f": {spec.title}"))
        assert paragraphs[paragraphs.index(caption) + 1] == chart_source_note(spec, dataset)
    assert result.warnings == []


def test_every_chart_of_the_default_brief_sits_in_an_item_that_rests_on_it(study):
    from ftz_desktop.brief.model import Figure, Heading
    from ftz_desktop.brief.pipeline import build_document

    dataset, content = study
    recipe = default_recipe(content, dataset, list(CHARTS))
    document = build_document(recipe, dataset, content, dpi=40)
    titles = {item.title: item for item in content.all_items()}
    item = None
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 2:
            item = titles[block.text]
        elif isinstance(block, Figure):
            assert item is not None and block.chart_id in item.charts and block.item_id == item.id
    assert sorted(f.chart_id for f in document.figures()) == sorted(CHARTS)
    # No "Charts" section, no checker words, and at most the default number of key figures.
    assert not any(isinstance(b, Heading) and b.text in ("Charts", "Annex: further charts") for b in document.blocks)
    words = " ".join(p.text for p in document.paragraphs()) + " ".join(document.footnotes())
    for checker in ("tolerance", "derives", "^(", "Data note", "Data check", "difference"):
        assert checker not in words
    assert len(document.tables()[0].rows) <= 8
    # The two material findings of the shipped data are footnotes; the rounding-level ones are not.
    assert len(document.footnotes()) == 2
    assert any("10.9%" in note and "10.6%" in note for note in document.footnotes())
    assert not any("21.8%" in note or "57.4%" in note for note in document.footnotes())


def test_brief_charts_leave_title_and_source_to_word(study):
    dataset, _ = study
    renderer = CatalogChartRenderer(dataset)
    assert renderer.style.show_title is False and renderer.style.show_source is False
    image = renderer("ftz_fdi_share")
    assert image.png.startswith(b"\x89PNG") and image.indicators == CHARTS["ftz_fdi_share"].indicators
    with pytest.raises(KeyError):
        renderer("no_such_chart")


def test_a_chart_caption_names_the_periods_its_picture_draws():
    """A 2023 figure staff add reaches the brief's caption, in both languages, with its own source."""
    import dataclasses

    from ftz_desktop.brief.chart_images import CatalogChartRenderer
    from ftz_desktop.core.domain.model import Dataset, Source
    from ftz_desktop.core.study.shipped import load_shipped_dataset

    shipped = load_shipped_dataset()
    base = shipped.get("chengdu_goods_exports", "CD", "2022")
    yearbook = Source(id="cd-yearbook-2024", title="Chengdu Statistical Yearbook 2024")
    added = dataclasses.replace(base, id=10_000, period="2023", value=520.0, source_id=yearbook.id)
    dataset = Dataset(shipped.indicators, [*shipped.observations, added], {**shipped.sources, yearbook.id: yearbook},
                      shipped.geographies)
    english = CatalogChartRenderer(dataset, dpi=60)("chengdu_trade_2017_2022")
    chinese = CatalogChartRenderer(dataset, dpi=60, language="zh")("chengdu_trade_2017_2022")
    assert "2017–2023" in english.title and "2023" in chinese.title
    assert "Chengdu Statistical Yearbook 2024" in english.source_note
