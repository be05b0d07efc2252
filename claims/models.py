from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models, transaction
from django.db.models import (
    CharField,
    Count,
    F,
    Func,
    OuterRef,
    Prefetch,
    Q,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, Left, Lower
from django.urls import reverse
from django.utils import timezone

from claims.quote_groups import (  # noqa: F401 (the app's models are all found here)
    QuoteFingerprint,
    QuoteGroup,
    QuoteGroupEdit,
    QuoteRole,
    QuoteWording,
)
from claims.search import ranked_window, search_query, speaker_name_is, speaker_search


class BaseQuerySet(models.QuerySet):
    def in_order_of(self, ids):
        """The objects with these ids, in the same order, fetched in one query.

        Pages pick the ids of the rows they show from a narrow query first, then fetch those
        rows with everything they display: joining first would join every candidate before
        the sort.
        """
        by_id = self.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]


class SpeakerQuerySet(BaseQuerySet):
    def matching(self, text):
        """The speaker list's search: name or alias contains the text, or the slug is it."""
        return self.filter(speaker_search(text)).distinct()

    def named(self, name):
        """Speakers a filter value means: an exact slug, else a case-insensitive name or alias."""
        name = name.strip()
        by_slug = list(self.filter(slug=name))
        if by_slug:
            return by_slug
        return list(self.filter(speaker_name_is(name)).distinct())

    def with_hand_corrected_count(self):
        """Speakers with `hand_corrected`: how many of their claims an editor gave them."""
        theirs = Claim.objects.corrected_by_hand().filter(speaker=OuterRef("pk")).order_by()
        counted = theirs.values("speaker").annotate(n=Count("id")).values("n")
        return self.annotate(hand_corrected=Coalesce(models.Subquery(counted), 0))

    def with_aliases(self):
        """Speakers with `alias_names`."""
        their_aliases = SpeakerAlias.objects.filter(speaker=OuterRef("pk")).order_by("alias")
        return self.annotate(alias_names=ArraySubquery(their_aliases.values("alias")))

    def called(self, text):
        """Ids of the speakers whose name or an alias the whole of `text` is, in the form
        names are compared in ("zelenskyy" finds Volodymyr Zelensky if that is his alias)."""
        # claims.speakers imports this module; normalise_name is the one way names compare.
        from claims.speakers import normalise_name

        normalised = normalise_name(text)[:300]
        if not normalised:
            return []
        by_alias = SpeakerAlias.objects.filter(normalised=normalised).values_list("speaker")
        by_name = self.annotate(lower_name=Lower("name")).filter(lower_name=text.strip().lower())
        # One query, each half off its own index (the unique alias, speaker_name_ci_idx).
        either = by_alias.order_by().union(by_name.order_by().values_list("pk"))
        return sorted({pk for (pk,) in either})

    def in_order(self, sort):
        """The speaker list in one of SPEAKER_ORDERS, each walked off its own index."""
        return self.order_by(*SPEAKER_ORDERS.get(sort, SPEAKER_ORDERS[DEFAULT_SPEAKER_ORDER]))


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
    # A person's "first|last|suffix" (claims.names.person_key): speakers sharing it are one
    # person to resolve_speakers. Editors keeping two people apart give one another key.
    person_key = models.CharField(
        max_length=300,
        blank=True,
        db_index=True,
        help_text="Speakers with the same key are merged by resolve_speakers; "
        "change it (e.g. add “#2”) to keep two people of the same name apart.",
    )
    # The surname part of person_key, kept by the database however the key is written: the
    # people of one surname ("Mr. Ruiz" in an article that names no Ruiz) are found off an
    # index.
    surname = models.GeneratedField(
        expression=Func(
            F("person_key"), Value("|"), Value(2), function="split_part", output_field=CharField()
        ),
        output_field=models.CharField(max_length=300),
        db_persist=True,
        db_index=True,
    )
    # Kept by a database trigger on claims (migration 0007), whoever writes them and however
    # (bulk, COPY, merges): the speaker list sorts 20,000 speakers by these off an index.
    claim_count = models.PositiveIntegerField(default=0, db_default=0, editable=False)
    last_quoted = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(Lower("name"), F("id"), name="speaker_name_ci_idx"),
            models.Index(
                F("last_quoted").desc(nulls_last=True), F("id"), name="speaker_last_quoted_idx"
            ),
            models.Index(F("claim_count").desc(), F("id"), name="speaker_claim_count_idx"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("claims:speaker", args=[self.slug])

    def distinct_quote_count(self):
        """Their claims, a quote repeated in several articles counted once (the repeats are
        counted off claim_repeat_speaker_idx)."""
        return self.claim_count - Claim.objects.by_speaker(self).repeats().count()


# The speaker list's orders (?sort=), each matching one of Speaker's indexes.
SPEAKER_ORDERS = {
    "recent": (F("last_quoted").desc(nulls_last=True), "id"),
    "claims": ("-claim_count", "id"),
    "name": (Lower("name"), "id"),
}
DEFAULT_SPEAKER_ORDER = "recent"  # who is in the news now


class SpeakerRedirect(models.Model):
    """The address of a speaker merged into another: its old page and feed lead to `speaker`."""

    old_slug = models.SlugField(max_length=320, unique=True)
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self):
        return f"{self.old_slug} → {self.speaker.slug}"


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)  # as first seen: "Zelenskyy"
    normalised = models.CharField(max_length=300, unique=True)  # see claims.speakers.normalise_name

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "speaker aliases"

    def __str__(self):
        return self.alias


def start_of_day(day):
    return timezone.make_aware(datetime.combine(day, time.min))


# What a list row, a flag card, an export or a feed shows of a claim.
LIST_FIELDS = (
    *("text", "kind", "cue", "intermediary", "speaker_text", "speaker_name"),
    *("published", "updated_at", "quote_group", "quote_role"),
    *("speaker__name", "speaker__slug"),
    *("article__title", "article__outlet", "article__url"),
    # "Reported 12× · 5 outlets" beside a quote reported more than once.
    *("quote_group__claim_count", "quote_group__outlet_count"),
)
# What an export adds: the claim's quote across articles.
EXPORT_GROUP_FIELDS = (
    *("quote_group__first_claim", "quote_group__first_published"),
    *("quote_group__article_count", "quote_group__speakers_differ"),
)


class ClaimQuerySet(BaseQuerySet):
    def for_list(self):
        """Claims with what a list row, a flag card, an export or a feed shows, and nothing
        else: a page of rows otherwise decodes thirty claims' spans and a dozen timestamps it
        never shows."""
        return self.select_related("speaker", "article", "quote_group").only(*LIST_FIELDS)

    def for_export(self):
        """List rows with their quote group's counts and first report."""
        return self.for_list().only(*LIST_FIELDS, *EXPORT_GROUP_FIELDS)

    def collapsed(self):
        """One claim a quote: repeats of a quote by the same speaker left out (QuoteRole)."""
        return self.exclude(quote_role=QuoteRole.REPEAT)

    def repeats(self):
        return self.filter(quote_role=QuoteRole.REPEAT)

    def reports_of(self, group_id, count):
        """The first `count` reports of a quote, oldest first (claim_quote_group_idx)."""
        return list(self.filter(quote_group=group_id).order_by("published", "id")[:count])

    def most_repeated(self, offset, limit):
        """Of the quotes reported more than once, [offset:offset + limit] by most reports
        first, each as the earliest of these claims that carries it (list rows). The groups'
        own index is walked, and each group's claims looked up off claim_quote_group_idx
        until one of these is found: the first page reads a few dozen groups, whatever the
        size of the archive."""
        mine = self.order_by().filter(quote_group=OuterRef("pk")).order_by("published", "id")
        groups = QuoteGroup.objects.most_repeated().annotate(
            earliest=models.Subquery(mine.values("pk")[:1])
        )
        ids = groups.filter(earliest__isnull=False).values_list("earliest", flat=True)
        return Claim.objects.for_list().in_order_of(list(ids[offset : offset + limit]))

    def spreading(self, start, end, count):
        """The quotes reported most in [start, end): (group id, reports, articles) of the
        `count` most, off claim_spread_idx alone (claims in groups of two or more). Reports
        are counted for every group in the period, articles only for the `count` shown:
        counting distinct articles for all of them makes PostgreSQL sort every report."""
        in_period = self.filter(
            quote_role__gt=QuoteRole.ALONE, published__gte=start, published__lt=end
        ).order_by()
        most = list(
            in_period.values("quote_group")
            .annotate(reports=Count("*"))
            .filter(reports__gte=2)
            .order_by("-reports", "quote_group")
            .values_list("quote_group", "reports")[:count]
        )
        articles = dict(
            in_period.filter(quote_group__in=[group for group, _ in most])
            .values("quote_group")
            .annotate(articles=Count("article", distinct=True))
            .values_list("quote_group", "articles")
        )
        return [(group, reports, articles.get(group, 0)) for group, reports in most]

    def for_detail(self):
        """A claim with its speaker, article, feed and quote group, for the claim's own page."""
        return self.select_related("speaker", "article", "article__feed", "quote_group").defer(
            "search_vector"
        )

    def for_flagging(self):
        """A claim with its speaker and source, for the form that flags it: no article text."""
        return self.select_related("speaker", "article").defer("search_vector", "article__text")

    def by_speaker(self, speaker):
        return self.filter(speaker=speaker)

    def corrected_by_hand(self):
        """Claims whose speaker an editor chose (Claim.speaker_locked)."""
        return self.filter(speaker_locked=True)

    def matching(self, text):
        """Claims whose text or speaker matches a search (see claims.search.search_query),
        and every claim of a speaker the whole search names by name or any alias: a search
        for "Zelenskyy" finds the claims of Volodymyr Zelensky, whose claims say Zelensky."""
        by_text = Q(search_vector=search_query(text))
        speaker_ids = Speaker.objects.called(text)
        return self.filter(by_text | Q(speaker_id__in=speaker_ids) if speaker_ids else by_text)

    def count_up_to(self, limit):
        """How many of these claims there are, counted no further than limit + 1 off the
        newest-first index: a count of a million claims would cost more than the page showing
        them. (A search's count comes with its ranking: see ranked_window.)"""
        return self.order_by("-published", "-id").values("pk")[: limit + 1].count()

    def in_flags(self, flags):
        """Claims in any of these flags. Flags are made by hand, so PostgreSQL hashes their
        claim ids once and checks claims against the hash as it walks them newest first."""
        return self.filter(Q(pk__in=flags.values("claim_a")) | Q(pk__in=flags.values("claim_b")))

    def flagged(self):
        """Claims in a flag that editors have not dismissed."""
        return self.in_flags(ContradictionFlag.objects.not_dismissed())

    def filtered(
        self,
        speakers=(),
        outlets=(),
        feed=None,
        date_from=None,
        date_to=None,
        kind="",
        flagged=False,
        text="",
    ):
        """The claim list's filters (dates are days, both ends included); unset ones are
        left out."""
        claims = self
        if speakers:
            claims = claims.filter(speaker__in=speakers)
        if outlets:
            claims = claims.filter(outlet__in=outlets)
        if feed:
            claims = claims.filter(article__feed=feed)
        if date_from:
            claims = claims.filter(published__gte=start_of_day(date_from))
        if date_to:
            claims = claims.filter(published__lt=start_of_day(date_to + timedelta(days=1)))
        if kind:
            claims = claims.filter(kind=kind)
        if flagged:
            claims = claims.flagged()
        if text:
            claims = claims.matching(text)
        return claims

    def ranked(self, text):
        """These claims' best matches for `text`: (ids best first, whether more matches lie
        beyond the ranked window); see claims.search.ranked_window."""
        return ranked_window(self, text)

    def best_matches(self, text, offset, limit):
        """These claims' best matches for `text` as list rows, [offset:offset + limit] of the
        ranking: the ranking reads these claims, the rows come afterwards by id."""
        ids, _ = self.ranked(text)
        return Claim.objects.for_list().in_order_of(ids[offset : offset + limit])


# How much of a claim search reads (see Claim.search_vector).
SEARCHED_TEXT_CHARS = 500
SEARCHED_SPEAKER_CHARS = 60


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
    # Several speakers named together ("Obama and Clinton said"): each of them, so that the
    # claim is on each one's page; `speaker` stays empty, as no one of them said it alone.
    joint_speakers = models.ManyToManyField(Speaker, related_name="joint_claims", blank=True)
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
    # Set when re-extraction no longer finds this claim but editors flagged it or corrected its
    # speaker, so it is kept.
    stale = models.BooleanField(default=False)
    # True once an editor chose the speaker by hand (see SpeakerCorrection): re-extraction and
    # any re-resolution of speakers leave it alone. Claims the engine may still re-resolve are
    # Claim.objects.filter(speaker_locked=False); corrected ones, .corrected_by_hand().
    speaker_locked = models.BooleanField(default=False)
    # Copied from the article (publication date, else fetch time) so "newest first" is one index.
    published = models.DateTimeField()
    # The article's outlet, so the outlet filter walks one index newest first instead of
    # looking up the article of every claim it passes (17 ms for a fifth of 1M claims).
    # PostgreSQL keeps it (migration 0011): set from the article when a claim is written, and
    # on the article's claims when its outlet changes.
    outlet = models.ForeignKey(
        "articles.Outlet",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    # The same quote in other articles (claims.spread): its group, and this claim's place in
    # it. quote_pinned: an editor put it there (split or join), and grouping leaves it alone.
    quote_group = models.ForeignKey(
        QuoteGroup,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
        db_index=False,
    )
    quote_role = models.PositiveSmallIntegerField(
        choices=QuoteRole.choices, default=QuoteRole.ALONE, db_default=QuoteRole.ALONE
    )
    quote_pinned = models.BooleanField(default=False, db_default=False)

    # Searched: the first SEARCHED_TEXT_CHARS of the claim (99% of claims are shorter) and
    # the start of its speaker. claim_newest_idx carries the vector, and a btree row holds at
    # most 2,704 bytes: a 6,800-character claim made its article fail to store, and 600
    # characters of two-letter Cyrillic words overflow too.
    search_vector = models.GeneratedField(
        expression=SearchVector(Left("text", SEARCHED_TEXT_CHARS), weight="A", config="english")
        + SearchVector(
            Left("speaker_name", SEARCHED_SPEAKER_CHARS),
            Left("speaker_text", SEARCHED_SPEAKER_CHARS),
            weight="B",
            config="english",
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        indexes = [
            # Without fastupdate, new claims go straight into the index instead of a pending
            # list that every search reads through until a vacuum merges it.
            GinIndex(fields=["search_vector"], name="claim_search_idx", fastupdate=False),
            # The search vector rides along so a search walks the newest claims in the index
            # alone (an index-only scan), without reading each from the table to check its
            # words: 27 → 6 ms for two common words at 1M claims.
            models.Index(
                fields=["-published", "-id"], include=["search_vector"], name="claim_newest_idx"
            ),
            models.Index(fields=["speaker", "-published", "-id"], name="claim_speaker_newest_idx"),
            models.Index(fields=["article", "id"], name="claim_article_idx"),
            models.Index(fields=["outlet", "-published", "-id"], name="claim_outlet_newest_idx"),
            # Few claims are corrected by hand: a partial index counts a speaker's in a glance.
            models.Index(
                fields=["speaker"],
                condition=Q(speaker_locked=True),
                name="claim_locked_speaker_idx",
            ),
            # A group's reports, oldest first.
            models.Index(
                fields=["quote_group", "published", "id"],
                name="claim_quote_group_idx",
                condition=Q(quote_group__isnull=False),
            ),
            # A speaker's repeats, counted to show their distinct quotes.
            models.Index(
                fields=["speaker"],
                condition=Q(quote_role=QuoteRole.REPEAT),
                name="claim_repeat_speaker_idx",
            ),
            # Reports of quotes carried more than once, by date: the Spreading page counts a
            # period's off this index alone.
            models.Index(
                fields=["published"],
                include=["quote_group", "article"],
                condition=Q(quote_role__gt=QuoteRole.ALONE),
                name="claim_spread_idx",
            ),
        ]

    def __str__(self):
        return f"{self.speaker_name or self.speaker_text or 'Unknown'}: {self.text[:80]}"

    def get_absolute_url(self):
        return reverse("claims:detail", args=[self.pk])

    def more_by_speaker(self, count):
        """The speaker's newest other claims, as list rows."""
        if not self.speaker_id:
            return []
        return list(
            Claim.objects.for_list().by_speaker(self.speaker_id).exclude(pk=self.pk)[:count]
        )

    def contradiction_candidates(self, text):
        """Claims an editor may pair with this one: (the same speaker's, the best matches for
        `text` among everyone else's)."""
        rows = Claim.objects.for_list().exclude(pk=self.pk)
        same_speaker, others = [], []
        if self.speaker_id:
            mine = rows.by_speaker(self.speaker_id)
            if text:
                mine = mine.matching(text)
            same_speaker = list(mine[:20])
        if text:
            rest = rows.matching(text)
            if self.speaker_id:
                rest = rest.exclude(speaker=self.speaker_id)
            others = rest.best_matches(text, 0, 20)
        return same_speaker, others


class ContradictionFlagQuerySet(BaseQuerySet):
    def not_dismissed(self):
        return self.exclude(status=ContradictionFlag.Status.DISMISSED)

    def of_claim(self, claim):
        return self.filter(Q(claim_a=claim) | Q(claim_b=claim))

    def of_speakers(self, speakers):
        """Flags with a claim by any of these speakers."""
        return self.filter(Q(speaker_a__in=speakers) | Q(speaker_b__in=speakers))

    def filtered(self, speakers=(), status=""):
        """The contradictions queue's filters; unset ones are left out."""
        flags = self
        if speakers:
            flags = flags.of_speakers(speakers)
        if status:
            flags = flags.filter(status=status)
        return flags

    def flagged_among(self, claims):
        """Ids of these claims that are in a flag not dismissed: one query for a whole page."""
        ids = [claim.pk for claim in claims]
        if not ids:
            return set()
        pairs = (
            self.filter(Q(claim_a__in=ids) | Q(claim_b__in=ids))
            .not_dismissed()
            .values_list("claim_a", "claim_b")
        )
        return {pk for pair in pairs for pk in pair}

    def newest_ids_of_speaker(self, speaker, count):
        """Ids of the newest flags on this speaker's claims, newest first.

        The newest `count` of each side come off their own index and are merged: the same work
        for a speaker in thousands of flags as for one in two.
        """
        newest = self.order_by("-created_at", "-id").values_list("id", "created_at")
        either_side = newest.filter(speaker_a=speaker)[:count].union(
            newest.filter(speaker_b=speaker)[:count]
        )
        return [pk for pk, _ in either_side.order_by("-created_at", "-id")[:count]]

    def with_claim_texts(self):
        """Flags with both claims' text, kind and who said it: for the short lists of flags."""
        claim_fields = ("text", "kind", "speaker_name", "speaker_text")
        return self.select_related("claim_a", "claim_b").only(
            "status",
            "note",
            *(f"claim_a__{name}" for name in claim_fields),
            *(f"claim_b__{name}" for name in claim_fields),
        )

    def for_cards(self):
        """Flags to show as cards: pass them through ContradictionFlag.load_cards."""
        return self.select_related("flagged_by")


SELF_REVIEW_REFUSAL = "You raised this flag: another editor confirms or dismisses it."


class FlagStatusError(ValueError):
    """A flag was asked to move to a status it may not move to from its own."""


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

    objects = ContradictionFlagQuerySet.as_manager()

    # The statuses an editor may move a flag to from each status: any other one.
    NEXT_STATUSES = {
        Status.OPEN: {Status.CONFIRMED, Status.DISMISSED},
        Status.CONFIRMED: {Status.DISMISSED, Status.OPEN},
        Status.DISMISSED: {Status.CONFIRMED, Status.OPEN},
    }

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

    @classmethod
    def open(cls, claim, other, note, actor):
        """Flag two claims as contradicting each other; the history starts with `actor`'s note."""
        with transaction.atomic():
            flag = cls.objects.create(claim_a=claim, claim_b=other, note=note, flagged_by=actor)
            FlagEvent.objects.create(flag=flag, actor=actor, status=flag.status, note=note)
        return flag

    DECISIONS = {Status.CONFIRMED, Status.DISMISSED}

    def awaits_another_editor(self, editor):
        """Whether `editor` raised this flag and must leave confirming or dismissing it to
        another editor: unless FLAG_SELF_REVIEW is on, and only while another editor exists
        (a desk of one still decides its own flags)."""
        if settings.FLAG_SELF_REVIEW or editor.pk is None or self.flagged_by_id != editor.pk:
            return False
        editors = get_user_model().objects.with_perm("claims.change_contradictionflag")
        return editors.exclude(pk=editor.pk).exists()

    def move_to(self, status, actor, note=""):
        """Confirm, dismiss or reopen this flag, and record who did it in its history.

        A confirmed or dismissed flag records who decided and when; reopening clears both.
        Raises FlagStatusError, changing nothing, if the flag already has that status, if
        `actor` raised it and another editor must decide (awaits_another_editor), or it has
        changed since it was read (another editor may just have decided): a decision is made
        on the flag the editor saw, and never recorded twice.
        """
        if status == self.status:
            raise FlagStatusError(f"This flag is already {self.get_status_display().lower()}.")
        if status not in self.NEXT_STATUSES.get(self.status, ()):
            raise FlagStatusError(f"A flag cannot go from {self.status} to {status}.")
        if status in self.DECISIONS and self.awaits_another_editor(actor):
            raise FlagStatusError(SELF_REVIEW_REFUSAL)
        now = timezone.now()
        resolved_by, resolved_at = (None, None) if status == self.Status.OPEN else (actor, now)
        with transaction.atomic():
            moved = ContradictionFlag.objects.filter(pk=self.pk, status=self.status).update(
                status=status,
                resolved_by=resolved_by,
                resolved_at=resolved_at,
                updated_at=now,
            )
            if not moved:
                raise FlagStatusError("Another editor has just changed this flag: look again.")
            FlagEvent.objects.create(flag=self, actor=actor, status=status, note=note)
        self.status, self.resolved_by, self.resolved_at = status, resolved_by, resolved_at

    @staticmethod
    def load_cards(flags):
        """Give these flags what a flag card shows: both claims with their speakers and
        sources, and the flag's history.

        Both sides' claims come in one query with the claim list's rows: joining two claims,
        two speakers and two articles to the flags makes PostgreSQL plan a seven-table join,
        and Django build objects from a hundred columns, for ten cards.
        """
        claims = Claim.objects.for_list().in_bulk(
            {pk for flag in flags for pk in (flag.claim_a_id, flag.claim_b_id)}
        )
        for flag in flags:
            flag.claim_a, flag.claim_b = claims[flag.claim_a_id], claims[flag.claim_b_id]
        prefetch_related_objects(
            flags, Prefetch("events", FlagEvent.objects.select_related("actor"))
        )
        return flags


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


class SpeakerCorrection(models.Model):
    """An editor gave a claim another speaker (on the claim's page, or by splitting a speaker in
    the admin). The claim is then speaker_locked: re-extraction keeps the editor's speaker.

    The names are copied as they were, so the record still reads right after a speaker is
    renamed, merged away or deleted.
    """

    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="speaker_corrections", db_index=False
    )
    from_speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The name the claim showed before: its speaker's, or an unnamed source's description.
    from_speaker_text = models.CharField(max_length=500, blank=True)
    to_speaker = models.ForeignKey(Speaker, null=True, on_delete=models.SET_NULL, related_name="+")
    to_speaker_name = models.CharField(max_length=300)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    corrected_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-corrected_at", "-id"]
        indexes = [
            models.Index(fields=["claim", "-corrected_at", "-id"], name="correction_claim_idx")
        ]

    def __str__(self):
        was = self.from_speaker_text or "no speaker"
        return f"Claim {self.claim_id}: {was} → {self.to_speaker_name}"
