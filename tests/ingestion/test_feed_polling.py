"""Feed polling against real feeds served on loopback."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles import feeds
from articles.models import Article, Feed

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Example Wire</title><link>https://wire.example.org/</link>
{items}
</channel></rss>"""

ITEM = """<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>
<pubDate>Tue, 20 May 2025 10:00:00 GMT</pubDate><author>desk@wire.example.org (Ann Lee)</author>
<description>{summary}</description></item>"""


def rss(*items):
    return RSS.format(items="\n".join(items))


def item(n, link=None, guid=None, summary="A short summary."):
    return ITEM.format(
        title=f"Story {n}",
        link=link or f"https://wire.example.org/story-{n}?utm_source=rss",
        guid=guid or f"urn:story:{n}",
        summary=summary,
    )


LONG_TEXT = " ".join(
    f"Paragraph {i}: the minister said the talks would resume on Tuesday in Geneva."
    for i in range(12)
)

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<link href="https://atom.example.org/"/><id>urn:atom</id><updated>2025-05-20T10:00:00Z</updated>
<entry><title>Full story</title><id>urn:atom:1</id>
<link href="https://atom.example.org/full#comments"/><updated>2025-05-21T08:30:00Z</updated>
<author><name>Bo Chen</name></author>
<content type="html">&lt;p&gt;{LONG_TEXT}&lt;/p&gt;
&lt;p&gt;READ MORE: Another story&lt;/p&gt;</content>
</entry></feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://rdf.example.org/"><title>RDF Times</title>
<link>https://rdf.example.org/</link><description>d</description></channel>
<item rdf:about="https://rdf.example.org/a"><title>A</title><link>https://rdf.example.org/a</link>
<description>Summary A.</description></item>
</rdf:RDF>"""

RSS091 = """<?xml version="1.0"?><rss version="0.91"><channel><title>Old Style</title>
<link>https://old.example.org/</link><description>d</description><language>en</language>
<item><title>Old item</title><link>https://old.example.org/1</link><description>S.</description></item>
</channel></rss>"""


def make_feed(url, **fields):
    return Feed.objects.create(url=url, **fields)


def test_each_new_article_is_handed_over_as_soon_as_it_is_stored(local_http):
    # Processing of the first entries starts while the poll is still storing the rest.
    url = local_http.add("/rss", rss(item(1), item(2), item(3)), content_type="application/rss+xml")
    feed = make_feed(url)
    handed_over = []

    def on_new_article(article_id):
        stored = Article.objects.get(pk=article_id)
        poll_recorded = Feed.objects.get(pk=feed.pk).last_polled_at is not None
        handed_over.append((stored.title, poll_recorded))

    result = feeds.poll_feed(feed, on_new_article=on_new_article)
    assert handed_over == [("Story 1", False), ("Story 2", False), ("Story 3", False)]
    assert len(result.new_article_ids) == 3


def test_rss_entries_become_queued_articles(local_http):
    url = local_http.add(
        "/rss", rss(item(1), item(2)), content_type="application/rss+xml", etag='"v1"'
    )
    feed = make_feed(url)
    result = feeds.poll_feed(feed)
    assert result.status == 200
    assert len(result.new_article_ids) == 2
    feed.refresh_from_db()
    assert feed.title == "Example Wire"
    assert feed.site_url == "https://wire.example.org/"
    assert feed.etag == '"v1"'
    assert feed.last_status == 200
    assert feed.consecutive_failures == 0
    assert feed.last_error == ""
    assert feed.last_duration_ms is not None
    assert feed.next_poll_at > timezone.now() + feed.poll_interval - timedelta(minutes=1)
    article = Article.objects.get(guid="urn:story:1")
    assert article.feed == feed
    assert article.url == "https://wire.example.org/story-1"  # tracking parameter gone
    assert article.title == "Story 1"
    assert article.outlet == "Example Wire"
    assert article.published.isoformat() == "2025-05-20T10:00:00+00:00"
    assert article.status == Article.Status.QUEUED
    assert article.origin == Article.Origin.FEED
    # Only a summary: the page is still to be fetched, the summary is the fallback text.
    assert article.fetched_at is None
    assert article.text == "A short summary."


def test_escaped_titles_without_markup_are_decoded_once_and_shown_escaped_once(
    local_http, journalist_client
):
    body = """<?xml version="1.0"?><rss version="2.0"><channel><title>it&amp;apos;s news</title>
<item><title>History of the &amp;lt;blink&amp;gt; tag</title><link>https://wire.example.org/b</link>
<description>Tom &amp;amp; Jerry said so.</description></item></channel></rss>"""
    feed = make_feed(local_http.add("/rss", body))
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert feed.title == "it's news"
    article = Article.objects.get()
    assert article.title == "History of the <blink> tag"
    assert article.text == "Tom & Jerry said so."
    page = journalist_client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert "History of the &lt;blink&gt; tag" in page.content.decode()
    assert "&amp;lt;" not in page.content.decode()


def test_deeply_nested_entry_html_keeps_its_words_and_an_empty_entry_is_noted(local_http):
    deep = "&lt;div&gt;" * 300 + "The mayor said the bridge would reopen." + "&lt;/div&gt;" * 300
    body = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Nested</title>
<item><title>Deep</title><guid>urn:deep</guid><description>{deep}</description></item>
<item><title>Hollow</title><guid>urn:hollow</guid><description></description></item>
</channel></rss>"""
    feed = make_feed(local_http.add("/rss", body))
    result = feeds.poll_feed(feed)
    assert len(result.new_article_ids) == 1
    assert Article.objects.get().text == "The mayor said the bridge would reopen."
    feed.refresh_from_db()
    assert feed.last_error == "An entry with no text and no link was skipped: 'Hollow'"
    assert feed.consecutive_failures == 0


def test_an_unchanged_feed_answers_304_to_its_etag_and_adds_nothing(local_http):
    url = local_http.add("/rss", rss(item(1)), content_type="application/rss+xml", etag='"v1"')
    feed = make_feed(url)
    feeds.poll_feed(feed)
    result = feeds.poll_feed(feed)
    assert result.status == 304
    assert result.new_article_ids == []
    assert local_http.hits("/rss")[1].headers["If-None-Match"] == '"v1"'
    feed.refresh_from_db()
    assert feed.last_status == 304
    assert feed.consecutive_failures == 0
    assert Article.objects.count() == 1


def test_a_feed_without_etag_is_asked_again_with_its_last_modified_date(local_http):
    stamp = "Tue, 20 May 2025 10:00:00 GMT"
    url = local_http.add("/rss", rss(item(1)), last_modified=stamp)
    feed = make_feed(url)
    feeds.poll_feed(feed)
    assert feeds.poll_feed(feed).status == 304
    assert local_http.hits("/rss")[1].headers["If-Modified-Since"] == stamp


def test_atom_full_content_needs_no_page_fetch(local_http):
    feed = make_feed(local_http.add("/atom", ATOM, content_type="application/atom+xml"))
    feeds.poll_feed(feed)
    article = Article.objects.get()
    assert article.url == "https://atom.example.org/full"  # no fragment
    assert article.byline == "Bo Chen"
    assert article.fetched_at is not None
    assert article.text.startswith("Paragraph 0: the minister said")
    assert "READ MORE" not in article.text
    assert article.content_hash
    assert feed.title == "Atom Daily"


@pytest.mark.parametrize("body", [RDF, RSS091])
def test_rss_1_0_and_0_91_feeds_give_their_entries(local_http, body):
    feed = make_feed(local_http.add("/f", body, content_type="application/xml"))
    result = feeds.poll_feed(feed)
    assert len(result.new_article_ids) == 1
    assert feed.last_error == ""


def test_entries_seen_before_are_skipped_even_under_a_new_guid_and_link(local_http):
    url = local_http.add("/rss", rss(item(1), item(2)), etag='"v1"')
    feed = make_feed(url)
    feeds.poll_feed(feed)
    # The next version repeats both, re-links story 2 with other tracking junk under a new
    # GUID, and adds story 3.
    local_http.add(
        "/rss",
        rss(
            item(1),
            item(2),
            item(2, link="https://WIRE.example.org/story-2?fbclid=x#top", guid="urn:new:2"),
            item(3),
        ),
        etag='"v2"',
    )
    result = feeds.poll_feed(feed)
    assert len(result.new_article_ids) == 1
    assert result.skipped_entries == 3
    assert sorted(Article.objects.values_list("guid", flat=True)) == [
        "urn:story:1",
        "urn:story:2",
        "urn:story:3",
    ]


def test_a_story_in_a_second_feed_is_not_stored_again_by_address_or_text(local_http):
    first = make_feed(local_http.add("/a", ATOM))
    second_body = ATOM.replace("urn:atom:1", "urn:other:1").replace(
        "https://atom.example.org/full#comments", "https://mirror.example.net/copy"
    )
    second = make_feed(local_http.add("/b", second_body))
    third = make_feed(local_http.add("/c", rss(item(1, link="https://atom.example.org/full"))))
    feeds.poll_feed(first)
    assert feeds.poll_feed(second).new_article_ids == []  # same text
    assert feeds.poll_feed(third).new_article_ids == []  # same address
    assert Article.objects.count() == 1


def test_permanent_redirect_moves_the_feed(local_http):
    new_url = local_http.add("/new", rss(item(1)))
    old_url = local_http.redirect("/old", new_url, status=301)
    feed = make_feed(old_url)
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert feed.url == new_url
    assert Article.objects.count() == 1


def test_temporary_redirect_keeps_the_feed_address(local_http):
    new_url = local_http.add("/new", rss(item(1)))
    old_url = local_http.redirect("/old", new_url, status=302)
    feed = make_feed(old_url)
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert feed.url == old_url


def test_a_429_puts_the_next_poll_off_by_its_retry_after(local_http):
    url = local_http.add("/rss", "busy", status=429, headers={"Retry-After": "7200"})
    feed = make_feed(url, poll_interval=timedelta(minutes=5))
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert feed.last_status == 429
    assert feed.consecutive_failures == 1
    assert "429" in feed.last_error
    assert feed.next_poll_at >= timezone.now() + timedelta(seconds=7100)
    assert feed.active


def test_failures_back_off_up_to_a_day_and_never_stop(local_http):
    url = local_http.add("/rss", "oops", status=500)
    feed = make_feed(url, poll_interval=timedelta(hours=1))
    delays = []
    for _ in range(7):
        before = timezone.now()
        feeds.poll_feed(feed)
        feed.refresh_from_db()
        delays.append(round((feed.next_poll_at - before).total_seconds() / 3600))
    assert delays == [2, 4, 8, 16, 24, 24, 24]
    assert feed.consecutive_failures == 7
    assert feed.active
    # Recovery resets the count.
    local_http.add("/rss", rss(item(1)))
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert feed.consecutive_failures == 0
    assert feed.last_error == ""


def test_a_feed_that_times_out_is_recorded_as_failed(local_http, settings):
    settings.FETCH_TIMEOUT = 1
    feed = make_feed(local_http.add("/rss", rss(item(1)), delay=2))
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert "Timed out" in feed.last_error
    assert feed.last_duration_ms >= 900
    assert feed.consecutive_failures == 1


def test_an_oversize_feed_is_refused_and_stores_nothing(local_http, settings):
    settings.FETCH_MAX_BYTES = 4096
    feed = make_feed(local_http.add("/rss", rss(*(item(n) for n in range(100)))))
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert "larger than" in feed.last_error
    assert Article.objects.count() == 0


def test_malformed_feed_keeps_recovered_entries(local_http):
    broken = rss(item(1), item(2)).replace("</channel></rss>", "<item><title>cut off")
    feed = make_feed(local_http.add("/rss", broken))
    result = feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert len(result.new_article_ids) == 2
    assert feed.last_error.startswith("Malformed feed")
    assert "3 entries recovered" in feed.last_error  # the cut-off one has nothing to keep
    assert feed.consecutive_failures == 0


def test_not_a_feed_at_all_is_a_failure(local_http):
    feed = make_feed(local_http.add("/rss", "<html><body><p>Hello <b>there</p>"))
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert feed.last_error.startswith("Malformed feed")
    assert feed.consecutive_failures == 1


def test_private_address_is_refused_and_recorded(local_http, settings):
    settings.ALLOW_PRIVATE_FETCH = False
    feed = make_feed(local_http.add("/rss", rss(item(1))))
    feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert "Refused" in feed.last_error
    assert feed.consecutive_failures == 1
    assert local_http.hits("/rss") == []


def test_dispatcher_claims_due_active_feeds_once():
    now = timezone.now()
    due = make_feed("https://a.example.org/rss", next_poll_at=now - timedelta(minutes=1))
    make_feed("https://b.example.org/rss", next_poll_at=now + timedelta(minutes=10))
    make_feed("https://c.example.org/rss", next_poll_at=now - timedelta(minutes=1), active=False)
    assert feeds.claim_due_feeds() == [due.pk]
    assert feeds.claim_due_feeds() == []  # leased
    due.refresh_from_db()
    assert due.next_poll_at > now + timedelta(minutes=10)


def test_control_characters_are_dropped_not_fatal(local_http):
    body = rss(item(1)).replace("Story 1", "Story\x00 1").replace("Ann Lee", "Ann\x00 Lee")
    body = body.replace("A short summary.", "A short\x0b summary.&#0;")
    feed = make_feed(local_http.add("/rss", body))
    result = feeds.poll_feed(feed)
    assert len(result.new_article_ids) == 1
    article = Article.objects.get()
    assert article.title == "Story 1"
    assert "\x00" not in article.byline
    assert article.text == "A short summary."


def test_an_unexpected_error_is_recorded_and_earlier_entries_kept(local_http, monkeypatch):
    feed = make_feed(local_http.add("/rss", rss(item(1), item(2))))
    store_entry = feeds.store_entry

    def fail_on_the_second(feed, entry):
        if entry["id"] == "urn:story:2":
            raise RuntimeError("something nobody foresaw")
        return store_entry(feed, entry)

    monkeypatch.setattr(feeds, "store_entry", fail_on_the_second)
    result = feeds.poll_feed(feed)
    feed.refresh_from_db()
    assert feed.last_error == "Internal error: RuntimeError: something nobody foresaw"
    assert feed.consecutive_failures == 1
    assert feed.next_poll_at > timezone.now()
    assert result.new_article_ids == [Article.objects.get(guid="urn:story:1").pk]


def test_beat_runs_the_dispatcher_every_minute(settings):
    from claimtrack.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["dispatch-due-feeds"]
    assert entry["schedule"] == 60.0
    app.loader.import_default_modules()
    assert entry["task"] in app.tasks
