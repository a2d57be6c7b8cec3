"""Safe fetching (issue 16, for `sitrep ingest URL` and the watcher): schemes, private
addresses after resolution and at every redirect, size and time caps, XML entities. Against a
real HTTP server on 127.0.0.1; nothing leaves the loopback address."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import pytest
from localweb import LocalWeb, Route
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.fetch import FetchError, FetchPolicy, Refused, fetch, is_public, retry_after
from sitrep.ingest import Failure, iter_sources, read_content

PRIVATE = FetchPolicy(allow_private=True, timeout_s=5)
PUBLIC_ONLY = FetchPolicy(allow_private=False, timeout_s=5)


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server = LocalWeb()
    yield server
    server.close()


def test_loopback_is_refused_without_the_switch_and_never_asked(web: LocalWeb) -> None:
    web.routes["/a"] = Route(b"hello")
    with pytest.raises(Refused, match="private, loopback or reserved"):
        fetch(web.url("/a"), PUBLIC_ONLY)
    with pytest.raises(Refused):
        fetch(web.url("/a", host="localhost"), PUBLIC_ONLY)
    assert web.requests == []
    assert fetch(web.url("/a"), PRIVATE).body == b"hello"
    assert web.hits("/a") == 1


def test_the_environment_switch_allows_private_addresses(
    web: LocalWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    web.routes["/a"] = Route(b"hello")
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "1")
    assert fetch(web.url("/a"), FetchPolicy()).body == b"hello"
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "0")
    with pytest.raises(Refused):
        fetch(web.url("/a"), FetchPolicy())


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://example.org/", "/etc/passwd"]
)
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(Refused, match="only http and https"):
        fetch(url, PRIVATE)


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/secret",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::1]:{port}/secret",
        "http://[::ffff:127.0.0.1]:{port}/secret",
        "http://0.0.0.0:{port}/secret",
    ],
)
def test_a_redirect_from_an_allowed_host_to_a_private_one_is_refused(
    web: LocalWeb, target: str
) -> None:
    """localhost is allowed by name (as an intranet feed would be); the redirect it answers
    with points at an address reached by no allowed name: refused before any request."""
    web.routes["/secret"] = Route(b"the keys")
    web.routes["/go"] = Route(status=302, headers={"Location": target.format(port=web.port)})
    policy = FetchPolicy(allow_private=False, private_hosts=frozenset({"localhost"}), timeout_s=5)
    with pytest.raises(Refused, match="not fetched"):
        fetch(web.url("/go", host="localhost"), policy)
    assert web.hits("/go") == 1 and web.hits("/secret") == 0


def test_redirects_are_followed_and_capped(web: LocalWeb) -> None:
    web.routes["/end"] = Route(b"arrived")
    for n in range(8):
        web.routes[f"/r{n}"] = Route(status=301, headers={"Location": f"/r{n + 1}"})
    web.routes["/r8"] = Route(status=307, headers={"Location": "/end"})
    assert fetch(web.url("/r6"), PRIVATE).body == b"arrived"
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(web.url("/r0"), PRIVATE)


def test_a_20_mb_page_is_cut_at_the_cap(web: LocalWeb) -> None:
    web.routes["/huge"] = Route(size=20_000_000)
    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than 10000000 bytes"):
        fetch(web.url("/huge"), FetchPolicy(allow_private=True, max_bytes=10_000_000))
    assert time.monotonic() - started < 10
    web.routes["/declared"] = Route(b"z" * 2000)
    with pytest.raises(FetchError, match="declared"):
        fetch(web.url("/declared"), FetchPolicy(allow_private=True, max_bytes=1000))


def test_a_page_that_never_finishes_is_cut_at_the_deadline(web: LocalWeb) -> None:
    web.routes["/forever"] = Route(trickle=True)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"in time|within"):
        fetch(web.url("/forever"), FetchPolicy(allow_private=True, timeout_s=1.5))
    assert 1.4 < time.monotonic() - started < 5


def test_errors_carry_status_and_retry_after_and_the_user_agent_names_sitrep(
    web: LocalWeb,
) -> None:
    web.routes["/busy"] = Route(b"later", 503, headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as caught:
        fetch(web.url("/busy"), PRIVATE)
    assert caught.value.status == 503 and caught.value.retry_after == 120
    assert web.requests[-1].headers["user-agent"].startswith("sitrep/")
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after("soon") is None


def test_address_classes() -> None:
    for address in ("127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.0.1", "169.254.169.254",
                    "100.64.0.1", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1", "224.0.0.1",
                    "0.0.0.0"):  # fmt: skip
        assert not is_public(address), address
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1:248:1893:25c8:1946")


def _bomb(levels: int = 9) -> str:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + ("" if i == 1 else str(i - 1)) + ";") * 10}">'
        for i in range(1, levels + 1)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
        '<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title>'
        "<description>&lol9; Shelling hit the town on Monday.</description>"
        "<pubDate>Mon, 27 May 2024 10:00:00 GMT</pubDate></item></channel></rss>"
    )


def test_a_billion_laughs_feed_is_refused_and_feedparser_does_not_expand_it() -> None:
    started = time.monotonic()
    [failure] = list(read_content(_bomb().encode(), "bomb.xml", ".xml"))
    assert isinstance(failure, Failure) and "declares entities" in str(failure.error)
    # feedparser alone: its strict parser stops at the undefined entity and the loose one
    # leaves the reference as text, so nothing grows (checked here so an upgrade that
    # changes this is seen)
    parsed = feedparser.parse(_bomb())
    assert all(len(e.get("title", "")) < 100 for e in parsed.entries)
    assert time.monotonic() - started < 2


def test_ingest_url_goes_through_the_safe_fetch(
    web: LocalWeb, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "0")  # restored after: --allow-private sets it
    page = (
        "<html><head><title>Strike</title></head><body><article><p>"
        + "Shelling hit the town of Kupiansk on Monday, officials said. " * 8
        + "</p></article></body></html>"
    )
    web.routes["/story"] = Route(page.encode())
    [refused] = list(iter_sources([web.url("/story")]))
    assert isinstance(refused, Failure) and "not fetched" in str(refused.error)
    assert web.hits("/story") == 0
    result = CliRunner().invoke(
        app,
        [
            "ingest",
            web.url("/story"),
            "--db",
            str(tmp_path / "s.duckdb"),
            "--allow-private",
            "--published",
            "2024-05-27",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "1 articles stored" in result.output and web.hits("/story") == 1
