"""A worker's commits do not wait for the disk; the web process's do."""

import pytest
from django.db import connections
from django.db.backends.signals import connection_created

from claimtrack.celery import commit_without_waiting_for_disk


def _synchronous_commit_of_a_new_connection() -> str:
    connection = connections.create_connection("default")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            return cursor.fetchone()[0]
    finally:
        connection.close()


@pytest.mark.django_db
def test_a_workers_database_connections_commit_without_waiting_for_the_disk():
    commit_without_waiting_for_disk()  # what the worker_init signal runs as a worker starts
    try:
        assert _synchronous_commit_of_a_new_connection() == "off"
    finally:
        connection_created.disconnect(dispatch_uid="commit_without_waiting")


@pytest.mark.django_db
def test_the_web_process_still_waits_for_its_commits_to_reach_the_disk():
    assert _synchronous_commit_of_a_new_connection() == "on"
