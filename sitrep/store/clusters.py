"""The store's side of clustering (issue 12), in SQL both back ends accept (``?`` marks a
parameter): reading events for clustering and the incidents. A back end supplies ``_dicts``
and ``_filters`` and writes the clusters in its own transaction (``write_clusters``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sitrep.store.base import ClusterMember, EventQuery, Near
from sitrep.store.rows import decode_incident, event_from_row

#: keys per query when fetching by group, cell or region
KEYS_PER_QUERY = 500
MEMBER_ROWS = (
    "SELECT e.*, a.published, a.outlet FROM events e JOIN articles a ON a.id = e.article_id"
)


def _member(row: dict[str, Any]) -> ClusterMember:
    published = row["published"]
    return ClusterMember(
        event_from_row(row),
        row["article_id"],
        published.isoformat() if isinstance(published, date) else str(published),
        row["outlet"],
        row["cluster_group"],
    )


def _chunks(wanted: Mapping[str, tuple[date, date] | None]) -> Iterable[list[str]]:
    """Keys in chunks; by their days where they have some, so a chunk's days stay narrow."""
    ordered = sorted(wanted, key=lambda k: (wanted[k] or (date.min, date.min), k))
    for start in range(0, len(ordered), KEYS_PER_QUERY):
        yield ordered[start : start + KEYS_PER_QUERY]


class ClusterTables:
    """Reads of the cluster columns of ``events`` and of ``incidents``."""

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _filters(self, query: EventQuery) -> tuple[list[str], list[Any]]:
        """The WHERE conditions (on alias ``e``) and parameters of ``events``' filters."""
        raise NotImplementedError

    def cluster_members(
        self,
        *,
        pending: bool = False,
        groups: Iterable[str] | None = None,
        near: Near | None = None,
    ) -> list[ClusterMember]:
        """Events for clustering: those not clustered yet (``pending``), those of the given
        groups, or the clustered ones ``near`` names (a little more is harmless); all
        without a filter."""
        if groups is not None:
            return self._members_by("cluster_group", {g: None for g in groups})
        if near is not None:
            return self._members_by("cluster_cell", near.cells) + self._members_by(
                "cluster_region", near.regions
            )
        where = " WHERE e.cluster_id IS NULL" if pending else ""
        return [_member(row) for row in self._dicts(MEMBER_ROWS + where, [])]

    def _members_by(
        self, column: str, wanted: Mapping[str, tuple[date, date] | None]
    ) -> list[ClusterMember]:
        found = []
        for chunk in _chunks(wanted):
            sql = f"{MEMBER_ROWS} WHERE e.{column} IN ({', '.join('?' * len(chunk))})"
            params: list[Any] = list(chunk)
            days = [wanted[k] for k in chunk if wanted[k] is not None]
            if days:
                # the widest days of the chunk: what is fetched beyond is filtered later
                sql += " AND e.date_end >= ? AND e.date_start <= ?"
                params += [min(d[0] for d in days), max(d[1] for d in days)]  # type: ignore[index]
            found += [_member(row) for row in self._dicts(sql, params)]
        return found

    def dirty_groups(self) -> set[str]:
        """Groups some events left when their article was analysed again."""
        rows = self._dicts("SELECT DISTINCT cluster_group FROM dirty_groups", [])
        return {row["cluster_group"] for row in rows}

    def incidents(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Stored incidents, filtered like events, newest first; ``members`` decoded."""
        query = query or EventQuery()
        where, params = self._filters(query)
        sql = f"""
            SELECT e.* FROM incidents e
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY e.date_end DESC, e.id
            {"LIMIT " + str(int(query.limit)) if query.limit else ""}
            {"OFFSET " + str(int(query.offset)) if query.offset else ""}
        """
        return [decode_incident(row) for row in self._dicts(sql, params)]

    def incident_count(self, query: EventQuery | None = None) -> int:
        """How many stored incidents match the filters (``limit`` and ``offset`` aside)."""
        where, params = self._filters(query or EventQuery())
        sql = "SELECT count(*) AS n FROM incidents e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return int(self._dicts(sql, params)[0]["n"])

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One stored incident, ``members`` decoded; None if there is none by that id."""
        rows = self._dicts("SELECT * FROM incidents WHERE id = ?", [incident_id])
        return decode_incident(rows[0]) if rows else None
