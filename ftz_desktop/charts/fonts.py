"""CJK font fallback for charts.

Officials read the charts in Chinese on Windows (Microsoft YaHei, SimSun); statisticians may run
Linux with Noto or WenQuanYi. We pick the first installed family from a fallback list and hand it
to each draw through ``rc_context``, so global rcParams are never touched. The family names are
copied into every text artist when it is created, which keeps them valid when a Qt canvas paints
the figure later, outside the context.
"""
from __future__ import annotations

import contextlib
import re
import threading
import warnings
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator, Optional

from matplotlib import font_manager, rc_context

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

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


@lru_cache(maxsize=1)
def cjk_family() -> Optional[str]:
    """The first installed family of CJK_FAMILIES, or None."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FAMILIES if name in installed), None)


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
