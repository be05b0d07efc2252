"""One quote across articles: the models (imported by claims.models). How claims are put in
groups is claims.spread; what counts as the same quote, claims.quote_words.

A QuoteGroup holds the claims that carry one quotation, whoever reported it. Its wordings
(QuoteWording) are the normalised forms its claims were found in, each hashed, so that the
same words arriving again find the group by one index lookup; its fingerprints
(QuoteFingerprint) are winnowed five-word shingles of those wordings, so that a shortened
quote, a piece around an ellipsis or a wording with a word changed finds it by index too.

The counts and the first report are kept by claims.spread.refresh_groups whenever a group's
claims change. Each claim says its place in its group (Claim.quote_role): alone, the first
report of the quote by its speaker, or a repeat.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse


class QuoteRole(models.IntegerChoices):
    # Ungrouped (reported speech, too short) or the only claim of its group.
    ALONE = 0, "Alone"
    # The earliest claim of its group with its speaker: a group with two speakers (a
    # conflict) has one first report for each.
    FIRST = 1, "First report"
    REPEAT = 2, "Repeat"


class QuoteGroupQuerySet(models.QuerySet):
    def repeated(self):
        return self.filter(claim_count__gte=2)

    def most_repeated(self):
        """Groups of two claims or more, the most reported first (off quote_group_repeated_idx)."""
        return self.repeated().order_by("-claim_count", "id")

    def conflicts(self):
        """Groups whose words outlets credit to different people, the newest first."""
        return self.for_spreading().filter(speakers_differ=True).order_by("-first_published")

    def for_spreading(self):
        """Groups with their first report, its speaker and article, for the Spreading page."""
        return self.select_related(
            "first_claim", "first_claim__speaker", "first_claim__article"
        ).only(
            *("words", "first_published", "claim_count", "outlet_count", "speakers_differ"),
            *("first_claim__text", "first_claim__kind", "first_claim__speaker_name"),
            *("first_claim__speaker_text", "first_claim__speaker__name"),
            *("first_claim__speaker__slug", "first_claim__article__outlet"),
        )

    def in_order_of(self, ids):
        by_id = self.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]


class QuoteGroup(models.Model):
    # The longest wording, normalised (pieces joined by " … "): what fragments are checked
    # against first.
    words = models.TextField()
    # Whose words: the speaker of the first report (speaker key "s:ID", or "n:name" for a
    # source with no Speaker, "" for none). Fragments and edited wordings join only a group
    # of the same speaker; identical words join any group (two Speakers: eight words or more,
    # see claims.spread.may_share_words), and the group is then a conflict.
    speaker_key = models.CharField(max_length=320, blank=True)
    first_claim = models.ForeignKey(
        "claims.Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    first_published = models.DateTimeField(null=True, blank=True)
    last_published = models.DateTimeField(null=True, blank=True)
    claim_count = models.PositiveIntegerField(default=0)
    article_count = models.PositiveIntegerField(default=0)
    outlet_count = models.PositiveIntegerField(default=0)
    # Outlets credit these words to different people: two Speakers (a source the engine could
    # not resolve to one, "a candidate", is no other person).
    speakers_differ = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = QuoteGroupQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                F("claim_count").desc(),
                F("id"),
                name="quote_group_repeated_idx",
                condition=Q(claim_count__gte=2),
            ),
            models.Index(
                fields=["first_published"],
                name="quote_group_conflict_idx",
                condition=Q(speakers_differ=True),
            ),
        ]

    def __str__(self):
        return f"Quote {self.pk}: {self.words[:80]}"

    def get_absolute_url(self):
        if self.first_claim_id:
            return reverse("claims:detail", args=[self.first_claim_id]) + "#spread"
        return reverse("claims:spreading")


class QuoteWording(models.Model):
    """One normalised wording a group's claims were found in."""

    group = models.ForeignKey(QuoteGroup, on_delete=models.CASCADE, related_name="wordings")
    key = models.BigIntegerField()  # claims.quote_words.exact_key
    words = models.TextField()

    class Meta:
        indexes = [models.Index(fields=["key"], name="quote_wording_key_idx")]
        constraints = [
            models.UniqueConstraint(fields=["group", "key"], name="quote_wording_unique"),
        ]

    def __str__(self):
        return self.words[:80]


class QuoteFingerprint(models.Model):
    """A winnowed shingle of a group's wordings (claims.quote_words.fingerprints)."""

    pk = models.CompositePrimaryKey("key", "group")
    key = models.BigIntegerField()
    group = models.ForeignKey(QuoteGroup, on_delete=models.CASCADE, related_name="+")

    def __str__(self):
        return f"{self.key} → quote {self.group_id}"


class QuoteGroupEdit(models.Model):
    """An editor split claims off a group or joined two groups. The claims moved are
    Claim.quote_pinned from then on: grouping again (re-extraction, `group_quotes --regroup`)
    leaves them where the editor put them."""

    class Action(models.TextChoices):
        SPLIT = "split", "Split off"
        JOIN = "join", "Joined"

    action = models.CharField(max_length=8, choices=Action.choices)
    group = models.ForeignKey(QuoteGroup, null=True, on_delete=models.SET_NULL, related_name="+")
    claim_ids = models.JSONField(default=list)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    edited_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-edited_at", "-id"]

    def __str__(self):
        return f"{self.get_action_display()}: {len(self.claim_ids)} claim(s)"
