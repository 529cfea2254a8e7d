"""User templates: .docx and .dotx, their own Chinese fonts and letterhead kept, missing styles named."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.docx.template import TemplateError, check_template
from ftz_desktop.brief.docx.writer import write_docx
from helpers.brief import document_xml, part, visible_text

DOCX_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOTX_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def make_template(path, drop_caption=False, body_font="FangSong"):
    """An office template: FangSong body, a letterhead in the header, some placeholder text."""
    doc = docx.Document()
    rfonts = doc.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), body_font)
    doc.sections[0].header.paragraphs[0].text = "Provincial Department of Commerce letterhead"
    doc.add_paragraph("Template placeholder text")
    if drop_caption:
        doc.styles["Caption"].delete()
    buffer = io.BytesIO()
    doc.save(buffer)
    data = buffer.getvalue()
    if path.suffix == ".dotx":
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
            for info in src.infolist():
                body = src.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    body = body.replace(DOCX_TYPE, DOTX_TYPE)
                dst.writestr(info, body)
        data = out.getvalue()
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_template_keeps_its_fonts_and_letterhead(recipe, dataset, content, charts, tmp_path, suffix):
    template = make_template(tmp_path / f"office{suffix}")
    recipe.marking = "内部资料"
    path = write_docx(compose(recipe, dataset, content, charts), tmp_path / "brief.docx", template=template)
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        assert DOTX_TYPE not in package.read("[Content_Types].xml")
    reopened = docx.Document(str(path))
    assert reopened.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia")) == "FangSong"
    header = [p.text for p in reopened.sections[0].header.paragraphs]
    assert header == ["Provincial Department of Commerce letterhead", "内部资料"]
    text = visible_text(document_xml(path))
    assert "Template placeholder text" not in text
    assert "Exports reached 150.5 billion yuan" in text
    # Body runs follow the template's Chinese face.
    assert 'w:eastAsia="FangSong"' in document_xml(path)


def test_check_template_names_missing_styles(tmp_path):
    complete = make_template(tmp_path / "complete.docx")
    assert check_template(complete) == ["TOC 1", "TOC 2", "TOC 3"]
    partial = make_template(tmp_path / "partial.docx", drop_caption=True)
    assert "Caption" in check_template(partial)


def test_missing_styles_are_added_with_the_standard_look(recipe, dataset, content, charts, tmp_path):
    template = make_template(tmp_path / "partial.docx", drop_caption=True)
    path = write_docx(compose(recipe, dataset, content, charts), tmp_path / "brief.docx", template=template)
    captions = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Caption"]
    assert captions[0].startswith("Table 1:")
    assert 'w:styleId="TOC1"' in part(path, "word/styles.xml")


@pytest.mark.parametrize("name, data, message", [
    ("notes.txt", b"hello", "must be a Word .docx or .dotx"),
    ("macro.dotm", b"PK", "macros"),
    ("broken.docx", b"this is not a zip", "not a Word document"),
])
def test_unusable_templates_are_refused_by_name(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(TemplateError, match=message) as error:
        check_template(path)
    assert name in str(error.value)


def test_missing_template_file(tmp_path):
    with pytest.raises(TemplateError, match="not found"):
        check_template(tmp_path / "gone.dotx")


def test_an_edited_template_takes_effect_on_the_next_export(recipe, dataset, content, charts, tmp_path):
    template = make_template(tmp_path / "office.dotx")
    document = compose(recipe, dataset, content, charts)
    first = write_docx(document, tmp_path / "first.docx", template=template)
    assert 'w:eastAsia="FangSong"' in document_xml(first)
    make_template(template, body_font="KaiTi")
    second = write_docx(document, tmp_path / "second.docx", template=template)
    assert 'w:eastAsia="KaiTi"' in document_xml(second) and 'w:eastAsia="FangSong"' not in document_xml(second)


def test_a_zip_bomb_template_is_refused_unopened(tmp_path, monkeypatch):
    from ftz_desktop.brief.docx import template as docx_template

    template = make_template(tmp_path / "big.dotx")
    monkeypatch.setattr(docx_template, "MAX_UNPACKED_BYTES", 1000)   # the real limit is 200 MB
    with pytest.raises(TemplateError, match="unpacks to more than"):
        check_template(template)
