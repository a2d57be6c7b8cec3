"""Alert rules against incidents: which match, what an alert says, and sending each once.

A rule's destinations are kept apart ("name:webhook", "name:file", "name:email"), so one that
fails is tried again on the next cycle without the others sending twice. An incident is sent
once per destination; again only when its toll or type changed since (``update`` true). What
was sent is in the store, by incident and by member event, so neither a restart nor an incident
whose id moved (an earlier report joined it) sends it again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sitrep.gazetteer import distance_km
from sitrep.store.watch import WatchStore
from sitrep.watch.channels import Channels, DeliveryError
from sitrep.watch.config import Area, Rule

log = logging.getLogger("sitrep.watch")


def in_area(area: Area, incident: dict[str, Any]) -> bool:
    """Whether an incident lies in every part of the area the rule gives."""
    lat, lon = incident.get("lat"), incident.get("lon")
    if area.country and (incident.get("country_code") or "").upper() != area.country:
        return False
    if area.admin1 and (incident.get("admin1") or "").casefold() != area.admin1.casefold():
        return False
    if area.bbox is not None and not (lat is not None and _in_bbox(area.bbox, lat, lon)):
        return False
    if area.point is not None and area.radius_km is not None:
        if lat is None or lon is None:
            return False
        return distance_km(area.point[0], area.point[1], lat, lon) <= area.radius_km
    return True


def _in_bbox(bbox: tuple[float, float, float, float], lat: float, lon: float) -> bool:
    west, south, east, north = bbox
    if not south <= lat <= north:
        return False
    # a west above east crosses the antimeridian
    return west <= lon <= east if west <= east else lon >= west or lon <= east


def matches(rule: Rule, incident: dict[str, Any]) -> bool:
    """Whether the incident is one the rule asks for: area, types, toll and actors."""
    if not in_area(rule.area, incident):
        return False
    if rule.types:
        kinds = {(incident.get(k) or "").casefold() for k in ("event_type", "sub_event_type")}
        if not kinds & {t.casefold() for t in rule.types}:
            return False
    if (incident.get("fatalities") or 0) < rule.min_fatalities:
        return False
    if rule.actors:
        names = " | ".join(incident.get(k) or "" for k in ("actor1", "actor2")).casefold()
        if not any(actor.casefold() in names for actor in rule.actors):
            return False
    return True


def signature(incident: dict[str, Any]) -> str:
    """What a new alert is sent for when it changes: the type and the toll."""
    return "|".join(str(incident.get(k)) for k in ("event_type", "sub_event_type", "fatalities"))


def payload(rule: Rule, incident: dict[str, Any], reports: list[dict[str, Any]], update: bool):
    """The alert: the incident, each report's evidence and link."""
    record = {k: _plain(v) for k, v in incident.items() if k != "members"}
    return {
        "alert": rule.name,
        "update": update,
        "sent_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "incident": record,
        "reports": reports,
        "links": sorted({r["url"] for r in reports if r.get("url")}),
    }


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


class Alerts:
    """Matches the incidents a cycle touched and sends what is due."""

    def __init__(self, rules: Iterable[Rule], channels: Channels) -> None:
        self.rules = list(rules)
        self.channels = channels

    def check(self, store: WatchStore, incident_ids: Iterable[str]) -> tuple[int, int]:
        """Alerts sent and failed for these incidents and for any left undelivered before."""
        if not self.rules:
            return 0, 0
        wanted = dict.fromkeys(incident_ids)
        wanted.update(dict.fromkeys(i for _, i in store.undelivered_alerts()))
        sent = failed = 0
        for incident_id in wanted:
            incident = store.incident(incident_id)
            if incident is None:
                continue
            for rule in self.rules:
                if matches(rule, incident):
                    ok, bad = self._send(store, rule, incident)
                    sent, failed = sent + ok, failed + bad
        return sent, failed

    def _send(self, store: WatchStore, rule: Rule, incident: dict[str, Any]) -> tuple[int, int]:
        event_ids = [m["event_id"] for m in incident["members"]]
        mark = signature(incident)
        reports: list[dict[str, Any]] | None = None
        sent = failed = 0
        for channel in rule.channels():
            before = store.previous_alert(channel, incident["id"], event_ids)
            if before is not None and before["signature"] == mark and before["delivered"]:
                continue
            update = before is not None and before["delivered"] and before["signature"] != mark
            reports = reports if reports is not None else _reports(store, incident)
            message = payload(rule, incident, reports, bool(update))
            try:
                self.channels.deliver(channel.rpartition(":")[2], rule, message)
                delivered = True
            except DeliveryError as err:
                log.warning("alert %s on %s not delivered: %s", channel, incident["id"], err)
                delivered = False
            store.record_alert(channel, incident["id"], mark, event_ids, delivered)
            sent, failed = sent + delivered, failed + (not delivered)
        return sent, failed


def _reports(store: WatchStore, incident: dict[str, Any]) -> list[dict[str, Any]]:
    """Each member report: its evidence sentence, toll, outlet and article link."""
    reports = []
    for member in incident["members"]:
        event = store.event(member["event_id"]) or {}
        reports.append(
            {
                "event_id": member["event_id"],
                "article_id": member["article_id"],
                "published": member.get("published"),
                "outlet": member.get("outlet"),
                "title": event.get("article_title"),
                "url": event.get("article_url"),
                "evidence": member.get("evidence"),
                "fatalities": member.get("fatalities"),
                "reported_by": member.get("reported_by"),
            }
        )
    return reports
