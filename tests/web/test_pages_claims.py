"""The claim list and the claim page, as a journalist sees them."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from articles.models import Feed, Outlet
from claims.models import Claim, ContradictionFlag
from claims.pagination import PAGE_SIZE
from tests.factories import (
    make_article,
    make_claim,
    make_claims,
    make_flag,
    make_speaker,
)

pytestmark = pytest.mark.django_db

# Every page: session, user, the user's and the groups' permissions. Then the page's own.
# Feeds and outlet names for the filters, speaker lookup, claims (a search: the speakers it
# names, the ranked ids, then those rows), how many match (a search: the speakers it names
# again), flags.
LIST_QUERIES = 4 + 9
DETAIL_QUERIES = 4 + 3  # claim, the speaker's other claims, flags with the other claims


def listed_texts(response):
    return [claim.text for claim in response.context["page"].items]


def test_root_redirects_to_the_claim_list(journalist_client):
    response = journalist_client.get("/")
    assert response.status_code == 302
    assert response["Location"] == reverse("claims:list")


def test_claims_are_listed_newest_first_with_speaker_and_source(journalist_client):
    putin = make_speaker("Vladimir Putin")
    old, new = make_claims(2, speaker=putin, text="Statement {n} on the talks.")
    response = journalist_client.get(reverse("claims:list"))
    assert listed_texts(response) == [new.text, old.text]
    html = response.content.decode()
    assert putin.get_absolute_url() in html
    assert new.get_absolute_url() in html
    assert new.article.get_absolute_url() in html
    assert "Example News" in html


def test_paging_walks_the_whole_list_without_gaps_or_repeats(journalist_client):
    claims = make_claims(PAGE_SIZE * 2 + 5)
    # Two claims published at the same moment must still page in a stable order.
    same_moment = make_claim(text="Tie one.", published=claims[40].published)
    claims.append(same_moment)
    expected = [c.text for c in sorted(claims, key=lambda c: (c.published, c.pk), reverse=True)]

    seen, url, pages = [], reverse("claims:list"), 0
    while url:
        response = journalist_client.get(
            url if url.startswith("/") else reverse("claims:list") + url
        )
        seen += listed_texts(response)
        url, pages = response.context["page"].next_url, pages + 1
    assert seen == expected
    assert pages == 3

    # And back again from the last page.
    back = journalist_client.get(reverse("claims:list") + response.context["page"].prev_url)
    assert listed_texts(back) == expected[PAGE_SIZE : PAGE_SIZE * 2]


def test_a_malformed_cursor_shows_the_first_page(journalist_client):
    make_claims(3)
    response = journalist_client.get(reverse("claims:list"), {"before": "nonsense"})
    assert response.status_code == 200
    assert len(listed_texts(response)) == 3


def test_search_finds_claim_text_and_speaker_names_best_match_first(journalist_client):
    zelensky = make_speaker("Volodymyr Zelensky")
    make_claim(text="The harvest was good this year.", speaker=make_speaker("Olga Petrova"))
    passing = make_claim(text="A ceasefire would be welcome.", speaker=make_speaker("Anon"))
    strong = make_claim(
        text="Ceasefire talk is a ceasefire trap, a ceasefire in name only.", speaker=zelensky
    )
    response = journalist_client.get(reverse("claims:list"), {"q": "ceasefire"})
    assert listed_texts(response) == [strong.text, passing.text]

    by_name = journalist_client.get(reverse("claims:list"), {"q": "Zelensky"})
    assert listed_texts(by_name) == [strong.text]


def test_search_reads_quoted_phrases_and_exclusions(journalist_client):
    make_claim(text="The root causes must be eliminated.")
    make_claim(text="The causes of the crisis are at its root.")
    phrase = journalist_client.get(reverse("claims:list"), {"q": '"root causes"'})
    assert listed_texts(phrase) == ["The root causes must be eliminated."]
    excluded = journalist_client.get(reverse("claims:list"), {"q": "root -crisis"})
    assert listed_texts(excluded) == ["The root causes must be eliminated."]


def test_filters_by_speaker_slug_name_or_alias(journalist_client):
    putin = make_speaker("Vladimir Putin")
    make_claims(2, speaker=putin, text="Putin claim {n}.")
    make_claims(2, speaker=make_speaker("Dmitry Peskov"), text="Peskov claim {n}.")
    putin.aliases.create(alias="Putin", normalised="putin")
    for value in (putin.slug, "vladimir putin", "Putin"):
        response = journalist_client.get(reverse("claims:list"), {"speaker": value})
        assert listed_texts(response) == ["Putin claim 1.", "Putin claim 0."], value
        assert "Newest first, by Vladimir Putin." in response.content.decode()

    unknown = journalist_client.get(reverse("claims:list"), {"speaker": "Nobody Atall"})
    assert "No speaker is called “Nobody Atall”." in unknown.content.decode()
    assert len(listed_texts(unknown)) == 4  # a bad filter is reported, the rest still works


def test_filters_by_outlet_feed_kind_and_dates(journalist_client):
    feed = Feed.objects.create(url="https://wire.example.net/rss", title="The Wire")
    wire = make_article(
        text='"From the wire." he said.',
        outlet="The Wire",
        outlet_ref=Outlet.objects.create(name="The Wire", domain="wire.example.net"),
        feed=feed,
        published=datetime(2025, 3, 10, 8, 0, tzinfo=UTC),
    )
    from_wire = make_claim(text="From the wire.", article=wire, kind=Claim.Kind.INDIRECT)
    make_claim(text="From elsewhere.")  # Example News, 20 May 2025, direct

    def texts(**params):
        return listed_texts(journalist_client.get(reverse("claims:list"), params))

    assert texts(outlet="The Wire") == [from_wire.text]
    assert texts(feed=feed.pk) == [from_wire.text]
    assert texts(kind="indirect") == [from_wire.text]
    assert texts(date_from="2025-03-10", date_to="2025-03-10") == [from_wire.text]
    assert texts(date_from="2025-03-11") == ["From elsewhere."]
    assert texts(date_to="2025-03-09") == []


def test_the_outlet_filter_finds_a_site_under_any_of_its_names_in_any_case(journalist_client):
    gazette = Outlet.objects.create(name="Riverside Gazette", domain="riverside.example")
    for n, shown_as in enumerate(("Riverside Gazette", "Riverside Gazette: City")):
        article = make_article(
            text=f'"Gazette story {n}." he said.', outlet=shown_as, outlet_ref=gazette
        )
        make_claim(text=f"Gazette story {n}.", article=article)
    Outlet.objects.create(name="Hill Weekly", domain="hillweekly.example")
    make_claim(text="From elsewhere.")

    response = journalist_client.get(reverse("claims:list"), {"outlet": "riverside gazette"})
    assert listed_texts(response) == ["Gazette story 1.", "Gazette story 0."]
    html = response.content.decode()
    # Typing offers every outlet's name.
    assert 'list="outlet-names"' in html
    assert '<option value="Hill Weekly">' in html
    assert '<option value="Riverside Gazette">' in html

    unknown = journalist_client.get(reverse("claims:list"), {"outlet": "Riverside Gazete"})
    assert "No outlet is called “Riverside Gazete”." in unknown.content.decode()
    assert len(listed_texts(unknown)) == 3  # reported, not an empty list


def test_the_outlet_filter_follows_an_article_moved_to_another_outlet(journalist_client):
    herald = Outlet.objects.create(name="Hill Herald", domain="hillherald.example")
    post = Outlet.objects.create(name="Valley Post", domain="valleypost.example")
    article = make_article(text='"Bridge tolls rise." she said.', outlet_ref=herald)
    make_claim(text="Bridge tolls rise.", article=article)

    def texts(outlet):
        response = journalist_client.get(reverse("claims:list"), {"outlet": outlet})
        assert response.status_code == 200
        return listed_texts(response)

    assert texts("Hill Herald") == ["Bridge tolls rise."]
    # An editor finds the article belongs to another site.
    article.outlet_ref = post
    article.save()
    assert texts("Hill Herald") == []
    assert texts("Valley Post") == ["Bridge tolls rise."]
    # A claim written afterwards carries the article's new outlet too.
    make_claim(text="Tolls fund the repairs.", article=article)
    assert texts("Valley Post") == ["Tolls fund the repairs.", "Bridge tolls rise."]
    post.delete()
    assert listed_texts(journalist_client.get(reverse("claims:list"))) == [
        "Tolls fund the repairs.",
        "Bridge tolls rise.",
    ]


def test_has_contradictions_filter_ignores_dismissed_flags(journalist_client):
    a, b, c, d = make_claims(4)
    make_flag(a, b)
    make_flag(c, d, status=ContradictionFlag.Status.DISMISSED)
    response = journalist_client.get(reverse("claims:list"), {"flagged": "on"})
    assert listed_texts(response) == [b.text, a.text]
    assert "Contradiction" in response.content.decode()


def test_the_claim_list_runs_the_same_queries_for_5_or_60_claims(
    journalist_client, django_assert_max_num_queries
):
    speaker = make_speaker()
    claims = make_claims(5, speaker=speaker)
    make_flag(claims[0], claims[1])
    pages = ({}, {"q": "harvest"}, {"q": "harvest", "speaker": speaker.slug}, {"flagged": "on"})

    def listed_on_each_page():
        counts = []
        for params in pages:
            with django_assert_max_num_queries(LIST_QUERIES):
                response = journalist_client.get(reverse("claims:list"), params)
            assert response.status_code == 200, params
            texts = listed_texts(response)
            assert texts[0] in response.content.decode(), params
            counts.append(len(texts))
        return counts

    assert listed_on_each_page() == [5, 5, 5, 2]
    make_claims(55, speaker=speaker, start=datetime(2025, 6, 1, tzinfo=UTC))
    assert listed_on_each_page() == [PAGE_SIZE, PAGE_SIZE, PAGE_SIZE, 2]


# --- The claim page ---------------------------------------------------------------------------


def test_claim_page_shows_quote_speaker_cue_intermediary_and_source(journalist_client):
    putin = make_speaker("Vladimir Putin", description="President of Russia")
    article = make_article(
        title="Call ends without breakthrough",
        outlet="The Daily",
        url="https://daily.example.com/call",
        text='Putin, as quoted by Interfax, insisted that "root causes" must go.',
    )
    claim = make_claim(
        text="root causes",
        speaker=putin,
        article=article,
        cue="insisted",
        intermediary="Interfax",
        kind=Claim.Kind.MIXED,
    )
    html = journalist_client.get(claim.get_absolute_url()).content.decode()
    for expected in (
        "root causes",
        putin.get_absolute_url(),
        "President of Russia",
        "insisted",
        "Interfax",
        "Mixed",
        "Call ends without breakthrough",
        "The Daily",
        'href="https://daily.example.com/call"',
        article.get_absolute_url(),
    ):
        assert expected in html


def test_claim_page_highlights_the_quoted_words_in_their_passage(journalist_client):
    text = (
        "An opening paragraph about something else entirely.\n"
        'Later, Peskov said the war would require "rather painstaking work" and more.\n'
        "A closing paragraph."
    )
    article = make_article(text=text)
    start = text.index("rather painstaking work")
    claim = make_claim(
        text="rather painstaking work",
        article=article,
        content_spans=[[start, start + 23]],
        source_span=[text.index("Peskov"), text.index("Peskov") + 6],
        cue_span=[text.index("said"), text.index("said") + 4],
    )
    html = journalist_client.get(claim.get_absolute_url()).content.decode()
    assert '<mark class="quote">rather painstaking work</mark>' in html
    assert '<mark class="source">Peskov</mark>' in html
    assert '<mark class="cue">said</mark>' in html
    passage = html[html.index('class="passage"') :]
    passage = passage[: passage.index("</p>")]
    assert "Later," in passage
    assert "opening paragraph" not in passage  # the passage is the quote's own paragraph


def test_a_split_quote_has_every_piece_highlighted(journalist_client):
    text = '"We are ready," he said, "to talk at any time."'
    article = make_article(text=text)
    claim = make_claim(
        text="We are ready, to talk at any time.",
        article=article,
        content_spans=[[1, 13], [text.index("to talk"), text.index("time.") + 5]],
    )
    html = journalist_client.get(claim.get_absolute_url()).content.decode()
    assert '<mark class="quote">We are ready</mark>' in html
    assert '<mark class="quote">to talk at any time.</mark>' in html


def test_claim_page_lists_the_speakers_other_claims_and_its_contradictions(journalist_client):
    putin = make_speaker("Vladimir Putin")
    earlier, claim = make_claims(2, speaker=putin, text="Putin says thing {n}.")
    unrelated = make_claim(text="Someone else entirely.", speaker=make_speaker("Other Person"))
    contradicting = make_claim(text="The opposite is true.", speaker=make_speaker("Critic"))
    make_flag(claim, contradicting, note="Opposite positions a week apart.")
    response = journalist_client.get(claim.get_absolute_url())
    html = response.content.decode()
    assert [c.text for c in response.context["others"]] == [earlier.text]
    assert unrelated.text not in html
    assert "The opposite is true." in html
    assert "Opposite positions a week apart." in html


def test_article_text_is_escaped_on_the_claim_page(journalist_client):
    text = '<script>alert("x")</script> "We <b>will</b> win," she said.'
    article = make_article(text=text, title="<img src=x onerror=alert(1)>")
    claim = make_claim(text="We <b>will</b> win,", article=article, speaker_text="<i>Her</i>")
    html = journalist_client.get(claim.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    assert "<b>will</b>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert '<mark class="quote">We &lt;b&gt;will&lt;/b&gt; win,</mark>' in html


def test_the_claim_page_runs_the_same_queries_for_3_or_23_claims(
    journalist_client, django_assert_max_num_queries
):
    speaker = make_speaker()
    claims = make_claims(3, speaker=speaker)
    make_flag(claims[0], claims[1])
    with django_assert_max_num_queries(DETAIL_QUERIES):
        response = journalist_client.get(claims[0].get_absolute_url())
    assert response.status_code == 200
    assert claims[1].text in response.content.decode()  # the other side of the flag
    assert (len(response.context["others"]), len(response.context["flags"])) == (2, 1)
    more = make_claims(20, speaker=speaker, start=datetime(2025, 6, 1, tzinfo=UTC))
    for other in more[:5]:
        make_flag(claims[0], other)
    with django_assert_max_num_queries(DETAIL_QUERIES):
        response = journalist_client.get(claims[0].get_absolute_url())
    assert response.status_code == 200
    assert more[4].text in response.content.decode()
    assert (len(response.context["others"]), len(response.context["flags"])) == (8, 6)


def test_an_unknown_claim_is_not_found(journalist_client):
    assert journalist_client.get(reverse("claims:detail", args=[999999])).status_code == 404


def test_search_ranks_the_newest_matches_and_says_so(journalist_client, monkeypatch):
    monkeypatch.setattr("claims.search.SEARCH_WINDOW", 2)
    monkeypatch.setattr("claims.pagination.SEARCH_WINDOW", 2)
    monkeypatch.setattr("claims.pagination.PAGE_SIZE", 1)
    strongest_but_oldest, weak, strong = make_claims(
        3, text="Tariffs {n}: tariffs, tariffs and tariffs."
    )
    Claim.objects.filter(pk=weak.pk).update(text="Tariffs were mentioned once.")
    first = journalist_client.get(reverse("claims:list"), {"q": "tariffs"})
    second = journalist_client.get(reverse("claims:list"), {"q": "tariffs", "page": 2})
    assert listed_texts(first) + listed_texts(second) == [
        strong.text,
        "Tariffs were mentioned once.",
    ]
    assert "Searches rank the 2 newest matches" in second.content.decode()
