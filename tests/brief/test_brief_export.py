"""export_brief: target checked first, progress reported, cancel leaves the target untouched; run_export's outcomes."""
from __future__ import annotations

import zipfile

import docx
import pytest

from ftz_desktop.brief.docx.template import TemplateError
from ftz_desktop.brief.export import CANCELLED, FAILED, SAVED, ExportCancelled, export_brief, run_export
from ftz_desktop.brief.pipeline import build_document
from ftz_desktop.core.atomic import TEMP_PREFIX, TargetNameError


def test_export_writes_a_brief_and_reports_progress(recipe, dataset, content, charts, tmp_path):
    steps = []
    result = export_brief(recipe, dataset, content, tmp_path / "brief.docx", render_chart=charts,
                          progress=lambda fraction, message: steps.append((fraction, message)))
    assert result.path == tmp_path / "brief.docx"
    with zipfile.ZipFile(result.path) as package:
        assert package.testzip() is None
    fractions = [f for f, _ in steps]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert any("chart 2 of 2" in m for _, m in steps)
    assert steps[-1][1] == "Saved brief.docx"
    assert docx.Document(str(result.path)).core_properties.identifier == f"snapshot:{result.snapshot}"


def cancel_after_polls(count):
    """A cancel() that says yes from its (count + 1)-th poll on."""
    polls = []

    def cancel():
        polls.append(1)
        return len(polls) > count

    return cancel


def test_cancel_leaves_the_old_brief_byte_identical(recipe, dataset, content, charts, tmp_path):
    target = tmp_path / "brief.docx"
    target.write_bytes(b"the brief from last week")
    for cancel_after in range(5):   # before composing, at each chart, after composing, after building
        with pytest.raises(ExportCancelled):
            export_brief(recipe, dataset, content, target, render_chart=charts, cancel=cancel_after_polls(cancel_after))
        assert target.read_bytes() == b"the brief from last week"
        assert [p.name for p in tmp_path.iterdir()] == ["brief.docx"]


def test_cancel_before_anything_creates_no_file(recipe, dataset, content, charts, tmp_path):
    with pytest.raises(ExportCancelled):
        export_brief(recipe, dataset, content, tmp_path / "new.docx", render_chart=charts, cancel=lambda: True)
    assert not (tmp_path / "new.docx").exists()
    assert charts.calls == []


def test_bad_target_is_refused_before_any_work(recipe, dataset, content, charts, tmp_path):
    with pytest.raises(TargetNameError, match="reserved"):
        export_brief(recipe, dataset, content, tmp_path / "CON.docx", render_chart=charts)
    assert charts.calls == []


def test_unusable_template_is_refused_before_any_work(recipe, dataset, content, charts, tmp_path):
    recipe.template = str(tmp_path / "missing.dotx")
    with pytest.raises(TemplateError, match="missing.dotx"):
        export_brief(recipe, dataset, content, tmp_path / "brief.docx", render_chart=charts)
    assert charts.calls == [] and not (tmp_path / "brief.docx").exists()


def test_chinese_file_name_and_repeated_exports(recipe, dataset, content, charts, tmp_path):
    target = tmp_path / "四川自贸区简报.docx"
    for _ in range(5):
        export_brief(recipe, dataset, content, target, render_chart=charts)
        with zipfile.ZipFile(target) as package:
            assert package.testzip() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["四川自贸区简报.docx"]
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))


def test_export_and_template_errors_are_user_errors():
    from ftz_desktop.core.errors import UserError

    assert issubclass(TemplateError, UserError) and issubclass(TemplateError, ValueError)
    assert issubclass(ExportCancelled, UserError)


def test_one_export_opens_the_template_once(recipe, dataset, content, charts, tmp_path, monkeypatch):
    from ftz_desktop.brief.docx import template as docx_template

    template = tmp_path / "office.docx"
    docx.Document().save(str(template))
    opened = []
    open_package = docx_template._open_package

    def counting(path):
        opened.append(path.name)
        return open_package(path)

    monkeypatch.setattr(docx_template, "_open_package", counting)
    recipe.template = str(template)
    result = export_brief(recipe, dataset, content, tmp_path / "brief.docx", render_chart=charts)
    assert opened == ["office.docx"]
    assert result.warnings[0] == ("The template has no TOC 1, TOC 2, TOC 3 style(s); the standard look is used "
                                  "for them.")


def test_run_export_describes_how_each_export_ended(recipe, dataset, content, charts, tmp_path, monkeypatch):
    from ftz_desktop.brief import export as brief_export

    monkeypatch.setattr(brief_export, "build_document",
                        lambda *args, **kwargs: build_document(*args, **{**kwargs, "render_chart": charts}))
    saved = run_export(recipe, dataset, content, tmp_path / "brief.docx")
    assert saved.status == SAVED and saved.message == f"Saved the brief as {tmp_path / 'brief.docx'}"
    assert saved.snapshot and not saved.locked
    cancelled = run_export(recipe, dataset, content, tmp_path / "brief.docx", cancelled=lambda: True)
    assert cancelled.status == CANCELLED and cancelled.message == "Export cancelled; brief.docx was not changed."
    recipe.template = str(tmp_path / "missing.dotx")
    failed = run_export(recipe, dataset, content, tmp_path / "brief.docx")
    assert failed.status == FAILED and failed.message.startswith("brief.docx was not saved: missing.dotx")
