"""ftz_desktop: the China (Sichuan) Pilot Free Trade Zone study as a desktop tool."""
from __future__ import annotations


def _read_version() -> str:
    # One version number, kept in pyproject.toml. Installed: package metadata;
    # in a checkout or a frozen bundle: the pyproject.toml that ships beside the code.
    from importlib import metadata

    try:
        return metadata.version("ftz-desktop")
    except metadata.PackageNotFoundError:
        pass
    import re
    from pathlib import Path

    for candidate in (Path(__file__).resolve().parent.parent / "pyproject.toml",
                      Path(__file__).resolve().parent / "_shipped" / "pyproject.toml"):
        if candidate.is_file():
            match = re.search(r'^version\s*=\s*"([^"]+)"', candidate.read_text("utf-8"), re.M)
            if match:
                return match.group(1)
    return "0+unknown"


def __getattr__(name: str) -> str:
    # Read on first use: package metadata costs ~25 ms, too much to pay before the window paints.
    if name == "__version__":
        version = _read_version()
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module 'ftz_desktop' has no attribute {name!r}")
