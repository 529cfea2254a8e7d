"""How failures reach people: one clear sentence for the user, the full details in the log file."""
from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Optional

from ftz_desktop.core.errors import UserError

log = logging.getLogger("ftz_desktop")

__all__ = ["UserError", "install_logging", "is_user_error", "log_file", "user_message"]


def log_file() -> Path:
    from ftz_desktop.paths import user_data_dir

    return user_data_dir() / "logs" / "ftz-desktop.log"


def install_logging() -> None:
    """Log to a rotating file in the user's data folder; never fail start-up over logging."""
    if getattr(install_logging, "_done", False):
        return
    install_logging._done = True  # type: ignore[attr-defined]
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    except OSError:
        pass


# OS errors that name a file the user chose: their message is meant for the user too.
_FILE_ERRORS = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)


def is_user_error(exc: BaseException) -> bool:
    return isinstance(exc, (UserError, UnicodeDecodeError) + _FILE_ERRORS)


def user_message(exc: BaseException) -> str:
    """One sentence for the user. Known problems say what happened; anything else points at the log."""
    if isinstance(exc, _FILE_ERRORS) and exc.filename:
        reason = {FileNotFoundError: "not found", PermissionError: "permission denied",
                  IsADirectoryError: "is a folder", NotADirectoryError: "is not a folder"}.get(type(exc), exc.strerror)
        return f"{exc.filename}: {reason}"
    if is_user_error(exc):
        return str(exc) or exc.__class__.__name__
    return f"An unexpected error occurred ({exc.__class__.__name__}); the details are in {log_file()}"


def install_gui_excepthook() -> None:
    """An unexpected exception in a slot becomes a logged error and a message box, never a traceback."""
    def hook(exc_type: type[BaseException], exc: BaseException, tb: Optional[TracebackType]) -> None:
        log.error("Unhandled exception", exc_info=(exc_type, exc, tb))
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.critical(None, "ftz-desktop", user_message(exc))
        except Exception:  # noqa: BLE001 (the hook itself must never raise)
            pass

    sys.excepthook = hook
