"""A team workspace's password kept in this computer's keyring (the ``keyring`` package), at the user's choice.

Nowhere else: never in the settings, the log or a message. Without the package, or with no keyring behind it
(a server without a desktop session), nothing is kept and ``keyring_state`` says why, for the dialog's
check box. A keyring that fails while in use is logged (without the password) and treated as empty.
"""
from __future__ import annotations

import logging
from typing import Optional

from PySide6.QtCore import QCoreApplication

from ftz_desktop.ui.team.login import ServerLogin

log = logging.getLogger(__name__)

SERVICE = "ftz-desktop team workspace"


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def keyring_state() -> tuple[bool, str]:
    """(usable, why not): whether a password can be kept in the keyring, and if not, a sentence saying why."""
    keyring = _keyring()
    if keyring is None:
        return False, QCoreApplication.translate("TeamPasswords", "Passwords cannot be kept on this computer: the "
                                                 "keyring package is not installed.")
    try:
        from keyring.backends import fail

        backend = keyring.get_keyring()
        chained = getattr(backend, "backends", None)
        empty = isinstance(backend, fail.Keyring) or type(backend).__module__.endswith(".null") or (
            chained is not None and not [b for b in chained if not isinstance(b, fail.Keyring)])
    except Exception:  # a keyring package that cannot even say what it has
        log.warning("The keyring could not be asked for its backend", exc_info=True)
        empty = True
    if empty:
        return False, QCoreApplication.translate(
            "TeamPasswords", "Passwords cannot be kept on this computer: it has no keyring (such as Windows Credential "
                             "Manager) to keep them in.")
    return True, ""


def kept_password(login: ServerLogin) -> Optional[str]:
    """The password the keyring keeps for ``login``, or None."""
    keyring = _keyring()
    if keyring is None or not keyring_state()[0]:
        return None
    try:
        return keyring.get_password(SERVICE, login.name)
    except Exception as exc:  # noqa: BLE001 (any backend's failure: the user types the password instead)
        log.warning("The keyring could not be read for %s (%s)", login.name, type(exc).__name__)
        return None


def keep_password(login: ServerLogin, password: str) -> Optional[str]:
    """Keep ``password`` for ``login``; None when kept, else a sentence for the user saying why not."""
    usable, why = keyring_state()
    keyring = _keyring()
    if not usable or keyring is None:
        return why
    try:
        keyring.set_password(SERVICE, login.name, password)
    except Exception as exc:  # noqa: BLE001 (any backend's failure)
        log.warning("The keyring did not keep the password for %s (%s)", login.name, type(exc).__name__)
        return QCoreApplication.translate("TeamPasswords", "The keyring did not keep the password ({error}); it will "
                                          "be asked for next time.").format(error=type(exc).__name__)
    return None


def forget_password(login: ServerLogin) -> None:
    """Remove a kept password (the user connected without "remember"; or it was refused)."""
    keyring = _keyring()
    if keyring is None or not keyring_state()[0]:
        return
    try:
        if keyring.get_password(SERVICE, login.name) is not None:
            keyring.delete_password(SERVICE, login.name)
    except Exception as exc:  # noqa: BLE001 (any backend's failure)
        log.warning("The keyring could not forget the password for %s (%s)", login.name, type(exc).__name__)
