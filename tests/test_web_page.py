"""The map page in Debian's chromium, headless, driven by Playwright, against `sitrep serve`.

Skips with the reason when chromium or the page's built libraries are missing (`make test`
installs and builds them); with SITREP_REQUIRE_BROWSER set (CI) it fails instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from sitrep import runner
from sitrep.model import Article
from sitrep.store import open_store
from sitrep.web.bench import fill
from sitrep.web.page import VENDOR

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]  # fmt: skip
#: the page's brush must redraw the markers within this (the serving issue's target)
BRUSH_MS = 300

# single markers plus the events counted on each cluster, as drawn on the map now (an icon
# still fading out of a zoom has opacity 0)
COUNT_DRAWN = """() => {
  let n = 0;
  for (const icon of document.querySelectorAll('.ev-marker, .marker-cluster')) {
    if (icon.style.opacity === '0') continue;
    n += icon.classList.contains('ev-marker') ? 1 : parseInt(icon.textContent, 10);
  }
  return n;
}"""


def _missing(reason: str) -> None:
    if os.environ.get("SITREP_REQUIRE_BROWSER"):
        pytest.fail(f"{reason} (SITREP_REQUIRE_BROWSER is set)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        _missing(f"no {CHROMIUM}: install Debian's chromium (make test does, as root)")
    if not (VENDOR / "leaflet.js").is_file():
        _missing(f"the page's libraries are not built in {VENDOR}: run `make web` (npm)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    outside: list[str] = []

    def local_only(route: Any) -> None:  # the page must need nothing from the internet
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", local_only)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda err: errors.append(str(err)))
    yield opened
    context.close()
    assert not errors, errors
    assert not outside, f"fetched from outside: {outside}"


def _monday(iso: str) -> str:
    day = date.fromisoformat(iso)
    return (day - timedelta(days=day.weekday())).isoformat()


def _ready(page: Any, shown: int) -> None:
    page.wait_for_selector(f'body[data-state="ready"][data-shown="{shown}"]', timeout=20_000)


def _drag(page: Any, start: Any, end: Any) -> None:
    """Drag across the timeline from one bar's middle to another's."""
    first, last = start.bounding_box(), end.bounding_box()
    y = first["y"] + first["height"] / 2
    page.mouse.move(first["x"] + first["width"] / 2, y)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2, y, steps=5)
    page.mouse.up()


def test_map_timeline_filters_and_evidence(
    page: Any, web_store: Path, tmp_path: Path, serve: Callable[..., Any]
) -> None:
    db = tmp_path / "page.duckdb"
    shutil.copy(web_store, db)
    url = serve(db).url
    events = httpx.get(f"{url}/events").json()["data"]
    page.goto(url)
    _ready(page, len(events))

    # the map shows every stored event (markers, or counted in clusters)
    assert page.evaluate(COUNT_DRAWN) == len(events)
    assert page.locator("#list li").count() == len(events)
    page.wait_for_selector("body[data-outlines]")  # the countries of world-atlas, drawn
    outlines = int(page.get_attribute("body", "data-outlines"))
    assert outlines > 200 and page.locator(".leaflet-overlay-pane path").count() == outlines

    # brushing two weeks of the timeline keeps the events of those weeks
    weeks = sorted({_monday(e["date_start"]) for e in events})
    bar = "#timeline rect[data-week='{}']"
    _drag(page, page.locator(bar.format(weeks[0])).first, page.locator(bar.format(weeks[1])).first)
    kept = [e for e in events if weeks[0] <= _monday(e["date_start"]) <= weeks[1]]
    _ready(page, len(kept))
    assert 0 < len(kept) < len(events)
    assert page.evaluate(COUNT_DRAWN) == len(kept)
    assert page.evaluate("window.sitrep.timings.apply") < BRUSH_MS
    assert weeks[0] in page.text_content("#status")
    csv_link = page.get_attribute("#dl-csv", "href")
    assert f"since={weeks[0]}" in csv_link and "format=csv" in csv_link
    assert httpx.get(f"{url}{csv_link}").text.count("\n") - 1 >= len(kept)
    page.locator("#timeline").click(position={"x": 60, "y": 40})  # a click clears the brush
    _ready(page, len(events))

    # picking a type asks the API again; the map shows that type only
    types = [e["event_type"] for e in events]
    chosen = max(set(types), key=types.count)
    page.select_option("#f-type", chosen)
    _ready(page, types.count(chosen))
    assert page.evaluate(COUNT_DRAWN) == types.count(chosen) < len(events)
    colours = page.eval_on_selector_all(
        ".ev-dot", "dots => [...new Set(dots.map(d => d.style.background))]"
    )
    assert len(colours) == 1

    # clicking an event's marker opens its article, the evidence highlighted, layers marked
    event = next(e for e in events if e["event_type"] == chosen)
    page.click(f".ev-dot[data-id='{event['id']}']")
    page.wait_for_selector(f"#article[data-event='{event['id']}'] mark.evidence")
    article = httpx.get(f"{url}/articles/{event['article_id']}").json()
    evidence = "".join(page.locator("#article-text mark.evidence").all_text_contents())
    assert evidence == event["evidence_text"]
    assert page.text_content("#article-text") == article["text"]  # inserted as text, whole
    # markup in an article (one of ours has an <img onerror>) stays text: no element, no script
    assert page.locator("#article-text *:not(mark):not(span)").count() == 0
    assert page.title().startswith("sitrep")
    for layer, selector in (("places", ".place"), ("dates", ".date"), ("quotes", ".quote")):
        if article[layer]:
            assert page.locator(f"#article-text {selector}").count() >= 1, layer
    assert page.locator("#event-card").text_content().count(event["sub_event_type"]) == 1

    # and from the list, another event's evidence
    page.select_option("#f-type", "")
    _ready(page, len(events))
    other = events[-1]
    page.click(f"#list li[data-id='{other['id']}']")
    page.wait_for_selector(f"#article[data-event='{other['id']}'] mark.evidence")
    evidence = "".join(page.locator("#article-text mark.evidence").all_text_contents())
    assert evidence == other["evidence_text"]

    # the incidents listed by the toggle; one opens with every report's evidence side by side
    incidents = httpx.get(f"{url}/incidents").json()["data"]
    page.check("#f-incidents")
    page.wait_for_selector(f"body[data-incidents='{len(incidents)}']")
    assert page.locator("#list li.incident").count() == len(incidents) > 0
    merged = max(incidents, key=lambda i: i["n_articles"])
    page.click(f"#list li[data-id='{merged['id']}']")
    page.wait_for_selector(f"#incident[data-incident='{merged['id']}'] .member mark.evidence")
    marked = page.locator("#incident-members mark.evidence").all_text_contents()
    assert marked == [m["evidence"] for m in merged["members"]]
    assert page.locator("#incident-members .member-text *:not(mark)").count() == 0

    shot = tmp_path / "page.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("SITREP_SCREENSHOT"):  # e.g. =docs/screenshot.png, for the README
        shutil.copy(shot, os.environ["SITREP_SCREENSHOT"])

    # the API's documentation, from the same process too
    page.goto(f"{url}/docs")
    page.wait_for_selector("#operations-events-list_events_events_get", timeout=20_000)


def test_ten_thousand_markers_and_a_brush_in_under_300_ms(
    page: Any, tmp_path: Path, serve: Callable[..., Any]
) -> None:
    db = tmp_path / "many.duckdb"
    with open_store(db) as store:
        fill(store, 10_000)  # made up: the page's load is measured, not the analysis
    url = serve(db).url
    page.goto(url)
    _ready(page, 10_000)
    assert page.evaluate(COUNT_DRAWN) == 10_000
    weeks = page.eval_on_selector_all(
        "#timeline rect[data-week]", "bars => [...new Set(bars.map(b => b.dataset.week))]"
    )
    first, last = weeks[len(weeks) // 4], weeks[len(weeks) // 2]
    bar = "#timeline rect[data-week='{}']"
    _drag(page, page.locator(bar.format(first)).first, page.locator(bar.format(last)).first)
    page.wait_for_function("document.body.dataset.shown !== '10000'", timeout=20_000)
    _ready(page, int(page.get_attribute("body", "data-shown")))
    shown = int(page.get_attribute("body", "data-shown"))
    assert 0 < shown < 10_000 and page.evaluate(COUNT_DRAWN) == shown
    took = page.evaluate("window.sitrep.timings")
    print(f"brush over 10,000 events: {shown} kept; ms: {took}")
    assert took["apply"] < BRUSH_MS


#: markup an article may carry; if the page ever parsed it as HTML, each would set a flag
HOSTILE = (
    '<script>window.__owned = "script"</script>'
    '<img src="x" onerror="window.__owned = \'img\'">'
    "<svg onload=\"window.__owned = 'svg'\"></svg>"
)


def test_ingested_markup_is_shown_as_text_never_run(
    page: Any, tmp_path: Path, analyzer: Any, serve: Callable[..., Any]
) -> None:
    text = (
        f"Police fired tear gas at protesters {HOSTILE} in Nairobi on Tuesday, killing two"
        f" people, witnesses said. {HOSTILE}"
    )
    article = Article(
        text=text, published=date(2024, 6, 20), title=f"Nairobi {HOSTILE}",
        url="javascript:window.__owned='url'", outlet=f"<b>{HOSTILE}</b>",
    )  # fmt: skip
    db = tmp_path / "hostile.duckdb"
    with open_store(db) as store:
        assert runner.ingest([article], store, analyzer=analyzer).stored == 1
    url = serve(db).url
    [event] = httpx.get(f"{url}/events").json()["data"]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    _ready(page, 1)
    page.click(f".ev-dot[data-id='{event['id']}']")
    page.wait_for_selector(f"#article[data-event='{event['id']}'] mark.evidence")
    # the markup is on the page as the characters it is made of, and nothing of it ran
    assert page.text_content("#article-text") == text
    assert HOSTILE in (page.text_content("#article") or "")
    page.check("#f-incidents")
    page.wait_for_selector("body[data-incidents='1']")
    page.click("#list li.incident")
    page.wait_for_selector("#incident .member mark.evidence")
    for link in page.locator("a[href^='javascript:']").all():
        link.click()  # a javascript: URL shown as a link must not run either
    page.wait_for_timeout(300)  # an onerror or onload would have fired by now
    assert page.evaluate("() => window.__owned") is None
    assert not dialogs
    injected = "body script:not([src]), #article img, #incident img, svg[onload]"
    assert page.locator(injected).count() == 0
