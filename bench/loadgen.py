"""A small HTTP load generator for benchmarks on loopback: latency percentiles and throughput.

Keep-alive connections, one thread each, a fixed number of requests per URL, so a run is
bounded in count and time and measures the server rather than connection set-up.
"""

import http.client
import statistics
import threading
import time
from dataclasses import dataclass

TIMEOUT_SECONDS = 30.0


@dataclass
class LoadResult:
    errors: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    requests_per_second: float


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def load(host: str, port: int, path: str, *, requests: int, connections: int = 2) -> LoadResult:
    """Send `requests` GETs for `path` over `connections` keep-alive connections."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    per_connection = [requests // connections] * connections
    for i in range(requests % connections):
        per_connection[i] += 1

    def worker(count: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT_SECONDS)
        mine, failed = [], 0
        for _ in range(count):
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT_SECONDS)
                continue
            mine.append((time.perf_counter() - started) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=worker, args=(n,)) for n in per_connection]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return LoadResult(
        errors=errors,
        p50_ms=statistics.median(latencies) if latencies else float("nan"),
        p95_ms=percentile(latencies, 0.95),
        p99_ms=percentile(latencies, 0.99),
        requests_per_second=requests / elapsed if elapsed else 0.0,
    )
