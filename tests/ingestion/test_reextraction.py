"""Writing claims from attributions, and writing them again: ids, flags and stale claims."""

import pytest

from articles.models import Article
from claims.extraction.types import Attribution, ResolvedSpeaker
from claims.models import Claim, ContradictionFlag, Speaker
from claims.store import write_claims
from tests.factories import make_article, make_flag

pytestmark = pytest.mark.django_db

TEXT = (
    "“We are ready to talk,” Sergei Lavrov said on Monday.\n"
    "A senior EU diplomat said the plan was unrealistic.\n"
    "“There will be no ceasefire,” Lavrov insisted."
)
LAVROV = ResolvedSpeaker("Sergei Lavrov", "person", "Russian foreign minister", ("Lavrov",))
DIPLOMAT = ResolvedSpeaker("A senior EU diplomat", "anonymous")


def span_of(fragment, text=TEXT, last=False):
    start = text.rindex(fragment) if last else text.index(fragment)
    return (start, start + len(fragment))


def attributions(text=TEXT):
    return [
        Attribution(
            content=[span_of("“We are ready to talk,”", text)],
            kind="direct",
            cue=span_of("said", text),
            cue_lemma="say",
            source=span_of("Sergei Lavrov", text),
            speaker=LAVROV,
            confidence=0.9,
        ),
        Attribution(
            content=[span_of("the plan was unrealistic", text)],
            kind="indirect",
            source=span_of("A senior EU diplomat", text),
            speaker=DIPLOMAT,
        ),
        Attribution(
            content=[span_of("“There will be no ceasefire,”", text)],
            kind="direct",
            source=span_of("Lavrov", text, last=True),
            speaker=LAVROV,
            intermediary="Interfax",
        ),
    ]


def ids(article):
    return list(article.claims.order_by("id").values_list("id", flat=True))


def test_the_first_write_stores_every_claim_and_marks_the_article_done():
    article = make_article(TEXT, status=Article.Status.EXTRACTING, published=None)
    result = write_claims(article, attributions(), "v1")
    assert (result.created, result.kept, result.deleted) == (3, 0, 0)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.extractor_version == "v1"
    ready, diplomat, ceasefire = article.claims.order_by("id")
    assert ready.text == "“We are ready to talk,”"
    assert ready.speaker.name == "Sergei Lavrov"
    assert ready.speaker_name == "Sergei Lavrov"
    assert ready.speaker_text == "Sergei Lavrov"
    assert ready.cue == "said"
    assert ready.content_spans == [list(span_of("“We are ready to talk,”"))]
    assert ready.published == article.dated == article.created_at
    assert ceasefire.speaker == ready.speaker
    assert ceasefire.intermediary == "Interfax"
    # Anonymous: described, never a Speaker.
    assert diplomat.speaker is None
    assert diplomat.speaker_name == "A senior EU diplomat"
    assert Speaker.objects.count() == 1


def test_writing_twice_changes_nothing():
    article = make_article(TEXT)
    write_claims(article, attributions(), "v1")
    before = list(article.claims.order_by("id").values())
    result = write_claims(article, attributions(), "v1")
    assert (result.created, result.kept, result.deleted, result.stale) == (0, 3, 0, 0)
    after = list(article.claims.order_by("id").values())
    for row in before + after:
        row.pop("updated_at")
    assert after == before


def test_new_version_keeps_ids_of_claims_found_again_by_span_or_text():
    article = make_article(TEXT)
    write_claims(article, attributions(), "v1")
    first_ids = ids(article)
    # Version 2 calls the first quote mixed (same span: kept) and takes the last one without
    # its quote marks (other span, other text: a new claim; the old one, unflagged, goes).
    newer = attributions()
    newer[0].kind = "mixed"
    newer[2].content = [span_of("There will be no ceasefire")]  # same place, text without quotes
    result = write_claims(article, newer, "v2")
    assert result.kept == 2
    assert result.created == 1
    assert result.deleted == 1
    current = ids(article)
    assert current[:2] == first_ids[:2]
    assert Claim.objects.get(pk=first_ids[0]).kind == "mixed"
    assert set(article.claims.values_list("extractor_version", flat=True)) == {"v2"}


def test_flagged_claim_no_longer_found_is_kept_stale_with_its_flag():
    article = make_article(TEXT)
    write_claims(article, attributions(), "v1")
    ready_id, diplomat_id, ceasefire_id = ids(article)
    other = make_article("“Talks are off,” Lavrov said.")
    write_claims(
        other,
        [Attribution(content=[(0, 16)], kind="direct", source=(17, 23), speaker=LAVROV)],
        "v1",
    )
    flag = make_flag(Claim.objects.get(pk=ready_id), other.claims.get())

    # Version 2 finds neither the first quote nor the diplomat's claim.
    result = write_claims(article, [attributions()[2]], "v2")
    assert (result.kept, result.stale, result.deleted) == (1, 1, 1)
    stale = Claim.objects.get(pk=ready_id)
    assert stale.stale
    assert not Claim.objects.filter(pk=diplomat_id).exists()
    assert not Claim.objects.get(pk=ceasefire_id).stale
    assert ContradictionFlag.objects.filter(pk=flag.pk).exists()

    # Found again by a later version: no longer stale, same id.
    write_claims(article, attributions(), "v3")
    stale.refresh_from_db()
    assert not stale.stale
    assert ready_id in ids(article)
    assert article.claims.count() == 3


def test_claims_take_the_article_date():
    article = make_article(TEXT)
    write_claims(article, attributions(), "v1")
    assert set(article.claims.values_list("published", flat=True)) == {article.published}
