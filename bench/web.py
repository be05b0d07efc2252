"""`make bench-web`: page latency at archive scale.

On a database of its own (the configured one's name + "_bench"; the configured database is
never touched) it builds the synthetic corpus once (`generate_corpus`, 1M claims by default,
BENCH_CLAIMS to change), starts gunicorn on loopback, loads each main page and prints
p50 / p95 / p99 latency and requests per second. It then EXPLAINs every query each page runs
and names any sequential scan over claims or quote groups.

    python -m claimtrack.launch exec python -m bench.web
"""

import json
import os
import re
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

import psycopg

from bench.loadgen import load
from claimtrack.launch import BASE_DIR, free_port, stop_process, wait_for_port

TARGET_P95_MS = 50.0
BENCH_CLAIMS = int(os.environ.get("BENCH_CLAIMS", "1000000"))
BENCH_REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))


def bench_database_url(url: str) -> tuple[str, str, str]:
    """(bench URL, maintenance URL, bench database name) from the configured DATABASE_URL."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_bench"
    bench = urlunsplit(parts._replace(path="/" + name))
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    return bench, maintenance, name


def ensure_database(maintenance_url: str, name: str) -> None:
    with psycopg.connect(maintenance_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


PAGES_SCRIPT = """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.db.models import Count
from claims.models import Claim, QuoteGroup
from claims.pagination import make_cursor

middle = Claim.objects.order_by("-published", "-id")[Claim.objects.count() // 2]
newest = Claim.objects.order_by("-published", "-id").first().published
top = (
    Claim.objects.values("speaker__slug", "speaker__name")
    .annotate(n=Count("id")).order_by("-n").first()
)
paths = [
    ("claims list", "/claims/"),
    ("deep page", f"/claims/?before={make_cursor(middle)}"),
    ("search", "/claims/?q=ceasefire+negotiations"),
    ("outlet filter", "/claims/?outlet=metro+herald"),
    ("largest speaker", f"/speakers/{top['speaker__slug']}/"),
    ("claim", f"/claims/{middle.pk}/"),
    ("article", f"/articles/{middle.article_id}/"),
    ("speaker search", "/claims/?q=" + top["speaker__name"].replace(" ", "+")),
    ("speakers", "/speakers/"),
    ("speakers: most", "/speakers/?sort=claims"),
    ("speakers: name", "/speakers/?sort=name&page=40"),
    ("contradictions", "/contradictions/"),
    ("one row a quote", "/claims/?repeats=on"),
    ("most repeated", "/claims/?sort=repeated"),
    ("repeated claim", f"/claims/{QuoteGroup.objects.most_repeated().first().first_claim_id}/"),
    ("spreading: 30 d", f"/spreading/?until={newest:%Y-%m-%d}&days=30"),
    ("spreading: all", "/spreading/?days=all"),
    ("conflicts", "/spreading/?conflicts=on"),
]
client = Client()
report = {}
for label, path in paths:
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path, HTTP_HOST="localhost").status_code
    plans = []
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute("EXPLAIN " + sql)
            plans.append("\\n".join(row[0] for row in cursor.fetchall()))
    report[label] = {"path": path, "status": status, "queries": len(queries), "plans": plans}
print(json.dumps(report))
"""

SEQ_SCAN_ON_CLAIMS = re.compile(
    r"Seq Scan on (claims_claim|claims_quotegroup|claims_quotewording|claims_quotefingerprint)\b"
)


def main() -> int:
    bench_url, maintenance_url, name = bench_database_url(os.environ["DATABASE_URL"])
    ensure_database(maintenance_url, name)
    env = {**os.environ, "DATABASE_URL": bench_url, "PUBLIC_READ": "1", "DEBUG": "0"}
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    count = int(
        manage(
            env,
            "shell",
            "--no-imports",
            "-c",
            "from claims.models import Claim, QuoteGroup; "
            "print(Claim.objects.count() if QuoteGroup.objects.exists() else 0)",
        ).strip()
    )
    # A corpus made before quote groups existed has none: it is built again.
    if count != BENCH_CLAIMS:
        print(f"building a corpus of {BENCH_CLAIMS:,} claims in database {name} …", flush=True)
        started = time.monotonic()
        manage(env, "generate_corpus", "--claims", str(BENCH_CLAIMS), "--replace")
        print(f"corpus built in {time.monotonic() - started:.0f} s", flush=True)
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")

    pages = json.loads(
        manage(env, "shell", "--no-imports", "-c", PAGES_SCRIPT).strip().splitlines()[-1]
    )
    port = free_port()
    web = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "claimtrack.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"],
        cwd=BASE_DIR, env=env, start_new_session=True,
    )  # fmt: skip
    failures = []
    try:
        wait_for_port(port, web, "gunicorn")
        print(f"\n{BENCH_CLAIMS:,} claims; {BENCH_REQUESTS} requests a page over 2 connections")
        print(
            f"{'page':<16}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'req/s':>8}{'queries':>9}  path"
        )
        for label, page in pages.items():
            path = page["path"]
            load("127.0.0.1", port, path, requests=10)  # warm the caches
            result = load("127.0.0.1", port, path, requests=BENCH_REQUESTS)
            print(
                f"{label:<16}{result.p50_ms:>8.1f}{result.p95_ms:>8.1f}{result.p99_ms:>8.1f}"
                f"{result.requests_per_second:>8.0f}{page['queries']:>9}  {path}"
            )
            if result.errors or page["status"] != 200:
                failures.append(
                    f"{label}: {result.errors} failed requests, status {page['status']}"
                )
            if result.p95_ms > TARGET_P95_MS:
                failures.append(f"{label}: p95 {result.p95_ms:.1f} ms > {TARGET_P95_MS:.0f} ms")
            for plan in page["plans"]:
                if SEQ_SCAN_ON_CLAIMS.search(plan):
                    failures.append(f"{label}: sequential scan over claims:\n{plan}")
    finally:
        stop_process(web, "gunicorn")
    print()
    if failures:
        print("NOT MET:\n- " + "\n- ".join(failures))
        return 1
    print(f"every page: p95 ≤ {TARGET_P95_MS:.0f} ms, no sequential scan over claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
