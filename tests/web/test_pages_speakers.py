"""The speaker list and a speaker's page."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.charts import weekly_chart, weekly_counts
from claims.models import Claim
from claims.speakers import merge_speakers
from tests.factories import make_alias, make_claim, make_claims, make_flag, make_speaker

pytestmark = pytest.mark.django_db

# Base 4; the speaker with their aliases and when last quoted, chart, claims, which are
# flagged, the newest flags' ids, those flags with their claims, their repeated quotes
# (distinct quotes); the groups of the claims shown when some were reported more than once;
# what they said together with others.
PAGE_QUERIES = 4 + 8


def test_speaker_list_shows_claim_counts_and_when_last_quoted(journalist_client):
    putin = make_speaker("Vladimir Putin")
    make_claims(3, speaker=putin, start=datetime(2025, 4, 1, 9, tzinfo=UTC))
    make_speaker("Silent Person")
    response = journalist_client.get(reverse("claims:speakers"))
    rows = {s.name: (s.claim_count, s.last_quoted) for s in response.context["page"]}
    assert rows["Vladimir Putin"] == (3, datetime(2025, 4, 3, 9, tzinfo=UTC))
    assert rows["Silent Person"] == (0, None)
    html = response.content.decode()
    assert putin.get_absolute_url() in html
    assert "3 Apr 2025" in html


def test_speaker_list_searches_names_and_aliases(journalist_client):
    zelensky = make_speaker("Volodymyr Zelensky")
    make_alias(zelensky, "Zelenskyy")
    make_speaker("Vladimir Putin")
    for query in ("zelensky", "Zelenskyy", "volodymyr"):
        response = journalist_client.get(reverse("claims:speakers"), {"q": query})
        assert [s.name for s in response.context["page"]] == ["Volodymyr Zelensky"], query


def test_the_speaker_list_runs_the_same_queries_for_3_or_30_speakers(
    journalist_client, django_assert_max_num_queries
):
    for n in range(3):
        make_claims(2, speaker=make_speaker(f"Person {n}"))
    with django_assert_max_num_queries(4 + 3):  # count, speakers, their claim counts
        response = journalist_client.get(reverse("claims:speakers"))
    assert response.status_code == 200
    assert len(response.context["page"]) == 3
    assert "Person 2" in response.content.decode()
    for n in range(3, 30):
        make_claims(2, speaker=make_speaker(f"Person {n}"))
    with django_assert_max_num_queries(4 + 3):
        response = journalist_client.get(reverse("claims:speakers"))
    assert response.status_code == 200
    assert len(response.context["page"]) == 30
    assert "Person 29" in response.content.decode()


def test_speaker_page_shows_description_aliases_claims_and_contradictions(journalist_client):
    zelensky = make_speaker("Volodymyr Zelensky", description="President of Ukraine")
    make_alias(zelensky, "Zelenskyy")
    first, second = make_claims(2, speaker=zelensky, text="Zelensky statement {n}.")
    make_flag(first, second, note="He changed his mind.")
    response = journalist_client.get(zelensky.get_absolute_url())
    html = response.content.decode()
    assert "President of Ukraine" in html
    assert "Zelenskyy" in html
    assert [c.text for c in response.context["page"].items] == [second.text, first.text]
    assert reverse("claims:contradiction", args=[response.context["flags"][0].pk]) in html
    assert '<svg class="chart"' in html
    assert reverse("claims:speaker_feed", args=[zelensky.slug]) in html


def test_speaker_page_searches_only_that_speakers_claims(journalist_client):
    putin = make_speaker("Vladimir Putin")
    make_claim(text="The ceasefire is possible.", speaker=putin)
    make_claim(text="The harvest is late.", speaker=putin)
    make_claim(text="A ceasefire now.", speaker=make_speaker("Someone Else"))
    response = journalist_client.get(putin.get_absolute_url(), {"q": "ceasefire"})
    assert [c.text for c in response.context["page"].items] == ["The ceasefire is possible."]


def test_the_speaker_page_runs_the_same_queries_for_3_or_43_claims(
    journalist_client, django_assert_max_num_queries
):
    speaker = make_speaker()
    claims = make_claims(3, speaker=speaker)
    make_flag(claims[0], claims[1])
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = journalist_client.get(speaker.get_absolute_url())
    assert response.status_code == 200
    assert claims[2].text in response.content.decode()
    assert (len(response.context["page"].items), len(response.context["flags"])) == (3, 1)
    more = make_claims(40, speaker=speaker, start=datetime(2025, 6, 1, tzinfo=UTC))
    for other in more[:6]:
        make_flag(claims[2], other)
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = journalist_client.get(speaker.get_absolute_url())
    assert response.status_code == 200
    assert more[-1].text in response.content.decode()  # the newest claim
    assert (len(response.context["page"].items), len(response.context["flags"])) == (25, 7)


def test_weekly_chart_counts_claims_per_week_including_empty_weeks():
    speaker = make_speaker()
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    noon = datetime(monday.year, monday.month, monday.day, 12, tzinfo=UTC)
    make_claims(2, speaker=speaker, start=noon)  # this week (Monday, Tuesday)
    make_claims(1, speaker=speaker, start=noon - timedelta(weeks=2))
    make_claims(1, speaker=speaker, start=noon - timedelta(weeks=60))  # outside the window
    series = weekly_counts(Claim.objects.filter(speaker=speaker), weeks=4, until=monday)
    assert series == [
        (monday - timedelta(weeks=3), 0),
        (monday - timedelta(weeks=2), 1),
        (monday - timedelta(weeks=1), 0),
        (monday, 2),
    ]
    svg = str(weekly_chart(series))
    assert svg.count("<rect") == 4
    assert "3 claims in 4 weeks, at most 2 in a week" in svg
    assert f"Week of {monday:%d %b %Y}: 2 claims" in svg


def test_unknown_speaker_is_not_found(journalist_client):
    response = journalist_client.get(reverse("claims:speaker", args=["no-such-person"]))
    assert response.status_code == 404


def test_the_chart_ends_when_the_speaker_was_last_quoted(journalist_client):
    speaker = make_speaker()
    make_claims(3, speaker=speaker, start=datetime(2024, 3, 4, 9, tzinfo=UTC))  # a Monday
    html = journalist_client.get(speaker.get_absolute_url()).content.decode()
    assert "26 weeks to 6 Mar 2024" in html
    assert "Week of 04 Mar 2024: 3 claims" in html


def test_speaker_page_shows_flags_against_other_speakers_claims(journalist_client):
    putin, critic = make_speaker("Vladimir Putin"), make_speaker("A Critic")
    claim = make_claim(text="Russia wants peace.", speaker=putin)
    answer = make_claim(text="Russia wants war.", speaker=critic)
    make_flag(answer, claim, note="Direct rebuttal.")
    make_flag(*make_claims(2, speaker=critic, text="Critic {n}."), note="Not about Putin.")
    response = journalist_client.get(putin.get_absolute_url())
    assert [flag.note for flag in response.context["flags"]] == ["Direct rebuttal."]
    assert "Russia wants war." in response.content.decode()


def test_speaker_page_flags_follow_claims_that_change_speaker(journalist_client):
    putin, critic = make_speaker("Vladimir Putin"), make_speaker("A Critic")
    stray = make_speaker("V. Putin")
    claim = make_claim(text="Russia wants peace.", speaker=stray)
    answer = make_claim(text="Russia wants war.", speaker=critic)
    flag = make_flag(claim, answer)

    def flags_on_page(speaker):
        return [f.pk for f in journalist_client.get(speaker.get_absolute_url()).context["flags"]]

    assert flags_on_page(putin) == []
    merge_speakers(putin, [stray])
    assert flags_on_page(putin) == [flag.pk]
    # Re-extraction or an editor giving the claim to someone else takes the flag along.
    claim.speaker = critic
    claim.save()
    assert flags_on_page(putin) == []
    assert flags_on_page(critic) == [flag.pk]
    critic.delete()
    flag.refresh_from_db()
    assert (flag.speaker_a_id, flag.speaker_b_id) == (None, None)


def test_the_speaker_page_counts_a_new_claim_at_once(journalist_client):
    speaker = make_speaker("Marta Lindqvist")
    make_claims(2, speaker=speaker, text="The bridge will open in spring {n}.")
    url = reverse("claims:speaker", args=[speaker.slug])
    page = journalist_client.get(url).content.decode()
    assert "2 claims, 2 distinct quotes" in page
    make_claim("The tolls will stay low.", speaker=speaker)
    page = journalist_client.get(url).content.decode()
    assert "3 claims, 3 distinct quotes" in page
    assert "3 claims in 26 weeks" in page  # the chart's title


def test_the_speaker_page_lists_what_they_said_together_with_others(journalist_client):
    fenwick, strand = make_speaker("Dora Fenwick"), make_speaker("Ivo Strand")
    own = make_claim("The ferry will run all winter.", speaker=fenwick)
    together = make_claim(
        "The harbour levy is unfair to small boats.",
        speaker_name="Dora Fenwick and Ivo Strand",
        speaker_text="Ms. Fenwick and Mr. Strand",
    )
    together.joint_speakers.set([fenwick, strand])
    response = journalist_client.get(fenwick.get_absolute_url())
    assert response.status_code == 200
    assert [c.pk for c in response.context["page"].items] == [own.pk]
    assert response.context["joint_claims"] == [together]
    html = response.content.decode()
    assert "Said together with others" in html
    assert "Ms. Fenwick and Mr. Strand" in html  # with whom
    page = journalist_client.get(together.get_absolute_url()).content.decode()
    assert fenwick.get_absolute_url() in page and strand.get_absolute_url() in page
    quiet = make_speaker("Ana Quill")
    assert "Said together with others" not in (
        journalist_client.get(quiet.get_absolute_url()).content.decode()
    )
