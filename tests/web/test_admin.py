"""The admin for feeds, articles, speakers and claims: what it shows and its actions."""

from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Feed, Outlet
from claims.models import Claim, Speaker
from claims.speakers import add_aliases
from tests.factories import make_article, make_claim, make_flag, make_speaker, make_user

pytestmark = pytest.mark.django_db


def act(client, model, action, objects, **extra):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    data = {"action": action, ACTION_CHECKBOX_NAME: [obj.pk for obj in objects], **extra}
    return client.post(url, data, follow=True)


def failing_feed(**fields):
    return Feed.objects.create(
        url="https://broken.example.org/rss",
        title="Broken Wire",
        consecutive_failures=3,
        last_status=503,
        last_error="HTTP 503 Service Unavailable from https://broken.example.org/rss",
        last_polled_at=timezone.now(),
        next_poll_at=timezone.now() + timedelta(hours=4),
        **fields,
    )


def test_the_admin_feed_list_shows_failures_and_filters_failing_feeds(admin_user_client):
    feed = failing_feed()
    Feed.objects.create(url="https://ok.example.org/rss", title="Fine Wire")
    url = reverse("admin:articles_feed_changelist")
    page = admin_user_client.get(url).content.decode()
    assert "Broken Wire" in page
    assert "HTTP 503 Service Unavailable" in page
    assert "Import OPML" in page
    failing = admin_user_client.get(url, {"health": "failing"}).content.decode()
    assert "Broken Wire" in failing
    assert "Fine Wire" not in failing
    detail = admin_user_client.get(reverse("admin:articles_feed_change", args=[feed.pk]))
    assert "Consecutive failures" in detail.content.decode()


def test_admin_feed_actions_enable_poll_disable_and_export_opml(admin_user_client, broker_queue):
    feed = failing_feed(active=False)
    act(admin_user_client, Feed, "enable", [feed])
    feed.refresh_from_db()
    assert feed.active
    assert feed.next_poll_at <= timezone.now()

    response = act(admin_user_client, Feed, "poll_now", [feed])
    assert "Queued a poll of 1 feed(s)." in response.content.decode()
    assert broker_queue.tasks() == [("articles.tasks.poll_feed", [feed.pk])]

    act(admin_user_client, Feed, "disable", [feed])
    feed.refresh_from_db()
    assert not feed.active

    response = act(admin_user_client, Feed, "export_selected_opml", [feed])
    assert response["Content-Type"].startswith("text/x-opml")
    assert b'xmlUrl="https://broken.example.org/rss"' in response.content


def test_the_admin_imports_feeds_from_opml_and_refuses_other_files(admin_user_client):
    url = reverse("admin:articles_feed_import_opml")
    assert "Import feeds from OPML" in admin_user_client.get(url).content.decode()
    upload = SimpleUploadedFile(
        "feeds.opml",
        b'<opml version="2.0"><body><outline type="rss" text="Wire" '
        b'xmlUrl="https://wire.example.org/rss"/></body></opml>',
    )
    response = admin_user_client.post(url, {"file": upload}, follow=True)
    assert "1 feed(s) added, 0 already here, 0 skipped." in response.content.decode()
    assert Feed.objects.get().title == "Wire"
    bad = SimpleUploadedFile("feeds.opml", b"<html>not opml</html>")
    response = admin_user_client.post(url, {"file": bad})
    assert "Not an OPML file" in response.content.decode()


def test_the_admin_is_claimtracks_lists_users_with_their_role_and_feeds_in_minutes(
    admin_user_client,
):
    index = admin_user_client.get(reverse("admin:index")).content.decode()
    assert "ClaimTrack administration" in index
    assert "favicon.svg" in index
    make_user("Editor", username="edna")
    users = admin_user_client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert "edna" in users and ">Editor<" in users

    response = admin_user_client.post(
        reverse("admin:articles_feed_add"),
        {
            "url": "https://wire.example.org/rss",
            "title": "Wire",
            "active": "on",
            "poll_minutes": "15",
        },
    )
    assert response.status_code == 302
    feed = Feed.objects.get()
    assert feed.poll_interval == timedelta(minutes=15)
    change = admin_user_client.get(reverse("admin:articles_feed_change", args=[feed.pk]))
    assert 'name="poll_minutes" value="15"' in change.content.decode()
    listing = admin_user_client.get(reverse("admin:articles_feed_changelist")).content.decode()
    assert "15 min" in listing


FORBIDDEN_FEED_ADDRESSES = [
    "http://169.254.169.254/latest/",  # the cloud metadata service
    "http://[::1]:8000/rss",
    "http://[64:ff9b::a9fe:a9fe]/latest/",  # the metadata service through NAT64
]


@pytest.mark.parametrize("address", FORBIDDEN_FEED_ADDRESSES)
def test_the_admin_refuses_to_add_a_feed_at_a_private_address(admin_user_client, address):
    response = admin_user_client.post(
        reverse("admin:articles_feed_add"),
        {"url": address, "title": "Metadata", "active": "on", "poll_minutes": "60"},
    )
    assert response.status_code == 200  # the form again, with its error
    assert "Refused to fetch from" in response.content.decode()
    assert Feed.objects.count() == 0


@pytest.mark.parametrize("address", FORBIDDEN_FEED_ADDRESSES)
def test_an_opml_import_refuses_feeds_at_private_addresses_and_keeps_the_others(
    admin_user_client, address
):
    upload = SimpleUploadedFile(
        "feeds.opml",
        f'<opml version="2.0"><body><outline type="rss" text="Inside" xmlUrl="{address}"/>'
        '<outline type="rss" text="Wire" xmlUrl="https://wire.example.org/rss"/>'
        "</body></opml>".encode(),
    )
    url = reverse("admin:articles_feed_import_opml")
    page = admin_user_client.post(url, {"file": upload}, follow=True).content.decode()
    assert "1 feed(s) added, 0 already here, 1 skipped." in page
    assert "Refused to fetch from" in page
    assert list(Feed.objects.values_list("url", flat=True)) == ["https://wire.example.org/rss"]


def test_journalists_cannot_import_feeds(client):
    client.force_login(make_user("Journalist", is_staff=True))
    response = client.get(reverse("admin:articles_feed_import_opml"))
    assert response.status_code in (302, 403)
    assert Feed.objects.count() == 0


def test_the_admin_article_list_filters_searches_and_links_to_the_page(admin_user_client):
    failed = make_article(
        "", title="Broken page", status=Article.Status.FAILED, error="HTTP 404 Not Found"
    )
    make_article("text", title="Fine story")
    url = reverse("admin:articles_article_changelist")
    page = admin_user_client.get(url, {"status__exact": "failed"}).content.decode()
    assert "Broken page" in page
    assert "HTTP 404 Not Found" in page
    assert "Fine story" not in page
    assert reverse("articles:detail", args=[failed.pk]) in page
    found = admin_user_client.get(url, {"q": "fine"}).content.decode()
    assert "Fine story" in found
    assert "Broken page" not in found


def test_article_retry_action_requeues_failed_articles(admin_user_client, broker_queue):
    page_failed = make_article(
        "", status=Article.Status.FAILED, error="HTTP 404", fetched_at=timezone.now()
    )
    extraction_failed = make_article(
        "Some text.",
        origin=Article.Origin.PASTE,
        status=Article.Status.FAILED,
        error="Extraction failed: boom",
    )
    done = make_article("Done text.")
    response = act(admin_user_client, Article, "retry", [page_failed, extraction_failed, done])
    assert "Queued 2 article(s) again. 1 neither failed nor" in response.content.decode()
    page_failed.refresh_from_db()
    assert page_failed.status == Article.Status.QUEUED
    assert page_failed.error == ""
    assert page_failed.fetched_at is None  # its page is fetched again
    assert sorted(broker_queue.tasks()) == [
        ("articles.tasks.fetch_article", [page_failed.pk]),
        ("claims.tasks.extract_article", [extraction_failed.pk]),
    ]


def test_the_admin_reextract_action_queues_the_article(admin_user_client, broker_queue):
    article = make_article("“Yes,” she said.", origin=Article.Origin.PASTE)
    response = act(admin_user_client, Article, "reextract", [article])
    assert "Queued 1 article(s) for extraction" in response.content.decode()
    assert broker_queue.tasks() == [("claims.tasks.extract_article", [article.pk])]


def test_the_admin_finds_speakers_by_alias_and_shows_their_aliases(admin_user_client):
    speaker = make_speaker("Volodymyr Zelensky")
    add_aliases(speaker, ["Zelenskyy"])
    url = reverse("admin:claims_speaker_changelist")
    assert "Volodymyr Zelensky" in admin_user_client.get(url, {"q": "zelenskyy"}).content.decode()
    change = admin_user_client.get(reverse("admin:claims_speaker_change", args=[speaker.pk]))
    assert "Zelenskyy" in change.content.decode()


def test_merging_speakers_in_the_admin_moves_claims_to_the_one_kept(admin_user_client):
    keep = make_speaker("Volodymyr Zelensky")
    other = make_speaker("Volodymyr Zelenskyy")
    make_claim("We will defend every metre.", speaker=keep)
    moved = make_claim("No ceasefire without guarantees.", speaker=other)
    make_claim("We need air defence.", speaker=keep)
    flag = make_flag(Claim.objects.filter(speaker=keep).first(), moved)

    confirm = act(admin_user_client, Speaker, "merge_selected", [keep, other])
    page = confirm.content.decode()
    assert "Choose the speaker to keep" in page
    assert f'value="{keep.pk}" checked' in page  # the one with most claims

    response = act(
        admin_user_client, Speaker, "merge_selected", [keep, other], confirm="yes", target=keep.pk
    )
    assert "Merged 1 speaker(s) into Volodymyr Zelensky; 1 claim(s) moved." in (
        response.content.decode()
    )
    assert list(Speaker.objects.all()) == [keep]
    moved.refresh_from_db()
    assert (moved.speaker, moved.speaker_name) == (keep, "Volodymyr Zelensky")
    assert keep.aliases.filter(normalised="volodymyr zelenskyy").exists()
    flag.refresh_from_db()


def test_renaming_a_speaker_in_the_admin_updates_claims(admin_user_client):
    speaker = make_speaker("Sergey Lavrov", slug="sergey-lavrov")
    claim = make_claim("We are ready.", speaker=speaker)
    response = admin_user_client.post(
        reverse("admin:claims_speaker_change", args=[speaker.pk]),
        {
            "name": "Sergei Lavrov",
            "slug": "sergey-lavrov",
            "kind": "person",
            "description": "",
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
            "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.speaker_name == "Sergei Lavrov"


def test_the_admin_claim_list_searches_speakers_and_filters_stale_claims(admin_user_client):
    speaker = make_speaker("Sergei Lavrov")
    make_claim("We are ready to talk.", speaker=speaker)
    make_claim("Prices will fall.", stale=True)
    url = reverse("admin:claims_claim_changelist")
    assert "ready to talk" in admin_user_client.get(url, {"q": "lavrov"}).content.decode()
    stale = admin_user_client.get(url, {"stale__exact": "1"}).content.decode()
    assert "Prices will fall" in stale
    assert "ready to talk" not in stale


def test_an_article_read_from_its_feed_summary_is_filtered_and_its_page_retried(
    admin_user_client, broker_queue
):
    summary_only = make_article(
        "The feed's summary.",
        title="Summary only",
        origin=Article.Origin.FEED,
        from_summary_only=True,
        fetched_at=timezone.now(),
        error="Page not used: HTTP 404 Not Found. Extracted from the feed entry's own text.",
    )
    make_article("Whole page.", title="Whole page", fetched_at=timezone.now())
    url = reverse("admin:articles_article_changelist")
    page = admin_user_client.get(url, {"from_summary_only__exact": "1"}).content.decode()
    assert "Summary only" in page
    assert "Whole page" not in page

    response = act(admin_user_client, Article, "retry", [summary_only])
    assert "Queued 1 article(s) again." in response.content.decode()
    summary_only.refresh_from_db()
    assert summary_only.status == Article.Status.QUEUED
    assert summary_only.fetched_at is None
    assert summary_only.text == "The feed's summary."  # still the fallback
    assert broker_queue.tasks() == [("articles.tasks.fetch_article", [summary_only.pk])]


def test_outlets_are_listed_and_renamed_in_the_admin(admin_user_client):
    gazette = Outlet.objects.create(name="Riverside Gazette: City", domain="riverside.example")
    make_article("text", outlet_ref=gazette)
    listing = admin_user_client.get(reverse("admin:articles_outlet_changelist")).content.decode()
    assert "riverside.example" in listing
    change = reverse("admin:articles_outlet_change", args=[gazette.pk])
    admin_user_client.post(change, {"name": "Riverside Gazette", "domain": "riverside.example"})
    gazette.refresh_from_db()
    assert gazette.name == "Riverside Gazette"
