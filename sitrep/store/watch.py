"""The watcher's state in the store (issue 15): what each source answered last, which feed
items were seen, which alerts were sent. Kept beside the articles, in the same store, so that a
restarted watcher neither stores an item again nor sends an alert twice.

The SQL is the part DuckDB and PostgreSQL share (``?`` marks a parameter). Every write ends in
``RETURNING`` so that it runs through ``_tuples`` on both back ends; each is one statement,
committed on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from sitrep.store.base import Store

#: keys per query when asking which items were seen
KEYS_PER_QUERY = 500


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@runtime_checkable
class WatchStore(Store, Protocol):
    """A store that keeps the watcher's state (both back ends do)."""

    def watch_source(self, url: str) -> dict[str, Any] | None: ...

    def save_watch_source(self, url: str, etag: str | None, last_modified: str | None) -> None: ...

    def seen_items(self, source: str, keys: Iterable[str]) -> set[str]: ...

    def mark_seen(self, source: str, items: Sequence[tuple[str, str | None]]) -> None: ...

    def previous_alert(
        self, channel: str, incident_id: str, event_ids: Sequence[str]
    ) -> dict[str, Any] | None: ...

    def record_alert(
        self,
        channel: str,
        incident_id: str,
        signature: str,
        event_ids: Sequence[str],
        delivered: bool,
    ) -> None: ...

    def undelivered_alerts(self) -> list[tuple[str, str]]: ...


class WatchTables:
    """The watcher's tables (migration 4), over a back end's ``_tuples`` and ``_dicts``."""

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def watch_source(self, url: str) -> dict[str, Any] | None:
        """What a source answered last: ``etag``, ``last_modified``, ``checked_at``."""
        rows = self._dicts("SELECT * FROM watch_sources WHERE url = ?", [url])
        return rows[0] if rows else None

    def save_watch_source(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self._tuples(
            "INSERT INTO watch_sources (url, etag, last_modified, checked_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
            " last_modified = excluded.last_modified, checked_at = excluded.checked_at"
            " RETURNING 1",
            [url, etag, last_modified, _now()],
        )

    def seen_items(self, source: str, keys: Iterable[str]) -> set[str]:
        """The keys among these already seen in ``source``."""
        wanted, seen = list(dict.fromkeys(keys)), set()
        for start in range(0, len(wanted), KEYS_PER_QUERY):
            chunk = wanted[start : start + KEYS_PER_QUERY]
            marks = ", ".join("?" * len(chunk))
            rows = self._tuples(
                f"SELECT item_key FROM watch_items WHERE source = ? AND item_key IN ({marks})",
                [source, *chunk],
            )
            seen.update(row[0] for row in rows)
        return seen

    def mark_seen(self, source: str, items: Sequence[tuple[str, str | None]]) -> None:
        """Note items (key, the article stored from it or None) as seen in ``source``."""
        stamp = _now()
        for key, article_id in items:
            self._tuples(
                "INSERT INTO watch_items (source, item_key, article_id, seen_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (source, item_key) DO NOTHING RETURNING 1",
                [source, key, article_id, stamp],
            )

    def previous_alert(
        self, channel: str, incident_id: str, event_ids: Sequence[str]
    ) -> dict[str, Any] | None:
        """The last alert a channel sent about this incident: by its id, or by any member
        event (an incident whose id moved when an earlier report joined is the same one)."""
        marks = ", ".join("?" * len(event_ids)) or "NULL"
        rows = self._dicts(
            "SELECT * FROM watch_alerts WHERE channel = ? AND (incident_id = ? OR incident_id IN"
            " (SELECT incident_id FROM watch_alert_events WHERE channel = ?"
            f" AND event_id IN ({marks}))) ORDER BY sent_at DESC LIMIT 1",
            [channel, incident_id, channel, *event_ids],
        )
        return rows[0] if rows else None

    def record_alert(
        self,
        channel: str,
        incident_id: str,
        signature: str,
        event_ids: Sequence[str],
        delivered: bool,
    ) -> None:
        """Note what a channel was sent (or failed to be sent) about an incident."""
        self._tuples(
            "INSERT INTO watch_alerts (channel, incident_id, signature, delivered, sent_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, incident_id) DO UPDATE SET"
            " signature = excluded.signature, delivered = excluded.delivered,"
            " sent_at = excluded.sent_at RETURNING 1",
            [channel, incident_id, signature, delivered, _now()],
        )
        for event_id in event_ids:
            self._tuples(
                "INSERT INTO watch_alert_events (channel, event_id, incident_id) VALUES (?, ?, ?)"
                " ON CONFLICT (channel, event_id) DO UPDATE SET incident_id = excluded.incident_id"
                " RETURNING 1",
                [channel, event_id, incident_id],
            )

    def undelivered_alerts(self) -> list[tuple[str, str]]:
        """(channel, incident id) of the alerts whose delivery failed, to try again."""
        rows = self._tuples(
            "SELECT channel, incident_id FROM watch_alerts WHERE NOT delivered"
            " ORDER BY sent_at, channel, incident_id"
        )
        return [(str(a), str(b)) for a, b in rows]
