"""Fetching from the web on a user's behalf, with the limits a service left running needs.

Every fetch of sitrep goes through ``fetch``: `sitrep ingest URL`, the watcher's feeds, pages
and linked articles, and its webhooks. Only http(s) is spoken. The host is resolved first and
every address it resolves to must be a global one (no loopback, private, link-local, shared,
reserved or multicast address) unless private fetching is allowed (``--allow-private`` or
``SITREP_ALLOW_PRIVATE=1``); the connection then goes to the address that was checked, so a
name that resolves differently a moment later (DNS rebinding) cannot slip past. Redirects are
followed here, not by the HTTP client, so each hop is checked the same way, at most
``max_redirects`` of them. A fetch has one deadline for all its hops and a byte cap counted as
the body streams in (after decompression), so a page that never ends or never stops is cut.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from sitrep import __version__

USER_AGENT = f"sitrep/{__version__} (conflict-event monitor; python-httpx)"
SCHEMES = ("http", "https")
REDIRECTS = (301, 302, 303, 307, 308)
ALLOW_PRIVATE_ENV = "SITREP_ALLOW_PRIVATE"
#: the longest Retry-After honoured; a server asking for more gets polled after this
MAX_RETRY_AFTER_S = 6 * 3600.0


def private_allowed_by_env() -> bool:
    """Whether ``SITREP_ALLOW_PRIVATE`` is set to a true value (1, true, yes)."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """The limits of one fetch; ``allow_private`` None means "as SITREP_ALLOW_PRIVATE says"."""

    max_bytes: int = 10_000_000
    timeout_s: float = 20.0  # the whole fetch, every redirect and the body included
    max_redirects: int = 5
    allow_private: bool | None = None
    user_agent: str = USER_AGENT
    #: host names that may resolve to private addresses when the rest may not (an intranet
    #: feed); an address reached by any other name, or by a redirect, is still refused
    private_hosts: frozenset[str] = frozenset()

    def private_ok(self, host: str) -> bool:
        if host.lower() in self.private_hosts:
            return True
        return private_allowed_by_env() if self.allow_private is None else self.allow_private


class FetchError(Exception):
    """A fetch that gave no usable answer; ``status`` and ``retry_after`` (seconds) when the
    server answered with an error; ``passing`` when trying again later may succeed (no answer
    in time, a lost connection, a 5xx or a 429) rather than never (a cap, a 404)."""

    def __init__(
        self,
        url: str,
        message: str,
        status: int | None = None,
        retry_after: float | None = None,
        passing: bool = False,
    ) -> None:
        self.url, self.message, self.status, self.retry_after = url, message, status, retry_after
        self.passing = passing or (status is not None and (status >= 500 or status == 429))
        super().__init__(f"{url}: {message}")


class Refused(FetchError):
    """Not fetched at all: a scheme other than http(s), or an address that is not allowed."""


@dataclass(slots=True)
class Reply:
    """A final answer (2xx or 304): where it came from after redirects, and its body."""

    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    headers: Mapping[str, str] | None = None,
    *,
    method: str = "GET",
    content: bytes | None = None,
) -> Reply:
    """GET (or POST ``content`` to) ``url`` within the policy's limits.

    Returns the final 2xx or 304 answer; raises Refused for what may not be fetched and
    FetchError for everything else (with the status and Retry-After of an error answer).
    """
    policy = policy or FetchPolicy()
    deadline = time.monotonic() + policy.timeout_s
    sent = {"user-agent": policy.user_agent, **{k.lower(): v for k, v in (headers or {}).items()}}
    with httpx.Client(trust_env=False, follow_redirects=False, verify=_tls()) as client:
        for _ in range(policy.max_redirects + 1):
            reply = _one_hop(client, method, url, sent, content, policy, deadline)
            if isinstance(reply, Reply):
                return reply
            url = reply
            if method == "POST":  # a redirected POST is not sent again: the target moved
                raise FetchError(url, "the server redirected a POST; not sent again")
    raise FetchError(url, f"more than {policy.max_redirects} redirects")


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every fetch (loading the CA bundle costs more than a fetch)."""
    return httpx.create_ssl_context()


def _one_hop(
    client: httpx.Client,
    method: str,
    url: str,
    headers: dict[str, str],
    content: bytes | None,
    policy: FetchPolicy,
    deadline: float,
) -> Reply | str:
    """One request: the final Reply, or the (absolute) URL a redirect points to."""
    target, extensions, host_header = _pinned(url, policy)
    try:
        with client.stream(
            method,
            target,
            headers={**headers, "host": host_header},
            content=content,
            timeout=_remaining(url, deadline),
            extensions=extensions,
        ) as response:
            if response.status_code in REDIRECTS and "location" in response.headers:
                return urljoin(url, response.headers["location"])
            if response.status_code >= 400:
                raise FetchError(
                    url,
                    f"HTTP {response.status_code}",
                    status=response.status_code,
                    retry_after=retry_after(response.headers.get("retry-after")),
                )
            body = _read_capped(url, response, policy.max_bytes, deadline)
            return Reply(url, response.status_code, dict(response.headers), body)
    except httpx.TimeoutException:
        raise FetchError(url, f"no answer within {policy.timeout_s:g} s", passing=True) from None
    except httpx.HTTPError as err:
        why = f"could not fetch: {type(err).__name__}: {err}"
        raise FetchError(url, why, passing=True) from None


def _remaining(url: str, deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(url, "out of time before the answer was complete", passing=True)
    return left


def _read_capped(url: str, response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    """The body, or a FetchError once it passes ``max_bytes`` or the deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, f"larger than {max_bytes} bytes ({declared} declared), not read")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"larger than {max_bytes} bytes, not read")
        if time.monotonic() > deadline:
            raise FetchError(url, "the answer did not finish in time, not read", passing=True)
        chunks.append(chunk)
    return b"".join(chunks)


def _pinned(url: str, policy: FetchPolicy) -> tuple[str, dict[str, str], str]:
    """The URL aimed at a checked address of its host, the TLS name to ask for, the Host."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise Refused(url, f"only http and https are fetched, not {scheme or 'a bare path'}")
    host = parts.hostname
    if not host:
        raise Refused(url, "no host in the URL")
    port = parts.port or (443 if scheme == "https" else 80)
    address = check_host(host, port, policy.private_ok(host), url)
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    target = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    extensions = {"sni_hostname": host} if scheme == "https" else {}
    host_header = f"{host}:{parts.port}" if parts.port else host
    if ":" in host:  # an IPv6 literal keeps its brackets in the Host header
        host_header = f"[{host}]:{parts.port}" if parts.port else f"[{host}]"
    return target, extensions, host_header


def check_host(host: str, port: int, allow_private: bool, url: str | None = None) -> str:
    """The address to connect to for ``host``; Refused if any address it resolves to is not
    a global one (unless ``allow_private``), or if it resolves to nothing."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise FetchError(url or host, f"cannot resolve {host}: {err}", passing=True) from None
    # IPv4 first: a name such as localhost often resolves to ::1 too, where nothing listens
    addresses = sorted(dict.fromkeys(str(info[4][0]) for info in infos), key=lambda a: ":" in a)
    if not addresses:
        raise FetchError(url or host, f"{host} resolves to no address")
    if not allow_private:
        for address in addresses:
            if not is_public(address):
                raise Refused(
                    url or host,
                    f"{host} resolves to {address}, a private, loopback or reserved address:"
                    f" not fetched (allow it with --allow-private or {ALLOW_PRIVATE_ENV}=1)",
                )
    return addresses[0]


def is_public(address: str) -> bool:
    """Whether an IP address is a global unicast one (an IPv4-mapped one judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks to wait (seconds or an HTTP date), capped; None if
    absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER_S)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return min(max(0.0, when.timestamp() - time.time()), MAX_RETRY_AFTER_S)


def host_of(url: str) -> str:
    """The host of a URL, lower-cased: the unit of politeness."""
    return (urlsplit(url).hostname or "").lower()
