"""One quote across outlets on the pages: the claim page's reports, the claim list's one row
per quote and most repeated order, the speaker's distinct quotes, the Spreading page, exports,
and editors splitting and joining quotes."""

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from articles.models import Outlet
from claims import spread
from claims.models import Claim, QuoteGroup
from tests.factories import make_article, make_claim, make_speaker
from tests.web.test_pages_claims import DETAIL_QUERIES, LIST_QUERIES
from tests.web.test_pages_speakers import PAGE_QUERIES

pytestmark = pytest.mark.django_db

QUOTE = (
    "The new bridge will carry its first trains before the harvest, and not a day later "
    "than we promised the valley"
)
FRAGMENT = "will carry its first trains before the harvest, and not a day later"
DAY = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def report(text, speaker, outlet, days=0):
    article = make_article(
        text=f"“{text},” the minister said.",
        outlet=outlet,
        outlet_ref=Outlet.objects.for_name(outlet),
        published=DAY + timedelta(days=days),
    )
    claim = make_claim(text=text, speaker=speaker, article=article)
    spread.group_article(article.pk)
    claim.refresh_from_db()
    return claim


def reports(count, speaker, text=QUOTE, start=0):
    return [report(text, speaker, f"Outlet {start + n}", days=start + n) for n in range(count)]


@pytest.fixture
def minister():
    return make_speaker("Hana Kral")


def test_the_claim_page_says_who_reported_it_first_and_how_each_worded_it(
    journalist_client, minister
):
    first = report(QUOTE, minister, "Daily Ledger")
    report(FRAGMENT, minister, "Metro Herald", days=1)
    later = report(QUOTE.replace("promised", "pledged to"), minister, "Evening Post", days=2)
    html = journalist_client.get(later.get_absolute_url()).content.decode()
    assert "Reported by 3 articles from 3 outlets; first by" in html
    assert f'<a href="{first.get_absolute_url()}">Daily Ledger</a> on' in html
    assert "3 March 2025" in html
    assert "shortened" in html
    # Wordings are compared with the fullest one (here the later, longer one).
    assert "“pledged to” → “promised”" in html
    # Readers get no editing controls.
    assert 'name="claims"' not in html
    assert "Join them" not in html


def test_a_quote_reported_once_shows_no_reports(journalist_client, minister):
    alone = report(QUOTE, minister, "Daily Ledger")
    assert "Across outlets" not in journalist_client.get(alone.get_absolute_url()).content.decode()


def test_the_claim_page_shows_two_people_credited_with_the_same_words(journalist_client, minister):
    claim = report(QUOTE, minister, "Daily Ledger")
    report(QUOTE, make_speaker("Petr Novak"), "Metro Herald", days=1)
    html = journalist_client.get(claim.get_absolute_url()).content.decode()
    assert "Outlets credit these words to different people: Hana Kral, Petr Novak." in html


def test_the_claim_page_runs_the_same_queries_for_3_or_30_reports(
    journalist_client, minister, django_assert_max_num_queries
):
    claims = reports(3, minister)
    # The reports of the quote: one query more than a claim reported once.
    with django_assert_max_num_queries(DETAIL_QUERIES + 1):
        journalist_client.get(claims[0].get_absolute_url())
    claims += reports(27, minister, start=3)
    with django_assert_max_num_queries(DETAIL_QUERIES + 1):
        response = journalist_client.get(claims[0].get_absolute_url())
    assert "Reported by 30 articles from 30 outlets" in response.content.decode()


def test_the_list_shows_one_row_per_quote_with_its_count_and_most_repeated_first(
    journalist_client, minister, django_assert_max_num_queries
):
    reports(3, minister)
    other = "Every school in the district will have a nurse on duty by the autumn term"
    reports(2, minister, text=other, start=5)
    make_claim(text="A claim nobody else carried, about the harvest.", speaker=minister)
    url = reverse("claims:list")

    every = journalist_client.get(url)
    assert len(every.context["page"].items) == 6
    with django_assert_max_num_queries(LIST_QUERIES + 1):
        collapsed = journalist_client.get(url, {"repeats": "on"})
    rows = collapsed.context["page"].items
    assert len(rows) == 3
    html = collapsed.content.decode()
    assert "Reported 3× · 3 outlets" in html and "Reported 2× · 2 outlets" in html

    with django_assert_max_num_queries(LIST_QUERIES + 1):
        ranked = journalist_client.get(url, {"sort": "repeated"})
    texts = [claim.text for claim in ranked.context["page"].items]
    assert texts == [QUOTE, other]
    assert "Quotes reported most often first" in ranked.content.decode()


def test_most_repeated_follows_the_filters(journalist_client, minister):
    reports(3, minister)
    novak = make_speaker("Petr Novak")
    theirs = "Every school in the district will have a nurse on duty by the autumn term"
    reports(2, novak, text=theirs, start=5)
    response = journalist_client.get(
        reverse("claims:list"), {"sort": "repeated", "speaker": novak.slug}
    )
    assert [claim.text for claim in response.context["page"].items] == [theirs]


def test_the_speaker_page_counts_a_repeated_quote_once(
    journalist_client, minister, django_assert_max_num_queries
):
    reports(4, minister)
    make_claim(text="Something said only once, in one paper.", speaker=minister)
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = journalist_client.get(minister.get_absolute_url())
    assert "5 claims, 2 distinct quotes" in response.content.decode()


def test_the_spreading_page_lists_the_most_reported_quotes_of_the_period(
    journalist_client, minister, django_assert_max_num_queries
):
    reports(2, minister)
    other = "Every school in the district will have a nurse on duty by the autumn term"
    reports(4, minister, text=other)
    # Out of the period: reported often, but a year earlier.
    old = "We shall never sell the port to a foreign company while this council sits here"
    for n in range(5):
        report(old, minister, f"Outlet {n}", days=-400 + n)
    url = reverse("claims:spreading")
    with django_assert_max_num_queries(4 + 3):
        response = journalist_client.get(url, {"days": "30", "until": "2025-03-20"})
    assert response.status_code == 200
    groups = response.context["groups"]
    assert [group.first_claim.text for group in groups] == [other, QUOTE]
    html = response.content.decode()
    assert "4 reports</strong> in 4 articles in this period" in html
    assert "Hana Kral" in html

    conflicts = journalist_client.get(url, {"conflicts": "on"})
    assert list(conflicts.context["groups"]) == []
    report(QUOTE, make_speaker("Petr Novak"), "Metro Herald", days=3)
    conflicts = journalist_client.get(url, {"conflicts": "on"})
    assert [group.first_claim.text for group in conflicts.context["groups"]] == [QUOTE]
    assert "Credited to different people" in conflicts.content.decode()


def test_exports_carry_the_quote_group_its_first_report_and_counts(journalist_client, minister):
    first, second = reports(2, minister)
    reported = make_claim(text="The minister said the bridge was late.", kind=Claim.Kind.INDIRECT)
    response = journalist_client.get(reverse("claims:export_csv"))
    rows = {
        int(row["id"]): row
        for row in csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    }
    row = rows[second.pk]
    assert row["quote_group"] == str(first.quote_group_id)
    assert row["quote_first_claim_url"] == f"http://testserver{first.get_absolute_url()}"
    assert row["quote_first_published"] == first.published.isoformat()
    assert (row["quote_reports"], row["quote_articles"], row["quote_outlets"]) == ("2", "2", "2")
    assert rows[reported.pk]["quote_group"] == ""


# --- Editors ------------------------------------------------------------------------------------


def test_an_editor_splits_reports_off_and_the_split_sticks(editor_client, minister):
    keep, wrong, also_wrong = reports(3, minister)
    html = editor_client.get(keep.get_absolute_url()).content.decode()
    assert 'name="claims"' in html
    response = editor_client.post(
        reverse("claims:split_quote", args=[keep.pk]), {"claims": [wrong.pk, also_wrong.pk]}
    )
    assert response.status_code == 302
    for claim in (keep, wrong, also_wrong):
        claim.refresh_from_db()
    assert wrong.quote_group == also_wrong.quote_group != keep.quote_group
    spread.group_article(wrong.article_id)
    wrong.refresh_from_db()
    assert wrong.quote_group == also_wrong.quote_group


def test_an_editor_joins_another_claims_quote(editor_client, minister):
    claim = report(QUOTE, minister, "Daily Ledger")
    other = report("The valley will have its trains in time, as we said all along", minister, "X")
    assert claim.quote_group != other.quote_group
    response = editor_client.post(
        reverse("claims:join_quote", args=[claim.pk]), {"other": f"/claims/{other.pk}/"}
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.quote_group_id == claim.quote_group_id
    assert QuoteGroup.objects.get(pk=claim.quote_group_id).claim_count == 2
    follow = editor_client.get(claim.get_absolute_url())
    assert "Reported by 2 articles" in follow.content.decode()


def test_joining_a_claim_with_no_quoted_words_is_refused_with_a_message(editor_client, minister):
    claim = report(QUOTE, minister, "Daily Ledger")
    reported = make_claim(text="The minister said trains would come.", kind=Claim.Kind.INDIRECT)
    response = editor_client.post(
        reverse("claims:join_quote", args=[claim.pk]), {"other": reported.pk}, follow=True
    )
    assert "Only direct and mixed claims with quoted words are grouped." in (
        response.content.decode()
    )


def test_a_journalist_may_not_split_or_join(journalist_client, minister):
    one, two = reports(2, minister)
    split = reverse("claims:split_quote", args=[one.pk])
    join = reverse("claims:join_quote", args=[one.pk])
    assert journalist_client.post(split, {"claims": [two.pk]}).status_code == 403
    assert journalist_client.post(join, {"other": two.pk}).status_code == 403
    two.refresh_from_db()
    assert two.quote_group == one.quote_group and not two.quote_pinned


def test_the_spreading_page_ranks_all_time_by_reports_in_all(journalist_client, minister):
    reports(2, minister)
    old = "We shall never sell the port to a foreign company while this council sits here"
    for n in range(3):
        report(old, minister, f"Outlet {n}", days=-400 + n)
    response = journalist_client.get(reverse("claims:spreading"), {"days": "all"})
    assert [group.first_claim.text for group in response.context["groups"]] == [old, QUOTE]
    assert "The quotes reported most often, all time" in response.content.decode()
