"""One quote carried by many articles: what counts as the same quote (claims.quote_words), and
how claims are put into groups (claims.spread) as they are stored and by `group_quotes`."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from articles.models import Article, Outlet
from claims import spread
from claims.corrections import correct_speakers
from claims.models import Claim, QuoteGroup, QuoteRole
from claims.quote_words import fingerprints, how_matched, quote_words, shingles, wording_of
from claims.speakers import merge_speakers
from claims.tasks import extract_article
from tests.factories import make_article, make_claim, make_queued_article, make_speaker, make_user

FULL = (
    "We will not raise the fuel tax this winter, and any family that tells you otherwise "
    "has been misled by the opposition"
)
DAY = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


# --- What counts as the same quote -------------------------------------------------------------


def test_case_marks_punctuation_and_spacing_do_not_matter():
    one = quote_words("“We won’t back down — not now, not ever.”", "direct")
    other = quote_words('"we wont back down -- NOT now,   not ever"', "direct")
    assert one == other
    assert how_matched(one, other) == "same"


def test_a_mixed_claim_is_compared_by_its_quoted_words_only():
    mixed = quote_words('The mayor called the budget "a betrayal of every bus rider"', "mixed")
    assert mixed.pieces == ("a betrayal of every bus rider",)
    assert quote_words("The mayor said the budget was unfair to bus riders", "mixed") is None


def test_reported_speech_and_short_quotes_are_never_grouped():
    assert (
        quote_words("The mayor said the budget was unfair to every bus rider", "indirect") is None
    )
    assert quote_words("“No comment.”", "direct") is None


def test_a_shortened_quote_is_a_fragment_of_the_whole():
    part = quote_words("any family that tells you otherwise has been misled", "direct")
    assert how_matched(part, wording_of(FULL)) == "fragment"


def test_pieces_around_an_ellipsis_are_each_found_in_the_whole():
    cut = quote_words(
        "We will not raise the fuel tax this winter ... has been misled by the opposition",
        "direct",
    )
    assert len(cut.pieces) == 2
    assert how_matched(cut, wording_of(FULL)) == "fragment"
    assert how_matched(wording_of(FULL), cut) == "fragment"


def test_a_bracketed_insertion_is_a_gap_not_words_of_the_quote():
    inserted = quote_words(
        "We [the government] will not raise the fuel tax this winter, and any family", "direct"
    )
    assert "government" not in inserted.text
    assert how_matched(inserted, wording_of(FULL)) == "fragment"


def test_one_word_changed_in_a_long_quote_is_an_edit():
    edited = FULL.replace("misled", "misinformed")
    assert how_matched(wording_of(edited), wording_of(FULL)) == "edited"


def test_one_word_changed_in_a_short_quote_is_another_quote():
    assert (
        how_matched(
            wording_of("we will cut the fuel tax"), wording_of("we will raise the fuel tax")
        )
        is None
    )


def test_a_paraphrase_is_not_the_same_quote():
    paraphrase = wording_of(
        "Nobody should believe the opposition: fuel will not be taxed more during the cold months"
    )
    assert how_matched(paraphrase, wording_of(FULL)) is None


def test_fingerprints_are_shared_by_any_long_enough_common_run():
    whole = wording_of(FULL)
    for start in range(len(FULL.split()) - 8):
        part = wording_of(" ".join(FULL.split()[start : start + 8]))
        assert fingerprints(whole) & set(shingles(part)), part


# --- Grouping claims as they are stored ---------------------------------------------------------


def report(text, speaker=None, outlet="Example News", days=0, kind=Claim.Kind.DIRECT, **fields):
    """A claim of `text` in an article of its own from `outlet`, `days` after DAY."""
    article = make_article(
        text=f"“{text},” the minister said.",
        outlet=outlet,
        outlet_ref=Outlet.objects.for_name(outlet),
        published=DAY + timedelta(days=days),
    )
    return make_claim(text=text, speaker=speaker, article=article, kind=kind, **fields)


def group_all(claims):
    for claim in claims:
        spread.group_article(claim.article_id)
    for claim in claims:
        claim.refresh_from_db()
    return claims


@pytest.mark.django_db
def test_the_same_quote_in_three_outlets_is_one_group_first_by_the_earliest():
    minister = make_speaker("Hana Kral")
    later = report(FULL, minister, "Metro Herald", days=2)
    first = report(FULL.upper() + "!", minister, "Daily Ledger", days=0)
    third = report("“" + FULL + "”", minister, "Evening Post", days=1)
    group_all([later, first, third])
    group = first.quote_group
    assert group is not None and later.quote_group == group == third.quote_group
    group.refresh_from_db()
    assert (group.claim_count, group.article_count, group.outlet_count) == (3, 3, 3)
    assert group.first_claim == first and group.first_published == first.published
    assert [first.quote_role, third.quote_role, later.quote_role] == [
        QuoteRole.FIRST,
        QuoteRole.REPEAT,
        QuoteRole.REPEAT,
    ]
    assert not group.speakers_differ


@pytest.mark.django_db
def test_fragments_ellipsis_pieces_insertions_and_edits_join_the_speakers_group():
    minister = make_speaker("Hana Kral")
    claims = group_all(
        [
            report(FULL, minister),
            report("any family that tells you otherwise has been misled", minister, days=1),
            report("We will not raise the fuel tax … misled by the opposition", minister, days=1),
            report("We [the cabinet] will not raise the fuel tax this winter", minister, days=2),
            report(FULL.replace("misled", "misinformed"), minister, days=3),
        ]
    )
    assert len({claim.quote_group_id for claim in claims}) == 1
    assert QuoteGroup.objects.get().claim_count == 5


@pytest.mark.django_db
def test_the_whole_quote_arriving_after_a_fragment_joins_it_and_becomes_its_wording():
    minister = make_speaker("Hana Kral")
    part, whole = group_all(
        [
            report("any family that tells you otherwise has been misled", minister),
            report(FULL, minister, days=1),
        ]
    )
    assert part.quote_group == whole.quote_group
    assert whole.quote_group.words == wording_of(FULL).text


@pytest.mark.django_db
def test_reported_speech_and_paraphrase_stay_out():
    minister = make_speaker("Hana Kral")
    quote, paraphrase, reported = group_all(
        [
            report(FULL, minister),
            report(
                "Nobody should believe the opposition, fuel will not be taxed more in the cold",
                minister,
            ),
            report(FULL, minister, kind=Claim.Kind.INDIRECT),
        ]
    )
    assert reported.quote_group is None
    assert paraphrase.quote_group != quote.quote_group
    assert quote.quote_role == QuoteRole.ALONE


@pytest.mark.django_db
def test_two_speakers_share_a_group_only_for_identical_words_and_it_is_a_conflict():
    kral, novak = make_speaker("Hana Kral"), make_speaker("Petr Novak")
    original = report(FULL, kral)
    fragment = report("any family that tells you otherwise has been misled", novak, days=1)
    same_words = report(FULL, novak, days=2)
    group_all([original, fragment, same_words])
    assert fragment.quote_group != original.quote_group
    assert same_words.quote_group == original.quote_group
    group = original.quote_group
    group.refresh_from_db()
    assert group.speakers_differ
    # Each speaker's first report of the words counts as theirs.
    assert same_words.quote_role == QuoteRole.FIRST


@pytest.mark.django_db
def test_a_short_phrase_two_known_people_quote_is_not_one_quote():
    kral, novak = make_speaker("Hana Kral"), make_speaker("Petr Novak")
    one, other = group_all(
        [
            report("The Morning Hour with Jan Dvorak", kral),
            report("the morning hour with Jan Dvorak", novak, days=1),
        ]
    )
    assert one.quote_group != other.quote_group
    assert not QuoteGroup.objects.filter(speakers_differ=True).exists()


@pytest.mark.django_db
def test_a_source_the_engine_left_unresolved_shares_the_words_but_is_no_conflict():
    kral = make_speaker("Hana Kral")
    named = report("not one extra crown for the stadium", kral)
    unnamed = report(
        "not one extra crown for the stadium", None, days=1, speaker_name="a candidate"
    )
    group_all([named, unnamed])
    assert named.quote_group == unnamed.quote_group
    assert not QuoteGroup.objects.get().speakers_differ


@pytest.mark.django_db
def test_grouping_twice_changes_nothing_and_the_command_groups_an_old_database():
    minister = make_speaker("Hana Kral")
    claims = [report(FULL, minister, days=n) for n in range(3)]
    call_command("group_quotes")
    call_command("group_quotes")
    group_all(claims)
    assert QuoteGroup.objects.count() == 1
    assert QuoteGroup.objects.get().claim_count == 3
    call_command("group_quotes", "--regroup")
    assert QuoteGroup.objects.count() == 1


@pytest.mark.django_db
def test_a_speaker_merged_away_ends_the_conflict_after_a_recount():
    kral, twin = make_speaker("Hana Kral"), make_speaker("H. Kral")
    one, two = group_all([report(FULL, kral), report(FULL, twin, days=1)])
    assert QuoteGroup.objects.get().speakers_differ
    Claim.objects.filter(pk=two.pk).update(speaker=kral)
    call_command("group_quotes", "--recount")
    group = QuoteGroup.objects.get()
    assert not group.speakers_differ
    two.refresh_from_db()
    assert two.quote_role == QuoteRole.REPEAT


@pytest.mark.django_db
def test_merging_two_speakers_ends_their_conflict_at_once():
    kral, twin = make_speaker("Hana Kral"), make_speaker("H. Kral")
    # The group is first credited to the speaker merged away.
    first, later = group_all([report(FULL, twin), report(FULL, kral, days=1)])
    assert QuoteGroup.objects.get().speakers_differ
    merge_speakers(kral, [twin])
    group = QuoteGroup.objects.get()
    assert not group.speakers_differ
    assert group.speaker_key == f"s:{kral.pk}"
    later.refresh_from_db()
    assert later.quote_role == QuoteRole.REPEAT
    # A shortened report by the speaker kept joins the group like any of theirs.
    shortened = report("any family that tells you otherwise has been misled", kral, days=2)
    group_all([shortened])
    assert shortened.quote_group == group


@pytest.mark.django_db
def test_an_editor_giving_the_words_to_one_speaker_ends_the_conflict(editor):
    kral, novak = make_speaker("Hana Kral"), make_speaker("Petr Novak")
    one, two = group_all([report(FULL, kral), report(FULL, novak, days=1)])
    assert QuoteGroup.objects.get().speakers_differ
    correct_speakers([two.pk], editor, lambda: kral)
    assert not QuoteGroup.objects.get().speakers_differ
    two.refresh_from_db()
    assert (two.speaker, two.quote_role) == (kral, QuoteRole.REPEAT)


@pytest.mark.django_db
def test_deleting_an_article_recounts_its_quotes_groups_and_drops_emptied_ones():
    minister = make_speaker("Hana Kral")
    first, repeat = group_all([report(FULL, minister), report(FULL, minister, days=1)])
    group = first.quote_group
    first.article.delete()
    group.refresh_from_db()
    repeat.refresh_from_db()
    assert (group.claim_count, group.article_count, group.first_claim) == (1, 1, repeat)
    assert repeat.quote_role == QuoteRole.ALONE
    Article.objects.filter(pk=repeat.article_id).delete()
    assert not QuoteGroup.objects.exists()


@pytest.mark.django_db
def test_a_deleted_claim_leaves_its_group_counted_right():
    minister = make_speaker("Hana Kral")
    one, two = group_all([report(FULL, minister), report(FULL, minister, days=1)])
    group_id = one.quote_group_id
    one.delete()
    spread.refresh_groups([group_id])
    group = QuoteGroup.objects.get(pk=group_id)
    assert (group.claim_count, group.first_claim_id) == (1, two.pk)
    two.delete()
    spread.refresh_groups([group_id])
    assert not QuoteGroup.objects.filter(pk=group_id).exists()


# --- Editors' decisions stick -------------------------------------------------------------------


@pytest.mark.django_db
def test_a_split_sticks_through_regrouping_and_re_storing():
    minister = make_speaker("Hana Kral")
    keep, wrong = group_all([report(FULL, minister), report(FULL + " again", minister, days=1)])
    assert keep.quote_group == wrong.quote_group
    new = spread.split_off([wrong.pk], make_user("Editor"))
    call_command("group_quotes", "--regroup")
    spread.group_article(wrong.article_id)
    spread.group_article(keep.article_id)
    keep.refresh_from_db()
    wrong.refresh_from_db()
    assert wrong.quote_group == new and keep.quote_group != new
    assert wrong.quote_pinned and keep.quote_pinned


@pytest.mark.django_db
def test_a_join_sticks_through_regrouping():
    kral, novak = make_speaker("Hana Kral"), make_speaker("Petr Novak")
    one, other = group_all(
        [report(FULL, kral), report("any family that tells you otherwise has been misled", novak)]
    )
    assert one.quote_group != other.quote_group
    joined = spread.join_groups(one.quote_group_id, other.quote_group_id, make_user("Editor"))
    call_command("group_quotes", "--regroup")
    other.refresh_from_db()
    assert other.quote_group == joined
    assert joined.claim_count == 2


@pytest.mark.django_db
def test_splitting_off_every_claim_of_a_group_is_refused():
    minister = make_speaker("Hana Kral")
    one, two = group_all([report(FULL, minister), report(FULL, minister, days=1)])
    with pytest.raises(spread.QuoteEditError):
        spread.split_off([one.pk, two.pk], make_user("Editor"))


# --- Concurrency: two writers, one group --------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_two_transactions_grouping_the_same_quote_at_once_make_one_group():
    minister = make_speaker("Hana Kral")
    claims = [report(FULL, minister, outlet=f"Outlet {n}", days=n) for n in range(2)]
    ready = threading.Barrier(2)
    errors = []

    def store(claim):
        try:
            with transaction.atomic():
                ready.wait(timeout=10)
                spread.group_article(claim.article_id)
        except Exception as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=store, args=(claim,)) for claim in claims]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert QuoteGroup.objects.count() == 1
    assert QuoteGroup.objects.get().claim_count == 2


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_two_worker_processes_extracting_one_quote_from_four_outlets_make_one_group(
    start_celery_worker,
):
    quote = "Our hospitals will stay open through the strike, whatever the unions decide"
    articles = [
        make_queued_article(
            f"“{quote},” Health Minister Hana Kral said on {day}. Talks resume next week.",
            outlet=f"Outlet {n}",
            published=DAY + timedelta(days=n),
        )
        for n, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday"])
    ]
    worker = start_celery_worker(pool="prefork", concurrency=2, env={"EXTRACT_BATCH_SIZE": "1"})
    for article in articles:
        extract_article.delay(article.pk)
    worker.wait_for(
        lambda: Article.objects.filter(status=Article.Status.DONE).count() == 4,
        timeout=120,
        what="the four articles to be extracted",
    )
    direct = Claim.objects.filter(kind=Claim.Kind.DIRECT)
    assert direct.count() == 4
    assert direct.values("quote_group").distinct().count() == 1
    group = QuoteGroup.objects.get()
    assert (group.claim_count, group.article_count, group.outlet_count) == (4, 4, 4)
    assert group.first_claim.article == articles[0]
