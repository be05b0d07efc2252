"""Editors correcting what the engine got wrong about who said a claim.

A correction gives claims another speaker (an existing one or one made on the spot), records
who did it, when, and what the claims showed before (SpeakerCorrection), and locks the claims'
speaker (Claim.speaker_locked) so that re-extraction keeps it: see
claims.store.keep_editors_speaker.
"""

from django.db import transaction
from django.utils import timezone

from articles.models import Article
from claims import spread
from claims.models import Claim, Speaker, SpeakerAlias, SpeakerCorrection
from claims.speakers import add_aliases, lock_speakers, normalise_name, unique_slug

# The kinds of speaker an editor may create: the kinds matched across articles.
NEW_SPEAKER_KINDS = [
    (Speaker.Kind.PERSON, Speaker.Kind.PERSON.label),
    (Speaker.Kind.ORGANISATION, Speaker.Kind.ORGANISATION.label),
]


def speaker_known_as(name: str) -> Speaker | None:
    """The speaker already known by this name or alias, compared as the engine's matcher
    compares names (no case, accents or courtesy title), or None."""
    alias = (
        SpeakerAlias.objects.select_related("speaker")
        .filter(normalised=normalise_name(name)[:300])
        .first()
    )
    return alias.speaker if alias else None


def create_speaker(name: str, kind: str) -> Speaker:
    """A new speaker named by an editor, known by its name from now on so that the engine's
    matcher finds it in later articles. Should another request have just made one by that name,
    that one is returned rather than a twin."""
    with transaction.atomic():
        lock_speakers()
        name = name.strip()[:300]
        existing = speaker_known_as(name)
        if existing is not None:
            return existing
        speaker = Speaker.objects.create(name=name, slug=unique_slug(name), kind=kind)
        add_aliases(speaker, [name])
    return speaker


def correct_speakers(claim_ids, editor, choose_speaker) -> tuple[Speaker, int]:
    """Give these claims the speaker `choose_speaker()` returns, for good: each change is
    recorded as a SpeakerCorrection by `editor` and the claims are locked against
    re-extraction. Claims that already have this speaker are left as they are. Returns the
    speaker and how many claims changed speaker.

    The claims' articles are locked first, as write_claims locks the article it rewrites: a
    re-extraction running at the same moment either finishes before the correction or sees it.
    Only then is the speaker chosen, so that one made for the occasion (create_speaker) takes
    the speakers' lock after the articles' locks, in the order re-extraction takes them; then
    the quote groups' lock, before the claims' rows, whose groups are recounted (a conflict
    between two speakers ends when an editor gives the words to one).
    """
    now = timezone.now()
    with transaction.atomic():
        articles = Claim.objects.filter(pk__in=claim_ids).values("article_id")
        locked = Article.objects.select_for_update().filter(pk__in=articles).order_by("pk")
        list(locked.values_list("pk", flat=True))
        speaker = choose_speaker()
        spread.lock_quotes()
        claims = list(
            Claim.objects.select_for_update()
            .filter(pk__in=claim_ids)
            .exclude(speaker=speaker)
            .only("speaker", "speaker_name", "speaker_text", "quote_group")
            .order_by("pk")
        )
        SpeakerCorrection.objects.bulk_create(
            SpeakerCorrection(
                claim=claim,
                from_speaker_id=claim.speaker_id,
                from_speaker_text=(claim.speaker_name or claim.speaker_text)[:500],
                to_speaker=speaker,
                to_speaker_name=speaker.name,
                corrected_by=editor,
                corrected_at=now,
            )
            for claim in claims
        )
        changed_ids = [claim.pk for claim in claims]
        # a statement made with others ("Ruiz and Hale said") is now the chosen speaker's alone
        Claim.joint_speakers.through.objects.filter(claim_id__in=changed_ids).delete()
        moved = Claim.objects.filter(pk__in=changed_ids).update(
            speaker=speaker, speaker_name=speaker.name, speaker_locked=True, updated_at=now
        )
        spread.credit_changed({claim.quote_group_id for claim in claims})
    return speaker, moved


def likely_speakers(claim: Claim) -> list[Speaker]:
    """The speakers a misattributed claim most likely belongs to: the others quoted in its
    article, by name."""
    quoted = Claim.objects.filter(article=claim.article_id).values("speaker")
    speakers = Speaker.objects.filter(pk__in=quoted).exclude(pk=claim.speaker_id)
    return list(speakers.only("name", "slug", "description"))


def latest_correction(claim: Claim) -> SpeakerCorrection | None:
    """The correction that gave a locked claim its speaker, with who made it; None for a claim
    whose speaker the engine chose."""
    if not claim.speaker_locked:
        return None
    return claim.speaker_corrections.select_related("corrected_by").first()
