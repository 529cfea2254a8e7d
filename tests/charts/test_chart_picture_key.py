"""What a chart's picture depends on, known without matplotlib: the catalog's titles and source lines, the
picture key (data, style, code, fonts), and SVG that keeps its words as text."""
from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ftz_desktop.charts import environment
from ftz_desktop.charts.catalog import get_chart
from ftz_desktop.charts.picture_key import PictureEnvironment, picture_key
from ftz_desktop.charts.render import render_svg
from ftz_desktop.charts.style import ChartStyle, default_style
from ftz_desktop.core.study.names import localized
from helpers.charts import with_observation

CHART = "chengdu_trade_2017_2022"
ENVIRONMENT = PictureEnvironment("code", "setup")


def _python(code: str) -> str:
    """What ``code`` prints, run in a fresh interpreter (so its imports are its own)."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _key(dataset, style=None, chart=CHART, fmt="png", dpi=200, env=ENVIRONMENT) -> str:
    return picture_key(get_chart(chart), dataset, style or ChartStyle(), fmt, dpi, env)


def test_titles_source_lines_and_keys_come_without_matplotlib():
    code = ("import sys\n"
            "from ftz_desktop.charts.catalog import CHARTS, chart_source_note, chart_title\n"
            "from ftz_desktop.charts.picture_key import PictureEnvironment, picture_key\n"
            "from ftz_desktop.charts.style import default_style\n"
            "from ftz_desktop.core.study.names import localized\n"
            "from ftz_desktop.core.study.shipped import load_shipped_dataset\n"
            "env = PictureEnvironment.current()\n"
            "for language in ('en', 'zh'):\n"
            "    ds = localized(load_shipped_dataset(), language)\n"
            "    for spec in CHARTS.values():\n"
            "        assert chart_title(spec, language, ds) and chart_source_note(spec, ds, language)\n"
            "        picture_key(spec, ds, default_style(language), 'png', 200, env)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'numpy', 'PIL')))\n")
    assert _python(code).strip() == "[]"


def test_key_changes_with_what_the_chart_draws(dataset):
    before = _key(dataset)
    assert _key(with_observation(dataset, "chengdu_goods_exports", "CD", "2022", value=1.0)) != before
    assert _key(with_observation(dataset, "chengdu_goods_exports", "CD", "2022", qualifier="about")) != before
    imports = dataclasses.replace(dataset.indicators["chengdu_goods_imports"], name="Imports (revised)")
    renamed = dataclasses.replace(dataset, indicators={**dataset.indicators, "chengdu_goods_imports": imports})
    assert _key(renamed) != before
    assert _key(localized(dataset, "zh")) != before        # Chinese names and sources are drawn


def test_key_ignores_data_the_chart_does_not_draw(dataset):
    other = with_observation(dataset, "ftz_share_province_area", "SC-FTZ", "2023", value=1.5)
    assert _key(other) == _key(dataset)
    assert _key(other, chart="ftz_weight_in_province") != _key(dataset, chart="ftz_weight_in_province")


def test_key_changes_with_style_format_resolution_code_and_fonts(dataset):
    before = _key(dataset)
    changed = [_key(dataset, style=default_style("zh")), _key(dataset, style=ChartStyle(width=8.0)),
               _key(dataset, fmt="svg"), _key(dataset, dpi=300), _key(dataset, chart="ftz_fdi_share"),
               _key(dataset, env=PictureEnvironment("other code", "setup")),
               _key(dataset, env=PictureEnvironment("code", "other setup"))]
    assert before not in changed and len(set(changed)) == len(changed)


def test_code_version_covers_every_module_a_chart_runs():
    code = ("import sys\n"
            "from ftz_desktop.charts.catalog import CHARTS\n"
            "from ftz_desktop.charts.render import render_png\n"
            "from ftz_desktop.charts.style import default_style\n"
            "from ftz_desktop.core.study.names import localized\n"
            "from ftz_desktop.core.study.shipped import load_shipped_dataset\n"
            "for language in ('en', 'zh'):\n"
            "    for chart in CHARTS:\n"
            "        render_png(chart, localized(load_shipped_dataset(), language), default_style(language), dpi=20)\n"
            "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('ftz_desktop')\n"
            "                 and getattr(m, '__file__', None)))\n")
    ran = {Path(line).resolve() for line in _python(code).split()}
    covered = {path.resolve() for path in environment.code_files()}
    assert ran and ran <= covered, sorted(str(p) for p in ran - covered)
    assert any(path.name == "terms.csv" for path in covered)          # the shipped words the charts read


def test_code_version_follows_a_source_edit(monkeypatch, tmp_path):
    before = environment.code_version()
    assert environment.code_version() == before
    copy = tmp_path / "charts"
    copy.mkdir()
    for path in environment.code_files():
        if path.suffix == ".py" and path.parent.name == "charts":
            (copy / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(environment, "_PACKAGE", tmp_path)
    monkeypatch.setattr(environment, "CODE_FOLDERS", ("charts",))
    monkeypatch.setattr(environment, "CODE_FILES", ())
    copied = environment.code_version()
    (copy / "trade.py").write_text((copy / "trade.py").read_text(encoding="utf-8") + "\n# edited\n",
                                   encoding="utf-8")
    assert environment.code_version() != copied


def test_the_setup_follows_a_font_installed(tmp_path):
    fonts = tmp_path / "fonts"
    (fonts / "truetype" / "dejavu").mkdir(parents=True)
    before = environment.installed_setup([fonts])
    assert environment.installed_setup([fonts]) == before
    (fonts / "truetype" / "wqy").mkdir()                                      # a new font package
    after_package = environment.installed_setup([fonts])
    assert after_package != before
    (fonts / "truetype" / "dejavu" / "extra.ttf").write_bytes(b"font")         # a font added beside others
    assert environment.installed_setup([fonts]) != after_package


def test_the_setup_follows_a_matplotlibrc_that_applies(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = environment.installed_setup([])
    (tmp_path / "matplotlibrc").write_text("lines.linewidth: 4\n", encoding="utf-8")
    assert environment.installed_setup([]) != before


@pytest.fixture
def chinese_svg(dataset) -> str:
    from ftz_desktop.charts import fonts

    if not fonts.cjk_font_available():
        pytest.skip("no Chinese font installed")
    return render_svg(CHART, localized(dataset, "zh"), default_style("zh"), dpi=200).decode("utf-8")


def test_svg_keeps_chinese_words_as_text_in_the_chart_font(chinese_svg):
    from ftz_desktop.charts.fonts import cjk_family

    texts = re.findall(r"<text[^>]*>([^<]*)</text>", chinese_svg)
    assert "出口" in texts and "亿元" in texts      # the legend and the unit, searchable as written
    assert f"font-family: '{cjk_family()}'" in chinese_svg
    # No glyph outlines: matplotlib's text-as-paths writes one <path id="Family-xxxx"> per glyph.
    assert not re.search(r'<path id="[A-Za-z]+-[0-9a-f]+"', chinese_svg)
