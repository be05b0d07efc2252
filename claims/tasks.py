"""Celery tasks for extraction: thin wrappers over claims.store."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError

from articles.processing import mark_failed
from claims import store

log = logging.getLogger(__name__)

EXTRACT_MAX_RETRIES = 3
# 10, 20, 40 s: a database restart takes seconds. Should it take longer, the article is left
# in progress and the periodic sweep (articles.tasks.requeue_stuck_articles) queues it again.
EXTRACT_RETRY_BASE_SECONDS = 10
# Worth trying again: the database went away or timed out. Anything else is a property of
# the article (or a bug) and marks it failed, visible in the admin with a retry action.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)


@shared_task(bind=True, max_retries=EXTRACT_MAX_RETRIES)
def extract_article(self, article_id: int, reextract: bool = False) -> None:
    """Run the attribution engine on one article, together with up to EXTRACT_BATCH_SIZE - 1
    other articles waiting for extraction, and write their claims (idempotent).

    An article already done is left alone unless reextract is set: the same task can arrive
    twice (redelivered after its worker died, or queued again by the sweep), and the tasks of
    the articles another task took into its batch find them done or being extracted.
    """
    try:
        outcome = store.extract_ready_articles(
            article_id, reextract=reextract, batch_size=settings.EXTRACT_BATCH_SIZE
        )
    except store.BatchInterrupted as exc:
        # Each article of the batch not written is tried again alone.
        log.warning("Extraction of a batch stopped (%s); queued %s again", exc, exc.unfinished)
        transient = isinstance(exc.cause, TRANSIENT_ERRORS)
        for unfinished_id in exc.unfinished:
            extract_article.apply_async(
                (unfinished_id,), countdown=EXTRACT_RETRY_BASE_SECONDS if transient else 0
            )
    except TRANSIENT_ERRORS as exc:
        if self.request.retries < self.max_retries:
            raise self.retry(
                exc=exc, countdown=EXTRACT_RETRY_BASE_SECONDS * 2**self.request.retries
            ) from None
        mark_failed(article_id, f"Extraction failed after {self.request.retries + 1} tries: {exc}")
    except SoftTimeLimitExceeded:
        mark_failed(article_id, "Extraction took longer than the task time limit.")
    except Exception as exc:
        log.exception("Extraction failed for article %s", article_id)
        mark_failed(article_id, store.failure_message(exc))
    else:
        if outcome.requeue:
            log.warning("Queued %s again: their worker died extracting them", outcome.requeue)
        for abandoned_id in outcome.requeue:
            extract_article.delay(abandoned_id)


@shared_task
def requeue_abandoned_extractions() -> int:
    """Run by beat every minute: queue again, at once, the articles a dead worker left marked
    extracting, rather than waiting for the broker's visibility timeout (12 minutes) or the
    stuck-article sweep (30). Each is extracted alone and counted as interrupted."""
    article_ids = store.abandoned_extractions()
    for article_id in article_ids:
        extract_article.delay(article_id)
    if article_ids:
        log.warning("Queued %s again: their worker died extracting them", article_ids)
    return len(article_ids)
