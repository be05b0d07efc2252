"""Search: what users type in a search box, as query conditions, and the ranking of matches.

The models' query methods (Claim.objects.matching, Speaker.objects.matching, …) use these;
this module imports no model, so the models can.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Q

SEARCH_CONFIG = "english"

# Ranked search orders at most this many matches, the newest ones: 5 pages of the claim list.
# Finding them costs in step with this number divided by how common the words are; two words
# each in a tenth of all claims make PostgreSQL read 70 claims for every match.
SEARCH_WINDOW = 150


def search_query(text):
    """What users type, read the way web search engines read it ("quoted phrases", -not)."""
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def ranked_window(matches, text):
    """Ids of the newest SEARCH_WINDOW of `matches` for `text`, ranked best first (ties newest
    first), and whether more matches lie beyond the window.

    Ranking every match of a common word would read tens of thousands of rows on each page
    view. PostgreSQL walks the date index for the newest few hundred, ranking each as it reads
    it; one row more than the window says whether the window holds every match, so the page
    can say how many claims match without counting them again.
    """
    newest = (
        matches.annotate(rank=SearchRank(F("search_vector"), search_query(text)))
        .order_by("-published", "-id")
        .values_list("pk", "published", "rank")[: SEARCH_WINDOW + 1]
    )
    rows = list(newest)
    ranked = sorted(rows[:SEARCH_WINDOW], key=lambda row: (row[2], row[1], row[0]), reverse=True)
    return [pk for pk, _, _ in ranked], len(rows) > SEARCH_WINDOW


def speaker_search(text):
    """Speakers whose name or an alias contains the text, or whose slug it is: the speaker
    list's search box. An alias join repeats speakers, so use it with .distinct()."""
    return Q(name__icontains=text) | Q(aliases__alias__icontains=text) | Q(slug=text)


def speaker_name_is(name):
    """Speakers called this, by name or alias, in any case: a speaker filter's value."""
    return Q(name__iexact=name) | Q(aliases__alias__iexact=name)
