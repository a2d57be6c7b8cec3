"""The watcher (issue 15) with real parts: a local HTTP server whose feeds and pages change
between cycles, the real model and store, a local webhook receiver and a local SMTP server
(aiosmtpd, STARTTLS and a login). Nothing goes beyond 127.0.0.1 and localhost."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from localweb import LocalWeb, Route
from typer.testing import CliRunner
from watchkit import NAMES, STRIKE, Entry, article_page, rss, sources_toml, start_smtp

from sitrep.analyze import Analyzer
from sitrep.cli import app
from sitrep.store import open_store
from sitrep.watch import ConfigError, Watcher, load_config

FAST = {"host_delay": "0s", "webhook_backoff": "0.05s", "timeout": "3s", "min_text_chars": 400}


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server = LocalWeb()
    yield server
    server.close()


@pytest.fixture
def hooks() -> Iterator[LocalWeb]:
    """The webhook receiver: answers 200 to POST /hook, keeps what arrived."""
    server = LocalWeb()
    server.routes["/hook"] = Route(b"ok", etag=False)
    yield server
    server.close()


def _alerts(hooks: LocalWeb, path: str = "/hook") -> list[dict]:
    return [json.loads(r.body) for r in hooks.requests if r.path == path and r.method == "POST"]


def _strike_entries(web: LocalWeb, numbers: range) -> list[Entry]:
    """Summary-only items linking to their article pages (served by ``web``)."""
    entries = []
    for n in numbers:
        title = f"Kharkiv strike, wire {NAMES[n]}"
        web.routes[f"/a/{n}.html"] = Route(article_page(title, STRIKE[n]))
        entries.append(Entry(f"strike-{n}", title, web.url(f"/a/{n}.html"), "Kharkiv."))
    return entries


def _rule(hooks: LocalWeb, tmp_path: Path, extra: str = "") -> str:
    return f"""
[[alert]]
name = "kharkiv"
place = "Kharkiv"
radius_km = 40
types = ["Explosions/Remote violence"]
min_fatalities = 1
webhook = "{hooks.url("/hook")}"
file = "{tmp_path / "alerts.jsonl"}"
{extra}
"""


def test_ten_reports_of_one_strike_alert_once_across_cycles_and_a_restart(
    web: LocalWeb, hooks: LocalWeb, tmp_path: Path, analyzer: Analyzer, store_url: str
) -> None:
    entries = _strike_entries(web, range(10))
    web.routes["/feed.xml"] = Route(rss(entries[:3]), content_type="application/rss+xml")
    config = load_config(
        sources_toml(tmp_path / "s.toml", [web.url("/feed.xml")], _rule(hooks, tmp_path), FAST)
    )
    with open_store(store_url) as store:
        watcher = Watcher(config, store, allow_private=True, analyzer=analyzer)
        first = watcher.cycle()
        assert (first.fetched, first.new_items, first.stored, first.errors) == (1, 3, 3, [])
        assert first.alerts == 2  # one incident, to the webhook and to the file
        second = watcher.cycle(everything=True)  # the feed has not changed: 304
        assert (second.not_modified, second.new_items, second.alerts) == (1, 0, 0)
        web.routes["/feed.xml"] = Route(rss(entries), content_type="application/rss+xml")
        third = watcher.cycle(everything=True)
        assert (third.new_items, third.stored, third.alerts) == (7, 7, 0), third.line()
        watcher.close()
        [incident] = [i for i in store.incidents() if i["n_articles"] == 10]
    # a restart, and a server that has forgotten its ETag: nothing stored or sent again
    web.routes["/feed.xml"] = Route(rss(entries), content_type="application/rss+xml", etag=False)
    with open_store(store_url) as store:
        again = Watcher(config, store, allow_private=True, analyzer=analyzer)
        after = again.cycle(everything=True)
        again.close()
        assert (after.fetched, after.new_items, after.stored, after.alerts) == (1, 0, 0, 0)
        assert store.article_count() == 10
    [alert] = _alerts(hooks)
    lines = (tmp_path / "alerts.jsonl").read_text().splitlines()
    assert [json.loads(line)["incident"]["id"] for line in lines] == [alert["incident"]["id"]]
    assert alert["update"] is False and alert["incident"]["fatalities"] == 4
    assert alert["incident"]["event_type"] == "Explosions/Remote violence"
    assert {r["url"] for r in alert["reports"]} == {web.url(f"/a/{n}.html") for n in range(3)}
    assert all("four" in r["evidence"].lower() for r in alert["reports"])
    members = {m["event_id"] for m in incident["members"]}
    assert alert["links"] and {r["event_id"] for r in alert["reports"]} <= members
    # each linked page was fetched once, in the first cycle that saw its item
    assert all(web.hits(f"/a/{n}.html") == 1 for n in range(10))


def test_a_changed_toll_sends_one_update(
    web: LocalWeb, hooks: LocalWeb, tmp_path: Path, analyzer: Analyzer
) -> None:
    six = [
        "A Russian missile strike on Kharkiv on Sunday killed six people, regional governor"
        " Oleh Syniehubov said, raising the toll after two of the wounded died in hospital.",
        "The toll from Sunday's Russian missile strike on Kharkiv rose to six people killed,"
        " Ukrainian officials said.",
    ]
    full = [Entry("s-0", "Strike", None, "", STRIKE[0])] + [
        Entry(f"s6-{i}", "Strike toll", None, "", text) for i, text in enumerate(six)
    ]
    web.routes["/feed.xml"] = Route(rss(full[:1]))
    path = sources_toml(tmp_path / "s.toml", [web.url("/feed.xml")], _rule(hooks, tmp_path), FAST)
    with open_store(tmp_path / "s.duckdb") as store:
        watcher = Watcher(load_config(path), store, allow_private=True, analyzer=analyzer)
        assert watcher.cycle().alerts == 2
        web.routes["/feed.xml"] = Route(rss(full))
        assert watcher.cycle(everything=True).alerts == 2  # the update, webhook and file
        assert watcher.cycle(everything=True).alerts == 0
        watcher.close()
    first, update = _alerts(hooks)
    assert (first["update"], update["update"]) == (False, True)
    assert (first["incident"]["fatalities"], update["incident"]["fatalities"]) == (4, 6)


def test_hostile_sources_cost_only_themselves(
    web: LocalWeb, tmp_path: Path, analyzer: Analyzer
) -> None:
    """A 503 with Retry-After, a linked page that never finishes and one of 20 MB: the good
    item is stored in the same cycle, which takes about one fetch deadline."""
    web.routes["/busy.xml"] = Route(b"later", 503, headers={"Retry-After": "120"})
    web.routes["/forever"] = Route(trickle=True)
    web.routes["/huge"] = Route(size=20_000_000)
    good = Entry("good", "Strike", None, "", STRIKE[3])
    slow = Entry("slow", "Slow", web.url("/forever"), "Shelling was reported in Kupiansk.")
    big = Entry("big", "Big", web.url("/huge"), "Shelling was reported in Vovchansk.")
    web.routes["/feed.xml"] = Route(rss([good, slow, big]))
    settings = FAST | {"timeout": "1.5s", "max_bytes": 10_000_000}
    feeds = [web.url("/feed.xml"), web.url("/busy.xml", host="localhost")]
    config = load_config(sources_toml(tmp_path / "s.toml", feeds, "", settings))
    with open_store(tmp_path / "s.duckdb") as store:
        watcher = Watcher(config, store, allow_private=True, analyzer=analyzer)
        started = time.monotonic()
        report = watcher.cycle()
        took = time.monotonic() - started
        busy = watcher.due[feeds[1]].at - time.monotonic()
        # the huge page failed for good: its summary is stored; the slow one waits
        assert report.stored == 2 and report.new_items == 3
        assert len(report.errors) == 3, report.errors  # 503, never finished, too large
        assert busy > 100  # the Retry-After, not the 30 s interval
        assert took < 12, took
        assert store.seen_items(feeds[0], ["good", "slow", "big"]) == {"good", "big"}
        # the next cycles try the slow page again (the feed's ETag is not kept meanwhile),
        # then store its summary
        second = watcher.cycle(everything=True)
        assert any("asked to wait (Retry-After)" in e for e in second.errors), second.errors
        last = watcher.cycle(everything=True)
        assert last.stored == 1 and store.seen_items(feeds[0], ["slow"]) == {"slow"}
        watcher.close()
    assert web.hits("/busy.xml") == 1  # not asked again while its Retry-After runs
    assert web.hits("/forever") == 3 and web.hits("/huge") == 1


def test_loopback_sources_are_refused_without_the_switch(
    web: LocalWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "0")
    web.routes["/feed.xml"] = Route(rss([Entry("x", "X", None, "", STRIKE[0])]))
    config = load_config(sources_toml(tmp_path / "s.toml", [web.url("/feed.xml")], "", FAST))
    with open_store(tmp_path / "s.duckdb") as store:
        watcher = Watcher(config, store)
        report = watcher.cycle()
        watcher.close()
    assert report.fetched == 0 and "not fetched" in report.errors[0]
    assert web.requests == []


def test_email_alerts_go_by_starttls_with_the_login_from_the_environment(
    web: LocalWeb, tmp_path: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, box, port, cert = start_smtp(tmp_path, "alerts", "s3cret")
    monkeypatch.setenv("SITREP_SMTP_USER", "alerts")
    monkeypatch.setenv("SITREP_SMTP_PASSWORD", "s3cret")
    try:
        web.routes["/feed.xml"] = Route(rss([Entry("x", "Strike", None, "", STRIKE[1])]))
        rule = f"""
[smtp]
host = "127.0.0.1"
port = {port}
from = "sitrep@example.org"
ca_file = "{cert}"
[[alert]]
name = "ukraine"
country = "Ukraine"
email = "desk@example.org"
"""
        path = sources_toml(tmp_path / "s.toml", [web.url("/feed.xml")], rule, FAST)
        with open_store(tmp_path / "s.duckdb") as store:
            watcher = Watcher(load_config(path), store, allow_private=True, analyzer=analyzer)
            assert watcher.cycle().alerts == 1
            assert watcher.cycle(everything=True).alerts == 0
            watcher.close()
    finally:
        controller.stop()
    [mail] = box.messages
    assert box.logins == ["alerts"] and mail["to"] == ["desk@example.org"]
    assert "Kharkiv" in mail["data"] and "incident.json" in mail["data"]


def test_a_failing_webhook_is_tried_again_and_delivered_once(
    web: LocalWeb, hooks: LocalWeb, tmp_path: Path, analyzer: Analyzer
) -> None:
    calls = {"n": 0}

    def flaky(seen) -> Route:
        calls["n"] += 1
        return Route(b"down", 503) if calls["n"] <= 5 else Route(b"ok", etag=False)

    hooks.routes["/hook"] = flaky
    web.routes["/feed.xml"] = Route(rss([Entry("x", "Strike", None, "", STRIKE[2])]))
    path = sources_toml(tmp_path / "s.toml", [web.url("/feed.xml")], _rule(hooks, tmp_path), FAST)
    with open_store(tmp_path / "s.duckdb") as store:
        watcher = Watcher(load_config(path), store, allow_private=True, analyzer=analyzer)
        first = watcher.cycle()  # the file gets it; the webhook fails its 4 tries
        assert (first.alerts, first.alert_failures) == (1, 1)
        second = watcher.cycle(everything=True)  # tried again: 1 more 503, then 200
        assert (second.alerts, second.alert_failures) == (1, 0)
        assert watcher.cycle(everything=True).alerts == 0
        watcher.close()
    assert calls["n"] == 6
    assert len((tmp_path / "alerts.jsonl").read_text().splitlines()) == 1


def test_from_an_item_appearing_to_its_alert_within_a_minute(
    web: LocalWeb, hooks: LocalWeb, tmp_path: Path, analyzer: Analyzer
) -> None:
    """The real loop, polling every 2 s (SITREP_WATCH_LATENCY_INTERVAL=30s measures the 30 s
    case); the figure is printed."""
    interval = os.environ.get("SITREP_WATCH_LATENCY_INTERVAL", "2s")
    web.routes["/feed.xml"] = Route(rss([Entry("old", "Old", None, "", "Nothing happened.")]))
    settings = FAST | {"interval": interval}
    path = sources_toml(
        tmp_path / "s.toml", [web.url("/feed.xml")], _rule(hooks, tmp_path), settings
    )
    with open_store(tmp_path / "s.duckdb") as store:
        watcher = Watcher(load_config(path), store, allow_private=True, analyzer=analyzer)
        stop, first = threading.Event(), threading.Event()
        thread = threading.Thread(
            target=watcher.run, kwargs={"stop": stop, "on_cycle": lambda _: first.set()}
        )
        thread.start()
        try:
            assert first.wait(60)  # the item appears after a cycle: a whole interval may pass
            entries = _strike_entries(web, range(1))
            appeared = time.monotonic()
            web.routes["/feed.xml"] = Route(rss(entries))
            while not _alerts(hooks) and time.monotonic() - appeared < 90:
                time.sleep(0.05)
            delivered = time.monotonic()
        finally:
            stop.set()
            thread.join()
            watcher.close()
    latency = delivered - appeared
    print(f"item to alert with a {interval} poll interval: {latency:.1f} s")
    assert _alerts(hooks) and latency < 60


def test_serve_watch_stores_through_the_server_and_alerts(
    web: LocalWeb,
    hooks: LocalWeb,
    tmp_path: Path,
    analyzer: Analyzer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fastapi.testclient import TestClient

    from sitrep.web import create_app

    web.routes["/feed.xml"] = Route(rss(_strike_entries(web, range(2))))
    path = sources_toml(tmp_path / "s.toml", [web.url("/feed.xml")], _rule(hooks, tmp_path), FAST)
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "1")  # as `sitrep serve --allow-private`
    served = create_app(tmp_path / "s.duckdb", analyzer=analyzer, watch=load_config(path))
    with TestClient(served) as client:
        deadline = time.monotonic() + 60
        while not _alerts(hooks) and time.monotonic() < deadline:
            time.sleep(0.1)
        incidents = client.get("/incidents")
    assert len(_alerts(hooks)) == 1
    assert incidents.status_code == 200 and "Kharkiv" in incidents.text


def test_watch_once_on_the_command_line(
    web: LocalWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "0")  # restored after: --allow-private sets it
    web.routes["/feed.xml"] = Route(rss([Entry("x", "Strike", None, "", STRIKE[4])]))
    path = sources_toml(tmp_path / "s.toml", [web.url("/feed.xml")], "", FAST)
    db = str(tmp_path / "s.duckdb")
    refused = CliRunner().invoke(app, ["watch", str(path), "--db", db, "--once"])
    assert refused.exit_code == 1 and "not fetched" in refused.output
    result = CliRunner().invoke(app, ["watch", str(path), "--db", db, "--once", "--allow-private"])
    assert result.exit_code == 0, result.output
    assert "cycle 1: 1 fetched (0 not modified), 1 new items, 1 articles stored" in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[feed]]\nurl = "http://a/"\ninterval = "soon"', "not a duration"),
        ('[[feed]]\nurl = "file:///etc/passwd"', "http(s) URL"),
        ('[[feed]]\nurl = "http://a/"\ncolour = 1', "unknown key 'colour'"),
        ("[[alert]]\nname = 'x'\nfile = 'a.jsonl'", "nothing to watch"),
        ('[[feed]]\nurl = "http://a/"\n[[alert]]\nname = "x"', "no destination"),
        (
            '[[feed]]\nurl = "http://a/"\n[[alert]]\nname = "x"\nplace = "Qwxzzy"\n'
            'radius_km = 5\nfile = "a"',
            "not in the gazetteer",
        ),
        ('[[feed]]\nurl = "http://a/"\n[[alert]]\nname = "x"\nemail = "a@b"', "no [smtp]"),
        ('[[feed]]\nurl = "http://a/"\n[[alert]]\nname = "x"\nbbox = [1, 2]\nfile = "a"', "bbox"),
        ("[[feed]\n", "not valid TOML"),
    ],
)
def test_a_bad_sources_file_says_where_and_why(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=None) as caught:
        load_config(path)
    assert message in str(caught.value) and str(path) in str(caught.value)


def test_a_watched_page_is_stored_again_only_when_its_text_changes(
    web: LocalWeb, tmp_path: Path, analyzer: Analyzer
) -> None:
    web.routes["/live"] = Route(article_page("Live: Kharkiv", STRIKE[0]))
    path = tmp_path / "s.toml"
    path.write_text(f'[[page]]\nurl = "{web.url("/live")}"\ninterval = "1m"\n', encoding="utf-8")
    with open_store(tmp_path / "s.duckdb") as store:
        watcher = Watcher(load_config(path), store, allow_private=True, analyzer=analyzer)
        assert watcher.cycle().stored == 1
        assert watcher.cycle(everything=True).not_modified == 1
        web.routes["/live"] = Route(article_page("Live: Kharkiv", STRIKE[0]), etag=False)
        assert watcher.cycle(everything=True).stored == 0  # the same text: seen
        web.routes["/live"] = Route(article_page("Live: Kharkiv", STRIKE[1] + " " + STRIKE[3]))
        changed = watcher.cycle(everything=True)
        watcher.close()
        assert (changed.new_items, changed.stored) == (1, 1)
        assert store.article_count() == 2


def test_one_request_at_a_time_per_host(web: LocalWeb, tmp_path: Path) -> None:
    """Three feeds on 127.0.0.1 and one on localhost, four workers: never two requests at once
    to one host name, while the two names are asked side by side."""
    lock, inflight, most = threading.Lock(), {}, {}

    def slow(seen) -> Route:
        host = seen.headers["host"].split(":")[0]
        with lock:
            inflight[host] = inflight.get(host, 0) + 1
            most[host] = max(most.get(host, 0), inflight[host])
            most["both"] = max(most.get("both", 0), sum(inflight.values()))
        time.sleep(0.5)
        with lock:
            inflight[host] -= 1
        return Route(rss([Entry(seen.path, "X", None, "", "")]), etag=False)

    for n in range(4):
        web.routes[f"/f{n}.xml"] = slow
    feeds = [web.url(f"/f{n}.xml") for n in range(3)] + [web.url("/f3.xml", host="localhost")]
    config = load_config(sources_toml(tmp_path / "s.toml", feeds, "", FAST | {"workers": 4}))
    with open_store(tmp_path / "s.duckdb") as store:
        watcher = Watcher(config, store, allow_private=True)
        report = watcher.cycle()
        watcher.close()
    assert report.fetched == 4
    assert most["127.0.0.1"] == 1 and most["localhost"] == 1 and most["both"] == 2


def test_rules_match_by_area_type_toll_and_actor() -> None:
    from sitrep.watch.alerts import matches
    from sitrep.watch.config import Area, Rule

    strike = {
        "lat": 49.99, "lon": 36.23, "country_code": "UA", "admin1": "Kharkiv",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "fatalities": 4,
        "actor1": "Military Forces of Russia (2000-)", "actor2": "Civilians (Ukraine)",
    }  # fmt: skip
    yes = [
        Rule("bbox", Area(bbox=(35.0, 49.0, 38.0, 51.0))),
        Rule("near", Area(point=(50.0, 36.25), radius_km=5)),
        Rule("admin1", Area(country="UA", admin1="kharkiv")),
        Rule("sub-type", types=("Shelling/artillery/missile attack",)),
        Rule("toll", min_fatalities=4),
        Rule("actor", actors=("russia",)),
        Rule("across the antimeridian", Area(bbox=(170.0, 40.0, 40.0, 60.0))),
    ]
    no = [
        Rule("bbox", Area(bbox=(20.0, 44.0, 30.0, 48.0))),
        Rule("near", Area(point=(48.0, 37.8), radius_km=50)),
        Rule("admin1", Area(admin1="Donetsk")),
        Rule("country", Area(country="SD")),
        Rule("type", types=("Battles",)),
        Rule("toll", min_fatalities=5),
        Rule("actor", actors=("Wagner",)),
    ]
    assert [r.name for r in yes if not matches(r, strike)] == []
    assert [r.name for r in no if matches(r, strike)] == []
    assert not matches(Rule("bbox", Area(bbox=(35.0, 49.0, 38.0, 51.0))), strike | {"lat": None})
