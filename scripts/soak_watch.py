"""Soak the watcher: 1,000 cycles against a local feed and page, printing memory as it goes.

    .venv/bin/python scripts/soak_watch.py [--cycles 1000] [--every 10]

A feed on 127.0.0.1 gains a new report every ``--every`` cycles (a town and a toll that vary,
so incidents and alerts keep coming) and keeps its last 20 items, as a real feed does; between
new items it answers 304 or the same body again without a validator (so the cycle parses and
looks items up in the store). A page is watched beside it. Alerts go to a JSON Lines file.
Resident memory (VmRSS) is printed every 100 cycles; the line at the end gives the growth
between the first hundred cycles and the last. Run by `make soak-watch`, not by `make test`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from localweb import LocalWeb, Route
from watchkit import Entry, article_page, rss

from sitrep.store import open_store
from sitrep.watch import Watcher, load_config

TOWNS = ("Kharkiv", "Kherson", "Zaporizhzhia", "Sumy", "Dnipro", "Odesa", "Mykolaiv", "Kramatorsk")
TOLLS = ("two", "three", "four", "five", "six")


def rss_kb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return float(line.split()[1])
    return float("nan")


def report(n: int) -> Entry:
    town, toll = TOWNS[n % len(TOWNS)], TOLLS[n % len(TOLLS)]
    day = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=n)
    text = (
        f"A Russian missile strike on {town} on {day:%A} killed {toll} people, the regional"
        f" governor said on {day:%d %B %Y}."
    )
    return Entry(f"soak-{n}", f"Strike on {town}", None, "", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--every", type=int, default=10, help="a new item every N cycles")
    args = parser.parse_args()
    web = LocalWeb()
    folder = Path(tempfile.mkdtemp(prefix="sitrep-soak-"))
    alerts = folder / "alerts.jsonl"
    sources = folder / "sources.toml"
    sources.write_text(
        f'[[feed]]\nurl = "{web.url("/feed.xml")}"\ninterval = "1s"\n'
        f'[[page]]\nurl = "{web.url("/live")}"\ninterval = "1s"\n'
        '[settings]\nhost_delay = "0s"\n'
        f'[[alert]]\nname = "ukraine"\ncountry = "UA"\nfile = "{alerts}"\n',
        encoding="utf-8",
    )
    web.routes["/live"] = Route(article_page("Live", "Talks resumed in Istanbul on Monday."))
    items: list[Entry] = []
    with open_store(folder / "soak.duckdb") as store:
        watcher = Watcher(load_config(sources), store, allow_private=True)
        started, first_hundred, memory = time.monotonic(), None, 0.0
        print("cycle  rss_MB  articles  alerts  seconds", flush=True)
        for cycle in range(1, args.cycles + 1):
            if cycle % args.every == 1:
                items = [report(cycle // args.every), *items][:20]
                web.routes["/feed.xml"] = Route(rss(items))
            elif cycle % 2 == 0:  # the same feed again, without a validator: parsed, all seen
                web.routes["/feed.xml"] = Route(rss(items), etag=False)
            else:
                web.routes["/feed.xml"] = Route(rss(items))
            watcher.cycle(everything=True)
            if cycle % 100 == 0:
                memory = rss_kb() / 1024
                first_hundred = first_hundred or memory
                sent = len(alerts.read_text().splitlines()) if alerts.exists() else 0
                print(
                    f"{cycle:5d}  {memory:6.1f}  {store.article_count():8d}  {sent:6d}"
                    f"  {time.monotonic() - started:7.1f}",
                    flush=True,
                )
        watcher.close()
    web.close()
    growth = memory - (first_hundred or memory)
    print(json.dumps({"cycles": args.cycles, "rss_mb_growth_from_cycle_100": round(growth, 1)}))


if __name__ == "__main__":
    main()
