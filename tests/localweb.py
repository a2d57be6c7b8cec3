"""A real HTTP server on 127.0.0.1 for the fetching and watching tests: routes that a test
changes between cycles, and a record of every request that arrived."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What a path answers: a body (with an ETag, so a repeat gets 304), or a behaviour."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True
    trickle: bool = False  # headers, then a byte now and then, never the end
    size: int = 0  # a body of this many bytes, streamed without a length


@dataclass
class Seen:
    path: str
    method: str
    headers: dict[str, str]
    body: bytes
    at: float


class LocalWeb:
    """Routes by path; ``requests`` lists what came, in order."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route | Callable[[Seen], Route]] = {}
        self.requests: list[Seen] = []
        self.closing = threading.Event()
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                web.answer(self, "GET")

            def do_POST(self) -> None:
                web.answer(self, "POST")

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def close(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def answer(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("content-length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        seen = Seen(handler.path, method, headers, body, time.monotonic())
        self.requests.append(seen)
        route = self.routes.get(handler.path.split("?")[0])
        if callable(route):
            route = route(seen)
        if route is None:
            route = Route(b"not here", 404)
        # a client that gives up (a cap or a deadline) is what the test wants
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send(handler, route)

    def _send(self, handler: BaseHTTPRequestHandler, route: Route) -> None:
        tag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
        if route.etag and route.status == 200 and handler.headers.get("if-none-match") == tag:
            handler.send_response(304)
            handler.send_header("ETag", tag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_response(route.status)
        handler.send_header("Content-Type", route.content_type)
        for name, value in route.headers.items():
            handler.send_header(name, value)
        if route.trickle or route.size:
            handler.send_header("Connection", "close")
            handler.end_headers()
            self._stream(handler, route)
            handler.close_connection = True
            return
        if route.etag and route.status == 200:
            handler.send_header("ETag", tag)
        handler.send_header("Content-Length", str(len(route.body)))
        handler.end_headers()
        handler.wfile.write(route.body)

    def _stream(self, handler: BaseHTTPRequestHandler, route: Route) -> None:
        if route.trickle:
            handler.wfile.write(b"<html><body><p>")
            while not self.closing.wait(0.2):
                handler.wfile.write(b"x")
                handler.wfile.flush()
            return
        chunk = b"<p>" + b"y" * 65_530 + b"</p>"
        sent = 0
        while sent < route.size and not self.closing.is_set():
            handler.wfile.write(chunk)
            sent += len(chunk)
