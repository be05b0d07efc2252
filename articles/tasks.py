"""Celery tasks for feeds and article pages: thin wrappers over articles.feeds / .processing.

Every task takes ids, reloads rows, and is safe to run twice. An article ready for extraction
is handed over through articles.pipeline (claims queues its own task for it).
"""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings

from articles import feeds, pipeline, processing
from articles.fetch import FetchError
from articles.models import Article, Feed

log = logging.getLogger(__name__)

FETCH_MAX_RETRIES = 4
FETCH_RETRY_BASE_SECONDS = 60
FETCH_RETRY_CAP_SECONDS = 3600


def queue_article(article_id: int) -> None:
    """Queue the next step an article needs: fetching its page, or extraction."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return
    if processing.needs_page_fetch(article):
        fetch_article.delay(article.pk)
    elif processing.ready_for_extraction(article):
        pipeline.queue_extraction(article.pk)


@shared_task
def dispatch_due_feeds() -> int:
    """Run by beat every minute: queue a poll for each active feed that is due."""
    feed_ids = feeds.claim_due_feeds()
    for feed_id in feed_ids:
        poll_feed.delay(feed_id)
    return len(feed_ids)


@shared_task
def requeue_stuck_articles() -> int:
    """Run by beat every five minutes: queue again the articles whose tasks were lost.

    Feeds need no such sweep: a feed whose poll was lost is due again once its lease ends.
    """
    article_ids = processing.claim_stuck_articles(timedelta(seconds=settings.STUCK_AFTER_SECONDS))
    for article_id in article_ids:
        queue_article(article_id)
    if article_ids:
        log.warning("Queued %d stuck article(s) again", len(article_ids))
    return len(article_ids)


@shared_task
def poll_feed(feed_id: int) -> None:
    feed = Feed.objects.filter(pk=feed_id).first()
    if feed is None:
        return
    feeds.poll_feed(feed, on_new_article=queue_article)


@shared_task(bind=True, max_retries=FETCH_MAX_RETRIES)
def fetch_article(self, article_id: int) -> None:
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return
    if not processing.needs_page_fetch(article):
        queue_article(article.pk)  # fetched already (a redelivered task)
        return
    try:
        ready = processing.fetch_article_page(article)
    except FetchError as exc:
        if self.request.retries < self.max_retries:
            countdown = min(
                max(exc.retry_after or 0, FETCH_RETRY_BASE_SECONDS * 2**self.request.retries),
                FETCH_RETRY_CAP_SECONDS,
            )
            article.status = Article.Status.QUEUED
            article.error = f"{exc} (trying again in {countdown} s)"
            article.save(update_fields=["status", "error", "updated_at"])
            raise self.retry(countdown=countdown) from None
        ready = processing.fall_back_to_own_text(
            article, f"{exc} (gave up after {self.request.retries + 1} attempts)"
        )
    except Exception as exc:
        processing.mark_fetch_failed(article, exc)
        return
    if ready:
        pipeline.queue_extraction(article.pk)
