"""Outbound HTTP for feeds and article pages.

Every request, and every redirect it follows, connects only to an address that was checked:
the host is resolved once, each address is checked, and the socket is opened to that checked
address (so a DNS answer that changes between check and connect cannot reach the intranet).
Private, loopback, link-local and reserved addresses are refused unless ALLOW_PRIVATE_FETCH is
on. Each response is bounded in time (connect timeout, whole-response deadline) and in size.
"""

import codecs
import http.client
import ipaddress
import re
import socket
import time
import zlib
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import charset_normalizer
from django.conf import settings
from django.utils import timezone

USER_AGENT = "ClaimTrack/0.1 (newsroom quote tracker; feed reader)"
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECT_STATUSES = frozenset({301, 308})
# Statuses after which trying again later may succeed; others (404, 410, 403...) will not.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
READ_CHUNK = 64 * 1024


class FetchError(Exception):
    """A request that gave no usable response.

    `transient` says whether trying later may help; `retry_after` is the server's own
    wish in seconds (429/503 Retry-After), when it gave one.
    """

    def __init__(self, message, *, url="", status=None, transient=False, retry_after=None):
        super().__init__(message)
        self.url = url
        self.status = status
        self.transient = transient
        self.retry_after = retry_after


class ForbiddenAddress(FetchError):
    """The address is private, loopback, link-local or reserved."""


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200 or 304
    headers: dict[str, str]  # lower-case names
    body: bytes
    duration_ms: int
    # Where the requested address now lives, when every redirect on the way was permanent.
    permanent_url: str | None = None
    redirects: list[tuple[int, str]] = field(default_factory=list)

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def validate_url(url: str):
    """Reject what is not an absolute http(s) address with a host; return its parts."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"Only http and https addresses can be fetched, not {url!r}", url=url)
    if not parts.hostname:
        raise FetchError(f"The address {url!r} has no host", url=url)
    if parts.username or parts.password:
        raise FetchError("Addresses with a user name or password are not fetched", url=url)
    try:
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise FetchError(f"The address {url!r} has an invalid port", url=url) from None
    return parts


# NAT64 (RFC 6052) carries an IPv4 address in its last 32 bits; the local-use prefix
# (RFC 8215) is refused whole, since where it embeds the address depends on the network.
_NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL_USE = ipaddress.IPv6Network("64:ff9b:1::/48")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address stands for: IPv4-mapped (::ffff:a.b.c.d),
    IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:AABB:CCDD::) and
    Teredo (server and client). Python counts most of these as global."""
    embedded = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
    last_32_bits = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if int(ip) >> 32 == 0 and int(ip) > 1:  # IPv4-compatible; ::1 and :: are not
        embedded.append(last_32_bits)
    if ip in _NAT64_WELL_KNOWN:
        embedded.append(last_32_bits)
    return [address for address in embedded if address is not None]


def is_forbidden_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _NAT64_LOCAL_USE:
            return True
        if any(is_forbidden_address(str(v4)) for v4 in _embedded_ipv4(ip)):
            return True
        if ip.ipv4_mapped:
            return False  # checked above as the IPv4 address it is
    # is_global is False for private, loopback, link-local, reserved, shared (CGNAT) and
    # unspecified ranges; multicast is global but never a web server.
    return not ip.is_global or ip.is_multicast


def resolve(host: str, port: int) -> list[tuple]:
    """The addresses to connect to for host:port, with forbidden ones refused."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"Cannot resolve host {host!r}: {exc.strerror}", transient=True) from None
    if settings.ALLOW_PRIVATE_FETCH:
        return infos
    allowed = [info for info in infos if not is_forbidden_address(info[4][0])]
    if not allowed:
        addresses = ", ".join(sorted({info[4][0] for info in infos}))
        raise ForbiddenAddress(
            f"Refused to fetch from {host}: it resolves to a private, loopback, link-local "
            f"or reserved address ({addresses})"
        )
    return allowed


def check_url(url: str) -> str:
    """Raise FetchError unless url may be fetched (scheme, host, address); return it."""
    parts = validate_url(url)
    resolve(parts.hostname, parts.port or default_port(parts.scheme))
    return url


def check_entered_url(url: str) -> str:
    """check_url for an address being added (a feed typed in the admin, an OPML list, the
    command line): refused when it is not http(s) or its host is, or resolves only to, a
    forbidden address; a name that does not resolve right now is let through, since every
    fetch checks again at every hop."""
    try:
        return check_url(url)
    except FetchError as exc:
        if exc.transient:  # only a failed name look-up is transient here
            return url
        raise


def default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def _checked_connection(address, timeout=None, source_address=None, **_):
    """Used in place of socket.create_connection: connect only to a checked address."""
    host, port = address
    last_error = None
    for family, socktype, proto, _canonname, sockaddr in resolve(host, port):
        sock = socket.socket(family, socktype, proto)
        try:
            sock.settimeout(timeout)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            last_error = exc
    raise last_error or OSError(f"Cannot connect to {host}:{port}")


def _open_connection(parts) -> http.client.HTTPConnection:
    connect_timeout = settings.FETCH_CONNECT_TIMEOUT
    # The port is always given: without it http.client reads "host:port" out of the host
    # again, and takes the last group of an IPv6 literal ("2606:4700::beef") for a port.
    port = parts.port or default_port(parts.scheme)
    connection_class = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    try:
        conn = connection_class(parts.hostname, port, timeout=connect_timeout)
    except (http.client.InvalidURL, ValueError) as exc:
        raise FetchError(f"The address has an invalid host {parts.hostname!r}: {exc}") from None
    conn._create_connection = _checked_connection
    return conn


def parse_retry_after(value: str | None) -> int | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0, int((when - timezone.now()).total_seconds()))


def fetch(
    url: str,
    *,
    headers: dict[str, str] | None = None,
    html_only: bool = False,
    accept: str = "*/*",
) -> Response:
    """GET url following up to MAX_REDIRECTS redirects; 200 and 304 are returned, all else raises.

    html_only refuses a response that is not an HTML page before reading its body.
    """
    started = time.monotonic()
    deadline = started + settings.FETCH_TIMEOUT
    redirects: list[tuple[int, str]] = []
    all_permanent = True
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        parts = validate_url(current)
        request_headers = {
            "User-Agent": USER_AGENT,
            "Accept": accept,
            "Accept-Encoding": "gzip",
            **(headers or {}),
        }
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        conn = _open_connection(parts)
        try:
            try:
                conn.request("GET", target, headers=request_headers)
                _set_remaining_timeout(conn, deadline, current)
                resp = conn.getresponse()
            except FetchError as exc:
                exc.url = exc.url or current
                raise
            except TimeoutError:
                raise FetchError(
                    f"Timed out waiting for {current}", url=current, transient=True
                ) from None
            except (OSError, http.client.HTTPException) as exc:
                raise FetchError(
                    f"Could not fetch {current}: {exc or type(exc).__name__}",
                    url=current,
                    transient=True,
                ) from None
            response_headers = {name.lower(): value for name, value in resp.getheaders()}
            status = resp.status
            location = response_headers.get("location")
            if status in REDIRECT_STATUSES and location:
                next_url = urljoin(current, location.strip())
                redirects.append((status, next_url))
                all_permanent = all_permanent and status in PERMANENT_REDIRECT_STATUSES
                current = next_url
                continue
            if status == 304:
                return Response(
                    url=current,
                    status=304,
                    headers=response_headers,
                    body=b"",
                    duration_ms=_elapsed_ms(started),
                    permanent_url=current if redirects and all_permanent else None,
                    redirects=redirects,
                )
            if status != 200:
                raise FetchError(
                    f"HTTP {status} {resp.reason} from {current}",
                    url=current,
                    status=status,
                    transient=status in TRANSIENT_STATUSES,
                    retry_after=parse_retry_after(response_headers.get("retry-after")),
                )
            media_type = response_headers.get("content-type", "").split(";")[0].strip().lower()
            if html_only and media_type not in HTML_TYPES:
                raise FetchError(
                    f"{current} is not an HTML page (Content-Type: {media_type or 'none'})",
                    url=current,
                    status=status,
                )
            body = _read_body(resp, conn, response_headers, deadline, current)
            return Response(
                url=current,
                status=200,
                headers=response_headers,
                body=body,
                duration_ms=_elapsed_ms(started),
                permanent_url=current if redirects and all_permanent else None,
                redirects=redirects,
            )
        finally:
            conn.close()
    raise FetchError(f"More than {MAX_REDIRECTS} redirects from {url}", url=url)


def _elapsed_ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _set_remaining_timeout(conn, deadline: float, url: str) -> None:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(
            f"Timed out after {settings.FETCH_TIMEOUT}s fetching {url}", url=url, transient=True
        )
    if conn.sock is not None:
        conn.sock.settimeout(remaining)


def _read_body(resp, conn, headers: dict[str, str], deadline: float, url: str) -> bytes:
    max_bytes = settings.FETCH_MAX_BYTES
    too_big = FetchError(
        f"{url} is larger than the {max_bytes // 1024} KiB limit", url=url, status=resp.status
    )
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_big
    encoding = headers.get("content-encoding", "identity").strip().lower()
    decompressor = None
    if encoding in ("gzip", "x-gzip"):
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decompressor = zlib.decompressobj()
    chunks: list[bytes] = []
    size = 0
    while True:
        _set_remaining_timeout(conn, deadline, url)
        try:
            chunk = resp.read1(READ_CHUNK) if hasattr(resp, "read1") else resp.read(READ_CHUNK)
        except TimeoutError:
            raise FetchError(
                f"Timed out after {settings.FETCH_TIMEOUT}s reading {url}", url=url, transient=True
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(
                f"Connection broke reading {url}: {exc}", url=url, transient=True
            ) from None
        if not chunk:
            break
        if decompressor is not None:
            try:
                # Bounded so a small compressed body cannot expand past the cap.
                chunk = decompressor.decompress(chunk, max_bytes + 1 - size)
            except zlib.error as exc:
                raise FetchError(f"Corrupt compressed body from {url}: {exc}", url=url) from None
        size += len(chunk)
        if size > max_bytes:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return _known_codec(value)
    return None


def is_binary(body: bytes) -> bool:
    """Bytes that are no text in any encoding a page uses: control bytes (NUL and the other
    C0 codes but tab, newline, form feed and carriage return) in more than 1 % of the first
    64 KiB. A UTF-16 page, whose NULs pad every ASCII letter, opens with its BOM."""
    head = body[:65536]
    if not head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls * 100 > len(head)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode_html(body: bytes, content_type: str = "") -> str:
    """Text of an HTML body: BOM, then the HTTP charset, then <meta charset>, then UTF-8 if
    the bytes are valid UTF-8, then detection."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if body.startswith(bom):
            return body.decode(codec, errors="replace").lstrip("\ufeff")
    declared = charset_from_content_type(content_type)
    if not declared:
        match = _META_CHARSET.search(body[:4096])
        declared = _known_codec(match.group(1).decode("ascii")) if match else None
    if declared:
        try:
            return body.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration lies; fall through to detection
    try:
        # Bytes that read as UTF-8 are UTF-8: detection may take a text holding mojibake
        # ("TomÃ¡s" saved as UTF-8) for a Korean or Chinese codec and garble it twice.
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(body).best()
    if best is not None:
        return str(best)
    return body.decode("utf-8", errors="replace")
