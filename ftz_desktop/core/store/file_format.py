"""What makes a file a workspace of this version: its SQLite application id, its schema versions and the
integrity check it gets when opened. Plain constants, importable without SQLAlchemy (``core.store.quick_read``
reads a workspace without it)."""
from __future__ import annotations

SCHEMA_VERSION = 5
# The oldest schema a read-only store reads as it is: schemas 3 to 5 only added the kept chart pictures and the
# rows' versions, which a reader does without (a file on a CD, or one another window holds, is not upgraded but
# still exported).
OLDEST_READABLE_AS_IS = 2
PICTURES_SINCE = 3               # the schema that keeps chart pictures
# The schema whose editable rows all carry a version (optimistic concurrency): observations since 4, indicators
# since 5. An older file is read without them (read-only: no write to check); one opened to edit is upgraded.
VERSIONS_SINCE = 5
# SQLite header field that marks the file as ours ("FTZW"); other SQLite files are refused.
APPLICATION_ID = 0x46545A57
JOURNAL_MODE = "delete"          # why: core.store.sqlite_file
FULL_CHECK_BYTES = 64 << 20      # a full integrity_check of 64 MB takes well under a second here


def integrity_pragma(size: int) -> str:
    """The check a file of ``size`` bytes gets when opened: quick_check misses a damaged index (a wrong row
    could be found by key); the full check reads every page, so it runs where that stays fast."""
    return "integrity_check(5)" if size <= FULL_CHECK_BYTES else "quick_check(5)"
