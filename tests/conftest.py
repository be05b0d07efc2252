"""Shared test setup. The suite runs against the real PostgreSQL and Redis named by
DATABASE_URL / REDIS_URL (make test starts embedded ones when they are unset)."""

import pytest


@pytest.fixture(autouse=True)
def _static_files_without_collectstatic(settings):
    # The manifest storage needs `collectstatic` first; tests serve static files from the
    # source folders instead, as `runserver` does.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
