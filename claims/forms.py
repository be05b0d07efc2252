from datetime import datetime, time, timedelta

from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Q
from django.utils import timezone

from articles.models import Feed
from claims.models import Claim, ContradictionFlag, Speaker

SEARCH_CONFIG = "english"


def search_query(text):
    """What users type, read the way web search engines read it ("quoted phrases", -not)."""
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def find_speakers(name):
    """Speakers a filter value means: an exact slug, else a case-insensitive name or alias."""
    name = name.strip()
    by_slug = list(Speaker.objects.filter(slug=name))
    if by_slug:
        return by_slug
    return list(
        Speaker.objects.filter(Q(name__iexact=name) | Q(aliases__alias__iexact=name)).distinct()
    )


def in_flags(flags):
    """Claims in any of these flags. Flags are made by hand, so PostgreSQL hashes their claim
    ids once and checks claims against the hash as it walks them newest first."""
    return Q(pk__in=flags.values("claim_a")) | Q(pk__in=flags.values("claim_b"))


def flagged_claim_ids():
    """Claims in a flag that editors have not dismissed."""
    return in_flags(ContradictionFlag.objects.exclude(status=ContradictionFlag.Status.DISMISSED))


def start_of_day(day):
    return timezone.make_aware(datetime.combine(day, time.min))


class SpeakerField(forms.CharField):
    """A speaker's name, alias or slug; cleans to the speakers it means ([] when empty)."""

    def clean(self, value):
        name = super().clean(value).strip()
        if not name:
            return []
        speakers = find_speakers(name)
        if not speakers:
            raise forms.ValidationError(f"No speaker is called “{name}”.")
        return speakers


class DateInput(forms.DateInput):
    input_type = "date"


class ClaimFilterForm(forms.Form):
    """The claim list's search and filters; exports use the same form so they match the page."""

    q = forms.CharField(label="Search", required=False, max_length=200)
    speaker = SpeakerField(required=False, max_length=300)
    outlet = forms.CharField(required=False, max_length=300)
    feed = forms.ModelChoiceField(
        queryset=Feed.objects.order_by("title", "url"), required=False, empty_label="Any feed"
    )
    date_from = forms.DateField(label="From", required=False, widget=DateInput)
    date_to = forms.DateField(label="To", required=False, widget=DateInput)
    kind = forms.ChoiceField(choices=[("", "Any kind"), *Claim.Kind.choices], required=False)
    flagged = forms.BooleanField(label="Has contradictions", required=False)

    def clean(self):
        data = super().clean()
        date_from, date_to = data.get("date_from"), data.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", "The end date is before the start date.")
        return data

    @property
    def values(self):
        """The filters that parsed; a bad field is reported and left out, not fatal."""
        return self.cleaned_data if hasattr(self, "cleaned_data") else {}

    def filter(self, claims):
        self.is_valid()
        data = self.values
        if data.get("speaker"):
            claims = claims.filter(speaker__in=data["speaker"])
        if data.get("outlet"):
            claims = claims.filter(article__outlet=data["outlet"].strip())
        if data.get("feed"):
            claims = claims.filter(article__feed=data["feed"])
        if data.get("date_from"):
            claims = claims.filter(published__gte=start_of_day(data["date_from"]))
        if data.get("date_to"):
            claims = claims.filter(published__lt=start_of_day(data["date_to"] + timedelta(days=1)))
        if data.get("kind"):
            claims = claims.filter(kind=data["kind"])
        if data.get("flagged"):
            claims = claims.filter(flagged_claim_ids())
        if data.get("q"):
            claims = claims.filter(search_vector=search_query(data["q"]))
        return claims

    @property
    def search_text(self):
        return self.values.get("q", "")

    @property
    def is_filtered(self):
        return any(self.values.get(name) for name in self.fields)

    @property
    def speaker_names(self):
        return [speaker.name for speaker in self.values.get("speaker") or []]

    @property
    def filter_count(self):
        """How many filters besides the search are set, invalid ones included."""
        return sum(1 for name in self.fields if name != "q" and self.data.get(name))


class ClaimSearchForm(forms.Form):
    """Search within one speaker's claims, or for the other claim of a contradiction."""

    q = forms.CharField(label="Search", required=False, max_length=200)


class FlagForm(forms.Form):
    other = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text="Why can these two claims not both be true?",
    )

    def __init__(self, *args, claim, **kwargs):
        self.claim = claim
        super().__init__(*args, **kwargs)

    def clean_other(self):
        other_id = self.cleaned_data["other"]
        if other_id == self.claim.pk:
            raise forms.ValidationError("Pick a different claim: a claim cannot contradict itself.")
        other = Claim.objects.filter(pk=other_id).first()
        if other is None:
            raise forms.ValidationError("That claim does not exist.")
        low, high = sorted([self.claim.pk, other.pk])
        existing = ContradictionFlag.objects.filter(claim_a_id=low, claim_b_id=high).first()
        if existing:
            raise forms.ValidationError(
                f"These two claims are already flagged ({existing.get_status_display().lower()}, "
                f"flag {existing.pk}).",
                code="duplicate",
            )
        return other


class ResolveForm(forms.Form):
    status = forms.ChoiceField(choices=ContradictionFlag.Status.choices)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), max_length=5000, required=False
    )


class FlagFilterForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", "Any status"), *ContradictionFlag.Status.choices], required=False
    )
    speaker = SpeakerField(required=False, max_length=300)


# Ranked search orders at most this many matches, the newest ones: 8 pages of the claim list.
# Finding them costs in step with this number divided by how common the words are; two words
# each in a tenth of all claims make PostgreSQL read 70 claims for every match.
SEARCH_WINDOW = 240


def best_match_ids(matches, text, offset, limit):
    """Ids of `matches`' best matches for `text`, [offset:offset + limit] of the newest
    SEARCH_WINDOW of them ranked best first (ties newest first).

    Ranking every match of a common word would read tens of thousands of rows on each page
    view. PostgreSQL walks the date index for the newest few hundred, ranking each as it reads
    it, and sorts those: the walk's query is wrapped so the rows a page shows are joined to
    their speakers and articles afterwards, and those rows alone.
    """
    newest = (
        matches.annotate(rank=SearchRank(F("search_vector"), search_query(text)))
        .order_by("-published", "-id")
        .values("pk", "published", "rank")[:SEARCH_WINDOW]
    )
    sql, params = newest.query.sql_with_params()  # Django's own SQL, its values apart
    ranked = f"SELECT pk FROM ({sql}) AS newest ORDER BY rank DESC, published DESC, pk DESC"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(f"{ranked} OFFSET %s LIMIT %s", [*params, offset, limit])
        return [pk for (pk,) in cursor.fetchall()]
