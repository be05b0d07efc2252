"""/healthz: can the app reach its database, its broker and at least one worker?"""

import redis
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from claimtrack.celery import app as celery_app

CHECK_TIMEOUT_SECONDS = 2.0


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def check_redis() -> str:
    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_connect_timeout=CHECK_TIMEOUT_SECONDS,
        socket_timeout=CHECK_TIMEOUT_SECONDS,
    )
    try:
        client.ping()
    finally:
        client.close()
    return "ok"


def check_worker() -> str:
    replies = celery_app.control.ping(timeout=CHECK_TIMEOUT_SECONDS)
    if not replies:
        raise RuntimeError("no worker answered")
    return f"ok ({len(replies)} answering)"


CHECKS = {"database": check_database, "redis": check_redis, "worker": check_worker}


@never_cache
@require_GET
def healthz(request):
    results = {}
    healthy = True
    for name, check in CHECKS.items():
        if name == "worker" and results["redis"] != "ok":
            # Workers are reached through Redis; asking would only wait out the broker's retries.
            results[name] = "down (broker unreachable)"
            continue
        try:
            results[name] = check()
        except Exception as exc:  # noqa: BLE001 - any failure means "down"; the class name says why
            healthy = False
            # The exception's class only: messages can carry hosts or credentials.
            results[name] = f"down ({type(exc).__name__})"
    return JsonResponse(
        {"status": "ok" if healthy else "down", "checks": results}, status=200 if healthy else 503
    )
