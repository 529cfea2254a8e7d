"""Source writes inside one audited batch: staff add the publication a new figure comes from.

A source is referred to by id from observations, so its id never changes and a source still cited
by an observation cannot be removed.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import delete, func, insert, select

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.domain.parsing import ParseError, parse_text_field
from ftz_desktop.core.domain.periods import normalise_period
from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.schema import observations, sources
from ftz_desktop.core.store.validation import RecordNotFoundError
from ftz_desktop.core.translate import tr

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_LIMITS = {"title": 500, "publisher": 200, "section": 100, "reference": 100, "note": 2000}


def source_row(source: Source) -> dict[str, Any]:
    """The row for a new source, every field checked; ParseError names the field."""
    if not _ID.match(source.id or ""):
        raise ParseError("id", tr("use 1 to 64 letters, digits, dots, dashes or underscores, starting with a "
                                  "letter or digit (e.g. customs-2023)"))
    row = {"id": source.id}
    for field, limit in _LIMITS.items():
        row[field] = parse_text_field(getattr(source, field), field, limit, required=(field == "title"))
    row["published"] = _published(source.published)
    row["url"] = _url(source.url)
    return row


def _published(raw: object) -> str:
    """"" or a year, a month or a day (2024, 2024-06, 2024-06-30), the forms a publication date takes."""
    text = parse_text_field(raw, "published", 10)
    if not text:
        return ""
    date = normalise_period(text, "published")
    if "-Q" in date or "/" in date:
        raise ParseError("published", tr("'{text}' is not a date; use a year (2024), a month (2024-06) or a day "
                                         "(2024-06-30)", text=text))
    return date


def _url(raw: object) -> str:
    text = parse_text_field(raw, "url", 2000)
    if text and not re.match(r"^https?://[^\s/]+\.[^\s]+$", text):
        raise ParseError("url", tr("'{text}' is not a web address; it starts with http:// or https://",
                                   text=text[:60]))
    return text


def fetch_source(batch: WriteBatch, source_id: str) -> dict[str, Any] | None:
    row = batch.conn.execute(select(sources).where(sources.c.id == source_id)).first()
    return None if row is None else dict(row._mapping)


def citing_observations(batch: WriteBatch, source_id: str) -> int:
    return int(batch.conn.execute(select(func.count()).select_from(observations)
                                  .where(observations.c.source_id == source_id)).scalar() or 0)


def add_source_row(batch: WriteBatch, source: Source) -> str:
    row = source_row(source)
    if fetch_source(batch, row["id"]) is not None:
        raise ParseError("id", tr("a source '{id}' already exists", id=row["id"]))
    batch.conn.execute(insert(sources), [row])
    batch.record("add", "sources", row["id"], new=row)
    batch.event("added", "sources", [row["id"]])
    return row["id"]


def remove_source_row(batch: WriteBatch, source_id: str) -> None:
    current = fetch_source(batch, source_id)
    if current is None:
        raise RecordNotFoundError(tr("Source '{id}' does not exist.", id=source_id))
    cited = citing_observations(batch, source_id)
    if cited:
        raise ParseError("source_id", tr("source '{id}' is cited by {count} observation(s); "
                                         "give them another source first", id=source_id, count=cited))
    batch.conn.execute(delete(sources).where(sources.c.id == source_id))
    batch.record("remove", "sources", source_id, old=current)
    batch.event("removed", "sources", [source_id])
