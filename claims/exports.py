"""The claim list, with the same filters as the page, as CSV or JSON (streamed, any size)."""

import csv
import json

from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone

from claims.forms import ClaimFilterForm
from claims.models import Claim
from claimtrack.permissions import read_access

COLUMNS = [
    "id",
    "claim_url",
    "text",
    "kind",
    "speaker",
    "speaker_as_written",
    "speaker_url",
    "cue",
    "intermediary",
    "published",
    "outlet",
    "article_title",
    "article_url",
    "original_url",
    # The same quote in other articles (claims.spread): empty for reported speech.
    "quote_group",
    "quote_first_published",
    "quote_first_claim_url",
    "quote_reports",
    "quote_articles",
    "quote_outlets",
    "quote_credited_to_different_people",
]


def exported_claims(request):
    """Every claim the list's filters match, newest first: searches are not cut to the best."""
    filters = ClaimFilterForm(request.GET).filters
    return Claim.objects.for_export().filtered(**filters).order_by("-published", "-id")


def as_record(request, claim):
    return {
        "id": claim.pk,
        "claim_url": request.build_absolute_uri(claim.get_absolute_url()),
        "text": claim.text,
        "kind": claim.kind,
        "speaker": claim.speaker_name,
        "speaker_as_written": claim.speaker_text,
        "speaker_url": (
            request.build_absolute_uri(claim.speaker.get_absolute_url()) if claim.speaker else ""
        ),
        "cue": claim.cue,
        "intermediary": claim.intermediary,
        "published": claim.published.isoformat(),
        "outlet": claim.article.outlet,
        "article_title": claim.article.title,
        "article_url": request.build_absolute_uri(claim.article.get_absolute_url()),
        "original_url": claim.article.url or "",
        **quote_record(request, claim.quote_group),
    }


def quote_record(request, group):
    """The export's columns about a claim's quote across articles."""
    if group is None:
        return dict.fromkeys(COLUMNS[COLUMNS.index("quote_group") :], "")
    first_url = (
        reverse("claims:detail", args=[group.first_claim_id]) if group.first_claim_id else ""
    )
    return {
        "quote_group": group.pk,
        "quote_first_published": group.first_published.isoformat() if group.first_published else "",
        "quote_first_claim_url": request.build_absolute_uri(first_url) if first_url else "",
        "quote_reports": group.claim_count,
        "quote_articles": group.article_count,
        "quote_outlets": group.outlet_count,
        "quote_credited_to_different_people": group.speakers_differ,
    }


def records(request):
    for claim in exported_claims(request).iterator(chunk_size=2000):
        yield as_record(request, claim)


def filename(extension):
    return f"claims-{timezone.now():%Y%m%d-%H%M}.{extension}"


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)");
# quoted text from the web must stay text when an editor opens the export.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class Echo:
    """A file-like object csv.writer can write to that just hands the line back."""

    def write(self, value):
        return value


@read_access
def export_csv(request):
    writer = csv.DictWriter(Echo(), fieldnames=COLUMNS)

    def lines():
        yield writer.writeheader()
        for record in records(request):
            yield writer.writerow({key: spreadsheet_safe(v) for key, v in record.items()})

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename("csv")}"'
    return response


@read_access
def export_json(request):
    def chunks():
        yield "["
        for n, record in enumerate(records(request)):
            yield ("," if n else "") + "\n" + json.dumps(record, ensure_ascii=False)
        yield "\n]\n"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename("json")}"'
    return response
