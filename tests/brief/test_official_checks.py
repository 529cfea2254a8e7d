"""Before export, for the official layouts: the fonts this PC lacks, and the page count on the grid."""
from __future__ import annotations

from ftz_desktop.brief.compose import compose
from ftz_desktop.brief.grid import predicted_pages, text_lines
from ftz_desktop.brief.installed_fonts import missing_faces
from ftz_desktop.brief.preflight import _layout_fonts, preflight
from ftz_desktop.core.recipe import Recipe
from ftz_desktop.core.translate import set_language

WINDOWS_FONTS = frozenset({"SimSun", "SimHei", "FangSong", "KaiTi", "Microsoft YaHei"})


def test_missing_faces_name_what_the_reader_sees_instead():
    assert missing_faces("windows", WINDOWS_FONTS) == []
    assert missing_faces("official", WINDOWS_FONTS) == [("方正小标宋简体", "宋体"), ("楷体_GB2312", "楷体"),
                                                        ("仿宋_GB2312", "仿宋")]
    # The English names the font files carry count as the face.
    assert missing_faces("official", WINDOWS_FONTS | {"FangSong_GB2312", "KaiTi_GB2312", "FZXiaoBiaoSong-B05S"}) == []
    assert missing_faces("windows", frozenset())[0] == ("宋体", "")


def test_the_check_warns_of_missing_fonts_only_for_an_official_layout(recipe, dataset, content):
    official = Recipe(template="gbt9704", language="zh")
    [finding] = _layout_fonts(official, WINDOWS_FONTS)
    assert finding.severity == "warning" and finding.kind == "fonts_missing"
    assert "仿宋_GB2312" in finding.message and "仿宋" in finding.message
    set_language("zh")
    try:
        [chinese] = _layout_fonts(official, WINDOWS_FONTS)
    finally:
        set_language("en")
    assert chinese.message.startswith("本机缺少“机关常用”字体方案中的字体：方正小标宋简体（将显示为宋体）、")
    official.official.font_profile = "windows"
    assert _layout_fonts(official, WINDOWS_FONTS) == []
    assert _layout_fonts(Recipe(), frozenset()) == []
    # A layout name is not a template file: no template error.
    recipe.template = "jianbao"
    assert not [f for f in preflight(recipe, dataset, content) if f.kind.startswith("template")]


def test_lines_on_the_grid():
    assert text_lines("字" * 26) == 1                     # two characters of indent and 26
    assert text_lines("字" * 27) == 2
    assert text_lines("字" * 26 + "。") == 1              # closing punctuation hangs at the line's end
    assert text_lines("2022" * 13) == 1                   # a number is not broken: 52 half-width digits
    assert text_lines("字" * 54, indent=0) == 2


def test_a_page_count_is_told_only_where_the_grid_holds(recipe, dataset, content, charts):
    recipe.template = "gbt9704"
    assert predicted_pages(compose(recipe, dataset, content, charts)) is None      # charts and a table
    recipe.charts, recipe.indicators = [], []
    assert predicted_pages(compose(recipe, dataset, content, charts)) == 1
    recipe.template = "standard"
    assert predicted_pages(compose(recipe, dataset, content, charts)) is None
