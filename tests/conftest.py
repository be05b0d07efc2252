"""Shared test setup. The suite runs against the real PostgreSQL and Redis named by
DATABASE_URL / REDIS_URL (make test starts embedded ones when they are unset).

Fixtures every area uses: clients logged in as each role, the loopback HTTP server, real
Celery worker processes and the real broker queue. Data builders are plain functions in
tests/factories.py."""

import pytest
import redis
from django.conf import settings as django_settings
from django.core.cache import cache

from tests.factories import make_user
from tests.localserver import LocalServer
from tests.workers import BrokerQueue, CeleryWorker


@pytest.fixture(autouse=True)
def _empty_cache():
    # Each test's rows are rolled back behind the per-process cache's back (see
    # claims.forms.filter_choices): start every test with nothing cached.
    cache.clear()


@pytest.fixture(autouse=True)
def _static_files_without_collectstatic(settings):
    # The manifest storage needs `collectstatic` first; tests serve static files from the
    # source folders instead, as `runserver` does.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


# --- Logged-in clients, one per role. They share pytest-django's `client`: one role a test. ---


@pytest.fixture
def journalist_client(client):
    client.force_login(make_user("Journalist"))
    return client


@pytest.fixture
def editor():
    return make_user("Editor", username="edna")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def admin_user_client(client):
    """A member of the Admin group (staff, not superuser), unlike pytest-django's admin_client."""
    client.force_login(make_user("Admin"))
    return client


# --- The loopback HTTP server (tests/localserver.py) -----------------------------------------


@pytest.fixture
def local_http(settings):
    # Serving on loopback only makes sense if the fetcher may reach it; a test of the refusal
    # turns this off again in its body.
    settings.ALLOW_PRIVATE_FETCH = True
    server = LocalServer()
    server.start()
    yield server
    server.stop()


# --- Celery worker processes and the broker queue (tests/workers.py) --------------------------
# Workers read the database through their own connections, so their tests need committed
# data: `@pytest.mark.django_db(transaction=True)`.


@pytest.fixture
def start_celery_worker(transactional_db):
    """Starts a CeleryWorker(**options) and returns it; every one is stopped afterwards."""
    started = []

    def start(**options):
        worker = CeleryWorker(**options)
        started.append(worker)
        worker.start()
        return worker

    yield start
    for worker in started:
        worker.stop()
    # A killed worker's task stays in the broker's unacknowledged set until the visibility
    # timeout; drop it so that it is not redelivered into a later test.
    redis.Redis.from_url(django_settings.REDIS_URL).delete("unacked", "unacked_index")


@pytest.fixture
def celery_worker(start_celery_worker):
    """One worker with a solo pool on the test database and the configured broker."""
    return start_celery_worker()


@pytest.fixture
def broker_queue():
    """The real broker's default queue, empty when the test starts, for checking what a test
    queued without a worker taking it."""
    queue = BrokerQueue()
    queue.purge()
    yield queue
    queue.purge()
