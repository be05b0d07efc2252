from datetime import timedelta

from django import forms
from django.core.cache import cache
from django.utils import timezone

from articles.models import Feed, Outlet
from claims.corrections import NEW_SPEAKER_KINDS, create_speaker, speaker_known_as
from claims.models import Claim, ContradictionFlag, Speaker


class SpeakerField(forms.CharField):
    """A speaker's name, alias or slug; cleans to the speakers it means ([] when empty)."""

    def clean(self, value):
        name = super().clean(value).strip()
        if not name:
            return []
        speakers = Speaker.objects.named(name)
        if not speakers:
            raise forms.ValidationError(f"No speaker is called “{name}”.")
        return speakers


class OutletField(forms.CharField):
    """An outlet's name, in any case; cleans to the outlets called so ([] when empty)."""

    def clean(self, value):
        name = super().clean(value).strip()
        if not name:
            return []
        outlets = list(Outlet.objects.named(name))
        if not outlets:
            raise forms.ValidationError(
                f"No outlet is called “{name}”. Pick one from the suggestions."
            )
        return outlets


# The claim list's filter choices (outlet names, feeds) change when an admin edits them; each
# process keeps them this long (saving or deleting an outlet or feed clears its own copy):
# the most viewed page would otherwise query both on every view.
FILTER_CHOICES_KEY = "claims:filter-choices"
FILTER_CHOICES_SECONDS = 60


def filter_choices():
    """{"outlet_names": [...], "feeds": [(id, name), ...]} for the claim list's filters."""
    choices = cache.get(FILTER_CHOICES_KEY)
    if choices is None:
        choices = {
            "outlet_names": list(
                Outlet.objects.order_by("name").values_list("name", flat=True).distinct()
            ),
            "feeds": [(feed.pk, str(feed)) for feed in Feed.objects.order_by("title", "url")],
        }
        cache.set(FILTER_CHOICES_KEY, choices, FILTER_CHOICES_SECONDS)
    return choices


def forget_filter_choices(**kwargs):
    cache.delete(FILTER_CHOICES_KEY)


class DateInput(forms.DateInput):
    input_type = "date"


class ClaimFilterForm(forms.Form):
    """The claim list's search and filters; exports use the same form so they match the page."""

    q = forms.CharField(label="Search", required=False, max_length=200)
    speaker = SpeakerField(required=False, max_length=300)
    outlet = OutletField(required=False, max_length=300)
    feed = forms.ModelChoiceField(
        queryset=Feed.objects.order_by("title", "url"), required=False, empty_label="Any feed"
    )
    date_from = forms.DateField(label="From", required=False, widget=DateInput)
    date_to = forms.DateField(label="To", required=False, widget=DateInput)
    kind = forms.ChoiceField(choices=[("", "Any kind"), *Claim.Kind.choices], required=False)
    flagged = forms.BooleanField(label="Has contradictions", required=False)
    # How the list shows what the filters match: not filters themselves.
    repeats = forms.BooleanField(label="One row per quote", required=False)
    sort = forms.ChoiceField(
        label="Order", choices=[("", "Newest first"), ("repeated", "Most repeated")], required=False
    )
    SHOWING = ("repeats", "sort")

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

    @property
    def filters(self):
        """The filters as arguments of Claim.objects.filtered(); invalid ones are left out."""
        self.is_valid()
        data = self.values
        return {
            "speakers": data.get("speaker") or (),
            "outlets": data.get("outlet") or (),
            "feed": data.get("feed"),
            "date_from": data.get("date_from"),
            "date_to": data.get("date_to"),
            "kind": data.get("kind", ""),
            "flagged": data.get("flagged", False),
            "text": data.get("q", ""),
        }

    @property
    def search_text(self):
        return self.values.get("q", "")

    @property
    def is_filtered(self):
        return any(self.values.get(name) for name in self.fields if name not in self.SHOWING)

    @property
    def one_row_per_quote(self):
        return bool(self.values.get("repeats"))

    @property
    def most_repeated_first(self):
        """Most repeated quotes first (a search ranks by its words instead)."""
        return self.values.get("sort") == "repeated" and not self.search_text

    @property
    def outlet_names(self):
        """Every outlet's name, suggested as the outlet filter is typed."""
        return filter_choices()["outlet_names"]

    @property
    def feed_choices(self):
        """(id, name) of every feed, for the feed filter."""
        return filter_choices()["feeds"]

    @property
    def speaker_names(self):
        return [speaker.name for speaker in self.values.get("speaker") or []]

    @property
    def filter_count(self):
        """How many filters besides the search are set, invalid ones included."""
        return sum(
            1 for name in self.fields if name not in ("q", *self.SHOWING) and self.data.get(name)
        )


# Counting a period's reports reads each report once (claim_spread_idx): 90 days of a
# million-claim archive is about 30,000. Longer than that, "all time" ranks quotes by their
# reports in all, off the groups' own index.
# A period's reports are counted from the claims on each view: 30 days of a 1M-claim archive
# are ~10,000 reports, 90 days ~31,000, past the page budget (85 ms p95 in bench-web). All
# time reads the groups' own counts.
SPREADING_PERIODS = [("7", "7 days"), ("30", "30 days"), ("all", "All time")]


class SpreadingForm(forms.Form):
    """The Spreading page: the quotes reported most over the `days` up to `until` (default
    today), or the quotes outlets credit to different people."""

    days = forms.ChoiceField(label="Period", choices=SPREADING_PERIODS, required=False)
    until = forms.DateField(label="Up to", required=False, widget=DateInput)
    conflicts = forms.BooleanField(label="Credited to different people", required=False)

    @property
    def all_time(self):
        self.is_valid()
        return getattr(self, "cleaned_data", {}).get("days") == "all"

    @property
    def period(self):
        """(first day, last day) of the period asked for (all time: None, None)."""
        self.is_valid()
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        if data.get("days") == "all":
            return None, None
        until = data.get("until") or timezone.localdate()
        days = int(data.get("days") or 30)
        return until - timedelta(days=days - 1), until

    @property
    def conflicts_only(self):
        self.is_valid()
        return bool(getattr(self, "cleaned_data", {}).get("conflicts"))


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

    @property
    def filters(self):
        """The filters as arguments of ContradictionFlag.objects.filtered(); none if one is
        invalid."""
        if not self.is_valid():
            return {}
        return {"speakers": self.cleaned_data["speaker"], "status": self.cleaned_data["status"]}


class SpeakerChoiceForm(forms.Form):
    """Who really said a claim (or a set of claims split off a speaker): a speaker we already
    have, or a new one. `current` is the speaker the claims have now, which cannot be chosen."""

    speaker = forms.CharField(
        label="Existing speaker",
        required=False,
        max_length=320,
        help_text="Their name, another way it is written, or the last part of their page’s "
        "address (e.g. vladimir-putin).",
    )
    new_name = forms.CharField(label="Name", required=False, max_length=300)
    new_kind = forms.ChoiceField(
        label="Kind",
        choices=NEW_SPEAKER_KINDS,
        widget=forms.RadioSelect,
        initial=Speaker.Kind.PERSON,
        required=False,  # asked for only with a new name
    )

    def __init__(self, *args, current=None, **kwargs):
        self.current = current
        super().__init__(*args, **kwargs)

    def clean_speaker(self):
        name = self.cleaned_data["speaker"].strip()
        if not name:
            return None
        speakers = Speaker.objects.named(name)
        if not speakers:
            raise forms.ValidationError(
                f"No speaker is called “{name}”. Pick one from the suggestions, or add a new "
                "speaker below."
            )
        if len(speakers) > 1:
            slugs = ", ".join(sorted(speaker.slug for speaker in speakers))
            raise forms.ValidationError(
                f"{len(speakers)} speakers are called “{name}”: give the address of the one "
                f"you mean ({slugs})."
            )
        if self.current is not None and speakers[0].pk == self.current.pk:
            raise forms.ValidationError(f"{name} is already the speaker.")
        return speakers[0]

    def clean_new_name(self):
        name = self.cleaned_data["new_name"].strip()
        existing = speaker_known_as(name) if name else None
        if existing is not None:
            raise forms.ValidationError(
                f"We already have a speaker called “{existing.name}” ({existing.slug}): "
                "choose them as an existing speaker."
            )
        return name

    def clean(self):
        data = super().clean()
        chose_existing = bool(data.get("speaker") or self.data.get("speaker", "").strip())
        named_new = bool(data.get("new_name") or self.data.get("new_name", "").strip())
        if chose_existing and named_new:
            raise forms.ValidationError("Choose an existing speaker or name a new one, not both.")
        if not chose_existing and not named_new:
            raise forms.ValidationError("Choose an existing speaker or name a new one.")
        if named_new and not data.get("new_kind"):
            self.add_error(
                "new_kind", "Say whether the new speaker is a person or an organisation."
            )
        return data

    def chosen_speaker(self):
        """The speaker chosen, made now if it is a new one (after is_valid(), inside
        correct_speakers)."""
        if self.cleaned_data["speaker"]:
            return self.cleaned_data["speaker"]
        return create_speaker(self.cleaned_data["new_name"], self.cleaned_data["new_kind"])
