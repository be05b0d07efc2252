"""Fetching article pages, and the submit-a-URL / paste-text entry points."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from articles import processing
from articles.ingest import submit_text, submit_url
from articles.models import Article

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Talks resume - Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2025-05-19T09:15:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume</h1>
<p>“We are ready to talk at any time,” the foreign minister said on Monday, adding that
the delegation would travel to Geneva for a first round.</p>
<p>READ MORE: Minister visits the border region</p>
<p>Officials in Kyiv said they had not been told of the plan and would study it carefully
before giving any answer to the proposal.</p>
<h2>You may also like</h2>
<p>Storm closes the coastal road</p>
<p>Election date set for the spring</p>
<p>The talks are expected to last two days, according to a statement from the ministry.</p>
</article><footer>© Example Wire</footer></body></html>"""


def feed_article(url, text="The feed's summary."):
    return Article.objects.create(
        url=url, origin=Article.Origin.FEED, title="Talks resume", text=text, outlet="Wire feed"
    )


def test_summary_only_entry_gets_the_page_text(local_http):
    article = feed_article(local_http.add("/story", PAGE))
    assert processing.needs_page_fetch(article)
    assert processing.fetch_article_page(article) is True
    article.refresh_from_db()
    assert article.text.startswith("“We are ready to talk at any time,” the foreign minister")
    assert "Officials in Kyiv said" in article.text
    assert "The talks are expected to last two days" in article.text
    for boilerplate in ("READ MORE", "You may also like", "Storm closes", "Election date", "Home"):
        assert boilerplate not in article.text
    assert article.byline == "Ann Lee"
    assert article.outlet == "Example Wire"
    assert article.published.isoformat() == "2025-05-19T09:15:00+00:00"
    assert article.title == "Talks resume"
    assert article.fetched_at is not None
    assert article.content_hash
    assert article.status == Article.Status.QUEUED
    assert processing.ready_for_extraction(article)
    assert not processing.needs_page_fetch(article)


def test_a_windows_1252_page_without_declared_charset_is_read_right(local_http):
    body = PAGE.replace('<meta charset="utf-8">', "").encode("cp1252")
    article = feed_article(local_http.add("/story", body, content_type="text/html"))
    processing.fetch_article_page(article)
    article.refresh_from_db()
    assert "“We are ready to talk at any time,”" in article.text


def test_non_html_page_falls_back_to_the_entry_text(local_http):
    url = local_http.add("/story.pdf", b"%PDF-1.7 binary", content_type="application/pdf")
    article = feed_article(url)
    assert processing.fetch_article_page(article) is True
    article.refresh_from_db()
    assert article.text == "The feed's summary."
    assert "not an HTML page" in article.error
    assert article.status == Article.Status.QUEUED


def test_missing_page_without_own_text_fails_visibly(local_http):
    article = Article.objects.create(url=local_http.url("/gone"), origin=Article.Origin.URL)
    assert processing.fetch_article_page(article) is False
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "HTTP 404" in article.error


def test_a_page_without_article_text_keeps_the_feed_summary(local_http):
    article = feed_article(local_http.add("/empty", "<html><body><div></div></body></html>"))
    processing.fetch_article_page(article)
    article.refresh_from_db()
    assert "no article text found" in article.error
    assert article.text == "The feed's summary."


def test_redirected_page_is_stored_under_its_final_address(local_http):
    final = local_http.add("/2025/talks", PAGE)
    article = feed_article(local_http.redirect("/r/123", final + "?utm_campaign=x", status=302))
    processing.fetch_article_page(article)
    article.refresh_from_db()
    assert article.url == final


def test_same_text_at_another_address_is_a_duplicate(local_http):
    first = feed_article(local_http.add("/one", PAGE))
    second = feed_article(local_http.add("/two", PAGE))
    assert processing.fetch_article_page(first) is True
    assert processing.fetch_article_page(second) is False
    second.refresh_from_db()
    assert second.duplicate_of == first
    assert second.status == Article.Status.DONE
    assert f"article {first.pk}" in second.error
    assert not processing.ready_for_extraction(second)


def test_a_submitted_url_is_queued_once_without_its_tracking_parameters(
    local_http, django_capture_on_commit_callbacks
):
    url = local_http.add("/story", PAGE)
    with django_capture_on_commit_callbacks() as callbacks:
        article = submit_url(url + "?utm_source=twitter#top").article
    assert len(callbacks) == 1  # the fetch is queued once the article is committed
    assert article.origin == Article.Origin.URL
    assert article.status == Article.Status.QUEUED
    assert article.url == url
    with django_capture_on_commit_callbacks() as callbacks:
        again = submit_url(url)
        assert again.article == article and not again.created
    assert callbacks == []
    assert Article.objects.count() == 1


def test_submit_url_refuses_private_addresses(local_http, settings):
    settings.ALLOW_PRIVATE_FETCH = False
    with pytest.raises(ValidationError, match="private, loopback"):
        submit_url(local_http.add("/story", PAGE))
    with pytest.raises(ValidationError, match="private, loopback"):
        submit_url("http://169.254.169.254/latest/meta-data/")
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("url", "message"),
    [("", "Enter the address"), ("javascript:alert(1)", "Only http"), ("https://", "no host")],
)
def test_a_missing_or_non_http_url_is_refused_with_a_reason(url, message):
    with pytest.raises(ValidationError, match=message):
        submit_url(url)


def test_pasted_text_is_cleaned_queued_and_recognised_when_pasted_again(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks:
        article = submit_text(
            "  “We will not back down,” the mayor said.  \n\n\nREAD MORE: Other news\n",
            title="Mayor stands firm",
            outlet="City Paper",
            published=date(2025, 5, 18),
            url="https://city.example.org/mayor?utm_medium=email",
        ).article
    assert len(callbacks) == 1
    assert article.origin == Article.Origin.PASTE
    assert article.text == "“We will not back down,” the mayor said."
    assert article.url == "https://city.example.org/mayor"
    assert article.published.date() == date(2025, 5, 18)
    assert processing.ready_for_extraction(article)
    # The same text again is the same article.
    again = submit_text("“We will not back down,”   the mayor said.")
    assert again.article == article and not again.created


@pytest.mark.parametrize(
    ("text", "url", "message"),
    [
        ("   \n  ", "", "The text is empty"),
        ("READ MORE: nothing else", "", "The text is empty"),
        ("Some text.", "ftp://x.example.org/a", "Only http"),
    ],
)
def test_empty_text_or_a_non_http_address_is_refused_when_pasted(text, url, message):
    with pytest.raises(ValidationError, match=message):
        submit_text(text, url=url)


def test_a_missing_page_with_a_feed_summary_says_the_summary_alone_was_read(local_http):
    article = feed_article(local_http.url("/gone"))
    assert processing.fetch_article_page(article) is True
    article.refresh_from_db()
    assert article.from_summary_only
    assert "HTTP 404" in article.error
    assert article.text == "The feed's summary."
    # Fetched again once the page is there: the page's text, and the flag is gone.
    local_http.add("/gone", PAGE)
    article.fetched_at = None
    assert processing.fetch_article_page(article) is True
    article.refresh_from_db()
    assert not article.from_summary_only
    assert article.error == ""
    assert "Officials in Kyiv said" in article.text
    assert article.outlet_ref.domain == "127.0.0.1"
