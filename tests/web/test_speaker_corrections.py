"""Editors correct a claim's speaker on its page; admins split a speaker's claims off in the
admin. Every correction is recorded and outlives re-extraction."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from claims.extraction.types import Attribution, ResolvedSpeaker
from claims.models import Claim, Speaker, SpeakerCorrection
from claims.speakers import add_aliases
from claims.store import write_claims
from tests.factories import make_alias, make_article, make_claim, make_claims, make_speaker
from tests.web.test_pages_claims import DETAIL_QUERIES
from tests.web.test_pages_speakers import PAGE_QUERIES

pytestmark = pytest.mark.django_db


def correct(client, claim, **data):
    return client.post(reverse("claims:correct_speaker", args=[claim.pk]), data)


def speaker_form_errors(response):
    form = response.context["speaker_form"]
    return [str(error) for errors in form.errors.values() for error in errors]


# --- On the claim page -------------------------------------------------------------------------


def test_an_editor_moves_a_claim_to_the_speaker_who_said_it(editor_client, editor):
    putin = make_speaker("Vladimir Putin")
    peskov = make_speaker("Dmitri Peskov", slug="dmitri-peskov")
    claim = make_claim("The talks were constructive.", speaker=putin)
    page = editor_client.get(claim.get_absolute_url()).content.decode()
    assert "Wrong speaker? Correct it" in page

    response = correct(editor_client, claim, speaker="Dmitri Peskov")
    assert response.status_code == 302
    assert response["Location"] == claim.get_absolute_url()
    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_name, claim.speaker_locked) == (
        peskov,
        "Dmitri Peskov",
        True,
    )
    correction = SpeakerCorrection.objects.get(claim=claim)
    assert (correction.from_speaker, correction.from_speaker_text) == (putin, "Vladimir Putin")
    assert (correction.to_speaker, correction.corrected_by) == (peskov, editor)
    assert (timezone.now() - correction.corrected_at).total_seconds() < 60

    page = editor_client.get(claim.get_absolute_url()).content.decode()
    assert "Speaker changed to Dmitri Peskov" in page
    today = timezone.localdate().strftime("%-d %B %Y")
    assert "Speaker corrected by edna on" in page
    assert today in page
    assert "was Vladimir Putin." in page
    # The claim is on the right speaker's page, and off the wrong one's.
    assert claim.text in editor_client.get(peskov.get_absolute_url()).content.decode()
    assert claim.text not in editor_client.get(putin.get_absolute_url()).content.decode()


def test_a_claim_without_a_speaker_gets_one_and_the_record_says_who_it_was(editor_client):
    lavrov = make_speaker("Sergei Lavrov")
    claim = make_claim("The plan is unrealistic.", speaker_text="a senior diplomat")
    correct(editor_client, claim, speaker=lavrov.slug)
    correction = SpeakerCorrection.objects.get(claim=claim)
    assert (correction.from_speaker, correction.from_speaker_text) == (None, "a senior diplomat")
    claim.refresh_from_db()
    assert claim.speaker == lavrov


def test_the_speaker_field_finds_speakers_by_alias(editor_client):
    zelensky = make_speaker("Volodymyr Zelensky")
    make_alias(zelensky, "Zelenskyy")
    claim = make_claim("We need air defence.", speaker=make_speaker("Andriy Yermak"))
    correct(editor_client, claim, speaker="zelenskyy")
    claim.refresh_from_db()
    assert claim.speaker == zelensky


def test_an_editor_creates_the_speaker_who_said_it(editor_client):
    claim = make_claim("Prices will rise.", speaker=make_speaker("Christine Lagarde"))
    response = correct(
        editor_client, claim, new_name=" European Central Bank ", new_kind="organisation"
    )
    assert response.status_code == 302
    bank = Speaker.objects.get(name="European Central Bank")
    assert bank.kind == Speaker.Kind.ORGANISATION
    assert bank.aliases.filter(normalised="european central bank").exists()
    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_locked) == (bank, True)
    assert SpeakerCorrection.objects.get(claim=claim).to_speaker == bank
    assert claim.text in editor_client.get(bank.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose an existing speaker or name a new one."),
        (
            {"speaker": "Dmitri Peskov", "new_name": "Someone Else", "new_kind": "person"},
            "Choose an existing speaker or name a new one, not both.",
        ),
        ({"speaker": "Nobody Known"}, "No speaker is called “Nobody Known”."),
        ({"speaker": "Vladimir Putin"}, "Vladimir Putin is already the speaker."),
        ({"speaker": "John Smith"}, "2 speakers are called “John Smith”"),
        (
            {"new_name": "Mr Dmitri Peskov", "new_kind": "person"},
            "We already have a speaker called “Dmitri Peskov”",
        ),
        ({"new_name": "Jane Doe"}, "Say whether the new speaker is a person or an organisation."),
        ({"new_name": "Jane Doe", "new_kind": "anonymous"}, "Select a valid choice."),
    ],
)
def test_a_wrong_choice_is_explained_in_the_form_and_changes_nothing(editor_client, data, message):
    putin = make_speaker("Vladimir Putin")
    peskov = make_speaker("Dmitri Peskov")
    add_aliases(peskov, [peskov.name])  # as the engine's matcher records a speaker it makes
    make_speaker("John Smith")
    make_speaker("John Smith")
    claim = make_claim("The talks were constructive.", speaker=putin)
    speakers = Speaker.objects.count()
    response = correct(editor_client, claim, **data)
    assert response.status_code == 200
    assert any(message in error for error in speaker_form_errors(response)), speaker_form_errors(
        response
    )
    page = response.content.decode()
    assert '<details class="panel speaker-fix" id="speaker" open>' in page
    assert 'class="error"' in page
    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_locked) == (putin, False)
    assert SpeakerCorrection.objects.count() == 0
    assert Speaker.objects.count() == speakers


def test_a_journalist_sees_no_form_and_cannot_change_a_speaker(journalist_client):
    putin = make_speaker("Vladimir Putin")
    peskov = make_speaker("Dmitri Peskov")
    claim = make_claim("The talks were constructive.", speaker=putin)
    page = journalist_client.get(claim.get_absolute_url())
    assert page.status_code == 200
    assert "Wrong speaker?" not in page.content.decode()
    assert reverse("claims:correct_speaker", args=[claim.pk]) not in page.content.decode()

    response = correct(journalist_client, claim, speaker=peskov.name)
    assert response.status_code == 403
    response = correct(journalist_client, claim, new_name="Jane Doe", new_kind="person")
    assert response.status_code == 403
    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_locked) == (putin, False)
    assert SpeakerCorrection.objects.count() == 0
    assert not Speaker.objects.filter(name="Jane Doe").exists()


def test_a_visitor_is_sent_to_log_in_and_a_get_is_refused(client, editor_client):
    claim = make_claim("The talks were constructive.", speaker=make_speaker())
    url = reverse("claims:correct_speaker", args=[claim.pk])
    assert editor_client.get(url).status_code == 405
    editor_client.logout()
    response = client.post(url, {"new_name": "Jane Doe", "new_kind": "person"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert SpeakerCorrection.objects.count() == 0


def test_the_correction_needs_the_csrf_token(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    claim = make_claim("The talks were constructive.", speaker=make_speaker())
    response = correct(client, claim, new_name="Jane Doe", new_kind="person")
    assert response.status_code == 403
    assert SpeakerCorrection.objects.count() == 0


def test_the_form_suggests_the_articles_other_speakers(editor_client):
    putin, peskov = make_speaker("Vladimir Putin"), make_speaker("Dmitri Peskov")
    article = make_article(text='"We are ready." "It was constructive," Peskov said.')
    claim = make_claim("We are ready.", speaker=putin, article=article)
    make_claim("It was constructive,", speaker=peskov, article=article)
    make_speaker("Someone Elsewhere")
    page = editor_client.get(claim.get_absolute_url()).content.decode()
    datalist = page[page.index('<datalist id="speaker-suggestions"') : page.index("</datalist>")]
    assert f'<option value="{peskov.slug}">Dmitri Peskov</option>' in datalist
    assert "Vladimir Putin" not in datalist
    assert "Someone Elsewhere" not in datalist
    # The form is labelled and groups the kind's radio buttons.
    assert '<label for="id_speaker">Existing speaker</label>' in page
    assert "<legend>Or a new speaker</legend>" in page
    assert "<legend>Kind</legend>" in page


def test_speaker_suggestions_search_names_and_aliases(journalist_client, client):
    zelensky = make_speaker("Volodymyr Zelensky", description="President of Ukraine")
    make_alias(zelensky, "Zelenskyy")
    make_speaker("Olena Zelenska")
    make_speaker("Vladimir Putin")
    url = reverse("claims:speaker_suggestions")
    response = journalist_client.get(url, {"q": "zelensk"})
    assert response.status_code == 200
    assert [row["name"] for row in response.json()["speakers"]] == [
        "Olena Zelenska",
        "Volodymyr Zelensky",
    ]
    by_alias = journalist_client.get(url, {"q": "Zelenskyy"}).json()["speakers"]
    assert by_alias == [
        {"name": "Volodymyr Zelensky", "slug": zelensky.slug, "description": "President of Ukraine"}
    ]
    assert journalist_client.get(url, {"q": "z"}).json() == {"speakers": []}
    journalist_client.logout()
    assert client.get(url, {"q": "zelensk"}).status_code == 302


# --- What the pages show, and what they cost ---------------------------------------------------


def test_the_speaker_page_says_how_many_of_its_claims_an_editor_assigned(editor_client):
    putin = make_speaker("Vladimir Putin")
    peskov = make_speaker("Dmitri Peskov")
    claims = make_claims(4, speaker=putin)
    page = editor_client.get(peskov.get_absolute_url()).content.decode()
    assert "by an editor" not in page
    correct(editor_client, claims[0], speaker=peskov.name)
    page = editor_client.get(peskov.get_absolute_url()).content.decode()
    assert "1 claim was assigned to Dmitri Peskov by an editor" in page
    for claim in claims[1:3]:
        correct(editor_client, claim, speaker=peskov.name)
    page = editor_client.get(peskov.get_absolute_url()).content.decode()
    assert "3 claims were assigned to Dmitri Peskov by an editor" in page
    assert "by an editor" not in editor_client.get(putin.get_absolute_url()).content.decode()


def test_the_claim_page_runs_the_same_queries_for_a_corrected_claim_with_3_or_23_others(
    editor_client, django_assert_max_num_queries
):
    speaker = make_speaker()
    claims = make_claims(3, speaker=make_speaker("Someone Wrong"))
    for claim in claims:
        correct(editor_client, claim, speaker=speaker.slug)
    # The editor's page: as a journalist's, plus the form's suggestions and the correction.
    with django_assert_max_num_queries(DETAIL_QUERIES + 2):
        response = editor_client.get(claims[0].get_absolute_url())
    assert response.status_code == 200
    assert "Speaker corrected by edna" in response.content.decode()
    assert len(response.context["others"]) == 2
    make_claims(20, speaker=speaker, start=datetime(2025, 6, 1, tzinfo=UTC))
    with django_assert_max_num_queries(DETAIL_QUERIES + 2):
        response = editor_client.get(claims[0].get_absolute_url())
    assert response.status_code == 200
    assert "Speaker corrected by edna" in response.content.decode()
    assert len(response.context["others"]) == 8


def test_the_speaker_page_runs_the_same_queries_with_1_or_21_corrected_claims(
    editor_client, django_assert_max_num_queries
):
    speaker = make_speaker()
    wrong = make_speaker("Someone Wrong")
    claims = make_claims(21, speaker=wrong)
    correct(editor_client, claims[0], speaker=speaker.slug)
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = editor_client.get(speaker.get_absolute_url())
    assert response.status_code == 200
    assert "1 claim was assigned" in response.content.decode()
    for claim in claims[1:]:
        correct(editor_client, claim, speaker=speaker.slug)
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = editor_client.get(speaker.get_absolute_url())
    assert response.status_code == 200
    assert "21 claims were assigned" in response.content.decode()


# --- Re-extraction -----------------------------------------------------------------------------

TEXT = "“We are ready to talk,” Sergei Lavrov said.\n“There will be no ceasefire,” Lavrov insisted."
LAVROV = ResolvedSpeaker("Sergei Lavrov", "person", "", ("Lavrov",))


def engine_output(text=TEXT):
    def span(fragment, last=False):
        start = text.rindex(fragment) if last else text.index(fragment)
        return (start, start + len(fragment))

    attributions = [
        Attribution(
            content=[span("“We are ready to talk,”")],
            kind="direct",
            cue=span("said"),
            cue_lemma="say",
            source=span("Sergei Lavrov"),
            speaker=LAVROV,
        )
    ]
    if "ceasefire" in text:
        attributions.append(
            Attribution(
                content=[span("“There will be no ceasefire,”")],
                kind="direct",
                source=span("Lavrov", last=True),
                speaker=LAVROV,
            )
        )
    return attributions


def test_re_extraction_keeps_the_editors_speaker_and_the_claims_id(editor_client):
    article = make_article(TEXT, status=Article.Status.EXTRACTING)
    write_claims(article, engine_output(), "v1")
    ready, ceasefire = article.claims.order_by("id")
    zakharova = make_speaker("Maria Zakharova")
    correct(editor_client, ceasefire, speaker=zakharova.name)

    result = write_claims(article, engine_output(), "v2")
    assert (result.created, result.kept, result.deleted) == (0, 2, 0)
    ready.refresh_from_db()
    ceasefire.refresh_from_db()
    assert (ceasefire.speaker, ceasefire.speaker_name) == (zakharova, "Maria Zakharova")
    assert ceasefire.speaker_locked
    assert ceasefire.extractor_version == "v2"
    assert ready.speaker.name == "Sergei Lavrov"  # not corrected: the engine's
    assert ceasefire.text in editor_client.get(zakharova.get_absolute_url()).content.decode()


def test_a_corrected_claim_no_longer_found_is_kept_and_marked_stale(editor_client):
    article = make_article(TEXT, status=Article.Status.EXTRACTING)
    write_claims(article, engine_output(), "v1")
    ready, ceasefire = article.claims.order_by("id")
    correct(editor_client, ceasefire, new_name="Maria Zakharova", new_kind="person")

    result = write_claims(article, engine_output(TEXT.split("\n")[0]), "v2")
    assert (result.kept, result.stale, result.deleted) == (1, 1, 0)
    ceasefire.refresh_from_db()
    assert ceasefire.stale
    assert ceasefire.speaker.name == "Maria Zakharova"
    page = editor_client.get(ceasefire.get_absolute_url()).content.decode()
    assert "kept because an editor corrected its speaker" in page


# --- The admin ---------------------------------------------------------------------------------


def split_url(speaker):
    return reverse("admin:claims_speaker_split", args=[speaker.pk])


def test_an_admin_splits_chosen_claims_off_a_speaker(admin_user_client):
    smith = make_speaker("John Smith", description="Labour MP")
    tory = make_speaker("John Smith", slug="john-smith-conservative", description="Tory MP")
    claims = make_claims(4, speaker=smith, text="Smith statement {n}.")
    change_page = admin_user_client.get(reverse("admin:claims_speaker_change", args=[smith.pk]))
    assert split_url(smith) in change_page.content.decode()
    page = admin_user_client.get(split_url(smith))
    assert page.status_code == 200
    assert all(claim.text in page.content.decode() for claim in claims)

    moving = [claims[0].pk, claims[2].pk]
    response = admin_user_client.post(
        split_url(smith), {"claims": moving, "speaker": tory.slug}, follow=True
    )
    assert response.status_code == 200
    assert "Moved 2 claim(s) from John Smith to John Smith." in response.content.decode()
    assert set(Claim.objects.filter(speaker=tory).values_list("pk", flat=True)) == set(moving)
    assert set(Claim.objects.filter(speaker=smith).values_list("pk", flat=True)) == {
        claims[1].pk,
        claims[3].pk,
    }
    assert set(Claim.objects.corrected_by_hand().values_list("pk", flat=True)) == set(moving)
    records = SpeakerCorrection.objects.order_by("claim_id")
    assert [(r.claim_id, r.from_speaker, r.to_speaker) for r in records] == [
        (moving[0], smith, tory),
        (moving[1], smith, tory),
    ]
    assert {r.corrected_by.username for r in records} == {records[0].corrected_by.username}
    assert records[0].corrected_by.groups.filter(name="Admin").exists()


def test_an_admin_splits_claims_off_to_a_new_speaker(admin_user_client):
    smith = make_speaker("John Smith")
    claims = make_claims(2, speaker=smith, text="Smith statement {n}.")
    admin_user_client.post(
        split_url(smith),
        {"claims": [claims[1].pk], "new_name": "Smith & Co", "new_kind": "organisation"},
    )
    company = Speaker.objects.get(name="Smith & Co")
    assert list(Claim.objects.filter(speaker=company)) == [claims[1]]
    assert company.kind == Speaker.Kind.ORGANISATION


def test_a_split_without_claims_or_target_moves_nothing(admin_user_client):
    smith, other = make_speaker("John Smith"), make_speaker("Jane Smith")
    claim = make_claim("Smith statement.", speaker=smith)
    foreign = make_claim("Someone else's claim.", speaker=other)
    no_claims = admin_user_client.post(split_url(smith), {"speaker": other.slug})
    assert "Tick the claims to move." in no_claims.content.decode()
    no_target = admin_user_client.post(split_url(smith), {"claims": [claim.pk]})
    assert "Choose an existing speaker or name a new one." in no_target.content.decode()
    # A claim of another speaker slipped into the form is not moved.
    admin_user_client.post(
        split_url(smith), {"claims": [foreign.pk], "new_name": "Nobody", "new_kind": "person"}
    )
    assert Claim.objects.get(pk=foreign.pk).speaker == other
    assert Claim.objects.get(pk=claim.pk).speaker == smith
    assert SpeakerCorrection.objects.count() == 0


def test_editors_cannot_split_speakers(editor_client):
    smith = make_speaker("John Smith")
    claim = make_claim("Smith statement.", speaker=smith)
    response = editor_client.post(split_url(smith), {"claims": [claim.pk], "speaker": "x"})
    assert response.status_code == 302  # to the admin's login: editors are not staff
    assert Claim.objects.get(pk=claim.pk).speaker == smith


def test_changing_a_claims_speaker_in_the_claim_admin_is_recorded(admin_user_client):
    putin, peskov = make_speaker("Vladimir Putin"), make_speaker("Dmitri Peskov")
    claim = make_claim("The talks were constructive.", speaker=putin)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    form = admin_user_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        content_spans="[[1, 29]]",
        speaker=peskov.pk,
        article=claim.article_id,
        published_0="2025-05-20",
        published_1="12:00:00",
    )
    response = admin_user_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_name, claim.speaker_locked) == (
        peskov,
        "Dmitri Peskov",
        True,
    )
    assert SpeakerCorrection.objects.get(claim=claim).from_speaker == putin
