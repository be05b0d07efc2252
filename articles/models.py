from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone


class Feed(models.Model):
    url = models.URLField("feed URL", max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    site_url = models.URLField("site URL", max_length=2000, blank=True)
    active = models.BooleanField(default=True)
    poll_interval = models.DurationField(default=timedelta(minutes=30))

    # Conditional GET validators from the last 200 response.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)

    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_succeeded_at = models.DateTimeField(null=True, blank=True)
    last_status = models.PositiveSmallIntegerField("last HTTP status", null=True, blank=True)
    last_duration_ms = models.PositiveIntegerField(null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_poll_at = models.DateTimeField(default=timezone.now, db_index=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "url"]
        indexes = [
            models.Index(fields=["next_poll_at"], name="feed_due_idx", condition=Q(active=True)),
        ]

    def __str__(self):
        return self.title or self.url


def site_domain(url: str) -> str:
    """The site an address belongs to: its host in lower case, without "www." ("" if none)."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").removeprefix("www.")


class OutletQuerySet(models.QuerySet):
    def named(self, name: str):
        """Outlets called `name`, whatever its case."""
        return self.filter(name__iexact=name.strip())

    def for_site(self, url: str, name: str = ""):
        """The outlet of the site at `url`, made (called `name`, else its domain) if new; an
        outlet known only by that name so far is given the domain. By name alone when the
        address has no host; None when there is neither."""
        domain = site_domain(url)
        if not domain:
            return self.for_name(name)
        outlet = self.filter(domain=domain).first()
        if outlet is None:
            outlet = self.named(name).filter(domain=None).first() if name.strip() else None
            if outlet is not None:
                outlet.domain = domain
                outlet.save(update_fields=["domain"])
            else:
                outlet, _ = self.get_or_create(
                    domain=domain, defaults={"name": (name.strip() or domain)[:300]}
                )
        return outlet

    def for_name(self, name: str):
        """The outlet called `name` (pasted or imported text with no address), made if new."""
        name = name.strip()
        if not name:
            return None
        return self.named(name).order_by("pk").first() or self.create(name=name[:300])


class Outlet(models.Model):
    """A news site, one per domain, however its feeds and pages name it: the claim list's
    outlet filter finds every article of the site through it."""

    name = models.CharField(max_length=300)
    # The host without "www."; empty for an outlet known only by the name given with pasted
    # or imported text.
    domain = models.CharField(max_length=253, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(Upper("name"), name="outlet_name_upper_idx")]

    def __str__(self):
        return self.name


class Article(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        FETCHING = "fetching", "Fetching"
        EXTRACTING = "extracting", "Extracting"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class Origin(models.TextChoices):
        FEED = "feed", "Feed"
        URL = "url", "Submitted URL"
        PASTE = "paste", "Pasted text"
        IMPORT = "import", "Imported file"

    feed = models.ForeignKey(
        Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    # Canonical form (see articles.canonical); empty for pasted text with no address.
    url = models.URLField(max_length=2000, null=True, blank=True, unique=True)
    guid = models.CharField("entry GUID", max_length=2000, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    byline = models.CharField(max_length=500, blank=True)
    # The outlet's name as the source gave it (feed title, page, paste form); the site it
    # belongs to is outlet_ref, which is what the claim list filters on.
    outlet = models.CharField(max_length=300, blank=True, db_index=True)
    outlet_ref = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    published = models.DateTimeField(null=True, blank=True, db_index=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    # The clean body text: every claim's character offsets refer to this string.
    text = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    language = models.CharField(max_length=16, blank=True)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    # Fetches or extractions of this article that started and never finished (the worker was
    # killed, or the task ran past its hard time limit); see processing.start_step.
    interruptions = models.PositiveSmallIntegerField(default=0)
    extractor_version = models.CharField(max_length=32, blank=True)
    # The page could not be fetched or read (the reason is in `error`) and the claims come from
    # the feed entry's summary alone; the admin's retry fetches the page again.
    from_summary_only = models.BooleanField("page not fetched", default=False)
    origin = models.CharField(max_length=16, choices=Origin.choices, default=Origin.URL)
    # Set when the fetched text turns out to be the same as an earlier article's (the same
    # story syndicated elsewhere): this one keeps its address and GUID, so polls skip it, and
    # is not extracted again.
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["feed", "guid"], name="article_feed_guid_unique", condition=~Q(guid="")
            ),
        ]

    def __str__(self):
        return self.title or self.url or f"Article {self.pk}"

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.pk])

    @property
    def dated(self):
        """When the article appeared, for ordering claims: publication date, else fetch time."""
        return self.published or self.fetched_at or self.created_at
