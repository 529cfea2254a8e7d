"""Entry point of the frozen ftz-desktop (PyInstaller runs this file as __main__).

It runs after PyInstaller's run-time hooks and before anything imports matplotlib or Qt, which is
the only moment these two settings can be made.
"""
from __future__ import annotations

import os
import sys


def _keep_matplotlib_font_cache() -> None:
    # PyInstaller's matplotlib hook points MPLCONFIGDIR at a fresh temporary folder, so every start
    # would rescan all system fonts (seconds on a Windows PC with many fonts). A one-folder install
    # does not move, so a per-user cache is safe; matplotlib rebuilds it if a cached font file vanishes.
    from pathlib import Path

    from ftz_desktop.paths import APP_AUTHOR, APP_NAME

    override = os.environ.get("FTZ_DESKTOP_HOME")
    if override:
        cache = Path(override) / "cache"
    else:
        from platformdirs import user_cache_dir

        cache = Path(user_cache_dir(APP_NAME, APP_AUTHOR))
    try:
        (cache / "matplotlib").mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # keep PyInstaller's temporary folder: slower, but it works
    os.environ["MPLCONFIGDIR"] = str(cache / "matplotlib")


def _choose_linux_platform() -> None:
    # The Linux bundle carries only the xcb and offscreen platform plugins; Qt would pick the
    # missing Wayland plugin on a Wayland session and abort, while XWayland serves xcb fine.
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


if __name__ == "__main__":
    _keep_matplotlib_font_cache()
    _choose_linux_platform()
    from ftz_desktop.app import main

    raise SystemExit(main())
