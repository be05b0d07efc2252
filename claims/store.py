"""Writing an article's claims from the attribution engine's output.

One transaction per article: claims, speakers and aliases all land or none do. Re-running
keeps what editors made: a claim that is found again (same spans, else same text) keeps its
id, so contradiction flags on it survive; a flagged claim that is no longer found is kept and
marked stale; only unflagged claims that are no longer found are deleted.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from articles.models import Article
from claims.extraction.types import Attribution, ResolvedSpeaker
from claims.models import Claim, ContradictionFlag, Speaker
from claims.speakers import lock_speakers, resolve_speaker

log = logging.getLogger(__name__)


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
        "speaker_name": (speaker.name if speaker else (resolved.name if resolved else ""))[:300],
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
        # One writer per article at a time; then one speaker matcher at a time.
        article = Article.objects.select_for_update().get(pk=article.pk)
        lock_speakers()
        existing = list(article.claims.order_by("id"))
        flagged = set(
            ContradictionFlag.objects.filter(
                Q(claim_a__article=article) | Q(claim_b__article=article)
            ).values_list("claim_a_id", "claim_b_id")
        )
        flagged_ids = {claim_id for pair in flagged for claim_id in pair}
        by_spans: dict[str, list[Claim]] = defaultdict(list)
        by_text: dict[str, list[Claim]] = defaultdict(list)
        for claim in existing:
            by_spans[repr(claim.content_spans)].append(claim)
            by_text[claim.text].append(claim)
        matched: set[int] = set()
        speakers: dict[ResolvedSpeaker, Speaker | None] = {}
        new_claims: list[Claim] = []

        for attribution in attributions:
            resolved = attribution.speaker
            if resolved is not None and resolved not in speakers:
                speakers[resolved] = resolve_speaker(resolved)
            fields = _claim_fields(article, attribution, speakers.get(resolved), version)
            claim = _take_unmatched(by_spans[repr(fields["content_spans"])], matched)
            if claim is None:
                claim = _take_unmatched(by_text[fields["text"]], matched)
            if claim is None:
                new_claims.append(Claim(article=article, **fields))
                continue
            matched.add(claim.pk)
            for name, value in fields.items():
                setattr(claim, name, value)
            claim.save()
            result.kept += 1

        # One INSERT for all new claims: per-row inserts were most of the cost of storing.
        result.created = len(Claim.objects.bulk_create(new_claims))
        gone = [claim for claim in existing if claim.pk not in matched]
        stale_ids = [claim.pk for claim in gone if claim.pk in flagged_ids]
        result.stale = Claim.objects.filter(pk__in=stale_ids).update(stale=True)
        result.deleted, _ = Claim.objects.filter(
            pk__in=[c.pk for c in gone if c.pk not in flagged_ids]
        ).delete()
        article.status = Article.Status.DONE
        article.interruptions = 0
        article.extractor_version = version
        article.save()
    return result


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
    limit = settings.EXTRACT_MAX_CHARS
    if len(text) > limit:
        return (
            f"The text is too long to extract ({len(text):,} characters; the limit is "
            f"{limit:,}, EXTRACT_MAX_CHARS)."
        )
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


def extract_article_claims(article: Article) -> StoreResult | None:
    """Run the attribution engine on the article's text and store what it finds.

    None when the article was marked failed instead: its text is unfit for the engine, or
    earlier extractions of it kept being interrupted.
    """
    from articles.processing import start_step
    from claims import extraction  # spaCy is heavy: loaded only where extraction runs

    problem = extraction_problem(article.text)
    if problem is not None:
        mark_failed(article.pk, problem)
        log.warning("Article %s not extracted: %s", article.pk, problem)
        return None
    if article.status == Article.Status.FAILED:
        article.error = ""  # a retry; notes from fetching on a working article stay
    if not start_step(article, Article.Status.EXTRACTING):
        return None
    attributions = extraction.extract(article.text, model_name=settings.SPACY_MODEL)
    result = write_claims(article, attributions, extraction.EXTRACTOR_VERSION)
    log.info("Article %s: %s", article.pk, result)
    return result


def failure_message(exc: BaseException) -> str:
    return f"Extraction failed: {type(exc).__name__}: {exc}"


def mark_failed(article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(status=Article.Status.FAILED, error=error)
