"""The app's own empty Word document, shipped as resources/templates/brief-base.docx, that every brief on a
built-in layout starts from.

python-docx's default is US Letter, Word 2010 compatibility mode, a Japanese East Asian theme language
and theme fonts (ＭＳ 明朝, ＭＳ ゴシック) that WPS reports as missing on a Chinese PC. This makes from it
an A4 document in current Word compatibility mode (15), East Asian language zh-CN, a theme whose East Asian
faces are 宋体 and 黑体 with no other scripts' faces, and a font table that names the Chinese faces the
layouts use with the fallbacks Word and WPS accept (w:altName).

    python -m ftz_desktop.brief.docx.base_template        # rewrites the shipped file

A test builds it again and compares every part with the shipped file.
"""
from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

import docx

BASE_NAME = "brief-base.docx"
A4_TWIPS = (11906, 16838)
MARGIN_TWIPS = 1418                       # 2.5 cm
DROPPED_PARTS = ("docProps/thumbnail.jpeg",)
# Chinese faces the layouts name, with what Word or WPS should show where a face is not installed.
CHINESE_FONTS = (
    ("宋体", "SimSun", "86", "02010600030101010101"),
    ("黑体", "SimHei", "86", "02010609060101010101"),
    ("仿宋", "FangSong", "86", "02010609060101010101"),
    ("楷体", "KaiTi", "86", "02010609060101010101"),
    ("微软雅黑", "Microsoft YaHei", "86", "020B0503020204020204"),
    ("仿宋_GB2312", "仿宋", "86", "02010609030101010101"),
    ("楷体_GB2312", "楷体", "86", "02010609030101010101"),
    ("方正小标宋简体", "宋体", "86", "02000000000000000000"),
)


def base_template_path() -> Path:
    from ftz_desktop.paths import resources_dir

    return resources_dir() / "templates" / BASE_NAME


def _font_entry(name: str, alternative: str, charset: str, panose: str) -> str:
    return (f'<w:font w:name="{name}"><w:altName w:val="{alternative}"/><w:panose1 w:val="{panose}"/>'
            f'<w:charset w:val="{charset}"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>')


def _document(xml: str) -> str:
    xml = re.sub(r'<w:pgSz [^>]*/>', f'<w:pgSz w:w="{A4_TWIPS[0]}" w:h="{A4_TWIPS[1]}"/>', xml)
    return re.sub(r'<w:pgMar [^>]*/>', f'<w:pgMar w:top="{MARGIN_TWIPS}" w:right="{MARGIN_TWIPS}" '
                  f'w:bottom="{MARGIN_TWIPS}" w:left="{MARGIN_TWIPS}" w:header="709" w:footer="709" '
                  'w:gutter="0"/>', xml)


def _settings(xml: str) -> str:
    xml = re.sub(r'(w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val=")\d+"',
                 r'\g<1>15"', xml)
    return re.sub(r'<w:themeFontLang [^>]*/>', '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>', xml)


def _theme(xml: str) -> str:
    xml = re.sub(r'\s*<a:font script="[^"]*" typeface="[^"]*"/>', "", xml)
    major, minor = xml.index("<a:majorFont>"), xml.index("<a:minorFont>")
    head, major_part, minor_part = xml[:major], xml[major:minor], xml[minor:]
    major_part = re.sub(r'<a:ea typeface="[^"]*"/>', '<a:ea typeface="黑体"/>', major_part, count=1)
    minor_part = re.sub(r'<a:ea typeface="[^"]*"/>', '<a:ea typeface="宋体"/>', minor_part, count=1)
    return head + major_part + minor_part


def _font_table(xml: str) -> str:
    # Japanese faces out (WPS lists them as missing); the Chinese ones in, each with its fallback.
    xml = re.sub(r'\s*<w:font w:name="ＭＳ [^"]*">.*?</w:font>', "", xml, flags=re.S)
    entries = "".join(_font_entry(*font) for font in CHINESE_FONTS)
    return xml.replace("</w:fonts>", entries + "</w:fonts>")


_EDITS = {"word/document.xml": _document, "word/settings.xml": _settings, "word/theme/theme1.xml": _theme,
          "word/fontTable.xml": _font_table}


def build_base_template() -> bytes:
    """The base document's bytes, made from python-docx's default (deterministic: fixed zip dates)."""
    source = Path(docx.__file__).parent / "templates" / "default.docx"
    out = io.BytesIO()
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as built:
        for info in package.infolist():
            if info.filename in DROPPED_PARTS:
                continue
            body = package.read(info.filename)
            if info.filename == "[Content_Types].xml" or info.filename.endswith(".rels"):
                text = body.decode("utf-8")
                text = re.sub(r'\s*<(Override|Relationship) [^>]*thumbnail[^>]*/>', "", text)
                body = text.encode("utf-8")
            edit = _EDITS.get(info.filename)
            if edit is not None:
                body = edit(body.decode("utf-8")).encode("utf-8")
            built.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)), body,
                           zipfile.ZIP_DEFLATED)
    return out.getvalue()


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else base_template_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build_base_template())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
