"""A brief converted by LibreOffice to PDF reads as the user chose (what a reader without Word sees)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.docx.writer import write_docx

pytestmark = pytest.mark.slow


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None
                    or shutil.which("pdffonts") is None,
                    reason="LibreOffice (soffice) and poppler-utils (pdftotext) are not installed")
def test_pdf_holds_the_chosen_titles(recipe, dataset, content, charts, tmp_path):
    recipe.title = "四川自贸试验区政策简报"
    recipe.sections[1].items.remove("outlook-ports")
    path = write_docx(compose(recipe, dataset, content, charts), tmp_path / "brief.docx")
    profile = (tmp_path / "lo-profile").as_uri()   # never share a profile with a running LibreOffice
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "brief.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    flat = " ".join(text.split())
    for expected in ("四川自贸试验区政策简报", "1.1 Exports grew strongly", "2.1 Talent is scarce",
                     "Figure 1: Exports by year", "Figure 2: Import shares 进口", "Table 1: Key figures",
                     "Exports reached 150.5 billion yuan in 2022", "+50.5%"):
        assert expected in flat, expected
    assert "Ports need work" not in flat and "The ports summary" not in flat
    # The Chinese title is drawn with a Chinese font, never a Japanese fallback (w:eastAsia at work).
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, timeout=60).stdout.decode()
    assert any(name in fonts for name in ("WenQuanYi", "WenQuanYiMicroHei", "NotoSansCJK", "SimSun", "YaHei")), fonts
    assert not any(name in fonts for name in ("Mincho", "Gothic", "NotoSansJP", "IPAex", "TakaoPGothic")), fonts
