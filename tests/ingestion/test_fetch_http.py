"""The safe fetcher against a real HTTP server on loopback."""

import gzip

import pytest

from articles import fetch
from articles.fetch import FetchError, ForbiddenAddress
from tests.localserver import LocalServer

PAGE = "<html><head><title>T</title></head><body><p>Hello</p></body></html>"


def test_a_page_is_fetched_with_its_media_type_and_our_user_agent(local_http):
    url = local_http.add("/page", PAGE)
    response = fetch.fetch(url, html_only=True)
    assert response.status == 200
    assert response.body == PAGE.encode()
    assert response.media_type == "text/html"
    assert response.permanent_url is None
    assert "ClaimTrack" in local_http.hits("/page")[0].headers["User-Agent"]


def test_a_matching_etag_gets_an_empty_304(local_http):
    url = local_http.add("/feed", "<rss/>", content_type="application/rss+xml", etag='"v1"')
    first = fetch.fetch(url)
    assert first.status == 200
    assert first.headers["etag"] == '"v1"'
    second = fetch.fetch(url, headers={"If-None-Match": '"v1"'})
    assert second.status == 304
    assert second.body == b""


def test_permanent_redirects_give_the_new_address(local_http):
    final = local_http.add("/new", PAGE)
    local_http.redirect("/middle", final, status=308)
    start = local_http.redirect("/old", local_http.url("/middle"), status=301)
    response = fetch.fetch(start)
    assert response.url == final
    assert response.permanent_url == final
    assert [status for status, _ in response.redirects] == [301, 308]


def test_a_temporary_redirect_on_the_way_keeps_the_old_address(local_http):
    final = local_http.add("/new", PAGE)
    local_http.redirect("/middle", final, status=302)
    start = local_http.redirect("/old", local_http.url("/middle"), status=301)
    response = fetch.fetch(start)
    assert response.url == final
    assert response.permanent_url is None


def test_a_redirect_loop_stops_with_an_error(local_http):
    local_http.redirect("/a", local_http.url("/b"), status=302)
    local_http.redirect("/b", local_http.url("/a"), status=302)
    with pytest.raises(FetchError, match="redirects"):
        fetch.fetch(local_http.url("/a"))


def test_429_is_transient_with_retry_after(local_http):
    url = local_http.add("/busy", "slow down", status=429, headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as caught:
        fetch.fetch(url)
    assert caught.value.status == 429
    assert caught.value.transient
    assert caught.value.retry_after == 120


def test_retry_after_is_read_as_seconds_or_an_http_date():
    assert fetch.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert fetch.parse_retry_after("soon") is None
    assert fetch.parse_retry_after("30") == 30


def test_404_is_permanent(local_http):
    with pytest.raises(FetchError) as caught:
        fetch.fetch(local_http.url("/missing"))
    assert caught.value.status == 404
    assert not caught.value.transient


def test_slow_server_times_out(local_http, settings):
    settings.FETCH_TIMEOUT = 1
    url = local_http.add("/slow", PAGE, delay=2.5)
    with pytest.raises(FetchError, match="Timed out") as caught:
        fetch.fetch(url)
    assert caught.value.transient


def test_slowly_dripping_body_hits_the_deadline(local_http, settings):
    settings.FETCH_TIMEOUT = 1
    url = local_http.add("/drip", "x" * 400, drip=0.2)
    with pytest.raises(FetchError, match="Timed out"):
        fetch.fetch(url)


def test_a_body_declared_too_large_is_refused(local_http, settings):
    settings.FETCH_MAX_BYTES = 2048
    url = local_http.add("/big", "x" * 5000)
    with pytest.raises(FetchError, match="larger than"):
        fetch.fetch(url)


def test_a_body_of_undeclared_length_is_cut_off_at_the_limit(local_http, settings):
    settings.FETCH_MAX_BYTES = 2048
    url = local_http.add("/big", "x" * 5000, send_length=False)
    with pytest.raises(FetchError, match="larger than"):
        fetch.fetch(url)


def test_gzip_bomb_is_capped(local_http, settings):
    settings.FETCH_MAX_BYTES = 4096
    body = gzip.compress(b"a" * 1_000_000)
    url = local_http.add("/bomb", body, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="larger than"):
        fetch.fetch(url)


def test_gzip_body_is_decompressed(local_http):
    url = local_http.add("/gz", gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    assert fetch.fetch(url).body == PAGE.encode()


def test_non_html_refused_when_html_is_wanted(local_http):
    url = local_http.add("/doc.pdf", b"%PDF-1.4", content_type="application/pdf")
    with pytest.raises(FetchError, match="not an HTML page"):
        fetch.fetch(url, html_only=True)
    assert fetch.fetch(url).body == b"%PDF-1.4"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_refused_unless_allowed(local_http, settings, host):
    settings.ALLOW_PRIVATE_FETCH = False
    url = local_http.add("/page", PAGE).replace("127.0.0.1", host)
    with pytest.raises(ForbiddenAddress, match="private, loopback"):
        fetch.fetch(url)
    assert local_http.hits("/page") == []


def test_redirect_to_a_forbidden_address_is_refused(local_http, settings, monkeypatch):
    # Two loopback servers; the policy is narrowed to forbid only the second one's address,
    # standing in for "public site redirects to the intranet".
    inner = LocalServer(host="127.0.0.2")
    inner.start()
    try:
        secret = inner.add("/secret", "internal")
        start = local_http.redirect("/go", secret, status=302)
        settings.ALLOW_PRIVATE_FETCH = False
        monkeypatch.setattr(fetch, "is_forbidden_address", lambda address: address == "127.0.0.2")
        with pytest.raises(ForbiddenAddress):
            fetch.fetch(start)
        assert len(local_http.hits("/go")) == 1
        assert inner.hits("/secret") == []
    finally:
        inner.stop()


@pytest.mark.parametrize(
    ("address", "forbidden"),
    [
        ("10.1.2.3", True),
        ("192.168.0.1", True),
        ("172.16.5.4", True),
        ("169.254.169.254", True),
        ("100.64.0.1", True),
        ("0.0.0.0", True),  # noqa: S104 - an address under test, not a bind
        ("240.0.0.1", True),
        ("::1", True),
        ("fe80::1%eth0", True),
        ("fc00::1", True),
        ("::ffff:127.0.0.1", True),
        ("224.0.0.1", True),
        # IPv6 forms that carry a private IPv4 address, which Python counts as global
        ("::7f00:1", True),  # IPv4-compatible 127.0.0.1
        ("64:ff9b::a9fe:a9fe", True),  # NAT64 of the metadata address 169.254.169.254
        ("64:ff9b:1::a00:1", True),  # local-use NAT64
        ("2002:7f00:1::", True),  # 6to4 of 127.0.0.1
        ("2002:c0a8:101::1", True),  # 6to4 of 192.168.1.1
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", True),  # Teredo
        ("93.184.216.34", False),
        ("2606:2800:220:1:248:1893:25c8:1946", False),
        ("64:ff9b::5db8:d822", False),  # NAT64 of a public address
        ("2002:5db8:d822::1", False),  # 6to4 of a public address
    ],
)
def test_private_loopback_and_reserved_addresses_are_forbidden_public_ones_not(address, forbidden):
    assert fetch.is_forbidden_address(address) is forbidden


def test_only_http_and_https_addresses_without_credentials_are_fetched():
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://x", "http:///nohost"):
        with pytest.raises(FetchError):
            fetch.check_url(url)
    with pytest.raises(FetchError, match="user name"):
        fetch.check_url("http://user:pw@example.org/")


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("café".encode("latin-1"), "text/html; charset=ISO-8859-1", "café"),
        (b'<meta charset="windows-1252"><p>\x93quoted\x94</p>', "text/html", "“quoted”"),
        ("ünïcödé".encode(), "text/html; charset=utf-8", "ünïcödé"),
        (b"\xef\xbb\xbf<p>bom</p>", "text/html; charset=latin-1", "<p>bom</p>"),
        ("Привет, как дела? Всё хорошо, спасибо.".encode("cp1251"), "text/html", "Привет"),
    ],
)
def test_the_charset_comes_from_the_header_meta_bom_or_a_guess(body, content_type, expected):
    assert expected in fetch.decode_html(body, content_type)


@pytest.mark.parametrize(
    ("body", "binary"),
    [
        (PAGE.encode(), False),
        (PAGE.encode("utf-16"), False),  # its NULs pad the letters, after a BOM
        (PAGE.encode("latin-1"), False),
        (b"%PDF-1.7\n" + bytes(range(256)) * 40, True),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 500, True),
        (b"", False),
    ],
)
def test_a_file_is_told_from_a_page_by_its_control_bytes(body, binary):
    assert fetch.is_binary(body) is binary
