"""Which of an official layout's faces this PC has, and what a reader without them sees instead.

Word and WPS look a face up by any of its names; font files name Chinese faces in English too
(仿宋_GB2312 is FangSong_GB2312), and matplotlib's font list holds those. The aliases below are the
names the faces' files carry.
"""
from __future__ import annotations

from functools import lru_cache

from ftz_desktop.brief.layouts import FALLBACKS, element_fonts

ALIASES: dict[str, tuple[str, ...]] = {
    "仿宋_GB2312": ("FangSong_GB2312", "仿宋_GB2312"),
    "楷体_GB2312": ("KaiTi_GB2312", "楷体_GB2312"),
    "方正小标宋简体": ("FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "方正小标宋简体", "方正小标宋_GBK"),
    "黑体": ("SimHei", "黑体"),
    "仿宋": ("FangSong", "仿宋"),
    "楷体": ("KaiTi", "楷体"),
    "宋体": ("SimSun", "NSimSun", "宋体"),
    "微软雅黑": ("Microsoft YaHei", "微软雅黑"),
}


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """Family names of the fonts installed on this PC (matplotlib's list of the system's fonts)."""
    from matplotlib import font_manager

    return frozenset(entry.name for entry in font_manager.fontManager.ttflist)


def is_installed(face: str, families: frozenset[str]) -> bool:
    return any(name in families for name in ALIASES.get(face, (face,)))


def missing_faces(profile: str, families: frozenset[str]) -> list[tuple[str, str]]:
    """(face, what shows instead) for each face of ``profile`` that ``families`` lacks, in element order."""
    missing = []
    for face in dict.fromkeys(element_fonts(profile).values()):
        if not is_installed(face, families):
            fallback = FALLBACKS.get(face, "")
            while fallback and not is_installed(fallback, families) and FALLBACKS.get(fallback):
                fallback = FALLBACKS[fallback]
            missing.append((face, fallback if fallback and is_installed(fallback, families) else ""))
    return missing
