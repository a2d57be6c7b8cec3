"""The watcher's state in the store (issue 15), on both back ends: sources' validators, seen
items and sent alerts survive closing and reopening the store."""

from __future__ import annotations

from sitrep.store import open_store
from sitrep.store.watch import WatchStore


def test_watch_state_survives_a_reopen(store_url: str) -> None:
    with open_store(store_url, version="test") as store:
        assert isinstance(store, WatchStore)
        store.save_watch_source("http://a/feed", '"v1"', None)
        store.save_watch_source("http://a/feed", '"v2"', "Mon, 27 May 2024 10:00:00 GMT")
        store.mark_seen("http://a/feed", [("guid-1", "art1"), ("guid-2", None)])
        store.mark_seen("http://a/feed", [("guid-1", "art1")])  # twice is once
        store.record_alert("kharkiv:file", "inc-1", "Battles|Armed clash|3", ["e1", "e2"], True)
        store.record_alert("kharkiv:webhook", "inc-1", "Battles|Armed clash|3", ["e1"], False)
    with open_store(store_url, version="test") as store:
        source = store.watch_source("http://a/feed")
        assert source is not None and source["etag"] == '"v2"'
        assert source["last_modified"] == "Mon, 27 May 2024 10:00:00 GMT"
        assert store.watch_source("http://b/feed") is None
        assert store.seen_items("http://a/feed", ["guid-1", "guid-2", "guid-3"]) == {
            "guid-1",
            "guid-2",
        }
        assert store.seen_items("http://other/feed", ["guid-1"]) == set()
        # found by its id, or by a member event when the incident's id moved
        by_id = store.previous_alert("kharkiv:file", "inc-1", [])
        moved = store.previous_alert("kharkiv:file", "inc-0", ["e2", "e9"])
        assert by_id is not None and moved is not None and moved["incident_id"] == "inc-1"
        assert by_id["signature"] == "Battles|Armed clash|3" and by_id["delivered"]
        assert store.previous_alert("kharkiv:file", "inc-7", ["e9"]) is None
        assert store.previous_alert("other:file", "inc-1", ["e1"]) is None
        assert store.undelivered_alerts() == [("kharkiv:webhook", "inc-1")]
        store.record_alert("kharkiv:webhook", "inc-1", "Battles|Armed clash|3", ["e1"], True)
        assert store.undelivered_alerts() == []
        assert store.check_integrity() == []
