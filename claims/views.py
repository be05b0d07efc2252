from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.postgres.expressions import ArraySubquery
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Max, OuterRef, Prefetch, Q, prefetch_related_objects
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from claims.charts import weekly_chart, weekly_counts
from claims.forms import (
    SEARCH_WINDOW,
    ClaimFilterForm,
    ClaimSearchForm,
    FlagFilterForm,
    FlagForm,
    ResolveForm,
    best_match_ids,
    search_query,
)
from claims.models import Claim, ContradictionFlag, FlagEvent, Speaker, SpeakerAlias
from claimtrack.permissions import read_access

PAGE_SIZE = 30
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# --- Lists of claims ----------------------------------------------------------------------


def claim_rows():
    """Claims with what a list row, a flag card, an export or a feed shows, and nothing else:
    a page of rows otherwise decodes thirty claims' spans and a dozen timestamps it never shows."""
    return Claim.objects.select_related("speaker", "article").only(
        *("text", "kind", "cue", "intermediary", "speaker_text", "speaker_name"),
        *("published", "updated_at"),
        *("speaker__name", "speaker__slug"),
        *("article__title", "article__outlet", "article__url"),
    )


def make_cursor(claim):
    return f"{(claim.published - EPOCH) // timedelta(microseconds=1)}.{claim.pk}"


def parse_cursor(value):
    """(published, id) from a cursor, or None if it is missing or malformed."""
    try:
        micros, pk = (int(part) for part in (value or "").split("."))
        return EPOCH + timedelta(microseconds=micros), pk
    except (ValueError, OverflowError):
        return None


@dataclass
class Page:
    items: list
    prev_url: str = ""
    next_url: str = ""
    first_url: str = ""
    prev_label: str = "Newer"
    next_label: str = "Older"
    number: int = 0  # for ranked search pages
    notes: list = field(default_factory=list)


def page_url(request, **params):
    query = request.GET.copy()
    for name in ("before", "after", "page"):
        query.pop(name, None)
    for name, value in params.items():
        query[name] = value
    return "?" + query.urlencode() if query else request.path


def newest_first_page(request, claims, size=PAGE_SIZE):
    """Keyset pagination on (published, id): as fast on page 1000 as on page 1 (no OFFSET).

    The conditions are written `published <= p AND (published < p OR id < i)` so PostgreSQL
    walks claim_newest_idx (or claim_speaker_newest_idx) from the cursor and stops at the limit.
    """
    before, after = parse_cursor(request.GET.get("before")), parse_cursor(request.GET.get("after"))
    if after and not before:
        published, pk = after
        rows = list(
            claims.filter(
                Q(published__gte=published), Q(published__gt=published) | Q(pk__gt=pk)
            ).order_by("published", "id")[: size + 1]
        )
        items = rows[:size][::-1]
        has_newer, has_older = len(rows) > size, True
    else:
        if before:
            published, pk = before
            claims = claims.filter(
                Q(published__lte=published), Q(published__lt=published) | Q(pk__lt=pk)
            )
        rows = list(claims.order_by("-published", "-id")[: size + 1])
        items = rows[:size]
        has_newer, has_older = before is not None, len(rows) > size
    page = Page(items)
    if items and has_newer:
        page.prev_url = page_url(request, after=make_cursor(items[0]))
        page.first_url = page_url(request)
    if items and has_older:
        page.next_url = page_url(request, before=make_cursor(items[-1]))
    return page


def in_order(queryset, ids):
    """The objects with these ids, in the same order, fetched in one query.

    Pages pick the ids of the rows they show from a narrow query first, then fetch those rows
    with everything they display: joining first would join every candidate before the sort.
    """
    by_id = queryset.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def ranked_page(request, matches, text, size=None):
    """Best matches first, paged by number (the ranked window is small, so OFFSET is cheap)."""
    size = size or PAGE_SIZE
    last_page = SEARCH_WINDOW // size
    try:
        number = min(max(int(request.GET.get("page", 1)), 1), last_page)
    except ValueError:
        number = 1
    offset = (number - 1) * size
    rows = in_order(claim_rows(), best_match_ids(matches, text, offset, size + 1))
    page = Page(rows[:size], prev_label="Previous", next_label="Next", number=number)
    if number > 1:
        page.prev_url = page_url(request, page=number - 1)
        page.first_url = page_url(request)
    if len(rows) > size:
        page.next_url = page_url(request, page=number + 1)
    elif number == last_page:
        page.notes.append(
            f"Searches rank the {SEARCH_WINDOW:,} newest matches. Add words, a speaker or "
            "dates to reach further back, or export the list: exports hold every match."
        )
    return page


def flagged_among(claims):
    """Ids of these claims that are in a flag not dismissed: one query for a whole page."""
    ids = [claim.pk for claim in claims]
    pairs = (
        ContradictionFlag.objects.filter(Q(claim_a__in=ids) | Q(claim_b__in=ids))
        .exclude(status=ContradictionFlag.Status.DISMISSED)
        .values_list("claim_a", "claim_b")
    )
    return {pk for pair in pairs for pk in pair}


@read_access
def claim_list(request):
    form = ClaimFilterForm(request.GET)
    claims = form.filter(claim_rows())
    if form.search_text:
        page = ranked_page(request, claims, form.search_text)
    else:
        page = newest_first_page(request, claims)
    export_query = page_url(request)
    export_query = export_query[1:] if export_query.startswith("?") else ""
    return render(
        request,
        "claims/claim_list.html",
        {
            "form": form,
            "page": page,
            "flagged": flagged_among(page.items),
            "export_query": export_query,
        },
    )


# --- One claim and its contradictions -------------------------------------------------------


def flags_with_claims():
    """Flags with both claims' text and who said it: for the short lists of flags."""
    claim_fields = ("text", "speaker_name", "speaker_text")
    return ContradictionFlag.objects.select_related("claim_a", "claim_b").only(
        "status",
        "note",
        *(f"claim_a__{name}" for name in claim_fields),
        *(f"claim_b__{name}" for name in claim_fields),
    )


def flag_cards(flags):
    """Give these flags what a flag card shows: both claims with their speakers and sources,
    and the flag's history.

    Both sides' claims come in one query with the claim list's rows: joining two claims, two
    speakers and two articles to the flags makes PostgreSQL plan a seven-table join, and
    Django build objects from a hundred columns, for ten cards.
    """
    claims = claim_rows().in_bulk(
        {pk for flag in flags for pk in (flag.claim_a_id, flag.claim_b_id)}
    )
    for flag in flags:
        flag.claim_a, flag.claim_b = claims[flag.claim_a_id], claims[flag.claim_b_id]
    prefetch_related_objects(flags, Prefetch("events", FlagEvent.objects.select_related("actor")))
    return flags


def flags_of_speakers(speakers):
    """Flags with a claim by any of these speakers."""
    return ContradictionFlag.objects.filter(Q(speaker_a__in=speakers) | Q(speaker_b__in=speakers))


@read_access
def claim_detail(request, pk):
    claim = get_object_or_404(
        Claim.objects.select_related("speaker", "article", "article__feed").defer("search_vector"),
        pk=pk,
    )
    others = []
    if claim.speaker_id:
        others = list(claim_rows().filter(speaker=claim.speaker_id).exclude(pk=claim.pk)[:8])
    flags = list(flags_with_claims().filter(Q(claim_a=claim) | Q(claim_b=claim)))
    for flag in flags:
        flag.other = flag.claim_b if flag.claim_a_id == claim.pk else flag.claim_a
    return render(
        request,
        "claims/claim_detail.html",
        {"claim": claim, "article": claim.article, "others": others, "flags": flags},
    )


def flag_candidates(claim, text):
    """Claims an editor may pair with this one: the same speaker's first, then any match."""
    rows = claim_rows().exclude(pk=claim.pk)
    same_speaker, others = [], []
    if claim.speaker_id:
        mine = rows.filter(speaker=claim.speaker_id)
        if text:
            mine = mine.filter(search_vector=search_query(text))
        same_speaker = list(mine[:20])
    if text:
        rest = rows.filter(search_vector=search_query(text))
        if claim.speaker_id:
            rest = rest.exclude(speaker=claim.speaker_id)
        others = in_order(claim_rows(), best_match_ids(rest, text, 0, 20))
    return same_speaker, others


@login_required
@permission_required("claims.add_contradictionflag", raise_exception=True)
def flag_claim(request, pk):
    claim = get_object_or_404(
        Claim.objects.select_related("speaker", "article").defer("search_vector", "article__text"),
        pk=pk,
    )
    search = ClaimSearchForm(request.GET)
    text = search.cleaned_data["q"].strip() if search.is_valid() else ""
    if request.method == "POST":
        form = FlagForm(request.POST, claim=claim)
        if form.is_valid():
            with transaction.atomic():
                flag = ContradictionFlag.objects.create(
                    claim_a=claim,
                    claim_b=form.cleaned_data["other"],
                    note=form.cleaned_data["note"],
                    flagged_by=request.user,
                )
                FlagEvent.objects.create(
                    flag=flag,
                    actor=request.user,
                    status=flag.status,
                    note=form.cleaned_data["note"],
                )
            messages.success(request, "Contradiction flagged. It is now in the editors’ queue.")
            return redirect("claims:contradiction", flag.pk)
    else:
        form = FlagForm(claim=claim)
    same_speaker, others = flag_candidates(claim, text)
    chosen = form["other"].value()
    return render(
        request,
        "claims/flag_form.html",
        {
            "claim": claim,
            "form": form,
            "search": search,
            "search_text": text,
            "same_speaker": same_speaker,
            "others": others,
            "chosen": str(chosen) if chosen else "",
        },
    )


# --- Speakers --------------------------------------------------------------------------------

SPEAKERS_PER_PAGE = 50


def claim_stats(speaker_ids):
    """{speaker id: (claim count, last quoted)} from the speaker index, for one page of speakers."""
    rows = (
        Claim.objects.filter(speaker__in=speaker_ids)
        .values("speaker")
        .annotate(n=Count("id"), last=Max("published"))
        .order_by()
    )
    return {row["speaker"]: (row["n"], row["last"]) for row in rows}


@read_access
def speaker_list(request):
    search = ClaimSearchForm(request.GET)
    text = search.cleaned_data["q"].strip() if search.is_valid() else ""
    speakers = Speaker.objects.all()
    if text:
        speakers = speakers.filter(
            Q(name__icontains=text) | Q(aliases__alias__icontains=text) | Q(slug=text)
        ).distinct()
    page = Paginator(speakers.order_by("name", "id"), SPEAKERS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    stats = claim_stats([speaker.pk for speaker in page])
    for speaker in page:
        speaker.claim_count, speaker.last_quoted = stats.get(speaker.pk, (0, None))
    return render(
        request,
        "claims/speaker_list.html",
        {"search": search, "page": page, "page_query": page_url(request)},
    )


FLAGS_ON_SPEAKER_PAGE = 20


def newest_flag_ids(speaker, count):
    """Ids of the newest flags on this speaker's claims, newest first.

    The newest `count` of each side come off their own index and are merged: the same work for
    a speaker in thousands of flags as for one in two.
    """
    newest = ContradictionFlag.objects.order_by("-created_at", "-id").values_list(
        "id", "created_at"
    )
    either_side = newest.filter(speaker_a=speaker)[:count].union(
        newest.filter(speaker_b=speaker)[:count]
    )
    return [pk for pk, _ in either_side.order_by("-created_at", "-id")[:count]]


@read_access
def speaker_detail(request, slug):
    spoken = Claim.objects.filter(speaker=OuterRef("pk"))
    their_aliases = SpeakerAlias.objects.filter(speaker=OuterRef("pk")).order_by("alias")
    speaker = get_object_or_404(
        Speaker.objects.annotate(
            last_quoted=spoken.order_by("-published").values("published")[:1],
            alias_names=ArraySubquery(their_aliases.values("alias")),
        ),
        slug=slug,
    )
    search = ClaimSearchForm(request.GET)
    text = search.cleaned_data["q"].strip() if search.is_valid() else ""
    claims = claim_rows().filter(speaker=speaker)
    if text:
        claims = claims.filter(search_vector=search_query(text))
    page = newest_first_page(request, claims, size=25)
    flags = in_order(flags_with_claims(), newest_flag_ids(speaker, FLAGS_ON_SPEAKER_PAGE))
    # The chart ends at the last time they were quoted, so a quiet speaker's chart isn't empty.
    last_quoted = speaker.last_quoted
    chart_end = timezone.localdate(last_quoted) if last_quoted else timezone.localdate()
    return render(
        request,
        "claims/speaker_detail.html",
        {
            "speaker": speaker,
            "aliases": [alias for alias in speaker.alias_names if alias != speaker.name],
            "chart": weekly_chart(
                weekly_counts(Claim.objects.filter(speaker=speaker), until=chart_end)
            ),
            "chart_end": chart_end,
            "search": search,
            "search_text": text,
            "page": page,
            "flagged": flagged_among(page.items),
            "flags": flags,
        },
    )


# --- The contradictions queue ---------------------------------------------------------------

FLAGS_PER_PAGE = 10


@read_access
def contradiction_list(request):
    data = request.GET.copy()
    if "status" not in data:
        data["status"] = ContradictionFlag.Status.OPEN  # the queue: what still needs a decision
    form = FlagFilterForm(data)
    flags = ContradictionFlag.objects.all()
    if form.is_valid():
        if form.cleaned_data["speaker"]:
            flags = flags_of_speakers(form.cleaned_data["speaker"])
        if form.cleaned_data["status"]:
            flags = flags.filter(status=form.cleaned_data["status"])
    page = Paginator(flags.values_list("pk", flat=True), FLAGS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "claims/contradiction_list.html",
        {
            "form": form,
            "page": page,
            "flags": flag_cards(
                in_order(ContradictionFlag.objects.select_related("flagged_by"), list(page))
            ),
            "page_query": page_url(request),
        },
    )


@read_access
def contradiction_detail(request, pk):
    flag = get_object_or_404(ContradictionFlag.objects.select_related("flagged_by"), pk=pk)
    flag_cards([flag])
    return render(
        request,
        "claims/contradiction_detail.html",
        {"flag": flag},
    )


@require_POST
@login_required
@permission_required("claims.change_contradictionflag", raise_exception=True)
def resolve_contradiction(request, pk):
    flag = get_object_or_404(ContradictionFlag, pk=pk)
    form = ResolveForm(request.POST)
    if form.is_valid():
        status = form.cleaned_data["status"]
        with transaction.atomic():
            flag.status = status
            if status == ContradictionFlag.Status.OPEN:
                flag.resolved_by, flag.resolved_at = None, None
            else:
                flag.resolved_by, flag.resolved_at = request.user, timezone.now()
            flag.save(update_fields=["status", "resolved_by", "resolved_at", "updated_at"])
            FlagEvent.objects.create(
                flag=flag, actor=request.user, status=status, note=form.cleaned_data["note"]
            )
        messages.success(request, f"Flag {flag.get_status_display().lower()}.")
    else:
        messages.error(request, "Choose confirm, dismiss or reopen.")
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        return redirect(next_url)
    return redirect("claims:contradiction", flag.pk)
