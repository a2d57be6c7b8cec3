"""What the watcher's tests share: ten short reports of one strike (written for these tests),
an RSS writer, an article page writer, a SOURCES.toml writer and a local SMTP server with
STARTTLS and a login (aiosmtpd) that records what arrives."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

#: ten reports of one missile strike on Kharkiv (26 May 2024), in different words
STRIKE = (
    "A Russian missile strike on Kharkiv on Sunday killed four people and wounded 12 others,"
    " regional governor Oleh Syniehubov said.",
    "Four people were killed when a Russian missile hit a printing house in Kharkiv on Sunday,"
    " Governor Oleh Syniehubov said on Telegram.",
    "Russian forces struck Kharkiv with a missile on Sunday, killing four civilians, according"
    " to the regional governor.",
    "A missile attack by Russia on the city of Kharkiv killed four people on Sunday, Ukrainian"
    " officials said.",
    "Ukrainian emergency services said a Russian missile strike on Kharkiv killed four people"
    " on Sunday and damaged a printing house.",
    "Ukrainian officials said a Russian missile strike killed four people in Kharkiv on Sunday"
    " afternoon.",
    "Four civilians died on Sunday after a Russian missile struck an industrial area of Kharkiv,"
    " said Governor Oleh Syniehubov.",
    "Four people were killed in a Russian missile strike on Kharkiv on Sunday, the city's mayor"
    " Ihor Terekhov said.",
    "On Sunday a Russian missile strike on Kharkiv killed four people, the regional"
    " administration reported.",
    "Russia hit Kharkiv with a missile on Sunday, killing four people and injuring 12, Governor"
    " Oleh Syniehubov said.",
)
PUBLISHED = datetime(2024, 5, 27, 9, 0, tzinfo=UTC)
#: titles without numbers (a number in a title may be read as a toll)
NAMES = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa")


@dataclass
class Entry:
    guid: str
    title: str
    link: str | None = None
    summary: str = ""
    content: str | None = None  # the whole article in content:encoded


def rss(entries: list[Entry], title: str = "Test Wire") -> bytes:
    items = []
    for e in entries:
        parts = [
            f'<guid isPermaLink="false">{escape(e.guid)}</guid>',
            f"<title>{escape(e.title)}</title>",
        ]
        if e.link:
            parts.append(f"<link>{escape(e.link)}</link>")
        parts.append(f"<description>{escape(e.summary)}</description>")
        if e.content:
            parts.append(f"<content:encoded>{escape(e.content)}</content:encoded>")
        parts.append(f"<pubDate>{format_datetime(PUBLISHED)}</pubDate>")
        items.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title>" + "".join(items) + "</channel></rss>"
    ).encode()


def article_page(title: str, text: str) -> bytes:
    filler = (
        "Residents were cleaning up debris on Monday. Repairs to the damaged buildings are"
        " expected to take several weeks, city officials said."
    )
    return (
        f"<html><head><title>{escape(title)}</title>"
        '<meta property="article:published_time" content="2024-05-27T09:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article><h1>{escape(title)}</h1>"
        f"<p>{escape(text)}</p><p>{filler}</p></article><footer>(c) Wire</footer></body></html>"
    ).encode()


def sources_toml(path: Path, feeds: list[str], alerts: str, settings: dict[str, Any]) -> Path:
    interval = settings.get("interval", "30s")
    lines = [f'[[feed]]\nurl = "{url}"\ninterval = "{interval}"' for url in feeds]
    table = "\n".join(f"{k} = {_toml(v)}" for k, v in settings.items() if k != "interval")
    path.write_text("\n".join(lines) + f"\n[settings]\n{table}\n" + alerts, encoding="utf-8")
    return path


def _toml(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Mailbox:
    """What the local SMTP server received, and who logged in."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 made with the openssl command."""
    if shutil.which("openssl") is None:
        import pytest

        pytest.skip("the openssl command is needed to make the SMTP server's certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def start_smtp(folder: Path, user: str, password: str):
    """An SMTP server on 127.0.0.1 that requires STARTTLS before a login; (controller,
    mailbox, port, certificate)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    cert, key = self_signed(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    box = Mailbox()

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            with box.lock:
                box.messages.append(
                    {"to": list(envelope.rcpt_tos), "from": envelope.mail_from,
                     "data": envelope.content.decode("utf-8", "replace")}
                )  # fmt: skip
            return "250 OK"

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login.decode(),
            auth_data.password.decode(),
        ) == (user, password)
        if ok:
            box.logins.append(user)
        return AuthResult(success=ok)

    port = free_port()
    controller = Controller(
        Handler(), hostname="127.0.0.1", port=port, tls_context=context,
        require_starttls=True, auth_require_tls=True, authenticator=authenticate,
    )  # fmt: skip
    controller.start()
    return controller, box, port, cert
