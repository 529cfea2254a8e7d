"""The official layouts as LibreOffice lays them out: 22 lines of 28 characters on every full body page of a
公文, the page count the app tells before export, the 版记 on the bottom of the last page, and both
layouts rendered with the whole study."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from ftz_desktop.brief.export import export_brief
from ftz_desktop.brief.grid import char_width, predicted_pages
from ftz_desktop.brief.pipeline import build_document
from ftz_desktop.charts.catalog import CHARTS
from ftz_desktop.core.recipe import default_recipe
from ftz_desktop.core.study.content import load_content
from ftz_desktop.core.study.shipped import load_shipped_dataset

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None
                                 or shutil.which("pdfinfo") is None,
                                 reason="LibreOffice (soffice) and poppler-utils (pdftotext) are not installed")]
A4_HEIGHT_PT = 841.9
TYPE_AREA_BOTTOM_PT = A4_HEIGHT_PT - 35 / 25.4 * 72


@pytest.fixture(scope="module")
def study():
    return load_shipped_dataset(), load_content("zh")


def _recipe(study, layout: str, sections: list[str], detail: str):
    dataset, content = study
    recipe = default_recipe(content, dataset, [])
    recipe.template, recipe.date, recipe.organisation = layout, "2026-12-01", "四川省商务厅"
    recipe.sections = [s for s in recipe.sections if s.id in sections]
    recipe.detail, recipe.indicators, recipe.charts = detail, [], []
    settings = recipe.official
    if layout == "gbt9704":
        settings.issuer, settings.doc_number = "四川省商务厅文件", "川商〔2026〕12号"
        settings.cc, settings.printed_by, settings.print_date = "省发展改革委", "四川省商务厅办公室", "2026-12-01"
    else:
        settings.bulletin, settings.issue, settings.compiler = "四川自贸试验区工作简报", "3", "省商务厅自贸办"
        settings.report_to, settings.copies = "省委办公厅", "30"
    return recipe


def _pdf(recipe, study, tmp_path, name: str):
    dataset, content = study
    path = tmp_path / f"{name}.docx"
    export_brief(recipe, dataset, content, path, findings=[])
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    return path.with_suffix(".pdf")


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _page_lines(pdf, page: int) -> list[str]:
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    return [line.strip() for line in text.split("\n") if line.strip() and not line.strip().startswith("—")]


def test_a_gongwen_body_page_has_22_lines_of_28_characters(study, tmp_path):
    recipe = _recipe(study, "gbt9704", ["recommendations", "opportunities"], "full")
    pdf = _pdf(recipe, study, tmp_path, "公文")
    pages = _pages(pdf)
    assert pages >= 4
    # The first page has the masthead; the body ends on the page with the 署名 (then the sources, in small type).
    for page in range(2, pages):
        lines = _page_lines(pdf, page)
        if "四川省商务厅" in lines:
            break
        # A digit or Latin letter is half a character wide (2022 takes two), as on the grid.
        widths = [sum(char_width(ch) for ch in re.sub(r"\s", "", line)) for line in lines]
        assert len(lines) == 22, (page, len(lines))
        assert 27.5 <= max(widths) <= 28.5, (page, widths)
        assert sum(1 for w in widths if w >= 27.5) >= 5, (page, widths)    # full lines, not a narrow column


@pytest.mark.parametrize("layout, sections, detail", [
    ("gbt9704", ["shortcomings"], "summary"), ("gbt9704", ["shortcomings", "recommendations"], "summary"),
    ("gbt9704", ["recommendations"], "full"), ("jianbao", ["shortcomings"], "full"),
    ("jianbao", ["recommendations", "opportunities"], "full"),
])
def test_the_page_count_told_before_export_is_libreoffices(study, tmp_path, layout, sections, detail):
    dataset, content = study
    recipe = _recipe(study, layout, sections, detail)
    told = predicted_pages(build_document(recipe, dataset, content, findings=[]))
    assert told is not None and told == _pages(_pdf(recipe, study, tmp_path, "brief"))


@pytest.mark.parametrize("layout, first_word", [("gbt9704", "抄送"), ("jianbao", "（共印30份）")])
def test_the_colophon_sits_on_the_bottom_of_the_last_page(study, tmp_path, layout, first_word):
    recipe = _recipe(study, layout, ["shortcomings"], "summary")
    pdf = _pdf(recipe, study, tmp_path, layout)
    last = _pages(pdf)
    boxes = subprocess.run(["pdftotext", "-f", str(last), "-l", str(last), "-bbox", str(pdf), "-"], check=True,
                           capture_output=True, text=True, timeout=60).stdout
    word = re.escape(first_word[:2])
    y_max = max(float(m.group(1)) for m in re.finditer(rf'yMax="([\d.]+)">{word}', boxes))
    # Its last line ends on the bottom edge of the type area (within a line).
    assert TYPE_AREA_BOTTOM_PT - 29 < y_max <= TYPE_AREA_BOTTOM_PT + 2


@pytest.mark.parametrize("layout", ["gbt9704", "jianbao"])
def test_the_whole_study_renders_in_each_layout(study, tmp_path, layout):
    dataset, content = study
    recipe = default_recipe(content, dataset, list(CHARTS))
    recipe.template = layout
    pdf = _pdf(recipe, study, tmp_path, layout)
    text = " ".join(_page_lines(pdf, 1) + _page_lines(pdf, 2))
    assert "一、" in text and "（一）" in text and "目录" not in text
    assert _pages(pdf) >= 4
