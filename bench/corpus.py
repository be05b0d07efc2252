"""A large synthetic corpus for benchmarks: articles, speakers, claims and flags.

The shape follows a real newsroom's archive: about ten claims an article, one speaker per
fifty claims with a long tail (the three most quoted hold about a tenth of all claims each,
the rest follow Zipf's law), dates over three years, and a contradiction flag per hundred
claims. A tenth of quotes are carried again by other articles, 2 to 50 times in all (most
only a few times), as they were, in lower case, shortened or cut around an ellipsis; each
quote's group (claims.spread) is written with it, wordings and fingerprints made by the same
functions as real grouping. Rows go in with COPY, so a million claims take a few minutes on
two cores.

Needs Django set up; `manage.py generate_corpus` is the command over `build_corpus`.
"""

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from django.db import connection, transaction

from articles.models import Article, Feed, Outlet
from claims import spread
from claims.models import Claim, ContradictionFlag, QuoteGroup, Speaker
from claims.quote_words import exact_key, fingerprints, quote_words

WORDS = (
    "government economy election minister president policy war peace talks ceasefire sanctions "
    "budget taxes inflation jobs workers unions health hospitals schools teachers climate energy "
    "oil gas prices border security police court ruling law reform vote parliament congress "
    "senate party leader opposition coalition agreement treaty alliance troops defence army "
    "attack strike negotiations deal trade tariffs exports markets banks interest rates growth "
    "recession housing rents migrants refugees asylum crime justice corruption investigation "
    "report evidence witness allegations scandal resignation campaign rally polls voters "
    "support oppose criticise demand promise warn insist deny confirm reject welcome urge "
    "people country nation region city community families children future history crisis "
    "plan proposal measure decision statement response pressure risk threat chance progress"
).split()
FIRST_NAMES = (
    "Anna Boris Carla David Elena Farid Grace Hiro Ines Jonas Karin Luis Maya Nikolai Olga "
    "Pedro Quinn Rosa Samir Tanya Umar Vera Walter Xenia Yusuf Zofia Amir Beatrix Cyril Dana"
).split()
LAST_NAMES = (
    "Adams Baker Costa Dubois Eriksen Fischer Garcia Horvath Ivanova Jansen Kowalski Larsen "
    "Moreau Novak Okafor Petrov Quiroga Rossi Schmidt Tanaka Ueda Volkov Weber Xu Yilmaz Zhou "
    "Abbott Brennan Castillo Dimitrov Engel Ferreira Gallagher Haddad Ibrahim Jovanovic"
).split()
ROLES = "minister spokesman senator governor mayor ambassador analyst chief executive".split()
CUES = [
    ("said", "say"), ("told", "tell"), ("warned", "warn"), ("insisted", "insist"),
    ("argued", "argue"), ("added", "add"), ("claimed", "claim"), ("denied", "deny"),
]  # fmt: skip
NEWEST = datetime(2026, 11, 1, tzinfo=UTC)
ARTICLES_PER_CHUNK = 5000
ARTICLE_COPY = (
    "COPY articles_article (id, feed_id, url, guid, title, byline, outlet, outlet_ref_id, "
    "published, fetched_at, "
    "text, content_hash, language, status, error, attempts, interruptions, extractor_version, "
    "from_summary_only, origin, created_at, updated_at) FROM STDIN"
)
CLAIM_COPY = (
    "COPY claims_claim (id, article_id, speaker_id, speaker_name, speaker_text, text, kind, cue, "
    "cue_lemma, content_spans, cue_span, source_span, published, intermediary, confidence, "
    "extractor_version, stale, speaker_locked, quote_group_id, created_at, updated_at) FROM STDIN"
)
GROUP_COPY = (
    "COPY claims_quotegroup (id, words, speaker_key, first_claim_id, first_published, "
    "last_published, claim_count, article_count, outlet_count, speakers_differ, created_at) "
    "FROM STDIN"
)
# A quote is carried again with this chance, n times in all with n from 2 to 50 weighted
# 1/n² (5.6 on average); a claim is a repeat with this chance while repeats are waiting,
# which uses them up at about the rate they come.
REPEATED_QUOTES = 0.10
REPEAT_COUNTS = list(range(2, 51))
REPEAT_WEIGHTS = [1 / n**2 for n in REPEAT_COUNTS]
REPEAT_SHARE = 0.32
# A repeat has the same words credited to someone else with this chance (a conflict).
CREDITED_TO_ANOTHER = 0.02
OUTLETS = ["The Daily Ledger", "Metro Herald", "Evening Post", "World Wire", "Capital Times"]


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize()


def build_corpus(n_claims: int, *, seed: int, replace: bool, log: Callable[[str], None]) -> None:
    """Add about n_claims/10 articles, n_claims/50 speakers, n_claims claims and n_claims/100
    flags (n_claims at least 10); with `replace`, all articles, claims and speakers go first."""
    rng = random.Random(seed)
    n_articles = max(1, n_claims // 10)
    n_speakers = max(4, n_claims // 50)
    with transaction.atomic():
        if replace:
            with connection.cursor() as cursor:
                cursor.execute(
                    "TRUNCATE claims_flagevent, claims_contradictionflag, claims_quotegroupedit, "
                    "claims_quotefingerprint, claims_quotewording, claims_quotegroup, "
                    "claims_claim, "
                    "claims_speakeralias, claims_speaker, articles_article, articles_feed, "
                    "articles_outlet "
                    "RESTART IDENTITY CASCADE"
                )
        feeds = Feed.objects.bulk_create(
            Feed(url=f"https://{o.lower().replace(' ', '')}.example.org/rss", title=o)
            for o in OUTLETS
        )
        outlets = Outlet.objects.bulk_create(
            Outlet(name=feed.title, domain=feed.url.split("/")[2]) for feed in feeds
        )
        speaker_ids, speaker_names = _speakers(rng, n_speakers)
        log(f"{n_speakers} speakers")
        claim_ids = _articles_and_claims(
            rng,
            list(zip(feeds, outlets, strict=True)),
            n_articles,
            n_claims,
            speaker_ids,
            speaker_names,
        )
        log(f"{n_articles} articles, {n_claims} claims")
        n_flags = _flags(rng, claim_ids)
        log(f"{n_flags} contradiction flags")
    # Fresh rows have no visibility map yet: until a VACUUM, index-only scans read the heap
    # and the largest speaker's queries take half a second.
    with connection.cursor() as cursor:
        for table in (
            "claims_claim",
            "claims_speaker",
            "articles_article",
            "claims_quotegroup",
            "claims_quotewording",
            "claims_quotefingerprint",
            # Without statistics PostgreSQL reads every flag to find a page's flagged claims.
            "claims_contradictionflag",
            "claims_speakeralias",
            "articles_outlet",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")


def _speakers(rng, count):
    start_id = (Speaker.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    ids = list(range(start_id, start_id + count))
    names = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in ids]
    _copy(
        "COPY claims_speaker (id, name, slug, kind, description, person_key, created_at, "
        "updated_at) FROM STDIN",
        (
            (sid, name, f"{name.lower().replace(' ', '-')}-{sid}",
             "organisation" if sid % 20 == 0 else "person", rng.choice(ROLES).capitalize(), "")
            for sid, name in zip(ids, names, strict=True)
        ),
    )  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('claims_speaker', 'id'), %s)", [ids[-1]]
        )
    return ids, names


def _speaker_weights(count):
    # The three most quoted speakers hold about 10% of claims each; the rest a Zipf tail.
    tail = [1.0 / rank for rank in range(1, count - 2)]
    tail_total = sum(tail)
    return [0.1, 0.1, 0.1] + [0.7 * w / tail_total for w in tail]


def repeated_wording(rng, quote):
    """The quote as another outlet carries it: whole, in lower case, shortened to eight words
    or more, or cut around an ellipsis."""
    words = quote.rstrip(".").split()
    roll = rng.random()
    if roll < 0.15 and len(words) >= 10:
        start = rng.randint(0, len(words) - 8)
        return " ".join(words[start : rng.randint(start + 8, len(words))])
    if roll < 0.25 and len(words) >= 12:
        return " ".join(words[:5]) + " ... " + " ".join(words[-5:])
    if roll < 0.4:
        return quote.lower()
    return quote


class QuoteGroups:
    """The quote groups of the claims being written: a group a quote, its wordings and
    fingerprints written chunk by chunk; groups of repeated quotes counted at the end."""

    def __init__(self, rng):
        self.rng = rng
        last = QuoteGroup.objects.order_by("-id").values_list("id", flat=True).first()
        self.next_id = (last or 0) + 1
        self.waiting = []  # (group id, speaker index, original quote) of repeats to come
        self.repeated = set()
        # What is written of repeated quotes, once: (group id, wording key), (fingerprint,
        # group id), (group id, "group").
        self.seen = set()
        self.groups, self.wordings, self.prints = [], [], []

    def quote_for(self, next_speaker, sentence_of):
        """(speaker index, text, group id) of the next claim: a waiting repeat, or a new quote."""
        if self.waiting and self.rng.random() < REPEAT_SHARE:
            pick = self.rng.randrange(len(self.waiting))
            self.waiting[pick], self.waiting[-1] = self.waiting[-1], self.waiting[pick]
            group_id, speaker, quote = self.waiting.pop()
            if self.rng.random() < CREDITED_TO_ANOTHER:
                return next_speaker(), quote, group_id
            return speaker, repeated_wording(self.rng, quote), group_id
        speaker, quote = next_speaker(), sentence_of()
        group_id, self.next_id = self.next_id, self.next_id + 1
        if self.rng.random() < REPEATED_QUOTES:
            times = self.rng.choices(REPEAT_COUNTS, weights=REPEAT_WEIGHTS)[0]
            self.waiting.extend([(group_id, speaker, quote)] * (times - 1))
            self.repeated.add(group_id)
        return speaker, quote, group_id

    def add(self, group_id, text, speaker_id, claim_id, published):
        """A claim of `text` in group `group_id`: its group (once) and its wording (once a
        group)."""
        wording = quote_words(text, "direct")
        key = exact_key(wording)
        if (group_id, key) in self.seen:
            return
        if group_id in self.repeated:
            self.seen.add((group_id, key))
        self._group_row(group_id, wording, speaker_id, claim_id, published)
        self.wordings.append((group_id, key, wording.text))
        prints = {(fingerprint, group_id) for fingerprint in fingerprints(wording)}
        if group_id in self.repeated:  # another wording may share some, in another chunk
            prints -= self.seen
            self.seen |= prints
        self.prints.extend(prints)

    def _group_row(self, group_id, wording, speaker_id, claim_id, published):
        if group_id in self.repeated:
            if (group_id, "group") in self.seen:
                return
            self.seen.add((group_id, "group"))
            # Counted at the end, by claims.spread.refresh_groups.
            self.groups.append(
                (group_id, wording.text, f"s:{speaker_id}", None, None, None, 0, 0, 0, False)
            )
            return
        self.groups.append(
            (group_id, wording.text, f"s:{speaker_id}", claim_id, published, published)
            + (1, 1, 1, False)
        )

    def flush(self):
        _copy(GROUP_COPY, self.groups, stamps=1)
        _copy("COPY claims_quotewording (group_id, key, words) FROM STDIN", self.wordings, stamps=0)
        _copy("COPY claims_quotefingerprint (key, group_id) FROM STDIN", set(self.prints), stamps=0)
        self.groups, self.wordings, self.prints = [], [], []

    def finish(self):
        """Count the repeated quotes' groups and set their claims' roles."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('claims_quotegroup', 'id'), %s)",
                [self.next_id - 1],
            )
        spread.refresh_groups(self.repeated)
        return len(self.repeated)


def _articles_and_claims(rng, sites, n_articles, n_claims, speaker_ids, speaker_names):
    weights = _speaker_weights(len(speaker_ids))
    picks = iter(rng.choices(range(len(speaker_ids)), weights=weights, k=n_claims))
    article_id = Article.objects.order_by("-id").values_list("id", flat=True).first() or 0
    claim_id = Claim.objects.order_by("-id").values_list("id", flat=True).first() or 0
    per_article = [n_claims // n_articles] * n_articles
    for i in range(n_claims - sum(per_article)):
        per_article[i] += 1
    claim_ids = []
    groups = QuoteGroups(rng)
    for chunk_start in range(0, n_articles, ARTICLES_PER_CHUNK):
        article_rows, claim_rows = [], []
        for count in per_article[chunk_start : chunk_start + ARTICLES_PER_CHUNK]:
            article_id += 1
            feed, outlet = sites[article_id % len(sites)]
            published = NEWEST - timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
            parts, offset = [], 0
            for _ in range(count):
                s, quote, group_id = groups.quote_for(
                    lambda: next(picks), lambda: sentence(rng, 6, 22) + "."
                )
                name = speaker_names[s]
                cue, lemma = rng.choice(CUES)
                lead = sentence(rng, 8, 16) + ". "
                piece = f'{lead}"{quote}" {name} {cue}. '
                start = offset + len(lead) + 1
                source_start = start + len(quote) + 2
                cue_start = source_start + len(name) + 1
                claim_id += 1
                claim_ids.append(claim_id)
                groups.add(group_id, quote, speaker_ids[s], claim_id, published)
                claim_rows.append(
                    (claim_id, article_id, speaker_ids[s], name, name, quote, "direct",
                     cue, lemma, json.dumps([[start, start + len(quote)]]),
                     json.dumps([cue_start, cue_start + len(cue)]),
                     json.dumps([source_start, source_start + len(name)]),
                     published, "", 0.9, "synthetic", False, False, group_id)
                )  # fmt: skip
                parts.append(piece)
                offset += len(piece)
            article_rows.append(
                (article_id, feed.pk, f"https://{feed.url.split('/')[2]}/story/{article_id}",
                 f"guid-{article_id}", sentence(rng, 5, 10), "Staff reporter", feed.title,
                 outlet.pk,
                 published, published, "".join(parts).rstrip(), f"synthetic-{article_id}",
                 "en", "done", "", 1, 0, "synthetic", False, "feed")
            )  # fmt: skip
        _copy(ARTICLE_COPY, article_rows)
        _copy(CLAIM_COPY, claim_rows)
        groups.flush()
    with connection.cursor() as cursor:
        for table, last in (("articles_article", article_id), ("claims_claim", claim_id)):
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), %s)", [last])
    groups.finish()
    return claim_ids


def _copy(sql, rows, stamps=2):
    """COPY rows in, each followed by `stamps` timestamps of now (created_at, updated_at)."""
    now = (datetime.now(UTC),) * stamps
    with connection.cursor() as cursor, cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row((*row, *now))


def _flags(rng, claim_ids):
    pairs = set()
    target = max(1, len(claim_ids) // 100)
    while len(pairs) < target:
        a, b = rng.sample(claim_ids, 2)
        pairs.add((min(a, b), max(a, b)))
    statuses = [s for s, _ in ContradictionFlag.Status.choices]
    _copy(
        "COPY claims_contradictionflag (claim_a_id, claim_b_id, note, status, "
        "created_at, updated_at) FROM STDIN",
        ((a, b, "Synthetic flag", rng.choice(statuses)) for a, b in pairs),
    )
    return len(pairs)
