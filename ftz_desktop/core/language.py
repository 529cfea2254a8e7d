"""The languages the app speaks and which one a user gets by default: Chinese on a Chinese system.

The window, the command line and a new brief start in the system's language (a zh_* locale gives Chinese,
anything else English); the user can always choose the other one.
"""
from __future__ import annotations

import locale
import os
import sys
from typing import Mapping, Optional

LANGUAGES = ("en", "zh")
DEFAULT = "en"


def language_of(locale_name: str) -> str:
    """"zh_CN.UTF-8", "zh-Hans", "Chinese (Simplified)_China.936" -> "zh"; anything else -> "en"."""
    name = locale_name.strip().lower()
    return "zh" if name.startswith(("zh", "chinese")) else DEFAULT


def _windows_ui_locale() -> Optional[str]:
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        return locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        return None


def system_language(environ: Optional[Mapping[str, str]] = None) -> str:
    """The user's language as the system gives it: LANGUAGE, LC_ALL, LC_MESSAGES, LANG (POSIX order), then
    the Windows display language, then Python's locale."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return language_of(value.split(":")[0])
    if environ is None:
        found = _windows_ui_locale() or (locale.getlocale()[0] or "")
        return language_of(found)
    return DEFAULT
