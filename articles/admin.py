from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from articles import feeds
from articles.fetch import FetchError, check_entered_url
from articles.models import Article, Feed, Outlet
from articles.opml import export_opml, import_opml
from articles.tasks import poll_feed, queue_article


class FeedHealthFilter(admin.SimpleListFilter):
    title = "health"
    parameter_name = "health"

    def lookups(self, request, model_admin):
        return [("failing", "Failing"), ("ok", "Working")]

    def queryset(self, request, queryset):
        if self.value() == "failing":
            return queryset.filter(consecutive_failures__gt=0)
        if self.value() == "ok":
            return queryset.filter(consecutive_failures=0)
        return queryset


class OpmlUploadForm(forms.Form):
    file = forms.FileField(label="OPML file")


# Addresses typed without a scheme are https (Django 6's default, explicit until then).
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class FeedForm(forms.ModelForm):
    # A feed's interval is a duration in the database; people think of it in minutes.
    poll_minutes = forms.IntegerField(
        label="Poll every (minutes)", min_value=1, max_value=7 * 24 * 60, initial=30
    )

    class Meta:
        model = Feed
        fields = ["url", "title", "site_url", "active"]
        formfield_callback = staticmethod(
            lambda db_field, **kwargs: db_field.formfield(
                **kwargs, **URL_FIELDS_ASSUME_HTTPS.get(type(db_field), {})
            )
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["poll_minutes"] = int(self.instance.poll_interval.total_seconds() // 60)

    def save(self, commit=True):
        self.instance.poll_interval = timedelta(minutes=self.cleaned_data["poll_minutes"])
        return super().save(commit)

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        try:
            return check_entered_url(url)
        except FetchError as exc:
            raise forms.ValidationError(str(exc)) from None


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    form = FeedForm
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    list_display = [
        "__str__",
        "active",
        "poll_every",
        "last_status",
        "consecutive_failures",
        "short_error",
        "last_polled_at",
        "last_succeeded_at",
        "next_poll_at",
    ]
    list_filter = ["active", FeedHealthFilter]
    search_fields = ["title", "url", "site_url"]
    readonly_fields = [
        "etag",
        "last_modified",
        "last_polled_at",
        "last_succeeded_at",
        "last_status",
        "last_duration_ms",
        "consecutive_failures",
        "last_error",
        "next_poll_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["url", "title", "site_url", "active", "poll_minutes"]}),
        (
            "Polling",
            {
                "fields": [
                    "last_status",
                    "last_error",
                    "consecutive_failures",
                    "last_polled_at",
                    "last_succeeded_at",
                    "last_duration_ms",
                    "next_poll_at",
                    "etag",
                    "last_modified",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    actions = ["poll_now", "enable", "disable", "export_selected_opml"]
    change_list_template = "admin/articles/feed/change_list.html"

    @admin.display(description="polled every", ordering="poll_interval")
    def poll_every(self, feed):
        return f"{int(feed.poll_interval.total_seconds() // 60)} min"

    @admin.display(description="last error")
    def short_error(self, feed):
        return Truncator(feed.last_error).chars(80)

    @admin.action(description="Poll selected feeds now")
    def poll_now(self, request, queryset):
        ids = list(queryset.values_list("id", flat=True))
        # Leased like the dispatcher's polls, so it does not queue them a second time.
        queryset.update(next_poll_at=timezone.now() + feeds.POLL_LEASE)
        for feed_id in ids:
            poll_feed.delay(feed_id)
        self.message_user(request, f"Queued a poll of {len(ids)} feed(s).", messages.SUCCESS)

    @admin.action(description="Enable selected feeds")
    def enable(self, request, queryset):
        count = queryset.update(active=True, next_poll_at=timezone.now())
        self.message_user(request, f"Enabled {count} feed(s).", messages.SUCCESS)

    @admin.action(description="Disable selected feeds")
    def disable(self, request, queryset):
        count = queryset.update(active=False)
        self.message_user(request, f"Disabled {count} feed(s).", messages.SUCCESS)

    @admin.action(description="Export selected feeds as OPML")
    def export_selected_opml(self, request, queryset):
        response = HttpResponse(export_opml(queryset), content_type="text/x-opml; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claimtrack-feeds.opml"'
        return response

    def get_urls(self):
        return [
            path(
                "import-opml/",
                self.admin_site.admin_view(self.import_opml_view),
                name="articles_feed_import_opml",
            ),
            *super().get_urls(),
        ]

    def import_opml_view(self, request):
        if not self.has_add_permission(request):
            return redirect("admin:articles_feed_changelist")
        form = OpmlUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                report = import_opml(form.cleaned_data["file"].read())
            except ValidationError as exc:
                form.add_error("file", exc)
            else:
                self.message_user(
                    request,
                    f"{len(report.added)} feed(s) added, {len(report.existing)} already here, "
                    f"{len(report.rejected)} skipped.",
                    messages.SUCCESS,
                )
                for url, reason in report.rejected:
                    self.message_user(request, f"Skipped {url}: {reason}", messages.WARNING)
                return redirect("admin:articles_feed_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import feeds from OPML",
            "form": form,
        }
        return TemplateResponse(request, "admin/articles/feed/import_opml.html", context)


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "article_count", "created_at"]
    search_fields = ["name", "domain"]
    readonly_fields = ["created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=models.Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, outlet):
        return outlet.article_count


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    list_display = [
        "__str__",
        "outlet_ref",
        "status",
        "from_summary_only",
        "origin",
        "published",
        "short_error",
        "page_link",
    ]
    list_filter = ["status", "from_summary_only", "origin", "extractor_version", "feed"]
    search_fields = ["title", "url", "outlet", "outlet_ref__name", "byline", "guid"]
    date_hierarchy = "published"
    raw_id_fields = ["feed", "duplicate_of", "submitted_by"]
    autocomplete_fields = ["outlet_ref"]
    readonly_fields = [
        "guid",
        "text",
        "content_hash",
        "status",
        "from_summary_only",
        "error",
        "attempts",
        "extractor_version",
        "origin",
        "fetched_at",
        "created_at",
        "updated_at",
    ]
    actions = ["retry"]

    @admin.display(description="error")
    def short_error(self, article):
        return Truncator(article.error).chars(80)

    @admin.display(description="page")
    def page_link(self, article):
        return format_html('<a href="{}">View</a>', article.get_absolute_url())

    @admin.action(description="Retry selected failed articles and pages not fetched")
    def retry(self, request, queryset):
        retried = list(queryset.filter(Q(status=Article.Status.FAILED) | Q(from_summary_only=True)))
        for article in retried:
            # A page that could not be fetched is fetched again (a summary stays the fallback).
            if (article.from_summary_only or not article.text.strip()) and article.origin in (
                Article.Origin.FEED,
                Article.Origin.URL,
            ):
                article.fetched_at = None
            article.status = Article.Status.QUEUED
            article.error = ""
            article.interruptions = 0
            article.save(
                update_fields=["status", "error", "fetched_at", "interruptions", "updated_at"]
            )
            queue_article(article.pk)
        skipped = queryset.count() - len(retried)
        message = f"Queued {len(retried)} article(s) again."
        if skipped:
            message += f" {skipped} neither failed nor without their page, left as they are."
        self.message_user(request, message, messages.SUCCESS)
