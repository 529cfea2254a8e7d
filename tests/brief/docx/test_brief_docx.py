"""The Word file: chosen content only, real fields, CJK fonts, properties that regenerate the brief."""
from __future__ import annotations

import dataclasses
import re
import zipfile

import docx
import pytest
from lxml import etree

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.docx.fonts import FontSet
from ftz_desktop.brief.docx.writer import read_brief_properties, write_docx
from ftz_desktop.brief.model import Paragraph
from ftz_desktop.core.analysis.checks import Finding
from ftz_desktop.core.recipe import Recipe
from helpers.brief import W, document_xml, part, png_bytes, small_dataset, visible_text

USED_STYLES = ("Normal", "Title", "Subtitle", "heading 1", "heading 2", "heading 3", "caption",
               "Light List Accent 1", "TOC Heading", "toc 1", "toc 2", "Brief Source", "Brief Note")


def write(recipe, dataset, content, charts, path, **kwargs):
    return write_docx(compose(recipe, dataset, content, charts), path, **kwargs)


def styles_by_name(path) -> dict:
    root = etree.fromstring(part(path, "word/styles.xml").encode("utf-8"))
    return {s.find(f"{W}name").get(f"{W}val"): s for s in root.iter(f"{W}style")}


def test_opens_and_holds_the_chosen_content_in_order(recipe, dataset, content, charts, tmp_path):
    recipe.sections[0].items = ["trade-imports", "trade-exports"]
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
    reopened = docx.Document(str(path))
    heading_texts = [p.text for p in reopened.paragraphs if p.style.name.startswith("Heading")]
    assert heading_texts == ["1 Trade of the test zone", "1.1 Imports held steady", "1.2 Exports grew strongly",
                             "2 Outlook 展望", "2.1 Talent is scarce", "2.2 Ports need work",
                             "Annex: further charts", "Sources"]
    body = visible_text(document_xml(path))
    assert body.index("The imports summary") < body.index("Exports reached 150.5 billion yuan")


def test_unticked_item_is_nowhere_in_the_file(recipe, dataset, content, charts, tmp_path):
    full = write(recipe, dataset, content, charts, tmp_path / "full.docx")
    assert "The talent summary" in document_xml(full)
    recipe.sections[1].items.remove("outlook-talent")
    recipe.indicators.remove("spare")
    recipe.charts.remove("exports_chart")
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    xml = document_xml(path)
    for gone in ("Talent is scarce", "The talent summary", "Spare indicator to untick", "Exports by year",
                 "note for exports_chart"):
        assert gone not in xml
    with zipfile.ZipFile(path) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        assert len(media) == 1
        assert package.read(media[0]) == png_bytes("shares_chart")


def test_toc_seq_and_page_fields(recipe, dataset, content, charts, tmp_path):
    recipe.contents = "always"
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    xml = document_xml(path)
    assert re.search(r'<w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>', xml)
    instructions = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", xml)
    assert instructions.count(" SEQ Figure \\* ARABIC ") == 2
    assert instructions.count(" SEQ Table \\* ARABIC ") == 1
    # Each field is complete: as many begins as separates and ends.
    kinds = re.findall(r'w:fldCharType="(\w+)"', xml)
    assert kinds.count("begin") == kinds.count("separate") == kinds.count("end") == len(instructions)
    # The contents are pre-filled and link to bookmarks on the headings.
    anchors = re.findall(r'<w:hyperlink w:anchor="(_Toc\d+)"', xml)
    bookmarks = re.findall(r'<w:bookmarkStart w:id="\d+" w:name="(_Toc\d+)"', xml)
    assert anchors and set(anchors) == set(bookmarks)
    footer = "".join(part(path, n) for n in zipfile.ZipFile(path).namelist() if n.startswith("word/footer"))
    assert "> PAGE </w:instrText>" in footer
    assert '<w:updateFields w:val="true"/>' in part(path, "word/settings.xml")


def test_captions_and_source_lines(recipe, dataset, content, charts, tmp_path):
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    captions = [p for p in docx.Document(str(path)).paragraphs if p.style.name == "Caption"]
    texts = [p.text for p in captions]
    assert texts == ["Table 1: Key figures: latest value and change on the earlier period",
                     "Figure 1: Exports by year", "Figure 2: Import shares 进口"]
    # Figure 1 sits in its item, right after the exports summary; Figure 2 rests on no chosen item (annex).
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert paragraphs[paragraphs.index(texts[1]) - 2].startswith("Exports reached")
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    for number, chart_id in ((1, "exports_chart"), (2, "shares_chart")):
        caption_at = paragraphs.index(texts[number])
        assert paragraphs[caption_at + 1] == f"Source: note for {chart_id}"


def test_key_figures_table_has_a_repeating_header_row(recipe, dataset, content, charts, tmp_path):
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    table = docx.Document(str(path)).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Indicator", "Area", "Value", "Period", "Change", "Source"]
    assert table.style.name == "Light List Accent 1"
    assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    assert [c.text for c in table.rows[1].cells] == ["Exports of the test zone", "Test zone", "150.5 billion yuan",
                                                     "2022", "+50.5% since 2021", "[1]"]


def test_east_asian_fonts_on_styles_and_runs(recipe, dataset, content, charts, tmp_path):
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx",
                 fonts=FontSet(body_east_asia="FangSong", heading_east_asia="SimHei"))
    styles = styles_by_name(path)
    for name in USED_STYLES:
        fonts = styles[name].findall(f".//{W}rFonts")
        assert fonts, name
        for rfonts in fonts:
            expected = "SimHei" if name in ("Title", "Subtitle", "heading 1", "heading 2", "heading 3",
                                            "TOC Heading") else "FangSong"
            assert rfonts.get(f"{W}eastAsia") == expected, name
            assert not [a for a in rfonts.attrib if a.endswith("Theme") or a.endswith("theme")], name
    styles_xml = part(path, "word/styles.xml")
    assert "Theme=" not in re.search(r"<w:docDefaults>.*</w:docDefaults>", styles_xml, re.S).group(0)
    assert 'w:eastAsia="zh-CN"' in styles_xml
    assert 'w:eastAsia="ja-JP"' not in part(path, "word/settings.xml")
    root = etree.fromstring(document_xml(path).encode("utf-8"))
    runs = [r for r in root.iter(f"{W}r") if r.find(f"{W}t") is not None and r.find(f"{W}t").text]
    assert runs
    for run in runs:
        rfonts = run.find(f"{W}rPr/{W}rFonts")
        assert rfonts is not None and rfonts.get(f"{W}eastAsia") in ("FangSong", "SimHei")


def test_properties_carry_the_recipe(recipe, dataset, content, charts, tmp_path):
    recipe.title = "四川自贸试验区政策简报"
    recipe.author = "政策研究室"
    recipe.executive_summary = "A long summary. " * 40   # far past Word's 255-character property limit
    document = compose(recipe, dataset, content, charts)
    path = write_docx(document, tmp_path / "简报.docx")
    props = docx.Document(str(path)).core_properties
    assert props.title == "四川自贸试验区政策简报"
    assert props.author == "政策研究室"
    assert f"snapshot={document.properties['snapshot']}" in props.keywords
    saved = read_brief_properties(path)
    assert Recipe.from_json(saved["recipe"]) == recipe
    assert saved["snapshot"] == document.properties["snapshot"]
    assert "四川自贸试验区政策简报" in visible_text(document_xml(path))


def test_control_characters_never_break_the_file(recipe, content, charts, tmp_path):
    dataset = small_dataset()
    dataset.indicators["exports"] = dataclasses.replace(
        dataset.indicators["exports"], name="Ex\x00po\x0brts\x0c \ufffe\ud800of the test zone")
    dataset.observations[7] = dataclasses.replace(dataset.observations[7], note="Port\x1f area\x08 only")
    recipe.appendix_tables = True
    recipe.marking = "Internal\x01"
    recipe.executive_summary = "Pasted from a PDF:\x0c page two\x0b."
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
    cells = [c.text for t in docx.Document(str(path)).tables for r in t.rows for c in r.cells]
    assert "Exports of the test zone" in cells and "Port area only" in cells


def test_a_model_built_by_hand_is_cleaned_too(recipe, dataset, content, charts, tmp_path):
    document = compose(recipe, dataset, content, charts)
    document.title = "Hand\x0bmade"
    index = next(i for i, b in enumerate(document.blocks) if isinstance(b, Paragraph))
    document.blocks[index] = Paragraph("Bad\x00 text")
    path = write_docx(document, tmp_path / "brief.docx")
    assert docx.Document(str(path)).core_properties.title == "Handmade"
    assert "Bad text" in visible_text(document_xml(path))


@pytest.mark.parametrize("paper, width, height", [("A4", 11906, 16838), ("Letter", 12240, 15840)])
def test_paper_size(recipe, dataset, content, charts, tmp_path, paper, width, height):
    recipe.paper = paper
    xml = document_xml(write(recipe, dataset, content, charts, tmp_path / "brief.docx"))
    size = re.search(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"', xml)
    assert (abs(int(size.group(1)) - width), abs(int(size.group(2)) - height)) <= (2, 2)


def test_marking_in_the_header(recipe, dataset, content, charts, tmp_path):
    recipe.marking = "内部资料 For internal use"
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    header = docx.Document(str(path)).sections[0].header
    assert "内部资料 For internal use" in [p.text for p in header.paragraphs]


def test_images_are_the_rendered_pngs_at_figure_width(recipe, dataset, content, charts, tmp_path):
    from ftz_desktop.brief.compose import FIGURE_WIDTH_CM

    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    reopened = docx.Document(str(path))
    shapes = reopened.inline_shapes
    assert len(shapes) == 2
    assert abs(shapes[0].width.cm - FIGURE_WIDTH_CM) < 0.01 and FIGURE_WIDTH_CM < 16.0
    with zipfile.ZipFile(path) as package:
        blobs = {package.read(n) for n in package.namelist() if n.startswith("word/media/")}
    assert blobs == {png_bytes("exports_chart"), png_bytes("shares_chart")}
    assert 'descr="Exports by year"' in document_xml(path)


def test_a_material_finding_is_a_word_footnote_at_its_figure(recipe, dataset, content, charts, tmp_path):
    findings = [Finding("warning", "inconsistent", "checker", indicator_id="exports", key="exports|TZ|2022",
                        stated=150.5, computed=140.0),
                Finding("warning", "inconsistent", "checker", indicator_id="port_teu", key="port_teu|TZ|2022",
                        stated=5000, computed=4000)]
    path = write_docx(compose(recipe, dataset, content, charts, findings), tmp_path / "brief.docx")
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        types = package.read("[Content_Types].xml").decode()
        rels = package.read("word/_rels/document.xml.rels").decode()
    assert "word/footnotes.xml" in names and "footnotes+xml" in types and "relationships/footnotes" in rels
    notes = etree.fromstring(part(path, "word/footnotes.xml").encode())
    texts = ["".join(n.itertext()).strip() for n in notes.iter(f"{W}footnote") if n.get(f"{W}id") not in ("-1", "0")]
    # The port figure is printed only in the key-figures box (before the text), the exports figure in the text
    # too, where its footnote goes.
    assert texts == ["The study gives 5,000 TEU; its other figures give 4,000 TEU.",
                     "The study gives 150.5 billion yuan; its other figures give 140 billion yuan."]
    root = etree.fromstring(document_xml(path).encode())
    references = list(root.iter(f"{W}footnoteReference"))
    assert [r.get(f"{W}id") for r in references] == ["1", "2"]
    paragraph = references[1].getparent().getparent()
    text = "".join(t.text for t in paragraph.iter(f"{W}t"))
    assert text.startswith("Exports reached 150.5 billion yuan")
    assert references[0].getparent().getparent().getparent().tag == f"{W}tc"   # in the box's value cell
    assert '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' in \
        part(path, "word/settings.xml")


def test_figures_carry_superscript_source_numbers(recipe, dataset, content, charts, tmp_path):
    root = etree.fromstring(document_xml(write(recipe, dataset, content, charts, tmp_path / "b.docx")).encode())
    marks = [r for r in root.iter(f"{W}r") if r.find(f"{W}rPr/{W}vertAlign") is not None
             and r.find(f"{W}t") is not None]
    assert marks and all(re.fullmatch(r"\[\d+(,\d+)*\]", r.find(f"{W}t").text) for r in marks)
    assert all(r.find(f"{W}rPr/{W}vertAlign").get(f"{W}val") == "superscript" for r in marks)


def test_no_table_row_can_split_across_a_page_and_headers_repeat(recipe, dataset, content, charts, tmp_path):
    recipe.appendix_tables = True
    path = write(recipe, dataset, content, charts, tmp_path / "brief.docx")
    tables = docx.Document(str(path)).tables
    assert len(tables) > 1
    for table in tables:
        assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
        assert all(row._tr.trPr is not None and row._tr.trPr.find(f"{W}cantSplit") is not None
                   for row in table.rows)
    box = tables[0]._tbl
    assert box.find(f".//{W}tcPr/{W}shd") is not None            # the key-figures box is shaded ...
    assert tables[1]._tbl.find(f".//{W}tcPr/{W}shd") is None      # ... the appendix tables are not
