from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from claims import spread
from claims.charts import weekly_chart, weekly_counts
from claims.corrections import correct_speakers, latest_correction, likely_speakers
from claims.forms import (
    ClaimFilterForm,
    ClaimSearchForm,
    FlagFilterForm,
    FlagForm,
    ResolveForm,
    SpeakerChoiceForm,
    SpreadingForm,
)
from claims.models import (
    DEFAULT_SPEAKER_ORDER,
    SPEAKER_ORDERS,
    Claim,
    ContradictionFlag,
    FlagStatusError,
    QuoteGroup,
    Speaker,
    SpeakerRedirect,
    start_of_day,
)
from claims.pagination import newest_first_page, numbered_page, page_url, ranked_page
from claimtrack.permissions import read_access

SPEAKERS_PER_PAGE = 50
CLAIMS_ON_SPEAKER_PAGE = 25
FLAGS_ON_SPEAKER_PAGE = 20
JOINT_ON_SPEAKER_PAGE = 25
FLAGS_PER_PAGE = 10
SUGGESTIONS = 10
# The claim list counts its matches this far; beyond, it says "more than 1,000". Counting to
# 10,000 took the 1M-claim list's p95 from 10 to 49 ms in bench-web, past the page budget.
# (A search counts the matches it ranks: SEARCH_WINDOW.)
COUNT_LIMIT = 1_000
SPEAKER_SORT_LABELS = {"recent": "Recently quoted", "claims": "Most claims", "name": "Name"}
CORRECT_SPEAKER_PERMISSION = "claims.add_speakercorrection"
EDIT_QUOTES_PERMISSION = "claims.add_quotegroupedit"
# The claim page lists this many reports of its quote; the Spreading page this many quotes.
REPORTS_SHOWN = 50
SPREADING_SHOWN = 30


def search_box(request):
    """A page's search box (ClaimSearchForm) and what was typed in it, or ""."""
    search = ClaimSearchForm(request.GET)
    return search, search.cleaned_data["q"].strip() if search.is_valid() else ""


# --- Claims ------------------------------------------------------------------------------------


def count_label(count, more):
    """How many claims match: "234 claims", or "More than 1,000 claims" when `more` lie
    beyond the `count` that was counted."""
    if more:
        return f"More than {count:,} claims"
    return f"{count:,} claim{'' if count == 1 else 's'}"


@read_access
def claim_list(request):
    form = ClaimFilterForm(request.GET)
    matching = Claim.objects.filtered(**form.filters)
    if form.one_row_per_quote:
        matching = matching.collapsed()
    claims = matching.for_list()
    if form.search_text:
        page = ranked_page(request, claims, form.search_text)
        count, more = page.match_count, page.more_matches
    else:
        if form.most_repeated_first:
            page = numbered_page(request, matching.most_repeated)
        else:
            page = newest_first_page(request, claims)
        count = matching.count_up_to(COUNT_LIMIT)
        count, more = min(count, COUNT_LIMIT), count > COUNT_LIMIT
    export_query = page_url(request)
    export_query = export_query[1:] if export_query.startswith("?") else ""
    return render(
        request,
        "claims/claim_list.html",
        {
            "form": form,
            "page": page,
            "count_label": count_label(count, more),
            "flagged": ContradictionFlag.objects.flagged_among(page.items),
            "export_query": export_query,
        },
    )


@read_access
def claim_detail(request, pk):
    claim = get_object_or_404(Claim.objects.for_detail(), pk=pk)
    return claim_page(request, claim)


def claim_page(request, claim, speaker_form=None):
    """The claim's page; for editors with the form that corrects its speaker (`speaker_form`
    when it comes back with errors)."""
    others = claim.more_by_speaker(8)
    flags = list(ContradictionFlag.objects.with_claim_texts().of_claim(claim))
    for flag in flags:
        flag.other = flag.claim_b if flag.claim_a_id == claim.pk else flag.claim_a
    context = {
        "claim": claim,
        "article": claim.article,
        "others": others,
        "flags": flags,
        "correction": latest_correction(claim),
        "may_edit_quotes": request.user.has_perm(EDIT_QUOTES_PERMISSION),
        "joint_speakers": [] if claim.speaker_id else list(claim.joint_speakers.order_by("name")),
    }
    group = claim.quote_group
    if group is not None and group.claim_count >= 2:
        shown = Claim.objects.for_list().reports_of(group.pk, REPORTS_SHOWN)
        context["spread"] = group
        context["reports"] = spread.reports(group, shown)
        context["credited_to"] = spread.credited_to(shown) if group.speakers_differ else []
    if request.user.has_perm(CORRECT_SPEAKER_PERMISSION):
        context["speaker_form"] = speaker_form or SpeakerChoiceForm(current=claim.speaker)
        context["suggested_speakers"] = likely_speakers(claim)
    return render(request, "claims/claim_detail.html", context)


@require_POST
@login_required
@permission_required(CORRECT_SPEAKER_PERMISSION, raise_exception=True)
def correct_claim_speaker(request, pk):
    claim = get_object_or_404(Claim.objects.for_detail(), pk=pk)
    form = SpeakerChoiceForm(request.POST, current=claim.speaker)
    if not form.is_valid():
        return claim_page(request, claim, speaker_form=form)
    speaker, _ = correct_speakers([claim.pk], request.user, form.chosen_speaker)
    messages.success(
        request, f"Speaker changed to {speaker.name}. Re-extracting the article will keep it."
    )
    return redirect(claim)


@require_POST
@login_required
@permission_required(EDIT_QUOTES_PERMISSION, raise_exception=True)
def split_quote(request, pk):
    """An editor splits the checked reports off the claim's quote into a quote of their own."""
    claim = get_object_or_404(Claim.objects.only("quote_group"), pk=pk)
    chosen = [int(value) for value in request.POST.getlist("claims") if value.isdigit()]
    try:
        spread.split_off(chosen, request.user)
        messages.success(request, f"{len(chosen)} report(s) split off into a quote of their own.")
    except spread.QuoteEditError as refusal:
        messages.error(request, str(refusal))
    return redirect(claim.get_absolute_url() + "#spread")


def claim_number(value):
    """A claim's id from what an editor typed: "1234", "#1234" or the claim's address."""
    digits = value.strip().rstrip("/").rsplit("/", 1)[-1].lstrip("#")
    return int(digits) if digits.isdigit() else None


@require_POST
@login_required
@permission_required(EDIT_QUOTES_PERMISSION, raise_exception=True)
def join_quote(request, pk):
    """An editor joins the quote of another claim (by number or address) to this claim's."""
    claim = get_object_or_404(Claim.objects.only("quote_group"), pk=pk)
    number = claim_number(request.POST.get("other", ""))
    other = Claim.objects.only("quote_group").filter(pk=number).first() if number else None
    if other is None:
        messages.error(request, "No claim has that number.")
    elif claim.quote_group_id is None or other.quote_group_id is None:
        messages.error(request, "Only direct and mixed claims with quoted words are grouped.")
    else:
        try:
            spread.join_groups(claim.quote_group_id, other.quote_group_id, request.user)
            messages.success(request, f"Claim {other.pk}’s quote joined to this one.")
        except spread.QuoteEditError as refusal:
            messages.error(request, str(refusal))
    return redirect(claim.get_absolute_url() + "#spread")


@read_access
def spreading(request):
    """The quotes reported most over a period, or those credited to different people."""
    form = SpreadingForm(request.GET)
    first_day, last_day = form.period
    counts = {}
    if form.conflicts_only:
        groups = list(QuoteGroup.objects.conflicts()[:SPREADING_SHOWN])
    elif form.all_time:
        groups = list(QuoteGroup.objects.for_spreading().most_repeated()[:SPREADING_SHOWN])
    else:
        rows = Claim.objects.spreading(
            start_of_day(first_day),
            start_of_day(last_day + timedelta(days=1)),
            SPREADING_SHOWN,
        )
        counts = {group_id: (reports, articles) for group_id, reports, articles in rows}
        groups = QuoteGroup.objects.for_spreading().in_order_of(list(counts))
    for group in groups:
        group.in_period = counts.get(group.pk)
    return render(
        request,
        "claims/spreading.html",
        {"form": form, "groups": groups, "first_day": first_day, "last_day": last_day},
    )


@login_required
@permission_required("claims.add_contradictionflag", raise_exception=True)
def flag_claim(request, pk):
    claim = get_object_or_404(Claim.objects.for_flagging(), pk=pk)
    search, text = search_box(request)
    if request.method == "POST":
        form = FlagForm(request.POST, claim=claim)
        if form.is_valid():
            flag = ContradictionFlag.open(
                claim, form.cleaned_data["other"], form.cleaned_data["note"], request.user
            )
            messages.success(request, "Contradiction flagged. It is now in the editors’ queue.")
            return redirect("claims:contradiction", flag.pk)
    else:
        form = FlagForm(claim=claim)
    same_speaker, others = claim.contradiction_candidates(text)
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


# --- Speakers ----------------------------------------------------------------------------------


@read_access
def speaker_list(request):
    search, text = search_box(request)
    speakers = Speaker.objects.matching(text) if text else Speaker.objects.all()
    sort = request.GET.get("sort", "")
    sort = sort if sort in SPEAKER_ORDERS else DEFAULT_SPEAKER_ORDER
    page = Paginator(speakers.in_order(sort), SPEAKERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "claims/speaker_list.html",
        {
            "search": search,
            "page": page,
            "page_query": page_url(request),
            "sorts": [
                (label, page_url(request, sort=key), key == sort)
                for key, label in SPEAKER_SORT_LABELS.items()
            ],
        },
    )


def moved_speaker(request, slug):
    """A 301 to the speaker a merged speaker's slug now leads to (same path tail and query):
    bookmarks and feed readers follow it. Http404 when the slug was never anyone's."""
    moved = SpeakerRedirect.objects.select_related("speaker").filter(old_slug=slug).first()
    if moved is None:
        raise Http404("No such speaker.")
    path = request.path.replace(f"/{slug}/", f"/{moved.speaker.slug}/", 1)
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{path}?{query}" if query else path, permanent=True)


@read_access
def speaker_suggestions(request):
    """Speakers whose name or an alias contains ?q=, as JSON: the suggestions of the speaker
    field in the form that corrects a claim's speaker."""
    text = request.GET.get("q", "").strip()[:200]
    speakers = Speaker.objects.matching(text) if len(text) >= 2 else Speaker.objects.none()
    rows = speakers.order_by("name", "id").values("name", "slug", "description")
    return JsonResponse({"speakers": list(rows[:SUGGESTIONS])})


# A speaker's chart and distinct quotes are counted over all their claims (100,000 for the
# most quoted); each process keeps them while the speaker's claim count and last quotation
# are the same, at most this long (an editor's split of a quote group changes neither).
SPEAKER_SUMMARY_SECONDS = 300


def speaker_summary(speaker, chart_end):
    """{"chart": their claims per week up to chart_end, "distinct_quotes": their claims, a
    quote reported by several articles counted once}."""
    last = speaker.last_quoted.timestamp() if speaker.last_quoted else 0
    key = f"speaker-summary:{speaker.pk}:{speaker.claim_count}:{last}:{chart_end:%Y%m%d}"
    summary = cache.get(key)
    if summary is None:
        theirs = Claim.objects.by_speaker(speaker)
        summary = {
            "chart": weekly_chart(weekly_counts(theirs, until=chart_end)),
            "distinct_quotes": speaker.claim_count - theirs.repeats().count(),
        }
        cache.set(key, summary, SPEAKER_SUMMARY_SECONDS)
    return summary


@read_access
def speaker_detail(request, slug):
    speaker = Speaker.objects.with_aliases().with_hand_corrected_count().filter(slug=slug).first()
    if speaker is None:
        return moved_speaker(request, slug)
    search, text = search_box(request)
    claims = Claim.objects.for_list().by_speaker(speaker)
    if text:
        claims = claims.matching(text)
    page = newest_first_page(request, claims, size=CLAIMS_ON_SPEAKER_PAGE)
    flags = ContradictionFlag.objects.with_claim_texts().in_order_of(
        ContradictionFlag.objects.newest_ids_of_speaker(speaker, FLAGS_ON_SPEAKER_PAGE)
    )
    # The chart ends at the last time they were quoted, so a quiet speaker's chart isn't empty.
    last_quoted = speaker.last_quoted
    chart_end = timezone.localdate(last_quoted) if last_quoted else timezone.localdate()
    return render(
        request,
        "claims/speaker_detail.html",
        {
            "speaker": speaker,
            "aliases": [alias for alias in speaker.alias_names if alias != speaker.name],
            **speaker_summary(speaker, chart_end),
            "chart_end": chart_end,
            "search": search,
            "search_text": text,
            "page": page,
            "flagged": ContradictionFlag.objects.flagged_among(page.items),
            "flags": flags,
            **joint_claims(speaker),
        },
    )


def joint_claims(speaker):
    """What the speaker said together with others ("Ruiz and Hale said"), newest first: the
    latest of them and how many there are."""
    together = Claim.objects.for_list().filter(joint_speakers=speaker)
    latest = list(together.order_by("-published", "-id")[: JOINT_ON_SPEAKER_PAGE + 1])
    count = together.count() if len(latest) > JOINT_ON_SPEAKER_PAGE else len(latest)
    return {"joint_claims": latest[:JOINT_ON_SPEAKER_PAGE], "joint_count": count}


# --- The contradictions queue ------------------------------------------------------------------


def mark_own_flags(flags, user):
    """The cards of flags `user` raised offer no Confirm/Dismiss when another editor must
    decide (ContradictionFlag.move_to refuses it anyway)."""
    for flag in flags:
        flag.for_another_editor = flag.awaits_another_editor(user)


@read_access
def contradiction_list(request):
    data = request.GET.copy()
    if "status" not in data:
        data["status"] = ContradictionFlag.Status.OPEN  # the queue: what still needs a decision
    form = FlagFilterForm(data)
    flags = ContradictionFlag.objects.filtered(**form.filters)
    page = Paginator(flags.values_list("pk", flat=True), FLAGS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    flags = ContradictionFlag.load_cards(
        ContradictionFlag.objects.for_cards().in_order_of(list(page))
    )
    mark_own_flags(flags, request.user)
    return render(
        request,
        "claims/contradiction_list.html",
        {
            "form": form,
            "page": page,
            "flags": flags,
            "page_query": page_url(request),
        },
    )


@read_access
def contradiction_detail(request, pk):
    flag = get_object_or_404(ContradictionFlag.objects.for_cards(), pk=pk)
    ContradictionFlag.load_cards([flag])
    mark_own_flags([flag], request.user)
    return render(request, "claims/contradiction_detail.html", {"flag": flag})


@require_POST
@login_required
@permission_required("claims.change_contradictionflag", raise_exception=True)
def resolve_contradiction(request, pk):
    flag = get_object_or_404(ContradictionFlag, pk=pk)
    form = ResolveForm(request.POST)
    if form.is_valid():
        try:
            flag.move_to(form.cleaned_data["status"], request.user, form.cleaned_data["note"])
            messages.success(request, f"Flag {flag.get_status_display().lower()}.")
        except FlagStatusError as refusal:
            messages.error(request, str(refusal))
    else:
        messages.error(request, "Choose confirm, dismiss or reopen.")
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        return redirect(next_url)
    return redirect("claims:contradiction", flag.pk)
