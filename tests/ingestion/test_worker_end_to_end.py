"""Feed -> articles -> claims with resolved speakers, through a real Celery worker process."""

import pytest

from articles.models import Article, Feed
from articles.tasks import dispatch_due_feeds
from claims.models import Claim, Speaker

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Talks</title>
<meta property="og:site_name" content="Example Wire"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Lavrov says Moscow is ready to talk</h1>
<p>“We are ready to talk at any time,” Russian Foreign Minister Sergei Lavrov said on Monday,
adding that a delegation could travel to Istanbul within days.</p>
<p>READ MORE: Ceasefire talks stall again</p>
<p>A senior EU diplomat said the offer was not serious and that sanctions would stay.</p>
</article></body></html>"""

FULL_TEXT = (
    "“There will be no ceasefire without guarantees,” Sergei Lavrov told reporters in Moscow "
    "on Tuesday, repeating a position the Kremlin has held for months. "
) * 4

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title><link>https://wire.example.org/</link>
<item><title>Lavrov says Moscow is ready to talk</title><link>{page}</link><guid>urn:1</guid>
<pubDate>Mon, 19 May 2025 09:00:00 GMT</pubDate><description>Moscow ready.</description></item>
<item><title>No ceasefire, says Lavrov</title><link>https://wire.example.org/2</link>
<guid>urn:2</guid><pubDate>Tue, 20 May 2025 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{full}</p>]]></content:encoded></item>
</channel></rss>"""


def test_a_polled_feed_becomes_claims_through_a_worker_and_a_repoll_adds_nothing(
    local_http, celery_worker
):
    page_url = local_http.add("/lavrov", PAGE)
    feed = Feed.objects.create(
        url=local_http.add("/rss", RSS.format(page=page_url, full=FULL_TEXT), etag='"1"')
    )

    dispatch_due_feeds.delay()

    celery_worker.wait_for(
        lambda: Article.objects.filter(status=Article.Status.DONE).count() == 2,
        timeout=90,
        what="both articles to be extracted",
    )
    feed.refresh_from_db()
    assert feed.last_status == 200
    assert feed.consecutive_failures == 0
    fetched = Article.objects.get(guid="urn:1")
    assert fetched.text.startswith("“We are ready to talk at any time,”")
    assert "READ MORE" not in fetched.text
    assert fetched.outlet == "Example Wire"
    assert len(local_http.hits("/lavrov")) == 1

    lavrov = Speaker.objects.get(aliases__normalised="sergei lavrov")
    assert set(lavrov.claims.values_list("article__guid", flat=True)) == {"urn:1", "urn:2"}
    ready = Claim.objects.get(
        article=fetched, speaker=lavrov, text__startswith="“We are ready to talk at any time,”"
    )
    assert ready.published == fetched.published
    diplomat = Claim.objects.get(article=fetched, speaker__isnull=True)
    assert diplomat.speaker_name.lower() == "a senior eu diplomat"

    # A second dispatch finds nothing due; polling the feed again adds nothing.
    before = Claim.objects.count()
    Feed.objects.filter(pk=feed.pk).update(next_poll_at=feed.last_polled_at)
    dispatch_due_feeds.delay()
    celery_worker.wait_for(
        lambda: len(local_http.hits("/rss")) == 2, timeout=30, what="the second poll"
    )
    celery_worker.wait_for(
        lambda: Feed.objects.get(pk=feed.pk).last_status == 304, timeout=30, what="a 304"
    )
    assert Article.objects.count() == 2
    assert Claim.objects.count() == before
