"""The HTML preview: same model as the Word file, escaped text, images inline."""
from __future__ import annotations

import base64
import re

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.html_writer import to_html
from helpers.brief import png_bytes


def test_preview_shows_the_chosen_content(recipe, dataset, content, charts):
    recipe.sections[0].items.remove("trade-imports")
    html = to_html(compose(recipe, dataset, content, charts))
    assert "Exports reached 150.5 billion yuan in 2022" in html
    assert "Imports held steady" not in html and "The imports summary" not in html
    assert "<p class=\"caption\">Figure 2: Import shares 进口</p>" in html
    assert '<td class=num>+50.5% since 2021</td>' in html


def test_images_are_data_uris(recipe, dataset, content, charts):
    html = to_html(compose(recipe, dataset, content, charts))
    uris = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert [base64.b64decode(u) for u in uris] == [png_bytes("exports_chart"), png_bytes("shares_chart")]


def test_text_is_escaped_and_cleaned(recipe, dataset, content, charts):
    recipe.title = '<script>alert("x")</script> & co\x0b'
    recipe.executive_summary = "Line one\nline <b>two</b>"
    html = to_html(compose(recipe, dataset, content, charts))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co<" in html
    assert "Line one<br>line &lt;b&gt;two&lt;/b&gt;" in html
    assert "\x0b" not in html


def test_contents_link_to_headings(recipe, dataset, content, charts):
    recipe.contents = "always"
    html = to_html(compose(recipe, dataset, content, charts))
    links = re.findall(r'<a href="#(_Toc[^"]+)">', html)
    ids = re.findall(r'<h[123] id="([^"]+)">', html)
    assert links == ids and len(ids) == 8


def test_footnotes_and_source_numbers_show_in_the_preview(recipe, dataset, content, charts):
    from ftz_desktop.core.analysis.checks import Finding

    findings = [Finding("warning", "inconsistent", "m", indicator_id="exports", key="exports|TZ|2022",
                        stated=150.5, computed=120.0)]
    html = to_html(compose(recipe, dataset, content, charts, findings))
    assert '<sup><a href="#fn1">1</a></sup>' in html and re.search(r"<sup>\[\d+\]</sup>", html)
    assert '<p id="fn1">1. The study gives 150.5 billion yuan; its other figures give 120 billion yuan.</p>' in html


def test_the_page_carries_the_style_sheet_it_is_given(recipe, dataset, content, charts):
    from ftz_desktop.brief.html_writer import PAGE_CSS

    document = compose(recipe, dataset, content, charts)
    assert f"<style>{PAGE_CSS}</style>" in to_html(document)
    page = to_html(document, stylesheet="p { color: red; }")
    assert "<style>p { color: red; }</style>" in page and "max-width" not in page


def test_the_preview_of_an_official_layout_shows_its_masthead(recipe, dataset, content, charts):
    recipe.template, recipe.language = "jianbao", "zh"
    recipe.official.bulletin, recipe.official.issue, recipe.official.compiler = "四川自贸试验区工作简报", "12", "自贸办"
    html = to_html(compose(recipe, dataset, content, charts))
    assert "四川自贸试验区工作简报" in html and "第12期" in html and "自贸办" in html
    body = html.split("<body>")[1]
    assert body.index("四川自贸试验区工作简报") < body.index(recipe.title)
    assert "一、Trade of the test zone" in html
    recipe.template = "gbt9704"
    recipe.official.issuer, recipe.official.doc_number = "四川省商务厅文件", "川商〔2026〕12号"
    html = to_html(compose(recipe, dataset, content, charts))
    assert "四川省商务厅文件" in html and "川商〔2026〕12号" in html and "<hr" in html
