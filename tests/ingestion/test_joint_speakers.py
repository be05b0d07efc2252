"""Statements several people made together ("Ms. Fenwick and Mr. Strand said …"): stored on
no one speaker alone but on each of them, kept by re-extraction, merged and corrected with
the rest of a speaker's claims."""

import pytest

from claims.corrections import correct_speakers
from claims.models import Claim, Speaker
from claims.speakers import merge_speakers
from claims.store import extract_now
from tests.factories import make_queued_article, make_speaker, make_user

pytestmark = pytest.mark.django_db

LETTER = (
    "Senator Dora Fenwick of Ohio and Senator Ivo Strand of Utah wrote to the port board on "
    "Monday. Ms. Fenwick and Mr. Strand said the harbour levy was unfair to small boats. "
    '"We will not let it stand," Ms. Fenwick said later.'
)
TOGETHER = "the harbour levy was unfair to small boats"


@pytest.fixture
def joint_claim():
    article = make_queued_article(LETTER)
    extract_now(article.pk)
    return Claim.objects.get(article=article, text__contains=TOGETHER)


def names(claim):
    return sorted(claim.joint_speakers.values_list("name", flat=True))


def test_a_statement_made_together_belongs_to_each_speaker_and_no_one_alone(joint_claim):
    assert joint_claim.speaker is None
    assert names(joint_claim) == ["Dora Fenwick", "Ivo Strand"]
    assert joint_claim.speaker_name == "Dora Fenwick and Ivo Strand"
    fenwick = Speaker.objects.get(name="Dora Fenwick")
    # her own words are hers; the statement made with Strand is among her joint claims
    assert list(fenwick.claims.values_list("text", flat=True)) == ['"We will not let it stand,"']
    assert list(fenwick.joint_claims.all()) == [joint_claim]


def test_re_extracting_keeps_the_joint_speakers_once(joint_claim):
    extract_now(joint_claim.article_id, reextract=True)
    claim = Claim.objects.get(pk=joint_claim.pk)
    assert names(claim) == ["Dora Fenwick", "Ivo Strand"]
    assert Claim.joint_speakers.through.objects.filter(claim=claim).count() == 2


def test_merging_a_speaker_moves_their_joint_statements(joint_claim):
    strand = Speaker.objects.get(name="Ivo Strand")
    duplicate = make_speaker("Ivo Strand", slug="ivo-strand-again")
    merge_speakers(duplicate, [strand])
    assert names(Claim.objects.get(pk=joint_claim.pk)) == ["Dora Fenwick", "Ivo Strand"]
    assert list(duplicate.joint_claims.all()) == [joint_claim]


def test_an_editor_giving_the_statement_to_one_speaker_ends_the_joint_credit(joint_claim):
    fenwick = Speaker.objects.get(name="Dora Fenwick")
    correct_speakers([joint_claim.pk], make_user("Editor"), lambda: fenwick)
    claim = Claim.objects.get(pk=joint_claim.pk)
    assert claim.speaker == fenwick
    assert names(claim) == []
    extract_now(claim.article_id, reextract=True)
    assert names(Claim.objects.get(pk=joint_claim.pk)) == []
