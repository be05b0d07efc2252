"""Finding people and claims: a speaker's other names in search, how many claims match,
the speaker list's orders, and the addresses of merged speakers."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from articles.models import Feed, Outlet
from claims import views
from claims.speakers import add_aliases, merge_speakers
from tests.factories import make_claim, make_claims, make_speaker

pytestmark = pytest.mark.django_db


def listed_texts(response):
    return {claim.text for claim in response.context["page"].items}


def test_search_for_any_alias_of_a_speaker_finds_their_claims(journalist_client):
    zelensky = make_speaker("Volodymyr Zelensky")
    add_aliases(zelensky, ["Volodymyr Zelensky", "Zelenskyy", "Zelenskiy", "President Zelenskiy"])
    make_claims(3, speaker=zelensky, text="We will defend every village {n}.")
    spelled_so = make_claim("Zelenskyy has asked for more air defence.")  # the word in the text
    make_claims(2, speaker=make_speaker("Vladimir Putin"), text="The talks failed {n}.")
    for query in ("Zelenskyy", "ZELENSKIY", "President Zelenskiy", "volodymyr zelensky"):
        response = journalist_client.get(reverse("claims:list"), {"q": query})
        texts = listed_texts(response)
        assert {f"We will defend every village {n}." for n in range(3)} <= texts, query
        assert not any("talks failed" in text for text in texts), query
    response = journalist_client.get(reverse("claims:list"), {"q": "Zelenskyy"})
    assert spelled_so.text in listed_texts(response)  # full-text matches stay
    assert "4 claims" in response.content.decode()


def test_a_word_of_a_name_is_no_alias(journalist_client):
    zelensky = make_speaker("Volodymyr Zelensky")
    add_aliases(zelensky, ["Volodymyr Zelensky", "Zelenskyy"])
    make_claims(2, speaker=zelensky, text="We will defend every village {n}.")
    response = journalist_client.get(reverse("claims:list"), {"q": "Zelenskyy village defence"})
    # Every word must match as before: "defence" is in none of the claims.
    assert listed_texts(response) == set()


def test_the_claim_list_says_how_many_claims_match(journalist_client, monkeypatch):
    make_claims(3, text="The harvest was good {n}.")
    make_claims(2, text="Prices rose again {n}.")
    page = journalist_client.get(reverse("claims:list")).content.decode()
    assert "5 claims" in page
    page = journalist_client.get(reverse("claims:list"), {"q": "harvest"}).content.decode()
    assert "3 claims" in page
    monkeypatch.setattr(views, "COUNT_LIMIT", 4)
    monkeypatch.setattr("claims.search.SEARCH_WINDOW", 2)  # a search counts what it ranks
    page = journalist_client.get(reverse("claims:list")).content.decode()
    assert "More than 4 claims" in page
    page = journalist_client.get(reverse("claims:list"), {"q": "prices"}).content.decode()
    assert "2 claims" in page
    page = journalist_client.get(reverse("claims:list"), {"q": "harvest"}).content.decode()
    assert "More than 2 claims" in page


def speaker_names(response):
    return [speaker.name for speaker in response.context["page"]]


def test_speakers_are_listed_most_recently_quoted_first_or_by_claims_or_name(
    journalist_client,
):
    old_hand = make_speaker("old Hand")
    make_claims(5, speaker=old_hand, start=datetime(2024, 1, 1, tzinfo=UTC))
    newcomer = make_speaker("Newcomer")
    make_claims(1, speaker=newcomer, start=datetime(2025, 6, 1, tzinfo=UTC))
    middle = make_speaker("Anna Middle")
    make_claims(2, speaker=middle, start=datetime(2025, 1, 1, tzinfo=UTC))
    make_speaker("Zed Silent")
    url = reverse("claims:speakers")
    response = journalist_client.get(url)
    assert speaker_names(response) == ["Newcomer", "Anna Middle", "old Hand", "Zed Silent"]
    response = journalist_client.get(url, {"sort": "claims"})
    assert speaker_names(response) == ["old Hand", "Anna Middle", "Newcomer", "Zed Silent"]
    response = journalist_client.get(url, {"sort": "name"})
    assert speaker_names(response) == ["Anna Middle", "Newcomer", "old Hand", "Zed Silent"]
    html = response.content.decode()
    assert 'href="?sort=claims"' in html and 'aria-current="true">Name<' in html
    add_aliases(middle, ["Anna Middle", "A. Middle"])
    for sort in ("recent", "claims", "name"):
        response = journalist_client.get(url, {"q": "middle", "sort": sort})  # an alias join
        assert speaker_names(response) == ["Anna Middle"], sort


def test_claim_counts_follow_merges_corrections_and_deletions(journalist_client):
    kept, merged = make_speaker("Volodymyr Zelensky"), make_speaker("Zelenskyy")
    make_claims(2, speaker=kept, start=datetime(2024, 1, 1, tzinfo=UTC))
    newest = make_claims(3, speaker=merged, start=datetime(2025, 1, 1, tzinfo=UTC))[-1]
    merge_speakers(kept, [merged])
    kept.refresh_from_db()
    assert (kept.claim_count, kept.last_quoted) == (5, newest.published)
    newest.article.delete()
    kept.refresh_from_db()
    assert kept.claim_count == 4
    assert kept.last_quoted == datetime(2025, 1, 2, tzinfo=UTC)


def test_a_merged_speakers_page_and_feed_lead_to_the_speaker_it_joined(journalist_client):
    kept, merged = make_speaker("Volodymyr Zelensky"), make_speaker("Zelenskyy")
    earlier = make_speaker("Zelenskiy")
    make_claims(2, speaker=merged)
    old_page, old_feed = (
        merged.get_absolute_url(),
        reverse("claims:speaker_feed", args=[merged.slug]),
    )
    earlier_page = earlier.get_absolute_url()
    merge_speakers(merged, [earlier])
    merge_speakers(kept, [merged])
    response = journalist_client.get(old_page, {"q": "harvest"})
    assert response.status_code == 301
    assert response["Location"] == f"{kept.get_absolute_url()}?q=harvest"
    response = journalist_client.get(old_feed)
    assert response.status_code == 301
    assert response["Location"] == reverse("claims:speaker_feed", args=[kept.slug])
    assert journalist_client.get(earlier_page)["Location"] == kept.get_absolute_url()
    page = journalist_client.get(old_page, follow=True)
    assert page.context["speaker"] == kept
    assert journalist_client.get(reverse("claims:speaker", args=["nobody"])).status_code == 404
    feed = reverse("claims:speaker_feed", args=["nobody"])
    assert journalist_client.get(feed).status_code == 404


def test_a_new_or_renamed_outlet_or_feed_is_offered_in_the_filters_at_once(journalist_client):
    url = reverse("claims:list")
    journalist_client.get(url)  # the filter choices are now kept by this process
    outlet = Outlet.objects.create(name="Harbour Courier", domain="courier.example")
    Feed.objects.create(url="https://courier.example/rss", title="Courier: Politics")
    page = journalist_client.get(url).content.decode()
    assert '<option value="Harbour Courier">' in page
    assert ">Courier: Politics</option>" in page
    outlet.name = "The Harbour Courier"
    outlet.save()
    page = journalist_client.get(url).content.decode()
    assert '<option value="The Harbour Courier">' in page
    assert '<option value="Harbour Courier">' not in page
