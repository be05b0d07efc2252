"""Celery tasks for extraction: thin wrappers over claims.store."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError

from articles.models import Article
from articles.processing import ready_for_extraction
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
    """Run the attribution engine on one article and write its claims (idempotent).

    An article already done is left alone unless reextract is set: the same task can arrive
    twice (redelivered after its worker died, or queued again by the sweep).
    """
    try:
        article = Article.objects.filter(pk=article_id).first()
        if article is None or not ready_for_extraction(article):
            return
        if article.status == Article.Status.DONE and not reextract:
            return
        store.extract_article_claims(article)
    except TRANSIENT_ERRORS as exc:
        if self.request.retries < self.max_retries:
            raise self.retry(
                exc=exc, countdown=EXTRACT_RETRY_BASE_SECONDS * 2**self.request.retries
            ) from None
        store.mark_failed(
            article_id, f"Extraction failed after {self.request.retries + 1} tries: {exc}"
        )
    except SoftTimeLimitExceeded:
        store.mark_failed(article_id, "Extraction took longer than the task time limit.")
    except Exception as exc:
        log.exception("Extraction failed for article %s", article_id)
        store.mark_failed(article_id, store.failure_message(exc))
