"""An article's lifecycle: getting its body text (fetching its page, or falling back to the
text we have), its status from queued to done or failed, and the sweep for lost tasks.

Plain functions over Article rows; the Celery tasks in articles.tasks call them, and so does
the extraction in claims (through articles.pipeline, articles hands articles over to it).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from articles import pipeline
from articles.canonical import canonical_url, content_hash
from articles.content import extract_page
from articles.fetch import FetchError, decode_html, fetch, is_binary
from articles.models import Article, Outlet

log = logging.getLogger(__name__)

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
IN_PROGRESS = (Article.Status.FETCHING, Article.Status.EXTRACTING)
UNFINISHED = (Article.Status.QUEUED, *IN_PROGRESS)
# After this many interrupted fetches or extractions the article is marked failed instead of
# tried again, so that one article that kills its worker (memory) cannot keep doing so.
MAX_INTERRUPTIONS = 3
SWEEP_BATCH = 1000


def start_step(article: Article, status: str) -> bool:
    """Mark the article as being fetched or extracted; False when it was marked failed instead.

    Finding it already marked in progress means the previous attempt never finished: its
    worker was killed (out of memory, a deploy) or it ran past the hard time limit.
    """
    if article.status in IN_PROGRESS:
        article.interruptions += 1
        if article.interruptions >= MAX_INTERRUPTIONS:
            step = "Fetching" if article.status == Article.Status.FETCHING else "Extraction"
            article.status = Article.Status.FAILED
            article.error = (
                f"{step} was interrupted {article.interruptions} times (its worker was killed "
                "or ran out of time) and was not tried again: the article is probably too "
                "large or malformed."
            )
            article.save(update_fields=["status", "error", "interruptions", "updated_at"])
            log.warning("Article %s: %s", article.pk, article.error)
            return False
    article.status = status
    article.attempts += 1
    article.save(update_fields=["status", "error", "attempts", "interruptions", "updated_at"])
    return True


def claim_stuck_articles(older_than: timedelta, limit: int = SWEEP_BATCH) -> list[int]:
    """Ids of articles queued or in progress that have not changed for longer than older_than,
    marked as changed now so that the next sweep leaves them alone for as long again.

    Their tasks were lost (the broker restarted empty or was flushed; a worker was killed
    holding the task) or still wait behind a long queue. Queueing them again is safe either
    way: each task looks at the article's state before doing anything.
    """
    now = timezone.now()
    with transaction.atomic():
        stuck = Article.objects.select_for_update(skip_locked=True).filter(
            status__in=UNFINISHED, updated_at__lt=now - older_than
        )
        ids = list(stuck.order_by("updated_at").values_list("id", flat=True)[:limit])
        Article.objects.filter(id__in=ids).update(updated_at=now)
    return ids


def start_extracting(articles: list[Article]) -> None:
    """start_step(article, EXTRACTING) in one UPDATE, for articles taken (locked) from
    waiting_for_extraction(): none of them is in progress, so none was interrupted."""
    now = timezone.now()
    Article.objects.filter(pk__in=[article.pk for article in articles]).update(
        status=Article.Status.EXTRACTING, attempts=F("attempts") + 1, updated_at=now
    )
    for article in articles:
        article.status = Article.Status.EXTRACTING
        article.attempts += 1
        article.updated_at = now


def mark_extracted(article: Article, extractor_version: str) -> None:
    """The article's claims are written: it is done, by this version of the extractor."""
    article.status = Article.Status.DONE
    article.interruptions = 0
    article.extractor_version = extractor_version
    # Only what changed: a whole-row save writes the article's text again.
    article.save(update_fields=["status", "interruptions", "extractor_version", "updated_at"])


def mark_failed(article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(status=Article.Status.FAILED, error=error)


def mark_fetch_failed(article: Article, exc: Exception) -> None:
    """An unexpected error while fetching: recorded on the article, which the admin can retry,
    rather than left "fetching" until the sweep."""
    log.exception("Fetching article %s failed", article.pk)
    mark_failed(article.pk, f"Fetching failed: {type(exc).__name__}: {exc}")


def needs_page_fetch(article: Article) -> bool:
    """Feed entries with only a summary, and submitted URLs, are fetched once."""
    return (
        article.origin in (Article.Origin.FEED, Article.Origin.URL)
        and bool(article.url)
        and article.fetched_at is None
        and article.duplicate_of_id is None
    )


def ready_for_extraction(article: Article) -> bool:
    return (
        bool(article.text.strip())
        and article.duplicate_of_id is None
        and not needs_page_fetch(article)
    )


def waiting_for_extraction() -> QuerySet[Article]:
    """Queued articles ready for extraction: the query form of ready_for_extraction, except
    that texts of only whitespace pass (check each with ready_for_extraction)."""
    page_fetch_settled = (
        Q(fetched_at__isnull=False)
        | ~Q(origin__in=(Article.Origin.FEED, Article.Origin.URL))
        | Q(url__isnull=True)
        | Q(url="")
    )
    return Article.objects.filter(
        page_fetch_settled, status=Article.Status.QUEUED, duplicate_of=None
    ).exclude(text="")


def too_long_to_extract(text: str) -> str | None:
    """Why the text is not extracted when it is longer than EXTRACT_MAX_CHARS, else None.
    Pasted and imported texts are refused with this; fetched pages are failed with it."""
    limit = settings.EXTRACT_MAX_CHARS
    if len(text) > limit:
        return (
            f"The text is too long to extract ({len(text):,} characters; the limit is "
            f"{limit:,}, EXTRACT_MAX_CHARS)."
        )
    return None


def set_article_text(article: Article, text: str) -> bool:
    """Give the article its body text and save it; False if another article has the same text.

    A duplicate is kept (so polls keep skipping its GUID and address), marked done and
    pointed at the original, and is not extracted.
    """
    article.text = text
    article.content_hash = content_hash(text)
    original = (
        Article.objects.filter(content_hash=article.content_hash).exclude(pk=article.pk).first()
    )
    if original is None:
        try:
            with transaction.atomic():
                article.status = Article.Status.QUEUED
                article.save()
            return True
        except IntegrityError:
            # Another worker stored the same text between our check and our save.
            original = Article.objects.filter(content_hash=article.content_hash).first()
            if original is None:
                raise
    mark_duplicate(article, original)
    return False


def mark_duplicate(article: Article, original: Article) -> None:
    article.duplicate_of = original
    article.content_hash = None
    article.status = Article.Status.DONE
    article.error = f"Same story as article {original.pk} ({original}); not extracted again."
    article.save()


def fall_back_to_own_text(article: Article, reason: str) -> bool:
    """The page could not be used: go on with the entry's own text if it has any.

    Returns whether the article can be extracted; without any text it is marked failed.
    """
    article.fetched_at = timezone.now()
    if article.text.strip():
        article.error = f"Page not used: {reason}. Extracted from the feed entry's own text."
        article.from_summary_only = True
        return set_article_text(article, article.text)
    article.from_summary_only = False
    article.status = Article.Status.FAILED
    article.error = reason
    article.save()
    return False


def fetch_article_page(article: Article) -> bool:
    """Fetch the article's page and take its main text; returns whether to extract it next.

    Raises FetchError only for transient failures (the caller retries); anything permanent
    is recorded on the article and falls back to the entry's own text.
    """
    if not start_step(article, Article.Status.FETCHING):
        return False
    try:
        response = fetch(article.url, html_only=True, accept=PAGE_ACCEPT)
    except FetchError as exc:
        if exc.transient:
            raise
        article.interruptions = 0
        return fall_back_to_own_text(article, str(exc))
    article.interruptions = 0
    if is_binary(response.body):
        # a file served as a page: its bytes read as text in some codec, garbage
        return fall_back_to_own_text(
            article, f"no article text found on {response.url} (the page is binary data)"
        )
    html = decode_html(response.body, response.headers.get("content-type", ""))
    page = extract_page(html, response.url)
    if page is None:
        return fall_back_to_own_text(article, f"no article text found on {response.url}")

    article.fetched_at = timezone.now()
    article.error = ""
    article.from_summary_only = False
    # The entry's own metadata is the publisher's; the page fills what it lacks.
    article.title = article.title or page.title[:1000]
    article.byline = article.byline or page.byline
    article.outlet = page.outlet or article.outlet
    article.published = article.published or page.published
    article.language = page.language or article.language

    final_url = canonical_url(response.url)
    if final_url != article.url:
        original = Article.objects.filter(url=final_url).exclude(pk=article.pk).first()
        if original is not None:
            article.text = page.text
            mark_duplicate(article, original)
            return False
        article.url = final_url
    article.outlet_ref = Outlet.objects.for_site(article.url, article.outlet)
    return set_article_text(article, page.text)


def process_article_now(article: Article) -> str:
    """Fetch (if needed) and extract one article in this process, without a worker and
    without retries: what the fetch_article task and the extraction it queues do, for --sync.
    Returns what extraction found, in a few words ("" when the article was not extracted)."""
    if needs_page_fetch(article):
        try:
            ready = fetch_article_page(article)
        except FetchError as exc:
            ready = fall_back_to_own_text(article, str(exc))
        except Exception as exc:  # a bug in one article must not stop a whole poll or import
            mark_fetch_failed(article, exc)
            return ""
    else:
        ready = ready_for_extraction(article)
    return pipeline.extract_now(article.pk) if ready else ""
