"""The Celery app: configured from Django settings (the CELERY_* names), tasks found in each app."""

import logging
import os

from celery import Celery
from celery.signals import worker_process_init

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
