from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path

from articles.admin import ArticleAdmin
from articles.models import Article
from articles.processing import ready_for_extraction
from claims.corrections import correct_speakers
from claims.forms import SpeakerChoiceForm
from claims.models import (
    Claim,
    ContradictionFlag,
    FlagEvent,
    Speaker,
    SpeakerAlias,
    SpeakerCorrection,
)
from claims.speaker_cleanup import (
    aliases_of_another_person,
    bare_surnames_beside_one_person,
    duplicate_people,
    first_names_a_letter_apart,
    names_with_and_without_a_generation,
    short_and_full_body_names,
)
from claims.speakers import merge_speakers, sync_speaker_name
from claims.tasks import extract_article

# How many of a speaker's claims the split page lists, newest first (search for older ones).
SPLIT_CLAIMS_SHOWN = 100


class SpeakerAliasInline(admin.StackedInline):  # stacked: each field gets its label
    model = SpeakerAlias
    fields = ["alias", "normalised"]
    readonly_fields = ["normalised"]
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False  # aliases come from articles and merges, keyed by their normalised form


class LikelyDuplicateFilter(admin.SimpleListFilter):
    """Speakers that are likely one person, side by side, to select and merge."""

    title = "likely duplicates"
    parameter_name = "duplicates"

    def lookups(self, request, model_admin):
        return [
            ("same-person", "Same first name and surname"),
            ("bare-surname", "Bare surname beside one full name"),
            ("generation", "Same name with and without Jr./Sr."),
            ("other-first-name", "Alias with another first name"),
            ("first-name-spelling", "First names a letter apart"),
            ("body-name", "Body's short name beside its full name"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "same-person":
            ids = [speaker.pk for group in duplicate_people() for speaker in group]
        elif self.value() == "bare-surname":
            ids = [speaker.pk for pair in bare_surnames_beside_one_person() for speaker in pair]
        elif self.value() == "generation":
            groups = names_with_and_without_a_generation()
            ids = [speaker.pk for group in groups for speaker in group]
        elif self.value() == "first-name-spelling":
            ids = [speaker.pk for pair in first_names_a_letter_apart() for speaker in pair]
        elif self.value() == "body-name":
            ids = [speaker.pk for pair in short_and_full_body_names() for speaker in pair]
            return queryset.filter(pk__in=ids).order_by("name")
        elif self.value() == "other-first-name":
            ids = [alias.speaker_id for alias in aliases_of_another_person()]
        else:
            return queryset
        # Side by side: ordered by surname, the middle part of the person key.
        return queryset.filter(pk__in=ids).order_by("surname", "person_key")


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "person_key", "description", "claim_count", "updated_at"]
    list_filter = [LikelyDuplicateFilter, "kind"]
    search_fields = ["name", "description", "aliases__alias", "person_key"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [SpeakerAliasInline]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    def get_urls(self):
        split = path(
            "<path:object_id>/split/",
            self.admin_site.admin_view(self.split_view),
            name="claims_speaker_split",
        )
        return [split, *super().get_urls()]

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, speaker):
        return speaker.claim_total

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            sync_speaker_name(obj)

    def split_view(self, request, object_id):
        """Move some of a speaker's claims to another speaker, existing or new: the engine put
        two people's claims on one page. Each move is recorded as a speaker correction, so
        re-extraction keeps it."""
        speaker = self.get_object(request, object_id)
        if speaker is None:
            raise Http404("No such speaker.")
        if not self.has_change_permission(request, speaker):
            raise PermissionDenied
        text = request.GET.get("q", "").strip()
        form = SpeakerChoiceForm(request.POST or None, current=speaker)
        chosen = []
        if request.method == "POST":
            wanted = [pk for pk in request.POST.getlist("claims") if pk.isdigit()]
            chosen = list(speaker.claims.filter(pk__in=wanted).values_list("pk", flat=True))
            if not chosen:
                form.add_error(None, "Tick the claims to move.")
            if form.is_valid():
                target, moved = correct_speakers(chosen, request.user, form.chosen_speaker)
                self.message_user(
                    request,
                    f"Moved {moved} claim(s) from {speaker.name} to {target.name}.",
                    messages.SUCCESS,
                )
                return redirect("admin:claims_speaker_change", speaker.pk)
        claims = Claim.objects.for_list().by_speaker(speaker)
        if text:
            claims = claims.matching(text)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": speaker,
            "title": f"Split claims off {speaker.name}",
            "speaker": speaker,
            "claims": claims[:SPLIT_CLAIMS_SHOWN],
            "shown": SPLIT_CLAIMS_SHOWN,
            "chosen": set(chosen),
            "search_text": text,
            "form": form,
        }
        return TemplateResponse(request, "admin/claims/speaker/split.html", context)

    @admin.action(description="Merge selected speakers into one", permissions=["change"])
    def merge_selected(self, request, queryset):
        speakers = list(queryset.order_by("-claim_total", "pk"))
        if len(speakers) < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.WARNING)
            return None
        if request.POST.get("confirm") == "yes":
            target = next((s for s in speakers if str(s.pk) == request.POST.get("target")), None)
            if target is None:
                self.message_user(request, "Choose the speaker to keep.", messages.ERROR)
                return None
            others = [speaker for speaker in speakers if speaker.pk != target.pk]
            moved = merge_speakers(target, others)
            self.message_user(
                request,
                f"Merged {len(others)} speaker(s) into {target.name}; {moved} claim(s) moved.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Merge speakers",
            "speakers": speakers,
            "default_target": speakers[0].pk,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/claims/speaker/merge.html", context)


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "speaker_name", "kind", "cue", "published", "stale", "confidence"]
    list_filter = [
        "kind",
        "stale",
        "speaker_locked",
        "extractor_version",
        "speaker__kind",
        "cue_lemma",
    ]
    search_fields = ["text", "speaker_name", "speaker_text", "article__title"]
    date_hierarchy = "published"
    raw_id_fields = ["article", "speaker", "joint_speakers"]
    list_select_related = ["speaker"]
    readonly_fields = ["extractor_version", "created_at", "updated_at"]

    def save_model(self, request, obj, form, change):
        corrected_to = obj.speaker if change and "speaker" in form.changed_data else None
        if corrected_to is not None:
            # A speaker chosen here is a correction like any other: the claim is saved with
            # its old speaker, then correct_speakers moves it, records it and locks it.
            obj.speaker_id = form.initial["speaker"]
        elif obj.speaker is not None:
            # The denormalised name follows the chosen speaker.
            obj.speaker_name = obj.speaker.name
        super().save_model(request, obj, form, change)
        if corrected_to is not None:
            correct_speakers([obj.pk], request.user, lambda: corrected_to)


@admin.register(SpeakerCorrection)
class SpeakerCorrectionAdmin(admin.ModelAdmin):
    """The record of corrections: made on claim pages and by splitting speakers, never here."""

    list_display = ["claim", "from_speaker_text", "to_speaker_name", "corrected_by", "corrected_at"]
    search_fields = ["from_speaker_text", "to_speaker_name", "claim__text"]
    date_hierarchy = "corrected_at"
    list_select_related = ["claim", "corrected_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class FlagEventInline(admin.TabularInline):
    model = FlagEvent
    fields = ["status", "actor", "note", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ContradictionFlag)
class ContradictionFlagAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "flagged_by", "created_at", "resolved_at"]
    list_filter = ["status"]
    search_fields = ["note", "claim_a__text", "claim_b__text"]
    raw_id_fields = ["claim_a", "claim_b", "flagged_by", "resolved_by"]
    inlines = [FlagEventInline]


# The Article admin of articles, with what claims adds to it: a claims column and re-extraction.
admin.site.unregister(Article)


@admin.register(Article)
class ArticleWithClaimsAdmin(ArticleAdmin):
    list_display = [*ArticleAdmin.list_display]
    list_display.insert(list_display.index("short_error"), "claim_count")
    actions = [*ArticleAdmin.actions, "reextract"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, article):
        return article.claim_total

    @admin.action(description="Re-extract claims of selected articles")
    def reextract(self, request, queryset):
        queued = 0
        for article in queryset:
            if ready_for_extraction(article):
                extract_article.delay(article.pk, reextract=True)
                queued += 1
        self.message_user(
            request,
            f"Queued {queued} article(s) for extraction; claims that editors flagged are kept, "
            "and speakers they corrected stay.",
            messages.SUCCESS,
        )


admin.site.unregister(User)


@admin.register(User)
class UserWithRoleAdmin(UserAdmin):
    """Users with the role (group) that decides what they may do: Journalist, Editor, Admin."""

    list_display = ["username", "role", "email", "is_staff", "is_active", "last_login"]
    list_filter = ["groups", "is_staff", "is_active"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="role")
    def role(self, user):
        return ", ".join(sorted(group.name for group in user.groups.all())) or "none"
