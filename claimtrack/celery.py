"""The Celery app: configured from Django settings (the CELERY_* names), tasks found in each app."""

import logging
import os

from celery import Celery
from celery.signals import task_postrun, task_prerun, worker_init, worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtrack.settings")

app = Celery("claimtrack")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

log = logging.getLogger(__name__)


@worker_process_init.connect
def load_spacy_model(**kwargs):
    """Load the engine's spaCy model as each worker process starts, not on its first article:
    the first article is not slowed by it, and the process's memory includes it from the start.
    """
    from django.conf import settings

    from claims.extraction import load_nlp

    try:
        load_nlp(settings.SPACY_MODEL)
    except Exception:
        # The process must still come up: its extractions fail with the reason, on the article.
        log.exception("Could not load the spaCy model %r", settings.SPACY_MODEL)


@worker_init.connect
def commit_without_waiting_for_disk(**kwargs):
    """A worker's transactions do not wait for their commit to reach the disk (PostgreSQL's
    synchronous_commit off): each commit cost a worker process about 4 ms of doing nothing,
    several times an article (fetching, extracting, done). Everything a worker writes can be
    done again, so what a server crash loses (the last fraction of a second of commits, never
    half a transaction) is redone: an article left queued, fetching or extracting is queued
    again by the sweeps, a feed's new entries are found again by its next poll. The web
    process keeps waiting: what editors and admins save is theirs alone. (Connected as the
    worker starts, before its pool processes are forked: they inherit it, as does a solo pool.)
    """
    from django.db.backends.signals import connection_created

    connection_created.connect(_commit_without_waiting, dispatch_uid="commit_without_waiting")


def _commit_without_waiting(sender, connection, **kwargs):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO OFF")


@task_prerun.connect
@task_postrun.connect
def reuse_database_connection(sender=None, **kwargs):
    """Keep a worker's database connection from one task to the next, as Django keeps a web
    process's from one request to the next: it is closed only when broken or older than
    CONN_MAX_AGE, and checked before its first use in a task (CONN_HEALTH_CHECKS). Celery's
    own Django fixup would close it around every task (CELERY_DB_REUSE_MAX tells it not to),
    and a new connection costs the worker and PostgreSQL a few milliseconds each time.
    """
    if getattr(getattr(sender, "request", None), "is_eager", False):
        return  # run in-process by .apply(): the caller's connection, not ours to close
    from django.db import close_old_connections

    close_old_connections()
