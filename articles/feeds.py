"""Polling RSS and Atom feeds.

A poll is a conditional GET; its outcome (HTTP status, error, duration) is recorded on the
feed, and the next poll is scheduled: the feed's interval after a success, a growing interval
(capped at a day) after a failure, never less than a server's Retry-After. Feeds are never
switched off by failures, so none is silently dropped: the failure count and the last error
are on the feed for anyone to see.
"""

import calendar
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import feedparser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.canonical import canonical_url, content_hash
from articles.content import clean_field, html_fragment_text, strip_boilerplate
from articles.fetch import FetchError, check_entered_url, fetch
from articles.models import Article, Feed, Outlet

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
MAX_BACKOFF = timedelta(hours=24)
# How far the dispatcher moves a feed's next poll when it queues one, so it is queued once;
# if that poll is lost (worker killed, broker flushed), the feed is simply due again after it.
POLL_LEASE = timedelta(minutes=15)
DISPATCH_BATCH = 500
# Entry content at least this long is taken as the full article; shorter is a summary and the
# page is fetched.
FULL_CONTENT_MIN_CHARS = 600


@dataclass
class PollResult:
    status: int | None = None
    error: str = ""
    new_article_ids: list[int] = field(default_factory=list)
    skipped_entries: int = 0


def add_feed(
    url: str, *, title: str = "", poll_interval: timedelta | None = None
) -> tuple[Feed, bool]:
    """The feed at url, added (due at once) unless already here; ValidationError if unfetchable."""
    url = url.strip()
    try:
        check_entered_url(url)
    except FetchError as exc:
        raise ValidationError(str(exc)) from None
    defaults = {"title": title[:500]}
    if poll_interval is not None:
        defaults["poll_interval"] = poll_interval
    return Feed.objects.get_or_create(url=url, defaults=defaults)


def claim_due_feeds(limit: int | None = DISPATCH_BATCH, *, due_only: bool = True) -> list[int]:
    """Ids of active feeds whose poll is due (or all active ones), leased so that another
    dispatch does not queue them again while their polls wait for a worker."""
    now = timezone.now()
    with transaction.atomic():
        feeds = Feed.objects.select_for_update(skip_locked=True).filter(active=True)
        if due_only:
            feeds = feeds.filter(next_poll_at__lte=now)
        ids = list(feeds.order_by("next_poll_at").values_list("id", flat=True)[:limit])
        Feed.objects.filter(id__in=ids).update(next_poll_at=now + POLL_LEASE)
    return ids


def failure_delay(feed: Feed, failures: int, retry_after: int | None = None) -> timedelta:
    """Twice the interval after one failure, four times after two... up to a day."""
    delay = min(feed.poll_interval * (2 ** min(failures, 16)), MAX_BACKOFF)
    if retry_after is not None:
        delay = max(delay, min(timedelta(seconds=retry_after), MAX_BACKOFF))
    return delay


def poll_feed(feed: Feed, on_new_article: Callable[[int], object] | None = None) -> PollResult:
    """Fetch the feed if it changed, store its new entries as articles, record the outcome.

    on_new_article(article_id) is called as each new article is stored (committed), so that its
    processing can start while the rest of the feed is still being stored: on a feed of 200
    entries that is a second and more of the other workers' time.
    """
    started = timezone.now()
    result = PollResult()
    try:
        return _poll(feed, started, result, on_new_article)
    except Exception as exc:
        # Whatever went wrong is recorded on the feed, which is polled again after a backoff;
        # the articles stored before it are still returned, to be processed.
        log.exception("Polling feed %s failed", feed.pk)
        feed.refresh_from_db()
        failure = _record_failure(
            feed, f"Internal error: {type(exc).__name__}: {exc}", started, None, None
        )
        failure.new_article_ids = result.new_article_ids
        return failure


def _poll(feed: Feed, started, result: PollResult, on_new_article) -> PollResult:
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        response = fetch(feed.url, headers=headers, accept=FEED_ACCEPT)
    except FetchError as exc:
        return _record_failure(feed, str(exc), started, exc.status, exc.retry_after)

    notes = []
    if response.permanent_url and response.permanent_url != feed.url:
        notes.extend(_move_feed(feed, response.permanent_url))
    if response.status == 304:
        result.status = 304
        return _record_success(feed, response, started, result, notes)

    parsed = feedparser.parse(
        response.body,
        response_headers={
            "content-type": response.headers.get("content-type", ""),
            "content-location": response.url,
        },
    )
    if not parsed.entries and not parsed.version:
        problem = "Not an RSS or Atom feed"
        if parsed.bozo:
            problem = f"Malformed feed: {parsed.bozo_exception}"
        return _record_failure(feed, problem, started, response.status, None)
    # A feed served as text/html parses fine; that is no problem of the feed's.
    if parsed.bozo and not isinstance(parsed.bozo_exception, feedparser.NonXMLContentType):
        # feedparser recovers what it can from a broken feed: keep that, and say so.
        notes.append(
            f"Malformed feed: {parsed.bozo_exception} ({len(parsed.entries)} entries recovered)"
        )

    _update_feed_details(feed, parsed.feed)
    result.status = response.status
    for entry in parsed.entries:
        try:
            article = store_entry(feed, entry)
        except UnreadableEntry as exc:
            notes.append(str(exc))
            article = None
        if article is None:
            result.skipped_entries += 1
        else:
            result.new_article_ids.append(article.pk)
            if on_new_article is not None:
                on_new_article(article.pk)
    feed.etag = response.headers.get("etag", "")[:500]
    feed.last_modified = response.headers.get("last-modified", "")[:100]
    return _record_success(feed, response, started, result, notes)


def _move_feed(feed: Feed, new_url: str) -> list[str]:
    if Feed.objects.filter(url=new_url).exclude(pk=feed.pk).exists():
        return [f"Feed moved permanently to {new_url}, which is already another feed here"]
    log.info("Feed %s moved permanently to %s", feed.url, new_url)
    feed.url = new_url
    return []


def _update_feed_details(feed: Feed, details) -> None:
    if not feed.title and details.get("title"):
        feed.title = html_fragment_text(details["title"])[:500]
    link = clean_field(details.get("link"))
    if not feed.site_url and link.startswith(("http://", "https://")):
        feed.site_url = link[:2000]


def _record_success(feed, response, started, result: PollResult, notes: list[str]) -> PollResult:
    now = timezone.now()
    feed.last_polled_at = now
    feed.last_succeeded_at = now
    feed.last_status = response.status
    feed.last_duration_ms = response.duration_ms
    feed.consecutive_failures = 0
    feed.last_error = "\n".join(notes)
    feed.next_poll_at = now + feed.poll_interval
    feed.save()
    result.error = feed.last_error
    return result


def _record_failure(feed, error: str, started, status, retry_after) -> PollResult:
    now = timezone.now()
    feed.last_polled_at = now
    feed.last_status = status
    feed.last_duration_ms = int((now - started).total_seconds() * 1000)
    feed.consecutive_failures += 1
    feed.last_error = error
    feed.next_poll_at = now + failure_delay(feed, feed.consecutive_failures, retry_after)
    feed.save()
    log.warning("Feed %s failed (%d in a row): %s", feed.url, feed.consecutive_failures, error)
    return PollResult(status=status, error=error)


def _entry_date(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    return None


def _entry_html(entry) -> tuple[str, str]:
    """(full content, summary) of an entry, as HTML or text."""
    contents = [item.get("value", "") for item in entry.get("content", [])]
    content = max(contents, key=len, default="")
    return content, entry.get("summary", "")


class UnreadableEntry(Exception):
    """An entry with nothing to read and nowhere to read it: noted on the feed, not stored."""


def store_entry(feed: Feed, entry) -> Article | None:
    """A new article for the entry, or None when it is already here; UnreadableEntry when
    it has neither text nor a link.

    Duplicates are recognised by feed + GUID, then canonical address, then content hash.
    """
    guid = clean_field(entry.get("id"))[:2000]
    entry_name = html_fragment_text(entry.get("title", "")) or guid or "untitled"
    if guid and Article.objects.filter(feed=feed, guid=guid).exists():
        return None
    link = clean_field(entry.get("link"))
    url = canonical_url(link) if link.startswith(("http://", "https://")) else None
    if url and len(url) > 2000:
        url = None
    if url and Article.objects.filter(url=url).exists():
        return None

    content_html, summary_html = _entry_html(entry)
    content_text = strip_boilerplate(html_fragment_text(content_html))
    summary_text = strip_boilerplate(html_fragment_text(summary_html))
    own_text = content_text if len(content_text) >= len(summary_text) else summary_text
    if not url and not own_text:
        raise UnreadableEntry(f"An entry with no text and no link was skipped: {entry_name!r}")
    # Full content from the feed, or no page to fetch: the entry's text is the article's.
    final_text = len(content_text) >= FULL_CONTENT_MIN_CHARS or not url
    text_hash = content_hash(own_text) if final_text else None
    if text_hash and Article.objects.filter(content_hash=text_hash).exists():
        return None

    article = Article(
        feed=feed,
        guid=guid,
        url=url,
        title=html_fragment_text(entry.get("title", ""))[:1000],
        byline=clean_field(entry.get("author"))[:500],
        outlet=feed.title[:300],
        outlet_ref=Outlet.objects.for_site(url or feed.site_url or feed.url, feed.title),
        published=_entry_date(entry),
        text=own_text,
        content_hash=text_hash,
        origin=Article.Origin.FEED,
        status=Article.Status.QUEUED,
        fetched_at=timezone.now() if final_text else None,
    )
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        return None  # a concurrent poll (or another feed) stored it first
    return article
