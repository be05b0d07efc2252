"""Ways in besides feeds: a submitted URL, pasted text, imported files.

Each creates (or finds) the Article and queues the work it needs once the transaction
commits; bad input raises ValidationError with a message fit for an editor.
"""

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.canonical import canonical_url, content_hash
from articles.content import extract_page, normalise_text, strip_boilerplate
from articles.fetch import FetchError, check_url, decode_html, is_binary, validate_url
from articles.models import Article, Outlet
from articles.processing import too_long_to_extract
from articles.tasks import queue_article

IMPORT_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
URL_MAX_CHARS = Article._meta.get_field("url").max_length


def _queue(article: Article) -> None:
    transaction.on_commit(lambda: queue_article(article.pk))


@dataclass
class Created:
    article: Article
    created: bool


def submit_url(url: str, *, submitted_by=None) -> Created:
    """The article at url, created with origin "url" and queued for fetching if it is new (a
    failed one is queued again); Created.created says which."""
    url = (url or "").strip()
    if not url:
        raise ValidationError("Enter the address of an article.")
    try:
        check_url(url)
    except FetchError as exc:
        raise ValidationError(str(exc)) from None
    canonical = canonical_url(url)
    if len(canonical) > URL_MAX_CHARS:
        raise ValidationError(f"The address is longer than {URL_MAX_CHARS:,} characters.")
    with transaction.atomic():
        article, created = Article.objects.select_for_update().get_or_create(
            url=canonical,
            defaults={
                "origin": Article.Origin.URL,
                "status": Article.Status.QUEUED,
                "submitted_by": submitted_by,
            },
        )
        if not created and article.status == Article.Status.FAILED:
            # Submitting a failed article again is asking to try again.
            article.status = Article.Status.QUEUED
            article.fetched_at = None
            article.error = ""
            article.save()
            created = True
        if created:
            _queue(article)
    return Created(article, created)


def _aware(value: date | datetime | None) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(12, 0))
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def create_text_article(
    text: str,
    *,
    origin: str,
    title: str = "",
    outlet: str = "",
    byline: str = "",
    published: date | datetime | None = None,
    url: str = "",
    submitted_by=None,
    queue: bool = True,
) -> Created:
    """An article whose text is given, queued for extraction; the existing one if already here.

    The same text or the same address as an existing article finds that article. With
    queue=False nothing is queued: the caller processes the article itself.
    """
    body = strip_boilerplate(text or "")
    if not body:
        raise ValidationError("The text is empty: paste the article's text.")
    too_long = too_long_to_extract(body)
    if too_long:
        raise ValidationError(too_long)
    canonical = None
    if url and url.strip():
        try:
            validate_url(url.strip())
        except FetchError as exc:
            raise ValidationError(str(exc)) from None
        canonical = canonical_url(url)
        if len(canonical) > URL_MAX_CHARS:
            raise ValidationError(f"The address is longer than {URL_MAX_CHARS:,} characters.")
    text_hash = content_hash(body)
    existing = Article.objects.filter(content_hash=text_hash).first()
    if existing is None and canonical:
        existing = Article.objects.filter(url=canonical).first()
    if existing is not None:
        return Created(existing, False)
    outlet = normalise_text(outlet)[:300]
    article = Article(
        url=canonical,
        title=normalise_text(title)[:1000],
        outlet=outlet,
        outlet_ref=Outlet.objects.for_site(canonical or "", outlet),
        byline=normalise_text(byline)[:500],
        published=_aware(published),
        fetched_at=timezone.now(),
        text=body,
        content_hash=text_hash,
        origin=origin,
        status=Article.Status.QUEUED,
        submitted_by=submitted_by,
    )
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        # The same text or address arrived at the same moment from elsewhere.
        return Created(Article.objects.get(content_hash=text_hash), False)
    if queue:
        _queue(article)
    return Created(article, True)


def submit_text(
    text: str,
    *,
    title: str = "",
    outlet: str = "",
    published: date | datetime | None = None,
    url: str = "",
    submitted_by=None,
) -> Created:
    """Pasted text as an article (origin "paste"), queued for extraction if it is new."""
    return create_text_article(
        text,
        origin=Article.Origin.PASTE,
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        submitted_by=submitted_by,
    )


def _parse_published(value) -> datetime | None:
    if value in (None, ""):
        return None
    parsed = parse_datetime(str(value)) or parse_datetime(f"{value}T12:00:00")
    if parsed is None:
        raise ValidationError(f"Cannot read the date {value!r} (use ISO 8601: 2025-05-20).")
    return _aware(parsed)


def _split_title(text: str, fallback: str) -> tuple[str, str]:
    """A .txt file's first line is its title when it reads like one (short, no full stop)."""
    first, _, rest = normalise_text(text).partition("\n")
    if rest and len(first) <= 200 and not first.rstrip().endswith((".", "!", "?", '"', "”")):
        return first, rest
    return fallback, text


@dataclass
class FileImport:
    results: list[Created]
    errors: list[str]  # one per bad file or bad line, naming it


def import_file(path: Path, *, queue: bool = True) -> FileImport:
    """Articles from one file: .txt (plain text), .html (a saved page) or .jsonl.

    Each line of a .jsonl file is an object with "text" (or "html") and optionally "title",
    "outlet", "byline", "published" and "url"; a bad line is reported and the others kept.
    """
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        return FileImport([], [f"{path}: unsupported file type (use {', '.join(IMPORT_SUFFIXES)})"])
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return FileImport([], [f"{path}: {exc.strerror}"])
    if is_binary(raw):
        return FileImport([], [f"{path}: binary data, not text (a file renamed .{suffix[1:]}?)"])
    if suffix == ".jsonl":
        return _import_jsonl(path, raw, queue)
    try:
        if suffix == ".txt":
            text = decode_html(raw, "text/plain")
            title, body = _split_title(text, path.stem.replace("-", " ").replace("_", " "))
            result = create_text_article(
                body, origin=Article.Origin.IMPORT, title=title, queue=queue
            )
        else:
            page = extract_page(decode_html(raw))
            if page is None:
                raise ValidationError("no article text found in the page")
            result = create_text_article(
                page.text,
                origin=Article.Origin.IMPORT,
                title=page.title or path.stem,
                outlet=page.outlet,
                byline=page.byline,
                published=page.published,
                queue=queue,
            )
    except ValidationError as exc:
        return FileImport([], [f"{path}: {'; '.join(exc.messages)}"])
    return FileImport([result], [])


JSONL_FIELDS = ("text", "html", "title", "outlet", "byline", "published", "url")


def _jsonl_record(line: str) -> dict[str, str]:
    """A .jsonl line's fields, each a string ("" when missing or null); ValidationError
    naming the field for anything else, before anything is written."""
    try:
        record = json.loads(line)
    except RecursionError:
        raise ValidationError("the JSON is nested too deeply to read") from None
    except ValueError as exc:
        raise ValidationError(f"not JSON ({exc})") from None
    if not isinstance(record, dict):
        raise ValidationError("each line must be a JSON object")
    fields = {}
    for name in JSONL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ValidationError(f'"{name}" must be a string, not {type(value).__name__}')
        if value and (bad := _LONE_SURROGATE.search(value)):
            # "\udca0" in JSON decodes to half a UTF-16 pair, which no text can hold
            at = bad.start()
            raise ValidationError(
                f'"{name}" holds an escape that is no character (half of a UTF-16 pair, '
                f"\\u{ord(value[at]):04x}, at character {at + 1})"
            )
        fields[name] = value or ""
    return fields


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _import_jsonl(path: Path, raw: bytes, queue: bool) -> FileImport:
    report = FileImport([], [])
    for number, line in enumerate(decode_html(raw, "charset=utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = _jsonl_record(line)
            text = record["text"]
            if not text and record["html"]:
                page = extract_page(record["html"], record["url"])
                text = page.text if page else ""
            report.results.append(
                create_text_article(
                    text,
                    origin=Article.Origin.IMPORT,
                    title=record["title"],
                    outlet=record["outlet"],
                    byline=record["byline"],
                    published=_parse_published(record["published"]),
                    url=record["url"],
                    queue=queue,
                )
            )
        except (ValueError, ValidationError) as exc:
            message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            report.errors.append(f"{path}, line {number}: {message}")
    return report
