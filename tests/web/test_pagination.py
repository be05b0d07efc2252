"""Paging through claims: Older / Newer links, links that keep the filters, ranked pages."""

import pytest
from django.urls import reverse

from claims.pagination import PAGE_SIZE
from claims.search import SEARCH_WINDOW
from tests.factories import make_claims, make_speaker

pytestmark = pytest.mark.django_db


def texts(response):
    return [claim.text for claim in response.context["page"].items]


def follow(client, path, link):
    return client.get(link if link.startswith("/") else path + link)


def test_newer_links_lead_back_to_the_first_page_which_has_no_newer_link(journalist_client):
    make_claims(PAGE_SIZE * 2 + 3)
    path = reverse("claims:list")
    first = journalist_client.get(path)
    assert first.context["page"].prev_url == "" and first.context["page"].first_url == ""
    second = follow(journalist_client, path, first.context["page"].next_url)
    third = follow(journalist_client, path, second.context["page"].next_url)
    assert third.context["page"].next_url == ""  # the oldest claims: no Older link
    assert len(texts(third)) == 3

    back = follow(journalist_client, path, third.context["page"].prev_url)
    assert texts(back) == texts(second)
    back = follow(journalist_client, path, back.context["page"].prev_url)
    assert texts(back) == texts(first)
    assert back.context["page"].prev_url == ""
    assert texts(follow(journalist_client, path, second.context["page"].first_url)) == texts(first)


def test_paging_links_keep_the_filters_and_drop_the_old_cursor(journalist_client):
    putin = make_speaker("Vladimir Putin")
    make_claims(PAGE_SIZE + 5, speaker=putin, text="Putin claim {n}.")
    make_claims(5, text="Someone else {n}.")
    path = reverse("claims:list")
    first = journalist_client.get(path, {"speaker": putin.slug, "kind": "direct"})
    next_url = first.context["page"].next_url
    assert f"speaker={putin.slug}" in next_url and "kind=direct" in next_url
    second = follow(journalist_client, path, next_url)
    assert texts(second) == [f"Putin claim {n}." for n in range(4, -1, -1)]
    newer = second.context["page"].prev_url
    assert "before=" not in newer and f"speaker={putin.slug}" in newer


def test_a_speakers_page_pages_through_their_claims_only(journalist_client):
    putin = make_speaker("Vladimir Putin")
    make_claims(30, speaker=putin, text="Putin claim {n}.")
    make_claims(3, text="Someone else {n}.")
    path = reverse("claims:speaker", args=[putin.slug])
    first = journalist_client.get(path)
    second = follow(journalist_client, path, first.context["page"].next_url)
    assert texts(first) + texts(second) == [f"Putin claim {n}." for n in range(29, -1, -1)]
    assert len(texts(first)) == 25 and second.context["page"].next_url == ""


@pytest.mark.parametrize("number", ["0", "-3", "many"])
def test_a_ranked_page_number_below_one_or_not_a_number_shows_the_first(journalist_client, number):
    make_claims(3, text="Tariffs {n} are coming.")
    response = journalist_client.get(reverse("claims:list"), {"q": "tariffs", "page": number})
    page = response.context["page"]
    assert page.number == 1 and len(page.items) == 3 and page.prev_url == ""


def test_a_ranked_page_number_past_the_ranked_window_shows_its_last_page(journalist_client):
    make_claims(3, text="Tariffs {n} are coming.")
    response = journalist_client.get(reverse("claims:list"), {"q": "tariffs", "page": 999})
    assert response.status_code == 200
    assert response.context["page"].number == SEARCH_WINDOW // PAGE_SIZE
