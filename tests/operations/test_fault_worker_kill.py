"""A worker killed in the middle of an extraction, with real prefork worker processes.

Killing the pool child that runs the task (what the OOM killer does) makes the worker's main
process put the task back at once (task_reject_on_worker_lost). Killing the whole worker
leaves the task unacknowledged in Redis until the visibility timeout (12 minutes by
default); the periodic sweep of stuck articles queues it again from the database long
before that, and the late redelivery then finds the article done and leaves it alone.
"""

import os
import signal
import time

import psutil
import pytest

from articles.models import Article
from articles.tasks import requeue_stuck_articles
from claims.models import Claim
from claims.tasks import extract_article, requeue_abandoned_extractions
from tests.factories import DEMO_TEXT, make_queued_article

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

# About 35,000 characters: a few seconds of extraction, time enough to kill it midway.
LONG_TEXT = "\n".join(DEMO_TEXT for _ in range(6))


def queued_article(text=LONG_TEXT):
    return make_queued_article(text)


def claims_of(article):
    return list(
        Claim.objects.filter(article=article)
        .order_by("content_spans", "id")
        .values_list("content_spans", "speaker_name", "kind", "text")
    )


def wait_for_status(worker, article, status, timeout=60):
    worker.wait_for(
        lambda: Article.objects.get(pk=article.pk).status == status,
        timeout=timeout,
        interval=0.05,
        what=f"article {article.pk} to be {status}",
    )


def test_killed_extractions_end_done_once_with_the_claims_of_a_clean_run(
    start_celery_worker, settings
):
    worker = start_celery_worker(pool="prefork", concurrency=1)
    [first_child] = worker.pool_pids()

    # 1. The OOM killer's way: the pool child dies; the task goes back to the queue at once.
    killed_child = queued_article()
    extract_article.delay(killed_child.pk)
    wait_for_status(worker, killed_child, Article.Status.EXTRACTING)
    os.kill(first_child, signal.SIGKILL)
    wait_for_status(worker, killed_child, Article.Status.DONE, timeout=90)
    assert worker.process.poll() is None
    assert first_child not in worker.pool_pids()

    # 2. The whole worker dies (a host restart): the sweep queues the article again.
    killed_worker = queued_article()
    extract_article.delay(killed_worker.pk)
    wait_for_status(worker, killed_worker, Article.Status.EXTRACTING)
    processes = [psutil.Process(pid) for pid in [worker.process.pid, *worker.pool_pids()]]
    for process in processes:
        process.kill()
    psutil.wait_procs(processes, timeout=10)
    assert Article.objects.get(pk=killed_worker.pk).status == Article.Status.EXTRACTING

    survivor = start_celery_worker()
    settings.STUCK_AFTER_SECONDS = 0  # what beat's sweep does once the threshold has passed
    time.sleep(0.01)
    assert requeue_stuck_articles() == 1
    wait_for_status(survivor, killed_worker, Article.Status.DONE, timeout=90)

    # The same text extracted with nothing killed.
    clean = queued_article()
    extract_article.delay(clean.pk)
    wait_for_status(survivor, clean, Article.Status.DONE, timeout=90)

    expected = claims_of(clean)
    assert len(expected) > 20
    assert len({repr(spans) for spans, *_ in expected}) == len(expected)  # no claim twice
    for article in (killed_child, killed_worker):
        article.refresh_from_db()
        assert claims_of(article) == expected
        assert article.error == ""
        assert article.attempts == 2  # the killed attempt and the one that finished
        assert article.interruptions == 0  # reset once done

    # The killed worker's own task, redelivered when the visibility timeout ends, finds the
    # article done: nothing is extracted again.
    extract_article.delay(killed_worker.pk)
    marker = queued_article("“We are ready,” the minister said on Monday.")
    extract_article.delay(marker.pk)
    wait_for_status(survivor, marker, Article.Status.DONE)
    killed_worker.refresh_from_db()
    assert killed_worker.attempts == 2
    assert claims_of(killed_worker) == expected


def test_an_article_that_keeps_killing_its_worker_is_failed_not_retried_forever(
    start_celery_worker,
):
    worker = start_celery_worker(pool="prefork", concurrency=1)
    article = queued_article()
    extract_article.delay(article.pk)
    for attempt in (1, 2, 3):
        worker.wait_for(
            lambda attempt=attempt: Article.objects.get(pk=article.pk).attempts == attempt,
            timeout=60,
            interval=0.05,
            what=f"extraction attempt {attempt}",
        )
        [child] = worker.pool_pids()
        os.kill(child, signal.SIGKILL)
    wait_for_status(worker, article, Article.Status.FAILED, timeout=60)
    article.refresh_from_db()
    assert "interrupted 3 times" in article.error
    assert article.claims.count() == 0

    # The worker is still there for the next article.
    healthy = queued_article("“We are ready,” the minister said on Monday.")
    extract_article.delay(healthy.pk)
    wait_for_status(worker, healthy, Article.Status.DONE)


def test_a_batch_killed_midway_ends_with_each_article_done_once(start_celery_worker, settings):
    # Three articles one task extracts together: only the first has a task of its own, as
    # when the others' tasks were taken by a worker that found them in a live batch.
    worker = start_celery_worker(pool="prefork", concurrency=1, env={"EXTRACT_BATCH_SIZE": "3"})
    text = "\n".join(DEMO_TEXT for _ in range(2))  # 3 x 12,000 characters: a few seconds together
    batch = [queued_article(f"{text}\nCopy {n}.") for n in range(3)]
    queued_article(f"{text}\nCopy 4.")  # waiting too, left for another task
    extract_article.delay(batch[0].pk)
    worker.wait_for(
        lambda: all(
            Article.objects.get(pk=article.pk).status == Article.Status.EXTRACTING
            for article in batch
        ),
        timeout=60,
        interval=0.05,
        what="the three articles to be extracted together",
    )
    [child] = worker.pool_pids()
    os.kill(child, signal.SIGKILL)

    # The first article's task comes back; it finds the other two left behind and queues them.
    for article in batch:
        wait_for_status(worker, article, Article.Status.DONE, timeout=120)

    clean = queued_article(f"{text}\nCopy 3.")
    extract_article.delay(clean.pk)
    wait_for_status(worker, clean, Article.Status.DONE, timeout=90)
    expected = claims_of(clean)
    assert len(expected) > 10
    assert len({repr(spans) for spans, *_ in expected}) == len(expected)  # no claim twice
    for article in batch:
        article.refresh_from_db()
        assert claims_of(article) == expected
        assert article.error == ""
        assert article.attempts == 2  # the killed batch and the one that finished it
        assert article.interruptions == 0


def test_a_whole_worker_killed_during_a_batch_is_recovered_by_the_next_minutes_sweep(
    start_celery_worker,
):
    worker = start_celery_worker(pool="prefork", concurrency=1, env={"EXTRACT_BATCH_SIZE": "3"})
    text = "\n".join(DEMO_TEXT for _ in range(2))
    batch = [queued_article(f"{text}\nCopy {n}.") for n in range(3)]
    queued_article(f"{text}\nCopy 4.")  # waiting too, left for another task
    extract_article.delay(batch[0].pk)
    worker.wait_for(
        lambda: all(
            Article.objects.get(pk=article.pk).status == Article.Status.EXTRACTING
            for article in batch
        ),
        timeout=60,
        interval=0.05,
        what="the three articles to be extracted together",
    )
    # A live batch holds its articles: the sweep leaves them alone.
    assert requeue_abandoned_extractions() == 0

    processes = [psutil.Process(pid) for pid in [worker.process.pid, *worker.pool_pids()]]
    for process in processes:
        process.kill()
    psutil.wait_procs(processes, timeout=10)
    killed_at = time.monotonic()

    # What beat runs every minute: no waiting for the 12-minute visibility timeout or the
    # 30-minute stuck-article sweep.
    survivor = start_celery_worker()
    assert requeue_abandoned_extractions() == 3
    for article in batch:
        wait_for_status(survivor, article, Article.Status.DONE, timeout=120)
    print(f"recovered {time.monotonic() - killed_at:.1f} s after kill -9 (plus <= 60 s of beat)")

    clean = queued_article(f"{text}\nCopy 3.")
    extract_article.delay(clean.pk)
    wait_for_status(survivor, clean, Article.Status.DONE, timeout=90)
    expected = claims_of(clean)
    for article in batch:
        article.refresh_from_db()
        assert claims_of(article) == expected  # each done once, no claim twice
        assert article.attempts == 2
        assert article.error == ""
