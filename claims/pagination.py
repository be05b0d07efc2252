"""Pages of claims: newest first by a cursor on (published, id), or best search matches first
by page number."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.db.models import Q

from claims.search import SEARCH_WINDOW

PAGE_SIZE = 30
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


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
    # How many claims a search matched: exact unless more lie beyond its ranked window.
    match_count: int = 0
    more_matches: bool = False


def page_url(request, **params):
    """This page's address with other paging parameters (none: the first page)."""
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


def ranked_page(request, matches, text):
    """Best matches first, paged by number (the ranked window is small, so OFFSET is cheap)."""
    size = PAGE_SIZE
    last_page = SEARCH_WINDOW // size
    try:
        number = min(max(int(request.GET.get("page", 1)), 1), last_page)
    except ValueError:
        number = 1
    offset = (number - 1) * size
    ids, more = matches.ranked(text)
    rows = matches.model.objects.for_list().in_order_of(ids[offset : offset + size + 1])
    page = Page(
        rows[:size],
        prev_label="Previous",
        next_label="Next",
        number=number,
        match_count=len(ids),
        more_matches=more,
    )
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


# Most-repeated order pages by number; this far at most (each page walks the groups before it).
NUMBERED_PAGES = 100


def numbered_page(request, fetch, size=PAGE_SIZE):
    """Rows `fetch(offset, limit)` gives, paged by number (?page=): for orders no cursor can
    follow, such as most repeated first."""
    try:
        number = min(max(int(request.GET.get("page", 1)), 1), NUMBERED_PAGES)
    except ValueError:
        number = 1
    rows = fetch((number - 1) * size, size + 1)
    page = Page(rows[:size], prev_label="Previous", next_label="Next", number=number)
    if number > 1:
        page.prev_url = page_url(request, page=number - 1)
        page.first_url = page_url(request)
    if len(rows) > size and number < NUMBERED_PAGES:
        page.next_url = page_url(request, page=number + 1)
    return page
