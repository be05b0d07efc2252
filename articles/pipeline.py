"""The one way articles hands an article over for extraction, without knowing who extracts it.

Dependencies between the apps run one way: claims builds on articles, and nothing in articles
imports claims. articles owns an article's lifecycle (queued, fetching, extracting, done,
failed; retries and the stuck-article sweep) and decides when an article is ready for
extraction; claims runs the attribution engine and writes the claims. claims registers its
Extractor here from ClaimsConfig.ready(), and articles calls:

- queue_extraction(article_id) when an article's text is ready: new text, a page fetched, a
  retry from the admin, the sweep queueing a lost task again;
- extract_now(article_id) to extract in this process, without a worker (the --sync commands).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Extractor:
    # Queue the article's extraction for a worker; returns at once.
    queue: Callable[[int], object]
    # Extract the article here and now; a failure is recorded on the article, not raised.
    # Returns what was found, in a few words for the command line ("12 claim(s)").
    extract_now: Callable[[int], str]


_registered: list[Extractor] = []


def register_extractor(extractor: Extractor) -> None:
    """Called once, from the extracting app's AppConfig.ready()."""
    _registered[:] = [extractor]


def _extractor() -> Extractor:
    if not _registered:
        raise ImproperlyConfigured("No extractor registered: is claims in INSTALLED_APPS?")
    return _registered[0]


def queue_extraction(article_id: int) -> None:
    _extractor().queue(article_id)


def extract_now(article_id: int) -> str:
    return _extractor().extract_now(article_id)
