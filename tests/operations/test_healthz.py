"""/healthz tells an operator whether the database, Redis and a worker answer."""

import pytest


@pytest.mark.django_db
def test_healthz_reports_each_service_without_login(client, settings):
    response = client.get("/healthz")
    body = response.json()
    assert set(body["checks"]) == {"database", "redis", "worker"}
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["redis"] == "ok"
    # No worker runs in this test, so the app must say it is not healthy.
    assert body["checks"]["worker"].startswith("down")
    assert response.status_code == 503
    assert body["status"] == "down"


@pytest.mark.django_db
def test_healthz_says_redis_is_down_without_leaking_its_address(client, settings):
    settings.REDIS_URL = "redis://user:hunter2@127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["redis"].startswith("down")
    assert "hunter2" not in response.content.decode()
    assert "127.0.0.1:1" not in response.content.decode()
    assert response.json()["checks"]["worker"] == "down (broker unreachable)"


@pytest.mark.django_db(transaction=True)
def test_healthz_is_ok_when_a_worker_answers(client, celery_worker):
    response = client.get("/healthz")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["worker"].startswith("ok")
