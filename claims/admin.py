from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import CharField, Count, F, Func, Value
from django.template.response import TemplateResponse

from articles.admin import ArticleAdmin
from articles.models import Article
from articles.processing import ready_for_extraction
from claims.models import Claim, ContradictionFlag, FlagEvent, Speaker, SpeakerAlias
from claims.speakers import (
    aliases_of_another_person,
    bare_surnames_beside_one_person,
    duplicate_people,
    merge_speakers,
    sync_speaker_name,
)
from claims.tasks import extract_article


class SpeakerAliasInline(admin.TabularInline):
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
            ("other-first-name", "Alias with another first name"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "same-person":
            ids = [speaker.pk for group in duplicate_people() for speaker in group]
        elif self.value() == "bare-surname":
            ids = [speaker.pk for pair in bare_surnames_beside_one_person() for speaker in pair]
        elif self.value() == "other-first-name":
            ids = [alias.speaker_id for alias in aliases_of_another_person()]
        else:
            return queryset
        # Side by side: ordered by surname, the middle part of the person key.
        surname = Func(
            F("person_key"), Value("|"), Value(2), function="split_part", output_field=CharField()
        )
        return queryset.filter(pk__in=ids).order_by(surname.asc(), "person_key")


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

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, speaker):
        return speaker.claim_total

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            sync_speaker_name(obj)

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
    list_filter = ["kind", "stale", "extractor_version", "speaker__kind", "cue_lemma"]
    search_fields = ["text", "speaker_name", "speaker_text", "article__title"]
    date_hierarchy = "published"
    raw_id_fields = ["article", "speaker"]
    list_select_related = ["speaker"]
    readonly_fields = ["extractor_version", "created_at", "updated_at"]

    def save_model(self, request, obj, form, change):
        # The denormalised name follows the chosen speaker.
        if obj.speaker is not None:
            obj.speaker_name = obj.speaker.name
        super().save_model(request, obj, form, change)


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
            f"Queued {queued} article(s) for extraction; claims that editors flagged are kept.",
            messages.SUCCESS,
        )
