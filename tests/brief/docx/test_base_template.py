"""The app's own base document: A4, current Word compatibility, Chinese theme and fonts WPS has."""
from __future__ import annotations

import io
import re
import zipfile

from ftz_desktop.brief.docx.base_template import base_template_path, build_base_template


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_the_shipped_base_is_what_the_builder_makes():
    assert _parts(base_template_path().read_bytes()) == _parts(build_base_template())


def test_the_base_is_a4_word_2013_mode_with_a_chinese_theme():
    parts = _parts(base_template_path().read_bytes())
    document = parts["word/document.xml"].decode()
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in document
    settings = parts["word/settings.xml"].decode()
    assert 'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in settings
    assert 'w:eastAsia="zh-CN"' in settings and "ja-JP" not in settings
    theme = parts["word/theme/theme1.xml"].decode()
    assert "script=" not in theme and "ＭＳ" not in theme
    assert re.findall(r'<a:ea typeface="([^"]*)"/>', theme) == ["黑体", "宋体"]
    fonts = parts["word/fontTable.xml"].decode()
    assert "ＭＳ" not in fonts
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in fonts
    assert '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>' in fonts
    assert "docProps/thumbnail.jpeg" not in parts
