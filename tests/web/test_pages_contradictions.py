"""Flagging a contradiction from a claim, and the editors' queue that resolves it."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from claims.models import ContradictionFlag, FlagEvent
from tests.factories import make_claim, make_claims, make_flag, make_speaker

pytestmark = pytest.mark.django_db


def test_the_flag_page_offers_the_same_speakers_claims_first(editor_client):
    putin = make_speaker("Vladimir Putin")
    claim, *earlier = make_claims(3, speaker=putin, text="Putin on the ceasefire, take {n}.")
    other = make_claim(text="The ceasefire is a trick.", speaker=make_speaker("Critic"))
    response = editor_client.get(reverse("claims:flag", args=[claim.pk]))
    assert [c.pk for c in response.context["same_speaker"]] == [c.pk for c in earlier[::-1]]
    assert response.context["others"] == []

    searched = editor_client.get(reverse("claims:flag", args=[claim.pk]), {"q": "ceasefire"})
    assert [c.pk for c in searched.context["same_speaker"]] == [c.pk for c in earlier[::-1]]
    assert [c.pk for c in searched.context["others"]] == [other.pk]
    html = searched.content.decode()
    assert html.index(earlier[0].text) < html.index(other.text)


def test_an_editor_flags_a_contradiction_and_it_is_in_the_queue(editor_client, editor):
    claim, other = make_claims(2, speaker=make_speaker())
    response = editor_client.post(
        reverse("claims:flag", args=[other.pk]),
        {"other": claim.pk, "note": "Said the opposite a day later."},
        follow=True,
    )
    flag = ContradictionFlag.objects.get()
    assert (flag.claim_a, flag.claim_b) == (claim, other)
    assert flag.status == "open"
    assert flag.flagged_by == editor
    assert [(e.status, e.actor, e.note) for e in flag.events.all()] == [
        ("open", editor, "Said the opposite a day later.")
    ]
    assert response.redirect_chain[-1][0] == reverse("claims:contradiction", args=[flag.pk])
    assert "Contradiction flagged" in response.content.decode()

    queue = editor_client.get(reverse("claims:contradictions")).content.decode()
    assert "Said the opposite a day later." in queue
    assert claim.text in queue and other.text in queue


def test_a_claim_cannot_be_flagged_against_itself_or_twice(editor_client):
    claim, other = make_claims(2)
    url = reverse("claims:flag", args=[claim.pk])
    itself = editor_client.post(url, {"other": claim.pk, "note": "x"})
    assert "cannot contradict itself" in itself.content.decode()
    make_flag(other, claim)
    twice = editor_client.post(url, {"other": other.pk, "note": "again"})
    assert "already flagged" in twice.content.decode()
    missing_note = editor_client.post(url, {"other": other.pk, "note": ""})
    assert missing_note.context["form"].errors["note"]
    assert ContradictionFlag.objects.count() == 1


def test_the_queue_shows_open_flags_by_default_and_filters_by_status_and_speaker(editor_client):
    putin, peskov = make_speaker("Vladimir Putin"), make_speaker("Dmitry Peskov")
    p1, p2 = make_claims(2, speaker=putin, text="Putin {n}.")
    k1, k2 = make_claims(2, speaker=peskov, text="Peskov {n}.")
    open_putin = make_flag(p1, p2, note="Putin flip-flop")
    dismissed_peskov = make_flag(k1, k2, note="Peskov flip-flop", status="dismissed")

    def flags(**params):
        response = editor_client.get(reverse("claims:contradictions"), params)
        return [flag.pk for flag in response.context["flags"]]

    assert flags() == [open_putin.pk]
    assert flags(status="dismissed") == [dismissed_peskov.pk]
    assert flags(status="", speaker=peskov.slug) == [dismissed_peskov.pk]
    assert flags(status="open", speaker="Dmitry Peskov") == []


def test_an_editor_confirms_then_reopens_a_flag_and_the_history_records_it(editor_client, editor):
    a, b = make_claims(2)
    flag = make_flag(a, b)
    queue = reverse("claims:contradictions")
    response = editor_client.post(
        reverse("claims:resolve", args=[flag.pk]),
        {"status": "confirmed", "note": "Checked both transcripts.", "next": queue},
    )
    assert response.status_code == 302 and response["Location"] == queue
    flag.refresh_from_db()
    assert flag.status == "confirmed"
    assert flag.resolved_by == editor and flag.resolved_at is not None

    editor_client.post(reverse("claims:resolve", args=[flag.pk]), {"status": "open"})
    flag.refresh_from_db()
    assert flag.status == "open" and flag.resolved_by is None
    history = editor_client.get(reverse("claims:contradiction", args=[flag.pk])).content.decode()
    assert "Checked both transcripts." in history
    assert list(flag.events.values_list("status", flat=True)) == ["confirmed", "open"]


def test_resolve_ignores_a_next_address_on_another_site(editor_client):
    flag = make_flag(*make_claims(2))
    response = editor_client.post(
        reverse("claims:resolve", args=[flag.pk]),
        {"status": "dismissed", "next": "https://evil.example.com/"},
    )
    assert response["Location"] == reverse("claims:contradiction", args=[flag.pk])


def test_an_unknown_status_changes_nothing(editor_client):
    flag = make_flag(*make_claims(2))
    editor_client.post(reverse("claims:resolve", args=[flag.pk]), {"status": "deleted"})
    flag.refresh_from_db()
    assert flag.status == "open"
    assert not FlagEvent.objects.exists()


def test_the_queue_runs_the_same_queries_for_1_or_20_flags(
    editor_client, django_assert_max_num_queries
):
    speaker = make_speaker()
    claims = make_claims(40, speaker=speaker)
    make_flag(claims[0], claims[1])
    # speaker, count, the page's ids, those flags, their claims, their history
    with django_assert_max_num_queries(4 + 6):
        response = editor_client.get(reverse("claims:contradictions"), {"speaker": speaker.slug})
    assert response.status_code == 200
    assert len(response.context["flags"]) == 1
    assert claims[1].text in response.content.decode()
    for n in range(2, 40, 2):
        flag = make_flag(claims[n], claims[n + 1])
        FlagEvent.objects.create(flag=flag, status="open", note="opened")
    with django_assert_max_num_queries(4 + 6):
        response = editor_client.get(reverse("claims:contradictions"), {"speaker": speaker.slug})
    assert response.status_code == 200
    assert len(response.context["flags"]) == 10  # a page of the 20
    assert claims[39].text in response.content.decode()  # newest flag first


def test_the_flag_page_runs_the_same_queries_for_3_or_63_claims(
    editor_client, django_assert_max_num_queries
):
    speaker = make_speaker()
    claim = make_claims(3, speaker=speaker)[0]
    # claim, same speaker's, the others' ranked ids, their rows; for each of the two searches,
    # the speakers it names (claims.search: a speaker's name or alias finds their claims)
    with django_assert_max_num_queries(4 + 6):
        response = editor_client.get(reverse("claims:flag", args=[claim.pk]), {"q": "harvest"})
    assert response.status_code == 200
    assert claim.text in response.content.decode()
    assert (len(response.context["same_speaker"]), len(response.context["others"])) == (2, 0)
    make_claims(30, speaker=speaker, start=datetime(2025, 6, 1, tzinfo=UTC))
    make_claims(30, start=datetime(2025, 8, 1, tzinfo=UTC))
    with django_assert_max_num_queries(4 + 6):
        response = editor_client.get(reverse("claims:flag", args=[claim.pk]), {"q": "harvest"})
    assert response.status_code == 200
    assert claim.text in response.content.decode()
    assert (len(response.context["same_speaker"]), len(response.context["others"])) == (20, 20)
