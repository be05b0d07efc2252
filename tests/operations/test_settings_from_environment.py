"""Settings come from the environment, and a bad value stops the app with a clear reason."""

import os
import subprocess
import sys

import pytest

from tests.workers import ROOT


def load_settings(**overrides):
    """Import the settings in a fresh interpreter with the given variables (None unsets)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "claimtrack.settings",
        "DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/claimtrack",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "SECRET_KEY": "s3cret-for-this-test",
        "DEBUG": "0",
    }
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    code = (
        "from django.conf import settings; "
        "print(settings.DEBUG, settings.PUBLIC_READ, settings.ALLOWED_HOSTS, "
        "settings.DATABASES['default']['NAME'], settings.TIME_ZONE)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_defaults_are_safe_for_production():
    result = load_settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False False ['localhost', '127.0.0.1', '[::1]'] claimtrack UTC"


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = load_settings(SECRET_KEY=None)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_debug_runs_without_secret_key():
    result = load_settings(SECRET_KEY=None, DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("True")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DEBUG", "maybe", "DEBUG must be a boolean"),
        ("PUBLIC_READ", "2", "PUBLIC_READ must be a boolean"),
        ("FLAG_SELF_REVIEW", "sometimes", "FLAG_SELF_REVIEW must be a boolean"),
        ("DATABASE_URL", None, "DATABASE_URL is not set"),
        ("DATABASE_URL", "mysql://db/claimtrack", "DATABASE_URL must be a PostgreSQL URL"),
        ("REDIS_URL", None, "REDIS_URL is not set"),
        ("REDIS_URL", "amqp://broker", "REDIS_URL must start with redis://"),
        ("TIME_ZONE", "Mars/Olympus", "is not a known time zone"),
        ("CSRF_TRUSTED_ORIGINS", "news.example.org", "CSRF_TRUSTED_ORIGINS entries need a scheme"),
        ("EXTRACT_BATCH_SIZE", "0", "EXTRACT_BATCH_SIZE must be at least 1"),
        ("EXTRACT_BATCH_SIZE", "many", "EXTRACT_BATCH_SIZE must be a whole number"),
    ],
)
def test_bad_values_stop_the_app_with_a_clear_reason(name, value, message):
    result = load_settings(**{name: value})
    assert result.returncode != 0
    assert message in result.stderr


def test_comma_separated_lists_and_yes_flags_are_read():
    result = load_settings(PUBLIC_READ="yes", ALLOWED_HOSTS="claims.example.org, localhost")
    assert result.returncode == 0, result.stderr
    assert "True ['claims.example.org', 'localhost']" in result.stdout
