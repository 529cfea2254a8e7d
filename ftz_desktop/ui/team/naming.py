"""How the window names the workspace it shows: a file by its name, a team workspace as ``user@host:port/db``."""
from __future__ import annotations

from ftz_desktop.ui.team.login import ServerLogin


def workspace_names(store) -> tuple[str, str]:
    """(short name for the status bar and title, full name for a tooltip); never a password."""
    if store.path is not None:
        return store.path.name, str(store.path)
    login = ServerLogin.from_url(store.location)
    return (login.name if login is not None else store.location), store.location
