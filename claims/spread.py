"""Putting claims that carry one quote into one QuoteGroup, across articles and outlets.

Grouping runs on the worker, in the transaction that writes an article's claims
(claims.store.write_claims calls group_article), and over a whole database with the
`group_quotes` command. It is idempotent: a claim already in a group that holds its wording
stays; run twice, nothing changes. Every grouping transaction holds one PostgreSQL advisory
lock (lock_quotes), so two workers storing the same quote at once make one group, not two.

A claim joins a group, in this order of preference:
1. one holding its wording exactly (claims.quote_words: after case, marks, punctuation and
   white space are normalised), whoever said it: when the speakers differ the group is marked
   speakers_differ, a conflict editors see on the claim page and the Spreading page;
2. else one of the same speaker (or an unknown one) holding a wording it is a fragment of,
   that is a fragment of it, or that differs from it by a word or so; candidates come from
   the fingerprint index, checked with rapidfuzz;
3. else a new group.

Editors' decisions (split_off, join_groups) pin the claims they move (Claim.quote_pinned):
nothing here moves a pinned claim again.
"""

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Exists, OuterRef

from articles.models import Article
from claims.models import (
    Claim,
    QuoteFingerprint,
    QuoteGroup,
    QuoteGroupEdit,
    QuoteRole,
    QuoteWording,
)
from claims.quote_words import (
    MIN_FRAGMENT_WORDS,
    Wording,
    difference,
    exact_key,
    fingerprints,
    how_matched,
    match_score,
    quote_words,
    shingles,
)

_LOCK_KEY = int.from_bytes(hashlib.sha256(b"claims.spread").digest()[:8], "big", signed=True)
# Groups checked as candidates for one wording, the most fingerprints in common first.
CANDIDATE_GROUPS = 8
# A fingerprint shared by more groups than this is a stock phrase; only this many are read.
GROUPS_PER_FINGERPRINT = 30
QUOTABLE_KINDS = (Claim.Kind.DIRECT, Claim.Kind.MIXED)
CLAIM_FIELDS = (
    *("text", "kind", "speaker", "speaker_name", "published"),
    *("quote_group", "quote_pinned"),
)


def lock_quotes() -> None:
    """Serialise grouping for the rest of the transaction (re-entrant)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])


def speaker_key(claim: Claim) -> str:
    """Who a claim's words are credited to: a Speaker, else the name the source has, else ""
    (nobody known). Must agree with SPEAKER_KEY_SQL."""
    if claim.speaker_id:
        return f"s:{claim.speaker_id}"
    return f"n:{claim.speaker_name.lower()}" if claim.speaker_name else ""


SPEAKER_KEY_SQL = (
    "CASE WHEN c.speaker_id IS NOT NULL THEN 's:' || c.speaker_id "
    "WHEN c.speaker_name <> '' THEN 'n:' || lower(c.speaker_name) ELSE '' END"
)


def same_speaker(one: str, other: str) -> bool:
    """Whether a fragment or edited wording may join: the same speaker, or one unknown."""
    return one == other or not one or not other


def may_share_words(wording: Wording, one: str, other: str) -> bool:
    """Whether identical words credited to `one` and `other` are one quote: yes, unless two
    different Speakers are credited with fewer than MIN_FRAGMENT_WORDS words (a show's title,
    a slogan, "boots on the ground": a phrase anyone quotes, not one quote). A source with no
    Speaker ("a candidate", "her statement") is no other person."""
    if one == other or not (one.startswith("s:") and other.startswith("s:")):
        return True
    return wording.word_count >= MIN_FRAGMENT_WORDS


@dataclass(eq=False)
class GroupState:
    """A group as grouping sees it: stored (group.pk set) or made in this run."""

    group: QuoteGroup
    wordings: dict[int, Wording] = field(default_factory=dict)
    new_keys: set[int] = field(default_factory=set)
    words_changed: bool = False

    def add(self, key: int, wording: Wording) -> None:
        if key in self.wordings:
            return
        self.wordings[key] = wording
        self.new_keys.add(key)
        if wording.word_count > Wording.from_text(self.group.words).word_count:
            self.group.words = wording.text
            self.words_changed = True


class Candidates:
    """Where the groups a batch of wordings may join are found: the wording and fingerprint
    indexes read once for the batch, and the groups this run makes or grows."""

    def __init__(self, wordings: list[Wording]):
        self.by_key: dict[int, list[GroupState]] = defaultdict(list)
        self.by_fingerprint: dict[int, list[GroupState]] = defaultdict(list)
        self.states: list[GroupState] = []
        keys = list({exact_key(wording) for wording in wordings})
        prints = list({h for wording in wordings for h in shingles(wording)})
        found = defaultdict(list)
        for kind, key, group_id in self._index_hits(keys, prints):
            found[group_id].append((kind, key))
        if not found:
            return
        # The candidates' wordings with their groups, in one query.
        stored = (
            QuoteWording.objects.filter(group_id__in=found)
            .select_related("group")
            .only("key", "words", "group__words", "group__speaker_key")
            .order_by("group_id")
        )
        states = {}
        for row in stored:
            state = states.get(row.group_id)
            if state is None:
                state = states[row.group_id] = GroupState(row.group)
            state.wordings[row.key] = Wording.from_text(row.words)
        for group_id, state in states.items():
            self.states.append(state)
            for kind, key in found[group_id]:
                (self.by_key if kind == "key" else self.by_fingerprint)[key].append(state)

    @staticmethod
    def _index_hits(keys: list[int], prints: list[int]) -> list[tuple[str, int, int]]:
        """("key", wording key, group id) for groups holding one of the wordings exactly, and
        ("print", fingerprint, group id) for groups sharing a fingerprint: one statement (it
        runs for every article stored)."""
        if not keys:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 'key', key, group_id FROM claims_quotewording "
                "WHERE key = ANY(%s::bigint[]) UNION ALL "
                "SELECT 'print', p.key, f.group_id FROM unnest(%s::bigint[]) AS p (key) "
                "CROSS JOIN LATERAL (SELECT group_id FROM claims_quotefingerprint "
                "WHERE key = p.key LIMIT %s) f",
                [keys, prints, GROUPS_PER_FINGERPRINT],
            )
            return cursor.fetchall()

    def new_group(self, wording: Wording, speaker: str) -> GroupState:
        state = GroupState(QuoteGroup(words=wording.text, speaker_key=speaker))
        self.states.append(state)
        return state

    def remember(self, state: GroupState, key: int, wording: Wording) -> None:
        """A wording joined the group: later claims of the batch find it there."""
        if key in state.wordings:
            return
        state.add(key, wording)
        self.by_key[key].append(state)
        for fingerprint in fingerprints(wording):
            self.by_fingerprint[fingerprint].append(state)

    def exact(self, key: int, wording: Wording, speaker: str) -> GroupState | None:
        """A group holding exactly this wording: the speaker's own first, else the oldest
        one it may join (see may_share_words)."""
        holders = [state for state in self.by_key.get(key, ()) if key in state.wordings]
        for state in holders:
            if state.group.speaker_key == speaker:
                return state
        for state in holders:
            if may_share_words(wording, state.group.speaker_key, speaker):
                return state
        return None

    def closest(self, wording: Wording, speaker: str) -> GroupState | None:
        """The speaker's group this wording is a fragment, the whole or an edit of, if any."""
        hits = Counter()
        for shingle in set(shingles(wording)):
            hits.update(set(self.by_fingerprint.get(shingle, ())))
        best, best_score = None, 0.0
        for state, _ in hits.most_common(CANDIDATE_GROUPS):
            if not same_speaker(state.group.speaker_key, speaker):
                continue
            for other in state.wordings.values():
                if how_matched(wording, other) is None:
                    continue
                score = match_score(wording, other)
                if score > best_score:
                    best, best_score = state, score
        return best


def group_claims(claims: list[Claim]) -> set[int]:
    """Put these claims (not pinned, not in a group holding their wording) into groups, oldest
    first; claims with no quoted words leave any group. Returns the ids of the groups they
    joined or left. Call within a transaction holding lock_quotes()."""
    claims = sorted(claims, key=lambda claim: (claim.published, claim.pk))
    touched = {claim.quote_group_id for claim in claims if claim.quote_group_id}
    was = {claim.pk: claim.quote_group_id for claim in claims}
    pending = []
    for claim in claims:
        wording = quote_words(claim.text, claim.kind)
        if wording is None:
            claim.quote_group = None
        else:
            pending.append((claim, wording))
    candidates = Candidates([wording for _, wording in pending])
    assigned = []
    for claim, wording in pending:
        key, speaker = exact_key(wording), speaker_key(claim)
        state = candidates.exact(key, wording, speaker) or candidates.closest(wording, speaker)
        if state is None:
            state = candidates.new_group(wording, speaker)
        candidates.remember(state, key, wording)
        assigned.append((claim, state))
    _save(candidates.states)
    for claim, state in assigned:
        claim.quote_group = state.group
        touched.add(state.group.pk)
    _move_claims([claim for claim in claims if claim.quote_group_id != was[claim.pk]])
    return touched


def _move_claims(claims: list[Claim]) -> None:
    """Write these claims' new quote_group in one statement (their roles come with
    refresh_groups); a CASE per row, as bulk_update writes, grows with the square."""
    if not claims:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE claims_claim c SET quote_group_id = v.group_id, quote_role = %s "
            "FROM unnest(%s::bigint[], %s::bigint[]) AS v (id, group_id) WHERE c.id = v.id",
            [
                int(QuoteRole.ALONE),
                [claim.pk for claim in claims],
                [claim.quote_group_id for claim in claims],
            ],
        )


def _save(states: list[GroupState]) -> None:
    """Write new groups, longer wordings, new wordings and their fingerprints."""
    QuoteGroup.objects.bulk_create([state.group for state in states if state.group.pk is None])
    grown = [state.group for state in states if state.words_changed and state.group.pk]
    QuoteGroup.objects.bulk_update(grown, ["words"], batch_size=500)
    new_wordings, new_prints = [], []
    for state in states:
        for key in state.new_keys:
            wording = state.wordings[key]
            new_wordings.append(QuoteWording(group=state.group, key=key, words=wording.text))
            new_prints.extend(
                QuoteFingerprint(key=fingerprint, group=state.group)
                for fingerprint in fingerprints(wording)
            )
        state.new_keys.clear()
        state.words_changed = False
    QuoteWording.objects.bulk_create(new_wordings, ignore_conflicts=True, batch_size=1000)
    QuoteFingerprint.objects.bulk_create(new_prints, ignore_conflicts=True, batch_size=1000)


def needs_grouping(claims: list[Claim]) -> list[Claim]:
    """Those of these claims that grouping must look at: not pinned, and not already in a
    group that holds their words (a claim re-extracted with the same text stays put)."""
    claims = [claim for claim in claims if not claim.quote_pinned]
    group_ids = {claim.quote_group_id for claim in claims if claim.quote_group_id}
    held = set(
        QuoteWording.objects.filter(group_id__in=group_ids).values_list("group_id", "key")
        if group_ids
        else ()
    )
    waiting = []
    for claim in claims:
        wording = quote_words(claim.text, claim.kind)
        if claim.quote_group_id is None and wording is None:
            continue
        if wording is not None and (claim.quote_group_id, exact_key(wording)) in held:
            continue
        waiting.append(claim)
    return waiting


def group_article(
    article_id: int, previous_groups: set[int] = frozenset(), claims: list[Claim] | None = None
) -> set[int]:
    """Group the article's claims and bring the groups they are in, or were in before
    (`previous_groups`: the groups of claims re-extraction just deleted), up to date. Call
    within the transaction that wrote them; `claims`, all the article's claims as just
    written, saves reading them again."""
    lock_quotes()
    if claims is None:
        claims = list(Claim.objects.filter(article_id=article_id).only(*CLAIM_FIELDS))
    waiting = needs_grouping(claims)
    # Only a group a claim left (or was deleted from) can be left empty.
    left = set(previous_groups) | {
        claim.quote_group_id for claim in waiting if claim.quote_group_id
    }
    touched = set(previous_groups) | group_claims(waiting)
    refresh_groups(touched, may_empty=left)
    return touched


def groups_of(claims) -> list[int]:
    """The groups these claims (a queryset) are in."""
    grouped = claims.exclude(quote_group=None).order_by()
    return list(grouped.values_list("quote_group_id", flat=True).distinct())


def credit_changed(group_ids, merged: dict[int, int] | None = None) -> None:
    """After claims changed speaker (an editor's correction, a merge, re-resolution): recount
    their groups (`group_ids`, taken before the change), so that a conflict between two
    speakers ends when they are found to be one, and credit groups of a speaker merged away
    (`merged`: old id to new) to the speaker that took its claims, whose fragments may then
    join them. Call within the transaction that changed them, holding lock_quotes() since
    before the claims were touched (the order write_claims takes its locks in)."""
    lock_quotes()
    for old, new in (merged or {}).items():
        QuoteGroup.objects.filter(speaker_key=f"s:{old}").update(speaker_key=f"s:{new}")
    refresh_groups(group_ids)


def article_leaving(sender, instance, **kwargs) -> None:
    """pre_delete of an Article: note the groups its claims are in, for article_gone. The
    article's row, then the groups' lock, are taken first: the order write_claims takes them."""
    list(Article.objects.select_for_update().filter(pk=instance.pk).values_list("pk"))
    lock_quotes()
    instance._quote_groups = groups_of(Claim.objects.filter(article_id=instance.pk))


def article_gone(sender, instance, **kwargs) -> None:
    """post_delete of an Article: its claims went with it; their groups are recounted, and
    deleted when no claim is left in them."""
    groups = getattr(instance, "_quote_groups", ())
    refresh_groups(groups, may_empty=groups)


def refresh_groups(group_ids, may_empty=None) -> None:
    """Recount these groups (claims, articles, outlets, speakers, first and last report), set
    each of their claims' quote_role, and delete those left empty (of `may_empty` when given:
    the groups claims left)."""
    ids = sorted({pk for pk in group_ids if pk})
    if not ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(_REFRESH_SQL, {"ids": ids})
    maybe_empty = ids if may_empty is None else sorted({pk for pk in may_empty if pk})
    if maybe_empty:
        empty = QuoteGroup.objects.filter(pk__in=maybe_empty).exclude(
            Exists(Claim.objects.filter(quote_group=OuterRef("pk")))
        )
        empty.delete()


# One statement, built from constants of this module only: the groups' counts, first report
# and conflict mark; then their claims' roles.
_REFRESH_SQL = f"""
WITH recount AS (
    UPDATE claims_quotegroup g
    SET claim_count = s.n, article_count = s.articles, outlet_count = s.outlets,
        speakers_differ = s.speakers > 1, last_published = s.last,
        first_claim_id = f.id, first_published = f.published
    FROM (
        SELECT c.quote_group_id AS gid, count(*) AS n, count(DISTINCT c.article_id) AS articles,
            count(DISTINCT coalesce('o' || a.outlet_ref_id, nullif(lower(a.outlet), '')))
                AS outlets,
            count(DISTINCT c.speaker_id) AS speakers,
            max(c.published) AS last
        FROM claims_claim c JOIN articles_article a ON a.id = c.article_id
        WHERE c.quote_group_id = ANY(%(ids)s)
        GROUP BY c.quote_group_id
    ) s
    CROSS JOIN LATERAL (
        SELECT c.id, c.published FROM claims_claim c WHERE c.quote_group_id = s.gid
        ORDER BY c.published, c.id LIMIT 1
    ) f
    WHERE g.id = s.gid
    RETURNING g.id
)
UPDATE claims_claim claim SET quote_role = r.role
FROM (
    SELECT c.id, CASE
        WHEN count(*) OVER (PARTITION BY c.quote_group_id) < 2 THEN {int(QuoteRole.ALONE)}
        WHEN row_number() OVER (
            PARTITION BY c.quote_group_id, {SPEAKER_KEY_SQL} ORDER BY c.published, c.id
        ) = 1 THEN {int(QuoteRole.FIRST)}
        ELSE {int(QuoteRole.REPEAT)} END AS role
    FROM claims_claim c WHERE c.quote_group_id = ANY(%(ids)s)
) r
WHERE claim.id = r.id AND claim.quote_role <> r.role
"""  # noqa: S608


# --- A whole database (the group_quotes command) -------------------------------------------


def ungrouped_claims():
    """Claims that could carry a quote and are in no group yet, by id."""
    return Claim.objects.filter(
        quote_group__isnull=True, quote_pinned=False, kind__in=QUOTABLE_KINDS
    ).order_by("id")


def group_batch(after_id: int, size: int) -> tuple[int, int]:
    """Group the next `size` ungrouped claims after `after_id`, in a transaction of its own.
    Returns (the last id looked at, or 0 when none was left; how many were looked at)."""
    with transaction.atomic():
        lock_quotes()
        claims = list(ungrouped_claims().filter(pk__gt=after_id).only(*CLAIM_FIELDS)[:size])
        if not claims:
            return 0, 0
        refresh_groups(group_claims(claims))
    return claims[-1].pk, len(claims)


def recount_all(size: int = 5000) -> int:
    """refresh_groups over every group, `size` a transaction: after speakers were merged or
    corrected, which changes who a group's words are credited to. Returns the groups seen."""
    seen, after = 0, 0
    while True:
        with transaction.atomic():
            lock_quotes()
            ids = list(
                QuoteGroup.objects.filter(pk__gt=after)
                .order_by("pk")
                .values_list("pk", flat=True)[:size]
            )
            if not ids:
                return seen
            refresh_groups(ids)
        seen, after = seen + len(ids), ids[-1]


def forget_automatic_groups() -> int:
    """Take every claim an editor did not place out of its group, drop the groups left empty,
    and rebuild the wordings of the rest from their pinned claims: the start of a regrouping.
    Returns how many claims were taken out."""
    with transaction.atomic():
        lock_quotes()
        freed = Claim.objects.filter(quote_group__isnull=False, quote_pinned=False).update(
            quote_group=None, quote_role=QuoteRole.ALONE
        )
        QuoteGroup.objects.exclude(
            Exists(Claim.objects.filter(quote_group=OuterRef("pk")))
        ).delete()
        kept = list(QuoteGroup.objects.values_list("pk", flat=True))
        for group_id in kept:
            rebuild_wordings(group_id)
        refresh_groups(kept)
    return freed


# --- Editors -------------------------------------------------------------------------------


def rebuild_wordings(group_id: int) -> None:
    """Make a group's wordings and fingerprints those of the claims it holds now."""
    QuoteWording.objects.filter(group_id=group_id).delete()
    QuoteFingerprint.objects.filter(group_id=group_id).delete()
    state = GroupState(QuoteGroup.objects.get(pk=group_id))
    state.group.words = ""
    for text, kind in Claim.objects.filter(quote_group=group_id).values_list("text", "kind"):
        wording = quote_words(text, kind)
        if wording is not None:
            state.add(exact_key(wording), wording)
    state.words_changed = bool(state.group.words)
    _save([state])


class QuoteEditError(ValueError):
    """An editor's split or join that cannot be made (the message says why)."""


def split_off(claim_ids, editor) -> QuoteGroup:
    """Move these claims of one group into a new group of their own, for good: both groups'
    claims are pinned (Claim.quote_pinned), so grouping again never undoes it."""
    with transaction.atomic():
        lock_quotes()
        claims = list(Claim.objects.select_for_update().filter(pk__in=claim_ids).order_by("pk"))
        groups = {claim.quote_group_id for claim in claims}
        if not claims or None in groups or len(groups) != 1:
            raise QuoteEditError("Choose claims of one group to split off.")
        (old_id,) = groups
        if len(claims) == Claim.objects.filter(quote_group=old_id).count():
            raise QuoteEditError("Leave at least one claim in the group.")
        first = min(claims, key=lambda claim: (claim.published, claim.pk))
        new = QuoteGroup.objects.create(words="", speaker_key=speaker_key(first))
        Claim.objects.filter(pk__in=[claim.pk for claim in claims]).update(
            quote_group=new, quote_pinned=True
        )
        Claim.objects.filter(quote_group=old_id).update(quote_pinned=True)
        for group_id in (old_id, new.pk):
            rebuild_wordings(group_id)
        refresh_groups([old_id, new.pk])
        QuoteGroupEdit.objects.create(
            action=QuoteGroupEdit.Action.SPLIT,
            group=new,
            claim_ids=sorted(claim.pk for claim in claims),
            edited_by=editor,
        )
    new.refresh_from_db()
    return new


def join_groups(group_id: int, other_id: int, editor) -> QuoteGroup:
    """Move every claim of group `other_id` into group `group_id`, for good (pinned)."""
    if group_id == other_id:
        raise QuoteEditError("These claims are already one group.")
    with transaction.atomic():
        lock_quotes()
        found = QuoteGroup.objects.select_for_update().filter(pk__in=[group_id, other_id])
        if len(found) != 2:
            raise QuoteEditError("That group no longer exists: look again.")
        moved = list(Claim.objects.filter(quote_group=other_id).values_list("pk", flat=True))
        Claim.objects.filter(quote_group__in=[group_id, other_id]).update(
            quote_group=group_id, quote_pinned=True
        )
        rebuild_wordings(group_id)
        refresh_groups([group_id, other_id])
        QuoteGroupEdit.objects.create(
            action=QuoteGroupEdit.Action.JOIN,
            group_id=group_id,
            claim_ids=sorted(moved),
            edited_by=editor,
        )
    return QuoteGroup.objects.get(pk=group_id)


# --- What the pages show ---------------------------------------------------------------------


@dataclass
class Report:
    """One report of a quote, as the claim page lists it."""

    claim: Claim
    difference: str  # how its wording differs from the fullest (quote_words.difference)
    first: bool  # the quote's first report


def reports(group: QuoteGroup, claims: list[Claim]) -> list[Report]:
    """The claims of a group (oldest first) with how each one's wording differs."""
    whole = Wording.from_text(group.words)
    return [
        Report(
            claim=claim,
            difference=difference(quote_words(claim.text, claim.kind), whole),
            first=claim.pk == group.first_claim_id,
        )
        for claim in claims
    ]


def credited_to(claims: list[Claim]) -> list[str]:
    """The different people these reports credit the words to, in order of first report."""
    names = {}
    for claim in claims:
        name = claim.speaker_name or claim.speaker_text
        if name:
            names.setdefault(speaker_key(claim) or name, name)
    return list(names.values())
