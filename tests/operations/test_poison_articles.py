"""Poison articles through a real worker: each fails cleanly, and the article behind them in
the queue is still extracted."""

import os
import time

import pytest
from django.core.exceptions import ValidationError

from articles import ingest
from articles.models import Article
from tests.factories import DEMO_TEXT

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def page(body: str) -> str:
    return f"<!doctype html><html><head><title>T</title></head><body><article>{body}</article>"


def paragraphs(text: str) -> str:
    return "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())


def test_poison_articles_fail_cleanly_and_block_nothing(local_http, celery_worker):
    poison_pages = {
        # 160,000 characters of real prose: over EXTRACT_MAX_CHARS.
        "/huge": (page(paragraphs("\n".join([DEMO_TEXT] * 28))), "too long to extract"),
        "/binary": (os.urandom(300_000), "no article text found"),
        "/empty": (b"", "no article text found"),
        "/quotes": (page(f"<p>{'“' * 100_000}</p>"), "quotation marks"),
        "/nested": (
            "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body></html>",
            "no article text found",
        ),
    }
    started = time.monotonic()
    poisons = {}
    for path, (body, error) in poison_pages.items():
        local_http.add(path, body)
        poisons[ingest.submit_url(local_http.url(path)).article] = error
    pasted_quotes = ingest.submit_text('"' * 100_000).article
    poisons[pasted_quotes] = "quotation marks"
    local_http.add("/fine", page(paragraphs(DEMO_TEXT)))
    fine = ingest.submit_url(local_http.url("/fine")).article  # queued last, behind every poison

    celery_worker.wait_for(
        lambda: Article.objects.filter(status__in=["done", "failed"]).count() == len(poisons) + 1,
        timeout=120,
        what="every article to finish",
    )
    assert time.monotonic() - started < 120
    for article, error in poisons.items():
        article.refresh_from_db()
        assert article.status == Article.Status.FAILED, (article.url, article.error)
        assert error in article.error, (article.url, article.error)
        assert article.claims.count() == 0
    fine.refresh_from_db()
    assert fine.status == Article.Status.DONE
    assert fine.claims.count() >= 5


def test_text_too_long_for_the_engine_is_refused_when_pasted(settings):
    settings.EXTRACT_MAX_CHARS = 1000
    with pytest.raises(ValidationError, match="too long"):
        ingest.submit_text("Words and more words. " * 100)
    assert not Article.objects.exists()
