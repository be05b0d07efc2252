"""Claims shown for what they are: a direct quote in one pair of quotation marks, reported
speech without marks and labelled as such, a mixed claim with only its own marks; the exports
keep the text exactly as the article has it."""

import csv
import io
import json
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from claims.models import Claim
from claims.templatetags.claim_quotes import quoted_plain
from tests.factories import make_article, make_claim, make_flag, make_speaker

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"

DIRECT = "“The engineering is done, the money is not.”"
REPORTED = "the president's approach has emboldened Russia"
MIXED = 'the deal was "peace without justice" and would not last'


@pytest.fixture
def three_claims():
    rossi = make_speaker("Anna Rossi")
    article = make_article(
        text=f"{DIRECT} Rossi said. She argued that {REPORTED}. She said {MIXED}.",
        title="Rossi on the bridge",
    )
    return {
        "direct": make_claim(text=DIRECT, speaker=rossi, article=article),
        "reported": make_claim(
            text=REPORTED, speaker=rossi, article=article, kind=Claim.Kind.INDIRECT
        ),
        "mixed": make_claim(text=MIXED, speaker=rossi, article=article, kind=Claim.Kind.MIXED),
    }


def page(client, url):
    return client.get(url).content.decode()


def test_the_claim_list_shows_one_pair_of_marks_and_labels_reported_speech(
    journalist_client, three_claims
):
    html = page(journalist_client, reverse("claims:list"))
    assert '<span class="claim-quote">“The engineering is done, the money is not.”</span>' in html
    assert "““" not in html and "””" not in html
    assert (
        '<span class="claim-paraphrase"><span class="paraphrase-cue">Reported:</span> '
        "the president&#x27;s approach has emboldened Russia</span>"
    ) in html
    assert "“the president" not in html
    # A mixed claim: marks only around the words quoted, as the article has them.
    assert "the deal was &quot;peace without justice&quot; and would not last</span>" in html
    assert "“the deal" not in html


def test_the_claim_page_and_its_title_show_a_quote_once_quoted(journalist_client, three_claims):
    direct = page(journalist_client, three_claims["direct"].get_absolute_url())
    assert "<title>Anna Rossi: “The engineering is done, the money is not.”" in direct
    assert "““" not in direct
    reported = page(journalist_client, three_claims["reported"].get_absolute_url())
    assert "<title>Anna Rossi: reported: the president&#x27;s approach" in reported
    assert '<blockquote class="big-quote"><span class="claim-paraphrase">' in reported


def test_flag_cards_and_the_speaker_page_show_claims_the_same_way(journalist_client, three_claims):
    flag = make_flag(three_claims["direct"], three_claims["reported"])
    card = page(journalist_client, reverse("claims:contradiction", args=[flag.pk]))
    assert '<span class="claim-quote">“The engineering is done' in card
    assert '<span class="paraphrase-cue">Reported:</span> the president' in card
    speaker = page(journalist_client, three_claims["direct"].speaker.get_absolute_url())
    assert "““" not in speaker and "“the president" not in speaker
    assert '<span class="paraphrase-cue">Reported:</span>' in speaker


def test_the_atom_feed_quotes_direct_claims_once_and_says_which_are_reported(
    journalist_client, three_claims
):
    slug = three_claims["direct"].speaker.slug
    response = journalist_client.get(reverse("claims:speaker_feed", args=[slug]))
    feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own output
    titles = {entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")}
    assert titles == {
        "“The engineering is done, the money is not.”",
        "reported: the president's approach has emboldened Russia",
        'reported: the deal was "peace without justice" and would not last',
    }


def test_exports_keep_the_text_exactly_as_the_article_has_it(journalist_client, three_claims):
    response = journalist_client.get(reverse("claims:export_csv"))
    rows = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert {row["text"] for row in rows} == {DIRECT, REPORTED, MIXED}
    response = journalist_client.get(reverse("claims:export_json"))
    data = json.loads(b"".join(response.streaming_content).decode())
    assert {item["text"] for item in data} == {DIRECT, REPORTED, MIXED}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("“The engineering is done.”", "“The engineering is done.”"),
        ('"peace without justice"', "“peace without justice”"),
        ("The engineering is done.", "“The engineering is done.”"),
        ("‘We will not sign,’", "“We will not sign,”"),
        # A quotation running on to the next paragraph carries no closing mark.
        ("“We will rebuild it", "“We will rebuild it”"),
        # Two quotations with words between them: one pair at the ends, the inner marks kept.
        ("“Yes,” he said, “today.”", "“Yes,” he said, “today.”"),
        ("the Joneses' house is safe", "“the Joneses' house is safe”"),
    ],
)
def test_a_direct_quote_gets_exactly_one_pair_of_marks(text, shown):
    assert quoted_plain(Claim(text=text, kind=Claim.Kind.DIRECT)) == shown
