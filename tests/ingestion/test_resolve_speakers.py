"""Re-resolving the speakers of an existing database: resolve_speakers, the admin's list of
likely duplicates, and junk speaker names in stored claims."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article
from claims.extraction.types import Attribution, ResolvedSpeaker
from claims.models import Claim, Speaker
from claims.speakers import add_aliases
from claims.store import write_claims
from tests.factories import make_article, make_claim, make_speaker

pytestmark = pytest.mark.django_db


def run(*args):
    out = []

    class Collect:
        def write(self, text):
            out.append(text)

    call_command("resolve_speakers", *args, stdout=Collect())
    return "".join(out)


def an_older_database():
    """Speakers as the old matching left them: one person on two rows, headline and generic
    names as speakers, an editor's merge recorded as an alias."""
    short = make_speaker("Marta Lindqvist")
    full = make_speaker("Marta K. Lindqvist")
    for text in ("Taxes will fall.", "Ports stay open.", "We will build."):
        make_claim(text, speaker=short)
    make_claim("The budget is balanced.", speaker=full)
    headline = make_speaker("Lindqvist Says")
    make_claim("Schools will reopen.", speaker=headline, speaker_text="Lindqvist Says")
    generic = make_speaker("campaign", kind=Speaker.Kind.ORGANISATION)
    make_claim("We raised more than ever.", speaker=generic, speaker_text="The campaign")
    editor_kept = make_speaker("Okafor Holdings", kind=Speaker.Kind.ORGANISATION)
    add_aliases(editor_kept, ["Okafor Group"])
    return short


def test_resolve_speakers_merges_people_and_detaches_junk_names():
    short = an_older_database()
    out = run()
    assert "One person: 'Marta Lindqvist', 'Marta K. Lindqvist' kept as 'Marta K. Lindqvist'" in out
    assert "Not a speaker (headline fragment): 'Lindqvist Says', 1 claim(s) detached" in out

    marta = Speaker.objects.get(person_key="marta|lindqvist|")
    assert marta.pk == short.pk  # the one with most claims is kept, under the fullest name
    assert marta.name == "Marta K. Lindqvist"
    assert set(Claim.objects.filter(speaker=marta).values_list("speaker_name", flat=True)) == {
        "Marta K. Lindqvist"
    }
    assert marta.claims.count() == 4
    assert sorted(Speaker.objects.values_list("name", flat=True)) == [
        "Marta K. Lindqvist",
        "Okafor Holdings",
    ]
    detached = Claim.objects.get(text="Schools will reopen.")
    assert (detached.speaker, detached.speaker_name, detached.speaker_text) == (
        None,
        "",
        "Lindqvist Says",
    )
    # The editor's alias still points where the editor put it.
    assert Speaker.objects.get(aliases__normalised="okafor group").name == "Okafor Holdings"


def test_a_speaker_an_editor_chose_by_hand_is_never_detached():
    # An editor put this claim on a row whose name reads like a fragment, on purpose.
    chosen = make_speaker("Lindqvist Says", kind=Speaker.Kind.ORGANISATION)
    claim = make_claim("Our readers decide.", speaker=chosen, speaker_text="the paper")
    Claim.objects.filter(pk=claim.pk).update(speaker_locked=True)
    run()
    claim.refresh_from_db()
    assert claim.speaker == chosen


def test_resolve_speakers_is_safe_to_run_twice():
    an_older_database()
    run()
    before = list(Claim.objects.order_by("pk").values_list("pk", "speaker_id", "speaker_name"))
    out = run()
    assert out.strip().endswith(
        "0 person(s) merged, 0 non-speaker(s) detached, 0 person key(s) updated."
    )
    assert list(Claim.objects.order_by("pk").values_list("pk", "speaker_id", "speaker_name")) == (
        before
    )


def test_a_dry_run_reports_and_changes_nothing():
    an_older_database()
    out = run("--dry-run")
    assert "1 person(s) would be merged, 2 non-speaker(s) would be detached" in out
    assert Speaker.objects.count() == 5
    assert Claim.objects.filter(speaker=None).count() == 0


def test_a_key_an_editor_changed_keeps_two_people_of_one_name_apart():
    make_speaker("Tom Reyes", person_key="thomas|reyes|")
    make_speaker("Tom Reyes", person_key="thomas|reyes|#2")  # the other Tom Reyes
    make_speaker("Len Ortiz", person_key="len|ortiz|")  # before Len was known as Leonard
    make_speaker("Leonard Ortiz", person_key="leonard|ortiz|")
    out = run()
    assert "1 person key(s) updated." in out
    assert sorted(Speaker.objects.values_list("person_key", flat=True)) == [
        "leonard|ortiz|",
        "thomas|reyes|",
        "thomas|reyes|#2",
    ]


def test_a_stored_junk_name_gets_no_speaker_and_keeps_what_was_written():
    text = "Lindqvist Says Ports Stay Open. “We will not close a single port,” the campaign said."
    article = make_article(text, status=Article.Status.EXTRACTING)
    quote = "“We will not close a single port,”"
    start, source = text.index(quote), text.index("the campaign")
    attribution = Attribution(
        content=[(start, start + len(quote))],
        kind="direct",
        source=(source, source + len("the campaign")),
        speaker=ResolvedSpeaker("campaign", "organisation"),
    )
    write_claims(article, [attribution], "v1")
    claim = article.claims.get()
    assert (claim.speaker, claim.speaker_name, claim.speaker_text) == (None, "", "the campaign")
    assert Speaker.objects.count() == 0


def test_the_admin_lists_likely_duplicates_side_by_side(admin_user_client):
    make_speaker("Marta Lindqvist", person_key="marta|lindqvist|")
    make_speaker("Marta K. Lindqvist", person_key="marta|lindqvist|")
    make_speaker("Okafor", person_key="|okafor|")
    make_speaker("Chidi Okafor", person_key="chidi|okafor|")
    make_speaker("Reyes", person_key="|reyes|")  # two Reyes: no likely pair
    make_speaker("Tom Reyes", person_key="thomas|reyes|")
    make_speaker("Ana Reyes", person_key="ana|reyes|")
    make_speaker("Sven Berg", person_key="sven|berg|")
    url = reverse("admin:claims_speaker_changelist")

    same = admin_user_client.get(url, {"duplicates": "same-person"}).content.decode()
    assert "Marta K. Lindqvist" in same and "Marta Lindqvist" in same
    assert "Sven Berg" not in same and "Chidi Okafor" not in same

    bare = admin_user_client.get(url, {"duplicates": "bare-surname"}).content.decode()
    assert "Chidi Okafor" in bare
    assert "Reyes" not in bare and "Sven Berg" not in bare
    assert "merge_selected" in bare  # select both and merge them with the existing action


def test_a_name_with_and_without_jr_is_listed_for_an_editor_not_merged(admin_user_client):
    plain_name = make_speaker("Walter Danner", person_key="walter|danner|")
    junior = make_speaker("Walter B. Danner Jr.", person_key="walter|danner|jr")
    make_speaker("Walter Danner III", person_key="walter|danner|iii")
    make_speaker("Greta Holm Jr.", person_key="greta|holm|jr")  # no plain "Greta Holm"
    make_speaker("Sven Berg", person_key="sven|berg|")
    out = run()
    assert (
        "Likely the same (or father and son), for an editor: "
        "Walter Danner / Walter Danner III / Walter B. Danner Jr." in out
    )
    assert "Greta Holm" not in out
    assert Speaker.objects.filter(pk__in=[plain_name.pk, junior.pk]).count() == 2
    url = reverse("admin:claims_speaker_changelist")
    page = admin_user_client.get(url, {"duplicates": "generation"})
    assert page.status_code == 200
    listed = page.content.decode()
    assert "Walter Danner" in listed and "Walter B. Danner Jr." in listed
    assert "Greta Holm" not in listed and "Sven Berg" not in listed


def test_an_alias_of_another_first_name_is_reported_not_moved(admin_user_client):
    ivana = make_speaker("Ivana Petrov", person_key="ivana|petrov|")
    add_aliases(ivana, ["Ivanka Petrov", "Ivana M. Petrov"])
    make_speaker("Sven Berg", person_key="sven|berg|")
    out = run()
    assert "Likely another person, for an editor to split: Ivanka Petrov on Ivana Petrov" in out
    assert "Ivana M. Petrov on" not in out
    assert ivana.aliases.filter(alias="Ivanka Petrov").exists()
    url = reverse("admin:claims_speaker_changelist")
    page = admin_user_client.get(url, {"duplicates": "other-first-name"}).content.decode()
    assert "Ivana Petrov" in page and "Sven Berg" not in page


def test_resolve_speakers_merges_an_acronym_into_the_one_body_it_abbreviates():
    # "the BFC said" in one older article, "the Baltic Fisheries Council said" in another
    full = make_speaker("Baltic Fisheries Council", kind=Speaker.Kind.ORGANISATION)
    add_aliases(full, [full.name])
    short = make_speaker("BFC", kind=Speaker.Kind.ORGANISATION)
    add_aliases(short, [short.name])
    claim = make_claim("Quotas must fall.", speaker=short, speaker_text="the BFC")
    # two bodies the acronym could stand for: left apart
    other = make_speaker("NRB", kind=Speaker.Kind.ORGANISATION)
    for name in ("Nordic Refugee Bureau", "National Rail Board"):
        add_aliases(make_speaker(name, kind=Speaker.Kind.ORGANISATION), [name])
    out = run()
    assert "One organisation: 'BFC' merged into 'Baltic Fisheries Council'" in out
    claim.refresh_from_db()
    assert claim.speaker == full
    assert Speaker.objects.filter(pk=other.pk).exists()
    assert full.aliases.filter(normalised="bfc").exists()


def test_resolve_speakers_merges_a_body_stored_under_two_spellings_into_the_older():
    # "Tidewater Polling" in an older article, "Tidewater Polling Center" in a later one
    older = make_speaker("Tidewater Polling", kind=Speaker.Kind.ORGANISATION)
    newer = make_speaker("Tidewater Polling Center", kind=Speaker.Kind.ORGANISATION)
    # "Dune Survey" could be the Center or the Institute of that name: all left apart
    unclear = ["Dune Survey", "Dune Survey Center", "Dune Survey Institute"]
    bodies = [make_speaker(n, kind=Speaker.Kind.ORGANISATION) for n in unclear]
    for body in (older, newer, *bodies):
        add_aliases(body, [body.name])
    claim = make_claim("Turnout will rise.", speaker=newer, speaker_text="the center")
    out = run()
    assert "One organisation: 'Tidewater Polling Center' merged into 'Tidewater Polling'" in out
    claim.refresh_from_db()
    assert claim.speaker == older
    assert Speaker.objects.filter(pk__in=[b.pk for b in bodies]).count() == 3
    assert run().count("merged into") == 0  # safe to run again


def test_resolve_speakers_detaches_lone_first_names_and_makes_people_of_person_named_bodies():
    # "'Rents are too high,' said Greta, a nurse" stored as a speaker "Greta"
    greta = make_speaker("Greta", person_key="|greta|")
    make_claim("Rents are too high.", speaker=greta, speaker_text="Greta")
    # a lone surname that is a first name too, of someone known in full: kept
    known = make_speaker("Harold Graham", person_key="harold|graham|")
    bare = make_speaker("Graham", person_key="|graham|")
    # an anchor taken for a network, and the same person known as a person
    anchor = make_speaker("Marcus Ellery", kind=Speaker.Kind.ORGANISATION)
    make_claim("Tonight we look at the vote.", speaker=anchor)
    person = make_speaker("Marcus Ellery", person_key="marcus|ellery|")
    out = run()
    assert "Not a speaker (bare first name): 'Greta', 1 claim(s) detached" in out
    assert "A person, not an organisation: 'Marcus Ellery'" in out
    assert not Speaker.objects.filter(name="Greta").exists()
    assert Speaker.objects.filter(pk__in=[known.pk, bare.pk]).count() == 2
    remaining = Speaker.objects.filter(name="Marcus Ellery")
    assert remaining.count() == 1 and remaining[0].kind == Speaker.Kind.PERSON
    assert remaining[0].pk in (anchor.pk, person.pk)


def test_first_names_a_letter_apart_are_listed_for_an_editor_not_merged(admin_user_client):
    # "Hilary" in one article's typo beside "Hillary"; "Ivana" beside "Ivanka" is two people:
    # both kinds are listed, neither is merged
    make_speaker("Marta Kowal", person_key="marta|kowal|")
    make_speaker("Martha Kowal", person_key="martha|kowal|")
    make_speaker("Ivana Petrov", person_key="ivana|petrov|")
    make_speaker("Ivanka Petrov", person_key="ivanka|petrov|")
    make_speaker("Tom Kowal", person_key="tom|kowal|")
    make_speaker("Sven Berg", person_key="sven|berg|")
    out = run()
    assert "Maybe one name misspelt, for an editor: Marta Kowal / Martha Kowal" in out
    assert "Ivana Petrov / Ivanka Petrov" in out
    assert "Tom Kowal" not in out
    assert Speaker.objects.filter(person_key__endswith="kowal|").count() == 3
    url = reverse("admin:claims_speaker_changelist")
    page = admin_user_client.get(url, {"duplicates": "first-name-spelling"})
    assert page.status_code == 200
    listed = page.content.decode()
    assert "Martha Kowal" in listed and "Ivanka Petrov" in listed
    assert "Tom Kowal" not in listed and "Sven Berg" not in listed


def test_a_bodys_short_name_beside_its_full_name_is_listed_for_an_editor_not_merged(
    admin_user_client,
):
    body = Speaker.Kind.ORGANISATION
    make_speaker("Harlow Center", kind=body)
    make_speaker("Harlow Center for Justice", kind=body)
    make_speaker("Harlow Institute for Rivers", kind=body)  # no "Harlow Institute" row
    make_speaker("Council", kind=body)
    make_speaker("Council on Harbour Trade", kind=body)  # one word is too short to tell
    make_speaker("Harbour Council", kind=body)
    make_speaker("Baltic Academies", kind=body)
    make_speaker("Baltic Academies of Sciences", kind=body)
    make_speaker("Dover Harbour Council", kind=body)
    make_speaker("Dover Council", kind=body)  # "Council" alone again: too short
    make_speaker("Dover Gazette", kind=body)
    make_speaker("Harbour Times/Dover Gazette", kind=body)  # a joint poll of two bodies
    out = run()
    assert (
        "Likely one body, for an editor to merge: Harlow Center / Harlow Center for Justice" in out
    )
    assert "Likely one body, for an editor to merge: Harbour Council / Dover Harbour Council" in out
    assert (
        "Likely one body, for an editor to merge: Baltic Academies / Baltic Academies of Sciences"
        in out
    )
    assert "Harlow Institute" not in out and "Council on Harbour Trade" not in out
    assert "Dover Council" not in out and "Harbour Times/Dover Gazette" not in out
    assert Speaker.objects.filter(name__startswith="Harlow Center").count() == 2
    url = reverse("admin:claims_speaker_changelist")
    page = admin_user_client.get(url, {"duplicates": "body-name"})
    assert page.status_code == 200
    listed = page.content.decode()
    assert "Harlow Center for Justice" in listed
    assert "Harlow Institute for Rivers" not in listed and "Council on Harbour Trade" not in listed
