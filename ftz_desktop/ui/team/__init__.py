"""Connecting the window to a team workspace on a PostgreSQL server: the dialog, the recent list, the keyring."""
