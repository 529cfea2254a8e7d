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
    for number, spec in enumerate(CHARTS.values(), start=1):
        caption = f"Figure {number}: {spec.title}"
        assert caption in paragraphs
        assert paragraphs[paragraphs.index(caption) + 1] == chart_source_note(spec, dataset)
    assert result.warnings == []


def test_brief_charts_leave_title_and_source_to_word(study):
    dataset, _ = study
    renderer = CatalogChartRenderer(dataset)
    assert renderer.style.show_title is False and renderer.style.show_source is False
    image = renderer("ftz_fdi_share")
    assert image.png.startswith(b"\x89PNG") and image.indicators == CHARTS["ftz_fdi_share"].indicators
    with pytest.raises(KeyError):
        renderer("no_such_chart")
