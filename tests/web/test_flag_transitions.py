"""A contradiction flag's life: opened, confirmed or dismissed, reopened, with its history."""

import pytest
from django.urls import reverse

from claims.models import ContradictionFlag, FlagStatusError
from tests.factories import make_claims, make_flag, make_user

pytestmark = pytest.mark.django_db

Status = ContradictionFlag.Status


def history(flag):
    return [(e.status, e.actor, e.note) for e in flag.events.order_by("created_at", "id")]


def fresh(flag):
    return ContradictionFlag.objects.get(pk=flag.pk)


def test_opening_a_flag_stores_the_pair_in_order_and_starts_its_history():
    journalist = make_user("Editor")
    older, newer = make_claims(2)
    flag = ContradictionFlag.open(newer, older, "Said the opposite a day later.", journalist)
    flag = fresh(flag)
    assert (flag.claim_a, flag.claim_b) == (older, newer)
    assert flag.status == Status.OPEN and flag.flagged_by == journalist
    assert flag.resolved_by is None and flag.resolved_at is None
    assert history(flag) == [(Status.OPEN, journalist, "Said the opposite a day later.")]


def test_confirming_records_who_and_when_and_reopening_clears_them():
    editor = make_user("Editor")
    flag = make_flag(*make_claims(2))
    flag.move_to(Status.CONFIRMED, editor, "Both transcripts checked.")
    confirmed = fresh(flag)
    assert confirmed.status == Status.CONFIRMED
    assert confirmed.resolved_by == editor and confirmed.resolved_at is not None

    flag.move_to(Status.OPEN, editor, "New evidence.")
    reopened = fresh(flag)
    assert reopened.status == Status.OPEN
    assert reopened.resolved_by is None and reopened.resolved_at is None
    assert history(flag) == [
        (Status.CONFIRMED, editor, "Both transcripts checked."),
        (Status.OPEN, editor, "New evidence."),
    ]


def test_a_decision_can_be_changed_and_the_new_decider_is_recorded():
    first, second = make_user("Editor"), make_user("Editor")
    flag = make_flag(*make_claims(2))
    flag.move_to(Status.CONFIRMED, first)
    flag.move_to(Status.DISMISSED, second, "The first quote was mistranslated.")
    flag = fresh(flag)
    assert flag.status == Status.DISMISSED and flag.resolved_by == second
    assert [status for status, _, _ in history(flag)] == [Status.CONFIRMED, Status.DISMISSED]


@pytest.mark.parametrize("status", [Status.OPEN, Status.CONFIRMED, Status.DISMISSED])
def test_a_flag_cannot_be_moved_to_the_status_it_already_has(status):
    first, second = make_user("Editor"), make_user("Editor")
    flag = make_flag(*make_claims(2))
    if status != Status.OPEN:
        flag.move_to(status, first)
    before = fresh(flag)
    with pytest.raises(FlagStatusError):
        flag.move_to(status, second, "Again.")
    after = fresh(flag)
    assert (after.status, after.resolved_by, after.resolved_at) == (
        before.status,
        before.resolved_by,
        before.resolved_at,
    )
    assert len(history(flag)) == (0 if status == Status.OPEN else 1)


def test_an_unknown_status_is_refused():
    flag = make_flag(*make_claims(2))
    with pytest.raises(FlagStatusError):
        flag.move_to("deleted", make_user("Editor"))
    assert fresh(flag).status == Status.OPEN and not flag.events.exists()


def test_a_decision_made_on_an_out_of_date_copy_is_refused():
    """Two editors open the same flag; the second decides after the first without reloading."""
    first, second = make_user("Editor"), make_user("Editor")
    flag = make_flag(*make_claims(2))
    seen_by_second = fresh(flag)
    flag.move_to(Status.CONFIRMED, first)
    with pytest.raises(FlagStatusError):
        seen_by_second.move_to(Status.DISMISSED, second)
    flag = fresh(flag)
    assert flag.status == Status.CONFIRMED and flag.resolved_by == first
    assert history(flag) == [(Status.CONFIRMED, first, "")]


def test_a_repeated_decision_on_the_page_is_recorded_once_and_explained(editor_client):
    flag = make_flag(*make_claims(2))
    resolve = reverse("claims:resolve", args=[flag.pk])
    editor_client.post(resolve, {"status": "dismissed"})
    again = editor_client.post(resolve, {"status": "dismissed"}, follow=True)
    assert "This flag is already dismissed." in again.content.decode()
    assert [status for status, _, _ in history(flag)] == [Status.DISMISSED]


# --- A second pair of eyes: who raised a flag does not decide it ------------------------------


def test_the_editor_who_raised_a_flag_cannot_decide_it_while_another_editor_exists():
    raiser, reviewer = make_user("Editor"), make_user("Editor")
    flag = ContradictionFlag.open(*make_claims(2), "Said the opposite a day later.", raiser)
    for status in (Status.CONFIRMED, Status.DISMISSED):
        with pytest.raises(FlagStatusError, match="another editor confirms or dismisses it"):
            flag.move_to(status, raiser, "Looks right to me.")
    assert fresh(flag).status == Status.OPEN and len(history(flag)) == 1

    flag.move_to(Status.CONFIRMED, reviewer, "Checked both transcripts.")
    flag.move_to(Status.OPEN, raiser, "One transcript was edited since.")  # asking again is fine
    assert fresh(flag).status == Status.OPEN and len(history(flag)) == 3


def test_an_editor_alone_on_the_desk_decides_their_own_flags():
    raiser = make_user("Editor")
    make_user("Journalist")  # journalists do not decide flags, so do not count
    flag = ContradictionFlag.open(*make_claims(2), "Said the opposite a day later.", raiser)
    flag.move_to(Status.DISMISSED, raiser)
    assert fresh(flag).resolved_by == raiser


def test_flag_self_review_lets_the_raiser_decide(settings):
    settings.FLAG_SELF_REVIEW = True
    raiser, _other_editor = make_user("Editor"), make_user("Editor")
    flag = ContradictionFlag.open(*make_claims(2), "Said the opposite a day later.", raiser)
    flag.move_to(Status.CONFIRMED, raiser)
    assert fresh(flag).resolved_by == raiser


def test_the_raiser_sees_why_there_are_no_buttons_and_a_posted_decision_is_refused(client):
    raiser, reviewer = make_user("Editor"), make_user("Editor")
    flag = ContradictionFlag.open(*make_claims(2), "Said the opposite a day later.", raiser)
    card_url = reverse("claims:contradiction", args=[flag.pk])

    client.force_login(raiser)
    html = client.get(card_url).content.decode()
    assert "You raised this flag: another editor confirms or dismisses it." in html
    assert "Confirm</button>" not in html and "Dismiss</button>" not in html
    queue = client.get(reverse("claims:contradictions")).content.decode()
    assert "You raised this flag" in queue and "Confirm</button>" not in queue
    refused = client.post(
        reverse("claims:resolve", args=[flag.pk]), {"status": "confirmed"}, follow=True
    )
    assert "another editor confirms or dismisses it" in refused.content.decode()
    assert fresh(flag).status == Status.OPEN

    client.force_login(reviewer)
    html = client.get(card_url).content.decode()
    assert "You raised this flag" not in html
    assert "Confirm</button>" in html and "Dismiss</button>" in html
