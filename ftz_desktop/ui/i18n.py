"""The window's language: Qt translators for our .qm files and Qt's own (standard buttons and dialogs).

The .ts sources live in resources/i18n/ (pyside6-lupdate writes them, a translator fills them in with Qt
Linguist, pyside6-lrelease compiles the .qm files shipped beside them). The language is the user's choice
(View › Language, kept in the settings) or, until they choose, the system's: zh_* gives Chinese.
"""
from __future__ import annotations

import logging
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ftz_desktop.core.language import DEFAULT, LANGUAGES, language_of
from ftz_desktop.paths import resources_dir

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
    app = app or QCoreApplication.instance()
    if app is None:
        return DEFAULT
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QT_LOCALES.get(language)
    if locale is None:
        return DEFAULT
    files = translation_files(language)
    qt_base = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for loader in [lambda t, f=f: t.load(f) for f in files] + [lambda t: t.load(f"qtbase_{locale}", qt_base)]:
        translator = QTranslator(app)
        if loader(translator):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load a %s translation (%s)", language, files or qt_base)
    return language
