"""The Chinese official layouts read back from the .docx: page, grid, fonts per element, literal numbers,
odd and even page numbers, the 公文 masthead and 版记, the 简报 masthead and its rules, safe tables."""
from __future__ import annotations

import re

import docx
import pytest
from docx.shared import Mm
from lxml import etree

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.docx.writer import write_docx
from ftz_desktop.core.recipe import Recipe
from helpers.brief import W, document_xml, part

MM_TOLERANCE = Mm(0.2)


def _official_recipe(recipe: Recipe, layout: str, **settings: str) -> Recipe:
    recipe.template = layout
    recipe.language = "zh"
    recipe.organisation = "四川省商务厅"
    recipe.date = "2026-12-01"
    for name, value in settings.items():
        setattr(recipe.official, name, value)
    return recipe


@pytest.fixture
def gongwen(recipe, dataset, content, charts, tmp_path):
    _official_recipe(recipe, "gbt9704", issuer="四川省商务厅文件", doc_number="川商〔2026〕12号", copy_number="12",
                     classification="内部★1年", urgency="特急", cc="省发展改革委，省财政厅",
                     printed_by="四川省商务厅办公室", print_date="2026-12-01")
    return write_docx(compose(recipe, dataset, content, charts), tmp_path / "公文.docx")


@pytest.fixture
def jianbao(recipe, dataset, content, charts, tmp_path):
    _official_recipe(recipe, "jianbao", bulletin="四川自贸试验区工作简报", issue="12", compiler="省商务厅自贸办",
                     serial="0012", classification="内部资料", report_to="省委办公厅", send_to="省发展改革委",
                     issue_to="各片区管委会", copies="60")
    return write_docx(compose(recipe, dataset, content, charts), tmp_path / "简报.docx")


def _styles(path) -> dict:
    root = etree.fromstring(part(path, "word/styles.xml").encode("utf-8"))
    return {s.find(f"{W}name").get(f"{W}val"): s for s in root.iter(f"{W}style")}


def _texts(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_the_page_is_the_standards_type_area(gongwen):
    section = docx.Document(str(gongwen)).sections[0]
    assert abs(section.page_width - Mm(210)) < MM_TOLERANCE and abs(section.page_height - Mm(297)) < MM_TOLERANCE
    for side, mm in (("top_margin", 37), ("bottom_margin", 35), ("left_margin", 28), ("right_margin", 26)):
        assert abs(getattr(section, side) - Mm(mm)) < MM_TOLERANCE, side


def test_body_text_is_3hao_on_an_exact_line_condensed_to_28_characters(gongwen):
    normal = _styles(gongwen)["Normal"]
    spacing = normal.find(f"{W}pPr/{W}spacing")
    assert spacing.get(f"{W}line") == "579" and spacing.get(f"{W}lineRule") == "exact"
    assert normal.find(f"{W}pPr/{W}ind").get(f"{W}firstLine") == "640"       # two characters in
    assert normal.find(f"{W}rPr/{W}sz").get(f"{W}val") == "32"                # 16 pt = 3号
    assert normal.find(f"{W}rPr/{W}spacing").get(f"{W}val") == "-5"


@pytest.mark.parametrize("profile, expected", [
    ("official", {"Title": "方正小标宋简体", "heading 1": "黑体", "heading 2": "楷体_GB2312", "Normal": "仿宋_GB2312"}),
    ("windows", {"Title": "宋体", "heading 1": "黑体", "heading 2": "楷体", "Normal": "仿宋"}),
])
def test_each_element_has_its_face_in_each_profile(recipe, dataset, content, charts, tmp_path, profile, expected):
    _official_recipe(recipe, "gbt9704", font_profile=profile)
    path = write_docx(compose(recipe, dataset, content, charts), tmp_path / "b.docx")
    styles = _styles(path)
    for name, face in expected.items():
        fonts = styles[name].find(f"{W}rPr/{W}rFonts")
        assert fonts.get(f"{W}eastAsia") == face, name
        assert fonts.get(f"{W}ascii") == fonts.get(f"{W}hAnsi") == "Times New Roman", name
    assert (styles["Title"].find(f"{W}rPr/{W}sz").get(f"{W}val")) == "44"       # 22 pt = 2号
    # Runs carry the faces too (Word applies run fonts over style fonts), and heading runs their heading's.
    root = etree.fromstring(document_xml(path).encode("utf-8"))
    for paragraph in root.iter(f"{W}p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") == "Heading2":
            run_fonts = paragraph.find(f"{W}r/{W}rPr/{W}rFonts")
            assert run_fonts.get(f"{W}eastAsia") == expected["heading 2"]


def test_headings_are_numbered_as_text_and_there_is_no_contents(gongwen):
    headings = [p.text for p in docx.Document(str(gongwen)).paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["一、Trade of the test zone", "（一）Exports grew strongly", "（二）Imports held steady"]
    assert "二、Outlook 展望" in headings
    xml = document_xml(gongwen)
    assert " TOC " not in xml and " SEQ " not in xml and "numPr" not in xml
    assert "<w:updateFields" not in part(gongwen, "word/settings.xml")
    assert any(t.startswith("图1　") for t in _texts(gongwen)) and any(t.startswith("表1　") for t in _texts(gongwen))


def test_page_numbers_sit_outside_on_odd_and_even_pages(gongwen):
    document = docx.Document(str(gongwen))
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.text == even.text == "— 1 —"
    assert odd.alignment == 2 and odd.paragraph_format.right_indent == docx.shared.Pt(14)
    assert even.alignment == 0 and even.paragraph_format.left_indent == docx.shared.Pt(14)
    for footer in (section.footer, section.even_page_footer):
        assert "PAGE" in footer._element.xml and 'w:eastAsia="宋体"' in footer._element.xml


def test_the_gongwen_masthead_and_colophon(gongwen):
    texts = _texts(gongwen)
    assert texts[:3] == ["000012", "内部★1年", "特急"]
    xml = document_xml(gongwen)
    assert re.search(r'<w:color w:val="FF0000"/>.*?<w:t[^>]*>四川省商务厅文件</w:t>', xml)
    number = next(p for p in docx.Document(str(gongwen)).paragraphs if p.text == "川商〔2026〕12号")
    rule = number._p.pPr.find(f"{W}pBdr/{W}bottom")
    assert rule.get(f"{W}color") == "FF0000" and number.alignment == 1
    # 署名 over the 成文日期, in Arabic numerals, four characters in from the right.
    date = next(p for p in docx.Document(str(gongwen)).paragraphs if p.text == "2026年12月1日")
    assert date.paragraph_format.right_indent == docx.shared.Pt(64)
    assert "四川省商务厅" in texts[texts.index("2026年12月1日") - 1]
    # The 版记 between its rules, on the bottom of the type area.
    colophon = next(t for t in docx.Document(str(gongwen)).tables if "抄送" in t.rows[0].cells[0].text)
    assert colophon.rows[0].cells[0].text == "抄送：省发展改革委，省财政厅。"
    assert colophon.rows[1].cells[0].text == "四川省商务厅办公室\t2026年12月1日印发"
    position = colophon._tbl.tblPr.find(f"{W}tblpPr")
    assert position.get(f"{W}vertAnchor") == "margin" and int(position.get(f"{W}tblpY")) > 10000
    borders = colophon.rows[0].cells[0]._tc.tcPr.find(f"{W}tcBorders")
    assert borders.find(f"{W}top").get(f"{W}sz") == "8"


def test_the_bulletin_masthead_and_distribution_block(jianbao):
    texts = _texts(jianbao)
    assert texts[0] == "内部资料\t编号：0012"
    assert texts[1] == "四川自贸试验区工作简报" and texts[2] == "第12期"
    compiler = docx.Document(str(jianbao)).paragraphs[3]
    assert compiler.text == "省商务厅自贸办\t2026年12月1日"
    rule = compiler._p.pPr.find(f"{W}pBdr/{W}bottom")
    assert rule.get(f"{W}color") == "FF0000" and int(rule.get(f"{W}sz")) >= 18
    assert re.search(r'<w:color w:val="FF0000"/>.*?<w:t[^>]*>四川自贸试验区工作简报</w:t>', document_xml(jianbao))
    block = next(t for t in docx.Document(str(jianbao)).tables if t.rows[0].cells[0].text.startswith("报："))
    assert [r.cells[0].text for r in block.rows] == ["报：省委办公厅", "送：省发展改革委", "发：各片区管委会",
                                                     "\t（共印60份）"]


def test_tables_are_fixed_with_every_width_and_rows_that_never_split(gongwen):
    table = docx.Document(str(gongwen)).tables[0]
    tbl = table._tbl
    assert tbl.tblPr.find(f"{W}tblLayout").get(f"{W}type") == "fixed"
    assert tbl.tblPr.find(f"{W}tblW").get(f"{W}type") == "dxa"
    assert all(col.get(f"{W}w") for col in tbl.tblGrid.findall(f"{W}gridCol"))
    for row in table.rows:
        assert row._tr.trPr.find(f"{W}cantSplit") is not None
        assert all(cell._tc.tcPr.find(f"{W}tcW") is not None for cell in row.cells)
    assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    assert table.style.name == "Table Grid"


def test_chinese_quotes_are_hinted_east_asian(recipe, dataset, content, charts, tmp_path):
    _official_recipe(recipe, "gbt9704")
    recipe.title = "关于“一带一路”合作的简报"
    path = write_docx(compose(recipe, dataset, content, charts), tmp_path / "b.docx")
    root = etree.fromstring(document_xml(path).encode("utf-8"))
    quoted = [r for r in root.iter(f"{W}r") if "“" in "".join(t.text or "" for t in r.iter(f"{W}t"))]
    assert quoted and all(r.find(f"{W}rPr/{W}rFonts").get(f"{W}hint") == "eastAsia" for r in quoted)
