"""A short brief is short: two shortcomings, two recommendations and one chart fit on two A4 pages as
LibreOffice lays them out, the title block on the first page with the text (no title or contents page)."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from ftz_desktop.brief.export import export_brief
from ftz_desktop.charts.catalog import CHARTS
from ftz_desktop.core.recipe import SectionChoice, default_recipe, key_figure_ids
from ftz_desktop.core.study.content import load_content
from ftz_desktop.core.study.shipped import load_shipped_dataset

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                 reason="LibreOffice (soffice) and poppler-utils (pdftotext) are not installed")]


def _pdf_pages(docx_path, tmp_path) -> list[str]:
    profile = (tmp_path / "lo-profile").as_uri()   # never share a profile with a running LibreOffice
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(docx_path.with_suffix(".pdf")), "-"], check=True,
                          capture_output=True, timeout=60).stdout.decode("utf-8")
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_two_shortcomings_two_recommendations_and_a_chart_fit_on_two_pages(tmp_path, language):
    dataset, content = load_shipped_dataset(), load_content(language)
    recipe = default_recipe(content, dataset, list(CHARTS))
    recipe.sections = [SectionChoice("shortcomings", ["sc-foreign-trade", "sc-talent"]),
                       SectionChoice("recommendations", ["rec-imports", "rec-talent"])]
    recipe.indicators = key_figure_ids(content, dataset, recipe.item_ids())
    recipe.charts = ["chengdu_trade_by_mode_2022"]
    path = tmp_path / "short.docx"
    export_brief(recipe, dataset, content, path)
    pages = _pdf_pages(path, tmp_path)
    assert len(pages) == 2, [p[:80] for p in pages]
    first_item = content.item("sc-foreign-trade").title
    title = re.sub(r"\s+", "", recipe.title)
    assert title in re.sub(r"\s+", "", pages[0]) and re.sub(r"\s+", "", first_item) in re.sub(r"\s+", "", pages[0])
    contents = "目录" if language == "zh" else "Contents"
    assert contents not in pages[0]
