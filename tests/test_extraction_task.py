"""The extraction task, run in-process with the real attribution engine."""

from pathlib import Path

import pytest
from celery.exceptions import Retry
from django.db import OperationalError

from articles.models import Article
from claims import extraction, store
from claims.models import Claim, Speaker
from claims.tasks import extract_article
from tests.factories import make_article

pytestmark = pytest.mark.django_db

DEMO_TEXT = (Path(__file__).parent.parent / "articles/demo/trump-putin-call.txt").read_text()
SHORT = (
    "“We are ready to talk at any time,” Russian Foreign Minister Sergei Lavrov said on Monday.\n"
    "A senior EU diplomat said the plan was unrealistic."
)


def queued(text):
    return make_article(
        text, status=Article.Status.QUEUED, published=None, origin=Article.Origin.PASTE
    )


def test_extracts_claims_with_resolved_speakers():
    article = queued(DEMO_TEXT)
    extract_article(article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.error == ""
    assert article.extractor_version == extraction.EXTRACTOR_VERSION
    assert article.attempts == 1
    claims = list(article.claims.all())
    assert len(claims) >= 5
    putin = Speaker.objects.get(aliases__normalised="vladimir putin")
    putin_claims = [claim for claim in claims if claim.speaker == putin]
    assert putin_claims
    assert all(claim.speaker_name == putin.name for claim in putin_claims)
    for claim in claims:
        assert claim.published == article.dated
        assert claim.extractor_version == extraction.EXTRACTOR_VERSION
        for start, end in claim.content_spans:
            assert article.text[start:end] in claim.text


def test_running_twice_gives_the_same_claims():
    article = queued(SHORT)
    extract_article(article.pk)
    first = list(Claim.objects.order_by("id").values_list("id", "text", "speaker_id"))
    extract_article(article.pk)
    assert list(Claim.objects.order_by("id").values_list("id", "text", "speaker_id")) == first
    assert len(first) == 2
    assert Speaker.objects.count() == 1  # Lavrov; the diplomat is nobody's Speaker


def test_the_same_speaker_in_two_articles_is_one_speaker():
    extract_article(queued(SHORT).pk)
    extract_article(queued("Sergei Lavrov said the talks were over. Ukraine disagreed.").pk)
    lavrov = Speaker.objects.get()
    assert lavrov.claims.count() == 2


def test_permanent_failure_marks_the_article_failed(settings):
    settings.SPACY_MODEL = "no_such_spacy_model"
    article = queued(SHORT)
    extract_article(article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error.startswith("Extraction failed:")
    assert "no_such_spacy_model" in article.error
    assert article.claims.count() == 0


def test_a_retry_after_failure_clears_the_error():
    article = queued(SHORT)
    store.mark_failed(article.pk, "Extraction failed: earlier trouble")
    extract_article(article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.error == ""


def test_transient_database_errors_are_retried(monkeypatch):
    article = queued(SHORT)

    def database_gone(_article):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(store, "extract_article_claims", database_gone)
    with pytest.raises(Retry):
        extract_article.apply(args=[article.pk], throw=True)
    article.refresh_from_db()
    assert article.status == Article.Status.QUEUED


def test_articles_that_are_not_ready_are_left_alone():
    waiting = make_article("", url="https://x.example.org/a", origin=Article.Origin.FEED)
    waiting.fetched_at = None
    waiting.status = Article.Status.QUEUED
    waiting.save()
    extract_article(waiting.pk)
    extract_article(999_999_999)  # deleted meanwhile
    waiting.refresh_from_db()
    assert waiting.status == Article.Status.QUEUED
