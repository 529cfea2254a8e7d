"""CJK font fallback for charts.

Officials read the charts in Chinese on Windows (Microsoft YaHei, SimSun); statisticians may run
Linux with Noto or WenQuanYi. We pick the first installed family from a fallback list and hand it
to each draw through ``rc_context``, so global rcParams are never touched. The family names are
copied into every text artist when it is created, which keeps them valid when a Qt canvas paints
the figure later, outside the context.
"""
from __future__ import annotations

import contextlib
import logging
import re
import threading
import warnings
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Optional

from matplotlib import font_manager, rc_context

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

log = logging.getLogger(__name__)

# Most common on a Chinese Windows office PC first, then Linux/macOS families.
CJK_FAMILIES: tuple[str, ...] = (
    "Microsoft YaHei",
    "SimHei",
    "SimSun",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)

# Latin fallback that matplotlib always ships; also covers symbols (≈, –) a CJK font may lack.
LATIN_FAMILY = "DejaVu Sans"

_GLYPH_WARNING = r"Glyph .* missing from (current )?font"
# CJK ideographs and radicals, CJK punctuation, full-width forms: the characters a CJK font draws.
CJK_RANGES = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
_CJK_CHARS = re.compile(f"[{CJK_RANGES}]")


def _known_family() -> Optional[str]:
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FAMILIES if name in installed), None)


def _rescan_system_fonts() -> int:
    """Add the system's font files that matplotlib's font list lacks; how many were added.

    matplotlib caches its font list on first use, so a font installed after that (a fresh PC where the app
    ran once before the fonts arrived) stays unknown to it for good. The updated list is written back to
    the cache, so the next start finds the font at once."""
    manager = font_manager.fontManager
    known = {entry.fname for entry in manager.ttflist}
    added = 0
    for path in font_manager.findSystemFonts():
        if path in known:
            continue
        try:
            manager.addfont(path)
            added += 1
        except (OSError, RuntimeError, ValueError):   # a file FreeType cannot read: skip it
            continue
    if added:
        try:
            import matplotlib

            cache = Path(matplotlib.get_cachedir()) / f"fontlist-v{font_manager.FontManager.__version__}.json"
            font_manager.json_dump(manager, cache)
        except OSError as exc:           # a read-only cache folder: found this time, rescanned next time
            log.info("could not update matplotlib's font cache: %s", exc)
    return added


@lru_cache(maxsize=1)
def cjk_family() -> Optional[str]:
    """The first installed family of CJK_FAMILIES, or None; rescans the system's fonts once when matplotlib's
    cached list has none (the cache may predate the font)."""
    family = _known_family()
    if family is None:
        added = _rescan_system_fonts()
        family = _known_family()
        if family is not None:
            log.info("found the Chinese font %s after rescanning the system's fonts (%d files were missing from "
                     "matplotlib's font cache, which predates them)", family, added)
        else:
            log.warning("no Chinese font is installed; charts draw Chinese text as boxes")
    return family


def cjk_font_available() -> bool:
    return cjk_family() is not None


def refresh_fonts() -> None:
    """Forget the chosen family (after fonts were installed, or in tests)."""
    cjk_family.cache_clear()
    bold_weight.cache_clear()


def font_families() -> list[str]:
    """Explicit family list for font.family: CJK first so Chinese and Latin share one face."""
    family = cjk_family()
    return [family, LATIN_FAMILY] if family else [LATIN_FAMILY]


@lru_cache(maxsize=1)
def bold_weight() -> str:
    """"bold" when the chosen family has a bold face; WenQuanYi has none, and asking for it makes
    matplotlib log a fallback message on every new size."""
    family = cjk_family()
    if family is None:
        return "bold"
    weights = {entry.weight for entry in font_manager.fontManager.ttflist if entry.name == family}
    return "bold" if any(_numeric_weight(w) >= 600 for w in weights) else "normal"


def _numeric_weight(weight: str | int) -> int:
    """A font entry's weight as a number (TrueType entries already carry one; a name is looked up)."""
    return weight if isinstance(weight, int) else font_manager.weight_dict[weight]


def has_cjk(text: str) -> bool:
    return bool(_CJK_CHARS.search(text))


@contextlib.contextmanager
def quiet_missing_glyphs() -> Iterator[None]:
    """Silence matplotlib's per-glyph warning, but only when no CJK font is installed.

    Without a CJK font, Chinese text renders as boxes and matplotlib warns once per character; the
    UI says it once instead (``cjk_font_available()``). With a font installed, a missing glyph is a
    real problem, so the warning stays.
    """
    if cjk_font_available():
        yield
        return
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_GLYPH_WARNING, category=UserWarning)
        yield


_RC_LOCK = threading.RLock()


@contextlib.contextmanager
def chart_fonts(base_size: float) -> Iterator[None]:
    """Font settings for one draw (and one render): families and the base size."""
    families = font_families()
    settings: dict[RcKeyType, Any] = {
        "font.family": families,
        "font.sans-serif": families,
        "font.size": base_size,
        # U+2212 is missing from some CJK fonts; the hyphen-minus is in all of them.
        "axes.unicode_minus": False,
        "svg.hashsalt": "ftz_desktop",   # stable SVG ids, so equal charts give equal bytes
    }
    # rc_context changes process-wide settings: the screen (UI thread) and a brief export or
    # preview (worker threads) must not interleave them, so one chart lays out its text at a time.
    with _RC_LOCK, rc_context(settings), quiet_missing_glyphs():
        yield
