"""Outlets: one record per site, whatever name a feed, a page or an editor gives it."""

import importlib

import pytest
from django.apps import apps

from articles import feeds
from articles.ingest import submit_text
from articles.models import Article, Feed, Outlet
from tests.ingestion.test_feed_polling import RSS, item

pytestmark = pytest.mark.django_db


def feed_of(local_http, path, title, link):
    body = RSS.replace("Example Wire", title).format(items=item(1, link=link, guid=link))
    return Feed.objects.create(url=local_http.add(path, body, content_type="application/rss+xml"))


def test_two_feeds_of_one_site_give_one_outlet_named_by_the_first(local_http):
    main = feed_of(local_http, "/main", "Riverside Gazette", "https://www.riverside.example/news/1")
    city = feed_of(
        local_http, "/city", "Riverside Gazette: City", "https://riverside.example/city/2"
    )
    feeds.poll_feed(main)
    feeds.poll_feed(city)
    first, second = Article.objects.order_by("pk")
    assert (first.outlet, second.outlet) == ("Riverside Gazette", "Riverside Gazette: City")
    assert first.outlet_ref == second.outlet_ref
    assert (first.outlet_ref.name, first.outlet_ref.domain) == (
        "Riverside Gazette",
        "riverside.example",
    )


def test_pasted_text_finds_its_outlet_by_address_or_by_name_in_any_case():
    gazette = Outlet.objects.create(name="Riverside Gazette", domain="riverside.example")
    by_name = submit_text(
        "“We will rebuild the bridge,” the mayor said.", outlet="riverside gazette"
    )
    by_address = submit_text(
        "“The bridge will cost more,” the treasurer said.",
        url="https://www.riverside.example/bridge",
    )
    assert by_name.article.outlet_ref == gazette
    assert by_address.article.outlet_ref == gazette
    new = submit_text("“Rain is coming,” the forecaster said.", outlet="Hill Weekly")
    assert (new.article.outlet_ref.name, new.article.outlet_ref.domain) == ("Hill Weekly", None)
    # The first article from its site gives the name-only outlet its domain.
    later = submit_text(
        "“The fair opens on Friday,” the organiser said.",
        outlet="Hill Weekly",
        url="https://hillweekly.example/fair",
    )
    assert later.article.outlet_ref == new.article.outlet_ref
    assert Outlet.objects.get(name="Hill Weekly").domain == "hillweekly.example"


def test_the_migration_gives_existing_articles_one_outlet_per_site():
    migration = importlib.import_module("articles.migrations.0004_outlets_from_summary_only")
    feed = Feed.objects.create(
        url="https://feeds.riverside.example/city.xml",
        title="Riverside Gazette: City",
        site_url="https://www.riverside.example/",
    )
    from_page = Article.objects.create(
        url="https://riverside.example/a", outlet="Riverside Gazette", feed=feed
    )
    from_feed = Article.objects.create(
        url="https://www.riverside.example/b", outlet="Riverside Gazette: City", feed=feed
    )
    no_address = Article.objects.create(outlet="Riverside Gazette: City", feed=feed)
    pasted = Article.objects.create(outlet="Hill Weekly", origin=Article.Origin.PASTE)
    summary_only = Article.objects.create(
        url="https://hillweekly.example/gone",
        text="The summary.",
        error="Page not used: HTTP 404 Not Found. Extracted from the feed entry's own text.",
    )
    migration.link_outlets(apps, None)
    for article in (from_page, from_feed, no_address, pasted, summary_only):
        article.refresh_from_db()
    assert {from_page.outlet_ref, from_feed.outlet_ref, no_address.outlet_ref} == {
        Outlet.objects.get(domain="riverside.example", name="Riverside Gazette")
    }
    assert pasted.outlet_ref == Outlet.objects.get(name="Hill Weekly", domain=None)
    assert summary_only.from_summary_only
    assert not from_page.from_summary_only
