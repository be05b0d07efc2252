"""Hostile feeds and pages from a real loopback server: nothing unsafe is stored or shown,
nothing crashes, memory stays bounded, and the feed or article says what was wrong."""

import re
import subprocess
import sys

import pytest
from django.urls import reverse

from articles import feeds, processing
from articles.models import Article, Feed
from claims.models import Claim
from claims.store import extract_now
from tests.factories import make_article, make_claim, make_queued_article
from tests.workers import ROOT, CeleryWorker

pytestmark = pytest.mark.django_db(transaction=True)

HOSTILE_HTML = (
    '<p onclick="alert(1)" onmouseover="alert(2)">“We will not back down,” the minister said '
    'on Monday, <a href="javascript:alert(3)">according to the ministry</a>.</p>'
    "<script>alert(4)</script><style>p { color: red }</style>"
    '<iframe src="javascript:alert(5)"><p>framed <b>markup</b></p></iframe>'
    '<noscript><img src="x" onerror="alert(6)"></noscript><svg><script>alert(7)</script></svg>'
    '<object data="x">fallback</object><img src="x" onerror="alert(8)">'
    "<p>The opposition said the plan would fail and that the talks had been a waste of time "
    "for everyone involved, adding that the government had not listened to any of them.</p>"
)
FULL_CONTENT = HOSTILE_HTML + "<p>" + "The talks went on into the night. " * 20 + "</p>"
MARKUP = re.compile(r"<\s*/?\s*[a-z]|alert\(|javascript:|onerror|onclick", re.IGNORECASE)

HOSTILE_RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire &lt;script&gt;alert(9)&lt;/script&gt;</title><link>javascript:alert(10)</link>
<item><title>Minister &lt;img src=x onerror=alert(11)&gt; defiant</title>
<link>https://wire.example.org/defiant</link><guid>urn:hostile</guid>
<content:encoded><![CDATA[{FULL_CONTENT}]]></content:encoded></item>
</channel></rss>"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>&lol9;</title><guid>urn:lol</guid><description>&lol9;</description></item>
</channel></rss>"""

FIFTY_MB = 50 * 1024 * 1024


def test_markup_in_feed_entries_and_pages_is_never_stored(local_http):
    feed = Feed.objects.create(
        url=local_http.add("/rss", HOSTILE_RSS, content_type="application/rss+xml")
    )
    result = feeds.poll_feed(feed)
    assert result.status == 200
    from_feed = Article.objects.get(guid="urn:hostile")

    page = f"<html><head><title>Defiant</title></head><body><article>{HOSTILE_HTML}</article>"
    from_page = Article.objects.create(url=local_http.add("/page", page), origin=Article.Origin.URL)
    assert processing.fetch_article_page(from_page)
    from_page.refresh_from_db()

    feed.refresh_from_db()
    for article in (from_feed, from_page):
        assert "We will not back down" in article.text
        assert "The opposition said the plan would fail" in article.text
        for stored in (article.text, article.title, article.byline, article.outlet):
            assert not MARKUP.search(stored), stored
    assert not MARKUP.search(feed.title) and not feed.site_url


@pytest.mark.django_db  # the groups from the migrations: before any flush
def test_hostile_text_is_escaped_on_the_article_and_claim_pages(journalist_client):
    text = (
        "“<script>alert('quote')</script> is what we found,” the researcher said on Monday, "
        "adding that <img src=x onerror=alert(1)> was in the page too."
    )
    article = make_article(text, title="<script>alert('title')</script>")
    claim = make_claim(
        "<script>alert('quote')</script> is what we found,",
        article=article,
        speaker_text="<b onmouseover=alert(2)>the researcher</b>",
    )
    for url in (
        reverse("articles:detail", args=[article.pk]),
        reverse("claims:detail", args=[claim.pk]),
        reverse("claims:list"),
    ):
        html = journalist_client.get(url).content.decode()
        assert "&lt;script&gt;alert(" in html, url  # shown, as text
        assert "<script>alert(" not in html, url
        assert "<img src=x" not in html and "<b onmouseover" not in html, url


def peak_rss_of_a_poll(feed_ids: list[int]) -> int:
    """Poll the feeds in a fresh process of their own; its peak RSS in MB."""
    worker = CeleryWorker()  # only for the environment that points at the test database
    code = (
        "import django; django.setup()\n"
        "from articles.feeds import poll_feed\nfrom articles.models import Feed\n"
        f"for feed in Feed.objects.filter(id__in={feed_ids!r}): poll_feed(feed)\n"
        # The process's own peak (wait4's would include the parent's pages from the fork).
        "print([line for line in open('/proc/self/status') if line.startswith('VmHWM')][0])\n"
    )
    env = {**worker.environment(), "DJANGO_SETTINGS_MODULE": "claimtrack.settings"}
    worker.stop()
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=True,
    )  # fmt: skip
    return int(result.stdout.split()[-2]) // 1024


def test_entity_bombs_and_fifty_megabyte_feeds_are_refused_in_bounded_memory(local_http):
    bomb = Feed.objects.create(
        url=local_http.add("/lol", BILLION_LAUGHS, content_type="application/rss+xml")
    )
    big_body = b"<rss><channel>" + b"<item><title>x</title></item>" * (FIFTY_MB // 29)
    declared = Feed.objects.create(url=local_http.add("/big", big_body))
    undeclared = Feed.objects.create(url=local_http.add("/big-stream", big_body, send_length=False))

    assert peak_rss_of_a_poll([bomb.pk, declared.pk, undeclared.pk]) < 200

    bomb.refresh_from_db()
    assert bomb.last_error.startswith("Malformed feed")
    # The entity is never expanded: what is stored is at most its name.
    assert all("lollol" not in text for text in Article.objects.values_list("text", flat=True))
    for feed in (declared, undeclared):
        feed.refresh_from_db()
        assert feed.consecutive_failures == 1
        assert "larger than the 5120 KiB limit" in feed.last_error


def test_a_fifty_megabyte_page_is_refused_at_the_cap(local_http):
    article = Article.objects.create(
        url=local_http.add("/huge-page", b"<p>" + b"a" * FIFTY_MB + b"</p>", send_length=False),
        origin=Article.Origin.URL,
    )
    assert not processing.fetch_article_page(article)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "larger than the 5120 KiB limit" in article.error


def test_broken_feeds_are_recorded_and_mislabelled_pages_read_right(local_http):
    broken = Feed.objects.create(
        url=local_http.add(
            "/broken",
            "<?xml version='1.0'?><rss><channel><title>Half</title><item><title>One</title>"
            "<link>https://wire.example.org/one</link><guid>urn:one</guid></item><item><title",
            content_type="application/rss+xml",
        )
    )
    garbage = Feed.objects.create(url=local_http.add("/garbage", b"\x00\xff\xfe<<<>>>&&&;"))
    for feed in (broken, garbage):
        feeds.poll_feed(feed)
        feed.refresh_from_db()
        assert feed.last_error.startswith(("Malformed feed", "Not an RSS or Atom feed"))

    # A page that says UTF-8 but is Latin-1, and one that declares nothing in Windows-1252.
    latin = "“Café culture is finished,” the mayor of Montréal said on Friday. " * 12
    pages = {
        "/lying": (
            latin.replace("“", '"').replace("”", '"').encode("latin-1"),
            "text/html; charset=utf-8",
        ),
        "/silent": (latin.encode("cp1252"), "text/html"),
    }
    for path, (body, content_type) in pages.items():
        html = b"<html><body><article><p>" + body + b"</p></article></body></html>"
        article = Article.objects.create(
            url=local_http.add(path, html, content_type=content_type), origin=Article.Origin.URL
        )
        assert processing.fetch_article_page(article)
        article.refresh_from_db()
        assert "Café culture is finished" in article.text
        assert "Montréal" in article.text
        assert "\ufffd" not in article.text


@pytest.mark.django_db
def test_a_quotation_pages_long_is_stored_and_found_by_its_opening_words():
    # Search reads the start of a claim: its index row would not hold the words of a whole
    # page, and short words in a non-Latin script take the most room of all.
    cyrillic = " ".join(chr(0x430 + i % 32) + chr(0x430 + (i // 32) % 32) for i in range(700))
    numbered = " ".join(f"q{i}" for i in range(700))
    opening = "Our harbour plan will bring ferries back to every island town. "
    article = make_queued_article(
        f'Mayor Lena Varga spoke at the port.\n\n"{opening * 60}{numbered} {cyrillic}," '
        "Varga said.\n"
    )
    extract_now(article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE, article.error
    (claim,) = Claim.objects.filter(article=article)
    assert len(claim.text) > 9000 and claim.speaker_name == "Lena Varga"
    assert list(Claim.objects.matching("harbour ferries")) == [claim]
