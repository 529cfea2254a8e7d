"""The window's language: Qt translators for our .qm files and Qt's own (standard buttons and dialogs).

The .ts sources live in resources/i18n/ (pyside6-lupdate writes them, a translator fills them in with Qt
Linguist, pyside6-lrelease compiles the .qm files shipped beside them). The language is the user's choice
(View › Language, kept in the settings) or, until they choose, the system's: zh_* gives Chinese.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Optional, cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ftz_desktop.core.language import DEFAULT, LANGUAGES, language_of
from ftz_desktop.paths import resources_dir

# Qt's marker for a string lupdate collects and translate() looks up later: it returns its text unchanged,
# which PySide6's stubs do not say (lupdate finds the calls by this name wherever it is imported from).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

log = logging.getLogger(__name__)

SETTING = "ui/language"
QT_LOCALES = {"zh": "zh_CN"}
_installed: list[QTranslator] = []


def chosen_language(settings: Optional[QSettings]) -> str:
    """The language the user chose, else the system's."""
    saved = settings.value(SETTING, "") if settings is not None else ""
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    return language_of(QLocale.system().name())


def translation_files(language: str) -> list[str]:
    """Our compiled translations for ``language`` (none for English, the source language)."""
    locale = QT_LOCALES.get(language)
    if locale is None:
        return []
    return sorted(str(path) for path in (resources_dir() / "i18n").glob(f"*_{locale}.qm"))


def install_language(language: str, app: Optional[QCoreApplication] = None) -> str:
    """Replace the installed translators with those of ``language``; the language now in use."""
    from ftz_desktop.core import translate

    app = app or QCoreApplication.instance()
    translate.set_language(language if language in QT_LOCALES else DEFAULT)    # core's messages too
    if app is None:
        return DEFAULT
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QT_LOCALES.get(language)
    if locale is None:
        return DEFAULT
    for path in translation_files(language) + _qt_catalogue(locale):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load the %s translation %s", language, path)
    return language


def _qt_catalogue(locale: str) -> list[str]:
    """Qt's own translation (standard buttons and dialogs): where Qt says, else beside the PySide6 package
    (a frozen bundle)."""
    import PySide6

    for folder in (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                   Path(PySide6.__file__).parent / "Qt" / "translations",
                   Path(PySide6.__file__).parent / "translations"):
        path = folder / f"qtbase_{locale}.qm"
        if path.is_file():
            return [str(path)]
    log.warning("Qt's own %s translation (qtbase_%s.qm) is not installed", locale, locale)
    return []
