from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
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
    outlet = models.CharField(max_length=300, blank=True, db_index=True)
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
