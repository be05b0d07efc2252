"""A real `celery -A claimtrack worker` process against the test database, and a look at
the real broker queue for tests that only check what was queued.

tests/conftest.py gives them as fixtures (`celery_worker`, `start_celery_worker`,
`broker_queue`). Tests with a worker need committed data
(`@pytest.mark.django_db(transaction=True)`), since the worker reads the database through its
own connection:

    @pytest.mark.django_db(transaction=True)
    def test_something(celery_worker):
        some_task.delay(...)
        celery_worker.wait_for(lambda: Article.objects.filter(status="done").exists())
"""

import base64
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import kombu.exceptions
import psutil
import pytest
import redis
from celery import Celery
from django.conf import settings
from django.db import connection

from claimtrack.celery import app as celery_app

ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT = 60


class CeleryWorker:
    """One worker process. By default a solo pool (tasks run in the process itself) on the
    test database and the configured broker; `pool="prefork"` runs tasks in child processes,
    as in production, and `env` overrides variables (another DATABASE_URL or REDIS_URL)."""

    def __init__(self, *, pool: str = "solo", concurrency: int = 1, env: dict | None = None):
        self.name = f"test-{uuid.uuid4().hex[:8]}@localhost"
        self.pool = pool
        self.concurrency = concurrency
        self.overrides = env or {}
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives as long as the worker
            prefix="celery-worker-", suffix=".log", delete=False
        )
        self.process: subprocess.Popen | None = None
        # A client of this worker's broker, which need not be the configured one.
        self.client = Celery("claimtrack-test-client", broker=self.broker_url, set_as_current=False)
        self.client.conf.update(task_serializer="json", accept_content=["json"])

    def environment(self) -> dict[str, str]:
        # The worker must see what the test sees: the test database, not the configured one.
        parts = urlsplit(settings.DATABASE_URL)
        test_database = connection.settings_dict["NAME"]
        env = dict(os.environ)
        env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{test_database}"))
        env["REDIS_URL"] = settings.REDIS_URL
        env["SPACY_MODEL"] = settings.SPACY_MODEL
        env["ALLOW_PRIVATE_FETCH"] = "1" if settings.ALLOW_PRIVATE_FETCH else "0"
        env.update(self.overrides)
        return env

    @property
    def broker_url(self) -> str:
        return self.environment()["REDIS_URL"]

    def start(self):
        self.client.control.purge()  # nothing left over from earlier tests or runs
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "claimtrack",
                "worker",
                f"--pool={self.pool}",
                f"--concurrency={self.concurrency}",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "-n",
                self.name,
            ],
            cwd=ROOT,
            env=self.environment(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Celery worker exited at start:\n{self.output()}")
            if self.ping():
                return
        raise RuntimeError(
            f"Celery worker did not answer within {STARTUP_TIMEOUT}s:\n{self.output()}"
        )

    def ping(self) -> bool:
        try:
            return bool(self.client.control.ping(destination=[self.name], timeout=0.5))
        except (OSError, redis.ConnectionError, kombu.exceptions.OperationalError):
            return False  # the broker is down or restarting

    def send(self, task, *args, **kwargs):
        """Queue task(*args, **kwargs) on this worker's broker."""
        self.client.send_task(task.name, args, kwargs)

    def pool_pids(self) -> list[int]:
        """The pool's child processes, which run the tasks (prefork); none for solo."""
        return [child.pid for child in psutil.Process(self.process.pid).children()]

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def wait_for(self, condition, timeout: float = 60, interval: float = 0.25, what: str = ""):
        """Poll condition() until it is true; on timeout, fail showing the worker's log."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return
            if self.process.poll() is not None:
                break
            time.sleep(interval)
        pytest.fail(f"Timed out waiting for {what or condition}. Worker log:\n{self.output()}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.client.close()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


class BrokerQueue:
    """The default Celery queue in the real Redis broker, emptied when the test starts."""

    QUEUE = "celery"

    def __init__(self):
        self.client = redis.Redis.from_url(settings.REDIS_URL)

    def purge(self):
        celery_app.control.purge()

    def tasks(self) -> list[tuple[str, list]]:
        """(task name, positional args) of each queued message, oldest first."""
        found = []
        for raw in reversed(self.client.lrange(self.QUEUE, 0, -1)):
            message = json.loads(raw)
            args = json.loads(base64.b64decode(message["body"]))[0]
            found.append((message["headers"]["task"], args))
        return found
