"""Which Qt plugins and translations the bundle keeps, and which libraries only they needed.

PyInstaller collects every plugin of a category a Qt module uses (Wayland, EGL, PDF, VNC ...) and the
libraries those plugins link. We keep what a widgets app on Windows or X11 needs, then drop the
libraries that nothing we keep links any more.
"""
from __future__ import annotations

import os
from pathlib import PurePath

# Plugin category -> plugin names kept (None keeps the whole category). Names are file stems
# without the "lib" prefix, so one table serves Windows and Linux.
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qoffscreen", "qxcb", "qwindows"}),
    # PNG is built into QtGui; these cover photos, SVG logos and Windows icons.
    "imageformats": frozenset({"qjpeg", "qsvg", "qico"}),
    "iconengines": None,             # SVG icons
    "styles": None,                  # the native Windows 11 look (qmodernwindowsstyle)
    "xcbglintegrations": None,       # xcb asks for them; tiny
    # Compose keys and IBus, the Chinese input method on Linux (Windows IMEs need no plugin).
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    "printsupport": None,            # only present if the UI uses QtPrintSupport
}

KEPT_LANGUAGES = ("zh_CN", "en")

_LINKED_KINDS = ("BINARY", "EXTENSION")


def _qt_parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def _plugin_name(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def plugin_kept(dest: str) -> bool:
    """False for a Qt plugin file we do not ship; True for everything else."""
    parts = _qt_parts(dest)
    if not parts or parts[0] != "PySide6" or "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return True
    category, filename = parts[index + 1], parts[-1]
    if category not in KEPT_PLUGINS:
        return False
    names = KEPT_PLUGINS[category]
    return names is None or _plugin_name(filename) in names


def translation_kept(dest: str) -> bool:
    """False for a Qt .qm catalogue in a language the app does not offer."""
    parts = _qt_parts(dest)
    if not parts or parts[0] != "PySide6" or "translations" not in parts or not dest.endswith(".qm"):
        return True
    stem = parts[-1][: -len(".qm")]
    return any(stem.endswith("_" + lang) for lang in KEPT_LANGUAGES)


def _imports_of(path: str, search_paths: list[str]) -> set[str]:
    from PyInstaller.depend import bindepend

    found = set()
    for name, resolved in bindepend.get_imports(path, search_paths=search_paths):
        found.add(os.path.normcase(os.path.basename(name)))
        if resolved:
            found.add(os.path.normcase(os.path.basename(resolved)))
    return found


def prune_orphans(binaries: list[tuple], dropped: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Remove binaries that were linked only by dropped entries, repeatedly.

    A binary nothing links (an extension module, a kept plugin, a library a hook collected on
    purpose) is never removed, so this cannot undo what PyInstaller chose deliberately.
    """
    linked = [entry for entry in list(binaries) + list(dropped) if entry[2] in _LINKED_KINDS]
    search = sorted({os.path.dirname(src) for _dest, src, _kind in linked})
    by_name: dict[str, list[str]] = {}
    for dest, _src, _kind in linked:
        by_name.setdefault(os.path.normcase(os.path.basename(dest)), []).append(dest)
    importers: dict[str, set[str]] = {dest: set() for dest, _src, _kind in linked}
    for dest, src, _kind in linked:
        for name in _imports_of(src, search):
            for target in by_name.get(name, ()):
                if target != dest:
                    importers[target].add(dest)
    gone = {dest for dest, _src, _kind in dropped}
    changed = True
    while changed:
        changed = False
        for dest, users in importers.items():
            if dest not in gone and users and users <= gone:
                gone.add(dest)
                changed = True
    kept = [entry for entry in binaries if entry[0] not in gone]
    orphans = [entry for entry in binaries if entry[0] in gone]
    return kept, orphans


def _is_unused_data(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    return not translation_kept(dest) or dest.startswith("matplotlib/mpl-data/sample_data/")


def slim(binaries: list[tuple], datas: list[tuple]) -> tuple[list[tuple], list[tuple], list[str]]:
    """The bundle's binaries and datas without unused plugins, translations and the libraries only
    those used; also returns the removed library names for the build log."""
    dropped = [e for e in binaries if not plugin_kept(e[0])]
    binaries = [e for e in binaries if plugin_kept(e[0])]
    binaries, orphans = prune_orphans(binaries, dropped)
    datas = [e for e in datas if not _is_unused_data(e[0])]
    # PyInstaller adds top-level symlinks to some libraries; drop those whose library is gone.
    present = {e[0] for e in binaries} | {e[0] for e in datas if e[2] != "SYMLINK"}
    binaries = [e for e in binaries if e[2] != "SYMLINK" or e[1] in present]
    datas = [e for e in datas if e[2] != "SYMLINK" or e[1] in present]
    removed = [e[0] for e in dropped] + [e[0] for e in orphans]
    return binaries, datas, sorted(removed)
