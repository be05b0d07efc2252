from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.urls import reverse


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        GROUP = "group", "Group"
        ANONYMOUS = "anonymous", "Anonymous"

    name = models.CharField("canonical name", max_length=300, db_index=True)
    slug = models.SlugField(max_length=320, unique=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.PERSON)
    description = models.CharField(max_length=500, blank=True)  # "Kremlin spokesman"
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("claims:speaker", args=[self.slug])


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)  # as first seen: "Zelenskyy"
    normalised = models.CharField(max_length=300, unique=True)  # see claims.speakers.normalise_name

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "speaker aliases"

    def __str__(self):
        return self.alias


class Claim(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        INDIRECT = "indirect", "Reported speech"
        MIXED = "mixed", "Mixed"

    # No single-column indexes on these two and on `published`: the indexes in Meta start
    # with them, and each index more is one more to update for every claim written.
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="claims", db_index=False
    )
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
        db_index=False,
    )
    # Denormalised from speaker.name so search and sorting need no join; kept in step by
    # the code that creates, renames or merges speakers.
    speaker_name = models.CharField(max_length=300, blank=True)
    speaker_text = models.CharField("speaker as written", max_length=500, blank=True)
    text = models.TextField()
    kind = models.CharField(max_length=16, choices=Kind.choices)
    cue = models.CharField(max_length=200, blank=True)  # "insisted"
    cue_lemma = models.CharField(max_length=100, blank=True)  # "insist"
    intermediary = models.CharField(max_length=300, blank=True)  # "Interfax"

    # Character offsets into article.text: [[start, end], ...] (several pieces for a split quote).
    content_spans = models.JSONField(default=list)
    cue_span = models.JSONField(null=True, blank=True)  # [start, end]
    source_span = models.JSONField(null=True, blank=True)  # [start, end]

    confidence = models.FloatField(default=0.5)
    extractor_version = models.CharField(max_length=32, blank=True)
    # Set when re-extraction no longer finds this claim but editors flagged it, so it is kept.
    stale = models.BooleanField(default=False)
    # Copied from the article (publication date, else fetch time) so "newest first" is one index.
    published = models.DateTimeField()

    search_vector = models.GeneratedField(
        expression=SearchVector("text", weight="A", config="english")
        + SearchVector("speaker_name", "speaker_text", weight="B", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published", "-id"]
        indexes = [
            # Without fastupdate, new claims go straight into the index instead of a pending
            # list that every search reads through until a vacuum merges it.
            GinIndex(fields=["search_vector"], name="claim_search_idx", fastupdate=False),
            models.Index(fields=["-published", "-id"], name="claim_newest_idx"),
            models.Index(fields=["speaker", "-published", "-id"], name="claim_speaker_newest_idx"),
            models.Index(fields=["article", "id"], name="claim_article_idx"),
        ]

    def __str__(self):
        return f"{self.speaker_name or self.speaker_text or 'Unknown'}: {self.text[:80]}"

    def get_absolute_url(self):
        return reverse("claims:detail", args=[self.pk])


class ContradictionFlag(models.Model):
    """Two claims an editor says cannot both be true.

    The pair is unordered: it is stored with claim_a.id < claim_b.id.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CONFIRMED = "confirmed", "Confirmed"
        DISMISSED = "dismissed", "Dismissed"

    claim_a = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="flags_as_a")
    claim_b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="flags_as_b")
    # The two claims' speakers, so a speaker's flags are found in the flags table alone rather
    # than by reading every claim of someone quoted 100,000 times. Triggers in the database
    # (migration 0004) set them when a flag is made and follow a claim that changes speaker,
    # whichever code changes it (re-extraction, merges, the admin).
    speaker_a = models.ForeignKey(
        Speaker,
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    speaker_b = models.ForeignKey(
        Speaker,
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    note = models.TextField(blank=True)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    flagged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["speaker_a", "-created_at", "-id"], name="flag_speaker_a_idx"),
            models.Index(fields=["speaker_b", "-created_at", "-id"], name="flag_speaker_b_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["claim_a", "claim_b"], name="flag_pair_unique"),
            models.CheckConstraint(
                condition=Q(claim_a__lt=F("claim_b")), name="flag_pair_ordered_distinct"
            ),
        ]

    def __str__(self):
        return f"Claim {self.claim_a_id} vs claim {self.claim_b_id} ({self.status})"

    def save(self, *args, **kwargs):
        # Store the unordered pair in one order so the unique constraint sees (a, b) == (b, a).
        if self.claim_a_id and self.claim_b_id and self.claim_a_id > self.claim_b_id:
            self.claim_a_id, self.claim_b_id = self.claim_b_id, self.claim_a_id
        super().save(*args, **kwargs)


class FlagEvent(models.Model):
    """The history of a contradiction flag: who opened, confirmed, dismissed or reopened it."""

    flag = models.ForeignKey(ContradictionFlag, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=16, choices=ContradictionFlag.Status.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_status_display()} by {self.actor or 'someone'}"
