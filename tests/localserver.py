"""A real HTTP server on loopback that tests script route by route.

tests/conftest.py gives one to each test that asks for `local_http`:

    def test_something(local_http):
        local_http.add("/feed.xml", body=RSS, content_type="application/rss+xml", etag='"v1"')
        url = local_http.url("/feed.xml")

Routes can answer with a body (honouring If-None-Match / If-Modified-Since when an ETag or
Last-Modified is given), redirect, send any status with any headers, stall before answering,
or send a body that is larger than it says. Every request is logged in `requests`.
"""

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = ""
    last_modified: str = ""
    delay: float = 0.0  # seconds to wait before answering
    drip: float = 0.0  # seconds between body chunks (a slow body)
    send_length: bool = True


@dataclass
class LoggedRequest:
    path: str
    headers: dict[str, str]


class LocalServer:
    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
        self.routes: dict[str, Route] = {}
        self.requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._httpd.handle_error = self._ignore_disconnects
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def _ignore_disconnects(self, request, client_address):
        # Clients that stop reading (timeouts, size limits, error statuses) are expected here.
        pass

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", **options) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body=body, **options)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 301) -> str:
        return self.add(path, status=status, headers={"Location": to})

    def log(self, request: LoggedRequest):
        with self._lock:
            self.requests.append(request)

    def hits(self, path: str) -> list[LoggedRequest]:
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def start(self):
        self._thread.start()

    def stop(self):
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler_class(self):
        return type("Handler", (RouteHandler,), {"local_server": self})


NOT_FOUND = Route(status=404, body=b"not found", content_type="text/plain")


class RouteHandler(BaseHTTPRequestHandler):
    """Answers each GET from the routes of `local_server`, the LocalServer it belongs to
    (`server` is the base class's name for the socket server)."""

    protocol_version = "HTTP/1.1"
    local_server: LocalServer

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass  # keep test output clean

    def do_GET(self):  # noqa: N802 - the base class's name
        path = urlsplit(self.path).path  # routes ignore the query string
        self.local_server.log(LoggedRequest(path, dict(self.headers.items())))
        route = self.local_server.routes.get(path, NOT_FOUND)
        if route.delay:
            time.sleep(route.delay)
        if route.status == 200 and self._not_modified(route):
            self._answer_not_modified(route)
        else:
            self._answer(route)

    def _not_modified(self, route: Route) -> bool:
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            return True
        return bool(
            route.last_modified
            and not route.etag
            and self.headers.get("If-Modified-Since") == route.last_modified
        )

    def _answer_not_modified(self, route: Route):
        self.send_response(304)
        self._validators(route)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _validators(self, route: Route):
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)

    def _answer(self, route: Route):
        self._send_headers(route)
        # The client may give up midway (a timeout or size-limit test).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._write_body(route)
        if not route.send_length:
            self.close_connection = True

    def _send_headers(self, route: Route):
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self._validators(route)
        if route.send_length:
            self.send_header("Content-Length", str(len(route.body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()

    def _write_body(self, route: Route):
        if not route.drip:
            self.wfile.write(route.body)
            return
        for start in range(0, len(route.body), 16):
            self.wfile.write(route.body[start : start + 16])
            self.wfile.flush()
            time.sleep(route.drip)
