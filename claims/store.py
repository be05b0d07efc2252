"""The extraction pipeline: running the attribution engine on articles ready for it, several
together, and writing each article's claims from its output. An article's status changes
through articles.processing (start_step, mark_extracted, mark_failed): articles owns the
lifecycle, claims what extraction does.

One transaction per article: claims, speakers, aliases and the claims' quote groups
(claims.spread) all land or none do. Re-running
keeps what editors made: a claim that is found again (same spans, else same text) keeps its
id, so contradiction flags on it survive, and keeps the speaker an editor gave it by hand
(keep_editors_speaker); a claim that editors flagged or whose speaker they corrected is kept
and marked stale when it is no longer found; only the others are deleted.
"""

import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import Q

from articles.models import Article
from articles.processing import (
    IN_PROGRESS,
    mark_extracted,
    mark_failed,
    ready_for_extraction,
    start_extracting,
    start_step,
    too_long_to_extract,
    waiting_for_extraction,
)
from claims import spread
from claims.extraction.types import Attribution, ResolvedSpeaker
from claims.models import Claim, ContradictionFlag, Speaker
from claims.speakers import (
    ArticlePeople,
    known_speakers,
    lock_speakers,
    resolve_speaker,
    unresolved_speaker_name,
)

log = logging.getLogger(__name__)

# An article being extracted holds a session-level advisory lock, (namespace, article id),
# taken before it is marked "extracting" and released after it is done. PostgreSQL drops a
# session's locks with its connection, so an article marked extracting whose lock is free was
# left by a worker that died (killed, out of memory, past the hard time limit).
_EXTRACTING_LOCK_SPACE = int.from_bytes(
    hashlib.sha256(b"claims.store.extracting").digest()[:4], "big", signed=True
)
_INT4_KEYS = 2**31 - 1  # the two-key form takes 32-bit keys; ids past that share a key
# The most characters of article text one extraction task takes on: its own article, whatever
# its length, and others waiting up to this. (The engine's BATCH_CHARS is another limit: the
# characters of text pieces the parser takes at once, within one task's work.)
TASK_TEXT_CHARS = 60_000
# How many articles left by a dead worker one task looks for, to queue them again.
ABANDONED_SCAN = 100


@dataclass
class StoreResult:
    created: int = 0
    kept: int = 0
    stale: int = 0
    deleted: int = 0


def _span(span) -> list[int] | None:
    return [int(span[0]), int(span[1])] if span else None


def _claim_fields(
    article: Article, attribution: Attribution, speaker: Speaker | None, version: str
) -> dict:
    resolved = attribution.speaker
    return {
        "speaker": speaker,
        # Anonymous and group speakers have no Speaker; their description stands in.
        "speaker_name": (speaker.name if speaker else unresolved_speaker_name(resolved))[:300],
        "speaker_text": attribution.source_text(article.text)[:500],
        "text": attribution.content_text(article.text),
        "kind": attribution.kind,
        "cue": attribution.cue_text(article.text)[:200],
        "cue_lemma": attribution.cue_lemma[:100],
        "intermediary": attribution.intermediary[:300],
        "content_spans": [_span(span) for span in attribution.content],
        "cue_span": _span(attribution.cue),
        "source_span": _span(attribution.source),
        "confidence": float(attribution.confidence),
        "extractor_version": version,
        "stale": False,
        "published": article.dated,
    }


def write_claims(article: Article, attributions: list[Attribution], version: str) -> StoreResult:
    """Make the article's claims match the engine's attributions; mark the article done."""
    result = StoreResult()
    with transaction.atomic():
        # One writer per article at a time; then one speaker matcher at a time; then one
        # quote grouper (taken before any claim is written: see claims.spread).
        article = Article.objects.select_for_update().get(pk=article.pk)
        lock_speakers()
        spread.lock_quotes()
        existing = list(article.claims.order_by("id").prefetch_related("joint_speakers"))
        existing_ids = [claim.pk for claim in existing]
        # By the claims' ids: joining claims to find the article's flags cost more than the
        # rest of this query for a new article, which has none.
        flagged = (
            set(
                ContradictionFlag.objects.filter(
                    Q(claim_a_id__in=existing_ids) | Q(claim_b_id__in=existing_ids)
                ).values_list("claim_a_id", "claim_b_id")
            )
            if existing_ids
            else set()
        )
        # Claims editors worked on outlive a re-extraction that no longer finds them.
        kept_ids = {claim_id for pair in flagged for claim_id in pair}
        kept_ids.update(claim.pk for claim in existing if claim.speaker_locked)
        by_spans: dict[str, list[Claim]] = defaultdict(list)
        by_text: dict[str, list[Claim]] = defaultdict(list)
        for claim in existing:
            by_spans[repr(claim.content_spans)].append(claim)
            by_text[claim.text].append(claim)
        matched: set[int] = set()
        speakers: dict[ResolvedSpeaker, Speaker | None] = {}
        resolved_speakers = {a.speaker for a in attributions if a.speaker is not None}
        resolved_speakers.update(m for r in list(resolved_speakers) for m in r.members)
        known = known_speakers(resolved_speakers)
        people = ArticlePeople(resolved_speakers)
        new_claims: list[Claim] = []
        joint: dict[int, list[Speaker]] = {}  # by claim's position in new_claims

        for attribution in attributions:
            resolved = attribution.speaker
            for one in (resolved, *(resolved.members if resolved else ())):
                if one is not None and one not in speakers:
                    speakers[one] = resolve_speaker(one, known, people)
            fields = _claim_fields(article, attribution, speakers.get(resolved), version)
            together = _joint_speakers(resolved, speakers)
            claim = _take_unmatched(by_spans[repr(fields["content_spans"])], matched)
            if claim is None:
                claim = _take_unmatched(by_text[fields["text"]], matched)
            if claim is None:
                if together:
                    joint[len(new_claims)] = together
                new_claims.append(Claim(article=article, **fields))
                continue
            matched.add(claim.pk)
            for name, value in keep_editors_speaker(claim, fields).items():
                setattr(claim, name, value)
            claim.save()
            if not claim.speaker_locked and set(claim.joint_speakers.all()) != set(together):
                claim.joint_speakers.set(together)
            result.kept += 1

        # One INSERT for all new claims: per-row inserts were most of the cost of storing.
        result.created = len(Claim.objects.bulk_create(new_claims))
        Claim.joint_speakers.through.objects.bulk_create(
            Claim.joint_speakers.through(claim_id=new_claims[i].pk, speaker_id=speaker.pk)
            for i, together in joint.items()
            for speaker in together
        )
        gone = [claim for claim in existing if claim.pk not in matched]
        stale_ids = [claim.pk for claim in gone if claim.pk in kept_ids]
        result.stale = Claim.objects.filter(pk__in=stale_ids).update(stale=True)
        deleted_ids = {claim.pk for claim in gone if claim.pk not in kept_ids}
        result.deleted, _ = Claim.objects.filter(pk__in=deleted_ids).delete()
        # The same quotes in other articles: the groups of the claims just written, and of
        # those just deleted.
        remaining = [claim for claim in existing if claim.pk not in deleted_ids]
        spread.group_article(
            article.pk, {claim.quote_group_id for claim in gone}, claims=remaining + new_claims
        )
        mark_extracted(article, version)
    return result


def _joint_speakers(
    resolved: ResolvedSpeaker | None, speakers: dict[ResolvedSpeaker, Speaker | None]
) -> list[Speaker]:
    """The Speakers of several people named together ("Obama and Clinton"), each once; those
    whose name alone is no one's page ("Clinton" in an article naming two) are left out."""
    if resolved is None:
        return []
    together = [speakers[m] for m in resolved.members if speakers.get(m) is not None]
    return list(dict.fromkeys(together))


# What a claim's speaker is made of; an editor's correction (claims.corrections) sets them all.
SPEAKER_FIELDS = ("speaker", "speaker_name")


def keep_editors_speaker(claim: Claim, fields: dict) -> dict:
    """The engine's fields for a claim it found again, less the speaker when an editor chose
    the claim's speaker by hand (Claim.speaker_locked): the editor's speaker stays, whatever
    the engine says now. The rest (text, spans, cue, the speaker as written) is the engine's."""
    if not claim.speaker_locked:
        return fields
    return {name: value for name, value in fields.items() if name not in SPEAKER_FIELDS}


def _take_unmatched(candidates: list[Claim], matched: set[int]) -> Claim | None:
    for claim in candidates:
        if claim.pk not in matched:
            return claim
    return None


# Quote marks that open or close a quotation; apostrophes are left out, prose is full of them.
QUOTE_MARKS = frozenset('"“”„‟«»‹›「」『』')
# Guards for texts that are not articles, set well above what real news has. The engine's
# rules slow down with the square of the number of quotations (1,000 take 3 s, 5,000 over
# 100 s), and spaCy's parser with the square of a run of punctuation with no words in it.
MAX_QUOTE_MARKS = 1500
MIN_WORD_CHARACTER_SHARE = 0.5


def extraction_problem(text: str) -> str | None:
    """Why the text is not given to the engine, or None when it is fit to extract."""
    too_long = too_long_to_extract(text)
    if too_long:
        return too_long
    quote_marks = sum(1 for char in text if char in QUOTE_MARKS)
    if quote_marks > MAX_QUOTE_MARKS:
        return (
            f"The text has {quote_marks:,} quotation marks (at most {MAX_QUOTE_MARKS:,} are "
            "extracted): it does not look like an article."
        )
    visible = [char for char in text if not char.isspace()]
    word_characters = sum(1 for char in visible if char.isalnum())
    if visible and word_characters < MIN_WORD_CHARACTER_SHARE * len(visible):
        return (
            f"Only {word_characters:,} of the text's {len(visible):,} characters are letters "
            "or digits: it does not look like prose (binary data or markup?)."
        )
    return None


@dataclass
class BatchOutcome:
    done: list[int] = field(default_factory=list)
    # Articles another worker left half extracted when it died: to be queued again, each alone.
    requeue: list[int] = field(default_factory=list)


class BatchInterrupted(Exception):
    """Extracting several articles together stopped at `cause`; the articles in `unfinished`
    were not written and are left marked extracting, so that each, queued again, is extracted
    alone and counted as interrupted."""

    def __init__(self, cause: BaseException, unfinished: list[int]):
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.cause = cause
        self.unfinished = unfinished


def extract_ready_articles(
    article_id: int, *, reextract: bool = False, batch_size: int = 1
) -> BatchOutcome:
    """Extract the article and up to batch_size - 1 other articles waiting for extraction,
    parsed together (spaCy parses a batch faster than the same texts one by one), and write
    each article's claims in a transaction of its own. Safe to run twice or concurrently.

    Nothing is done when another worker is extracting the article right now (it may have
    taken it into its own batch), when it is not ready, or when it is done and reextract is
    not set. An article left marked extracting by a worker that died is extracted alone,
    counted as interrupted (see articles.processing.start_step), and the other articles that
    worker left are returned in `requeue`. The article is written last, so that while it is
    unfinished the redelivery of its task is there to notice the ones its batch left behind.

    Raises BatchInterrupted when a batch of several articles fails; a lone article's errors
    are raised as they are.
    """
    from claims import extraction  # spaCy is heavy: loaded only where extraction runs

    outcome = BatchOutcome()
    if not _try_lock_articles([article_id]):
        return outcome
    try:
        article = Article.objects.filter(pk=article_id).first()
        if article is None or not ready_for_extraction(article):
            return outcome
        if article.status == Article.Status.DONE and not reextract:
            return outcome
        problem = extraction_problem(article.text)
        if problem is not None:
            mark_failed(article.pk, problem)
            log.warning("Article %s not extracted: %s", article.pk, problem)
            return outcome
        abandoned = article.status in IN_PROGRESS
        if article.status == Article.Status.FAILED:
            article.error = ""  # a retry; notes from fetching on a working article stay
        if not start_step(article, Article.Status.EXTRACTING):
            return outcome
        batch = [article]
        if abandoned:
            outcome.requeue = _abandoned_articles(exclude=article.pk)
        elif batch_size > 1:
            batch = [*_claim_companions(article, batch_size - 1), article]
        texts = [member.text for member in batch]
        written = 0
        try:
            parsed = extraction.extract_many(texts, model_name=settings.SPACY_MODEL)
            for member, attributions in zip(batch, parsed, strict=False):
                result = write_claims(member, attributions, extraction.EXTRACTOR_VERSION)
                written += 1
                outcome.done.append(member.pk)
                log.info("Article %s: %s", member.pk, result)
        except Exception as exc:
            if len(batch) == 1:
                raise
            raise BatchInterrupted(exc, [member.pk for member in batch[written:]]) from exc
        return outcome
    finally:
        _unlock_articles()


def _claim_companions(article: Article, limit: int) -> list[Article]:
    """Up to limit other articles waiting for extraction, oldest first, within
    TASK_TEXT_CHARS with the article (of fewer than limit waiting, half): locked and marked
    extracting. Articles interrupted before are left to be extracted alone, so that one that
    kills its worker takes no other down with it twice.
    """
    budget = TASK_TEXT_CHARS - len(article.text)
    if budget <= 0:
        return []
    with transaction.atomic():
        candidates = list(
            waiting_for_extraction()
            .select_for_update(skip_locked=True)
            .filter(interruptions=0)
            .exclude(pk=article.pk)
            .order_by("id")[:limit]
        )
        if len(candidates) < limit:
            # The last few waiting: half are left to other workers, which would otherwise
            # sit idle while this one parses them all.
            candidates = candidates[: len(candidates) // 2]
        chosen = []
        for candidate in candidates:
            # One unfit for the engine is failed, with the reason, by its own task.
            if len(candidate.text) > budget or not ready_for_extraction(candidate):
                continue
            if extraction_problem(candidate.text) is not None:
                continue
            chosen.append(candidate)
            budget -= len(candidate.text)
        locked = set(_try_lock_articles([candidate.pk for candidate in chosen]))
        chosen = [candidate for candidate in chosen if candidate.pk in locked]
        start_extracting(chosen)
    return chosen


def abandoned_extractions() -> list[int]:
    """Ids of articles marked extracting that no live worker holds: their worker died, and
    with its database session its extraction locks went. A live worker holds the lock of
    every article it marked extracting, so none of these is being extracted right now."""
    try:
        return _abandoned_articles()
    finally:
        _unlock_articles()


def _abandoned_articles(exclude: int | None = None) -> list[int]:
    """Ids of articles marked extracting that no live worker holds, locked by this session."""
    marked = Article.objects.filter(status=Article.Status.EXTRACTING).exclude(pk=exclude)
    ids = marked.order_by("id").values_list("id", flat=True)[:ABANDONED_SCAN]
    return _try_lock_articles(list(ids))


def _try_lock_articles(ids: list[int]) -> list[int]:
    """Those of ids whose extraction lock this connection took (or already held)."""
    if not ids:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM unnest(%s::bigint[]) AS id "
            "WHERE pg_try_advisory_lock(%s, (id %% %s)::integer)",
            [ids, _EXTRACTING_LOCK_SPACE, _INT4_KEYS],
        )
        return [row[0] for row in cursor.fetchall()]


def _unlock_articles() -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock_all()")
    except DatabaseError:
        # The connection is broken: closing it makes sure the server drops its locks.
        connection.close()


def failure_message(exc: BaseException) -> str:
    return f"Extraction failed: {type(exc).__name__}: {exc}"


def extract_now(article_id: int, *, reextract: bool = False) -> str:
    """Extract the article alone in this process, without a worker and without retries (the
    --sync commands); a failure is recorded on the article. Returns its claim count in words."""
    try:
        extract_ready_articles(article_id, reextract=reextract)
    except Exception as exc:
        log.exception("Extraction failed for article %s", article_id)
        mark_failed(article_id, failure_message(exc))
    return f"{Claim.objects.filter(article_id=article_id).count()} claim(s)"
