"""The extraction task, run in-process with the real attribution engine."""

import pytest
from celery.exceptions import Retry
from django.db import OperationalError

from articles.models import Article
from articles.processing import mark_failed
from claims import extraction, store
from claims.models import Claim, Speaker
from claims.tasks import extract_article
from tests.factories import DEMO_TEXT, make_article, make_queued_article

pytestmark = pytest.mark.django_db

SHORT = (
    "“We are ready to talk at any time,” Russian Foreign Minister Sergei Lavrov said on Monday.\n"
    "A senior EU diplomat said the plan was unrealistic."
)


def queued(text):
    """Pasted without a publication date."""
    return make_queued_article(text, published=None)


def test_an_extracted_article_is_done_with_claims_by_resolved_speakers():
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
    mark_failed(article.pk, "Extraction failed: earlier trouble")
    extract_article(article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.error == ""


def test_transient_database_errors_are_retried(monkeypatch):
    article = queued(SHORT)

    def database_gone(_article_id, **_options):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(store, "extract_ready_articles", database_gone)
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


def claims_of(article):
    return sorted(
        (tuple(map(tuple, claim.content_spans)), claim.speaker_name, claim.text)
        for claim in article.claims.all()
    )


def expected_claims(text):
    found = []
    for attribution in extraction.extract(text):
        spans = tuple((start, end) for start, end in attribution.content)
        found.append((spans, attribution.content_text(text)))
    return sorted(found)


OTHER = (
    "“The ceasefire will hold,” Ukrainian President Volodymyr Zelensky told reporters.\n"
    "Analysts said the talks could resume next week."
)


def test_one_task_extracts_the_articles_waiting_with_its_own(settings):
    settings.EXTRACT_BATCH_SIZE = 3
    texts = [SHORT, OTHER, DEMO_TEXT]
    articles = [queued(text) for text in texts]
    later = queued(OTHER + " The talks resume on Friday.")
    extract_article(articles[0].pk)

    for article, text in zip(articles, texts, strict=True):
        article.refresh_from_db()
        assert article.status == Article.Status.DONE
        assert article.attempts == 1
        assert article.error == ""
        found = claims_of(article)
        assert [(spans, text) for spans, _speaker, text in found] == expected_claims(text)
    lavrov = Speaker.objects.get(aliases__normalised="sergei lavrov")
    assert {claim.article_id for claim in lavrov.claims.all()} == {articles[0].pk}
    later.refresh_from_db()
    assert later.status == Article.Status.QUEUED  # three at most
    assert later.attempts == 0

    # The tasks of the articles it took along find them done and leave them alone.
    before = {article.pk: claims_of(article) for article in articles}
    for article in articles[1:]:
        extract_article(article.pk)
    for article in articles:
        article.refresh_from_db()
        assert article.attempts == 1
        assert claims_of(article) == before[article.pk]


def test_of_the_last_few_waiting_half_are_left_to_other_workers(settings):
    settings.EXTRACT_BATCH_SIZE = 8
    first, *others = [queued(f"{SHORT}\nUpdate {n}.") for n in range(5)]
    extract_article(first.pk)
    statuses = [Article.objects.get(pk=other.pk).status for other in others]
    assert statuses == [Article.Status.DONE] * 2 + [Article.Status.QUEUED] * 2


def test_articles_not_ready_or_interrupted_before_are_not_taken_along(settings):
    settings.EXTRACT_BATCH_SIZE = 8
    waiting_for_page = make_article(OTHER, origin=Article.Origin.FEED, status="queued")
    waiting_for_page.fetched_at = None
    waiting_for_page.save()
    interrupted = queued(OTHER + " Again.")
    interrupted.interruptions = 1
    interrupted.save()
    failed = queued(OTHER + " Once more.")
    mark_failed(failed.pk, "Extraction failed: earlier trouble")
    first = queued(SHORT)

    extract_article(first.pk)

    first.refresh_from_db()
    assert first.status == Article.Status.DONE
    for article in (waiting_for_page, interrupted, failed):
        status = article.status if article is not failed else Article.Status.FAILED
        article.refresh_from_db()
        assert article.status == status
        assert article.attempts == 0
        assert article.claims.count() == 0


def test_batch_size_one_extracts_only_the_article(settings):
    settings.EXTRACT_BATCH_SIZE = 1
    first, second = queued(SHORT), queued(OTHER)
    extract_article(first.pk)
    second.refresh_from_db()
    assert second.status == Article.Status.QUEUED
    assert second.claims.count() == 0
