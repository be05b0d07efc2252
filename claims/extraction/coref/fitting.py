"""Whether a person the article names fits a mention's words: gender, nationality, role and
party, as the people index and its look-ups test them."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon as lx
from .person import Person

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# role nouns for whoever leads a country: "the Russian leader" is "President Putin"
LEADER_WORDS = frozenset("leader president premier chancellor ruler head strongman".split())


def noun_gender(noun: str) -> str:
    """ "f" for "lady", "spokeswoman"; "m" for "businessman"; else ""."""
    return "f" if noun in lx.FEMALE_NOUNS else "m" if noun in lx.MALE_NOUNS else ""


def party_of(words: set[str]) -> str:
    """ "r" or "d" when the words name one party ("GOP", "Democratic"), else ""."""
    parties = {lx.PARTY_WORDS[w] for w in words if w in lx.PARTY_WORDS}
    return parties.pop() if len(parties) == 1 else ""


def fits(p: Person, gender: str, nationality: str, role: str, party: str = "") -> bool:
    """Nothing known about p contradicts the gender, nationality, role or party asked for."""
    # "Ivana Smith" is no "he" even when the article never says so
    if gender and p.known_gender and p.known_gender != gender:
        return False
    if gender == "f" and not p.known_gender and p.mostly_male_name:
        return False  # "George Ruiz … she said": a "she" never lands on a man
    if gender == "m" and not p.known_gender and p.mostly_female_name:
        return False  # nor a "he" on "Hillary Ruiz", whom the article never calls "she"
    if party and party_of(p.role_words) not in ("", party):
        return False
    if nationality and p.nations and nationality[:4] not in p.nations:
        return False
    # "the minister" is not the person the article calls its chief executive; "the real
    # estate tycoon" may be the one it calls a candidate, business being the trade candidates
    # come from
    return not (
        role
        and p.roles
        and role not in p.roles
        and not (p.roles & LEADER_WORDS and role in LEADER_WORDS)
        and not (role in BUSINESS_ROLES and p.roles <= CANDIDATE_ROLES)
    )


BUSINESS_ROLES = frozenset("billionaire businessman businesswoman tycoon mogul magnate".split())
# "runner": "front-runner" as the tokenizer splits it ("front - runner")
CANDIDATE_ROLES = frozenset(
    "candidate nominee hopeful frontrunner front-runner runner challenger contender".split()
)


def role_score(
    p: Person, role: str, words: set[str], possessor_names: set[str], nationality: str
) -> int:
    score = 0
    if "former" in p.role_words and "former" not in words and role in p.roles:
        return 0  # "former Gov. Joe Bosch" is not "the governor"
    if role in p.roles:
        score += 2 + len(words & p.role_words)
        if possessor_names & p.role_words:
            score += 3  # "Putin's spokesman" for "Dmitri Peskov, Putin's spokesman"
    if (
        nationality
        and nationality[:4] in p.nations
        and role in LEADER_WORDS
        and (p.roles & LEADER_WORDS)
    ):
        score += 3  # "the Brazilian leader" for "Brazilian President Luiz Moreira"
    return score


def in_own_participle(named: Token, pronoun: Token) -> bool:
    """ "Campaigning against Mitt Romney, he barely mentioned it": a name inside a clause
    with no subject of its own that hangs on the pronoun's verb is that clause's object; the
    clause's subject is the pronoun, so the pronoun is someone else."""
    if pronoun.dep_ not in SUBJECT_DEPS or named.i >= pronoun.i:
        return False
    verb = pronoun.head
    # the nearest verb above the name is the clause itself: not "Assuming that Ruiz wins,
    # she …", where the name is another clause's subject
    clause = next((a for a in named.ancestors if a.tag_.startswith("VB")), None)
    return (
        clause is not None
        and clause.head == verb
        and clause.dep_ == "advcl"
        and clause.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


def inside_other(spans: list[tuple[int, int]], pos: int, here: int) -> bool:
    """pos lies inside one of the spans and here does not lie inside that same span."""
    return any(s <= pos < e and not s <= here < e for s, e in spans)
