"""One person as the article names them, and the helpers that read a name."""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from dataclasses import dataclass, field, fields, replace

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from .. import lexicon as lx
from ..first_names import first_name_gender, mostly_female, mostly_male
from ..types import ResolvedSpeaker

_HONORIFIC_STEMS = frozenset(h.rstrip(".") for h in lx.HONORIFICS)
_SPEECH_WORDS = frozenset("say says said".split())
# a headline's verb after a plural subject: "rip" of "Lawmakers Rip …", "deny" of "… Deny …"
_PLURAL_HEADLINE_VERBS = frozenset(
    v[:-3] + "y" if v.endswith("ies") else v[:-1] for v in lx.HEADLINE_VERBS if v.endswith("s")
)


@functools.lru_cache(maxsize=65536)
def norm(word: str) -> str:
    # Called for most words of an article, many times over: the same few thousand words.
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def same_surname(a: str, b: str) -> bool:
    """Spelling variants of one surname match: Zelensky / Zelenskyy."""
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85)


def name_tokens(ent: Span) -> list[Token]:
    """The words of a name entity without titles, punctuation and trailing words."""
    if _stance_prefix(ent):
        return []  # "the pro-Rubio group": a stance, not a mention of the man
    kept = []
    for t in ent:
        if t.text == "," and t.i + 1 < ent.end and _generation_word(t.nbor()):
            continue  # "Brent Lee, Jr.": the suffix is part of the name
        if t.text in ("(", ",", "[", "/"):
            break  # "Harry Reid (D-Nev.)", "Smith, 82"
        if t.text in lx.DASHES and t.i > 0 and t.nbor(-1).whitespace_:
            break  # "Ana Ruiz - Lee's co-host - said": not "Ban Ki-moon"'s hyphen
        kept.append(t)
    toks = [t for t in _without_nickname(ent, kept) if _name_word(t)]
    # "Mr. Justice": a title word that is the last word left is the surname
    # "Injecting Clinton's troubles": a verb the model ran into the name
    # "Say Mexico demanded …": a sentence-opening verb the model ran into the name
    # "Team Clinton", "Top Clinton aide": a word of the headline's before the name
    # (not the name before a headline's verb, tagged a verb itself: "Trump Calls On …")
    while len(toks) > 1 and (
        toks[0].lower_.rstrip(".") in _HONORIFIC_STEMS
        or (toks[0].tag_.startswith("VB") and toks[1].lower_ not in lx.HEADLINE_VERBS)
        or toks[0].lower_ in _SPEECH_WORDS
        or toks[0].lower_ in ("team", "top")
    ):
        toks = toks[1:]
    toks = toks[_after_headline_verb(toks) :]
    toks = [t for t in toks if t.tag_ != "POS"]
    # "Cheers, Ms. Vantree The central bank's chief …": a heading run into the next sentence,
    # whose opening article the model took for the surname
    while len(toks) > 1 and toks[-1].tag_ in _FUNCTION_TAGS and toks[-1].is_stop:
        toks = toks[:-1]
    # "Obama Says African-American Museum …": a headline verb the model ran into the name
    while len(toks) > 1 and toks[-1].lower_ in lx.HEADLINE_VERBS:
        toks = toks[:-1]
    # "After Ruiz Heard What …": a verb in the past or present after a surname in a
    # headline (the article's opening line)
    if len(toks) == 2 and toks[-1].tag_ in ("VBD", "VBZ") and ent.sent.start == 0:
        toks = toks[:-1]
    # the small model sometimes runs a name into the next word: "Maria Lopez said", but
    # "Ban Ki-moon" ends in a lower-case part glued on by a hyphen
    while toks and not (toks[-1].text[:1].isupper() or _glued(toks)):
        toks = toks[:-1]
    while toks and not toks[0].text[:1].isupper():
        toks = toks[1:]
    if len(toks) > 2 and any(
        t.tag_ in ("VBD", "VBZ", "VBG") or t.lower_ in lx.HEADLINE_VERBS for t in toks[1:]
    ):
        return []  # a headline fragment: "Judge Just Gave Hillary Some", "Ann Lee Slams Bo Li"
    # a headline's "Ann Lee Hid Past Health Problems": the name ran into words; two words
    # modifying a noun ("Mayor Wants Harbor Scout Leaders Fired") unless a first name opens
    # them ("Ana Ruiz Campaign Says …" keeps Ana Ruiz)
    runs_on = len(toks) > 1 and ent.sent.start == 0 and _runs_on(ent, toks[-1])
    if runs_on and (len(toks) > 2 or not first_name_gender(norm(toks[0].text))):
        return []
    if len(toks) == 2 and headline_epithet(toks[0], toks[1]):
        return toks[1:]
    return toks


def headline_epithet(word: Token, surname: Token) -> bool:
    """ "Derelict Obama and Rivera;" as the headline, "President Obama" in the story: a word
    of the headline's before a surname, no first name, which the story never writes with
    that surname though it writes the surname."""
    sent = word.sent
    if sent.start != 0 or any(t.is_alpha and len(t) > 3 and t.text.islower() for t in sent):
        return False  # a story's first sentence, not its headline in Title Case
    if first_name_gender(word.text) or mostly_male(word.text) or mostly_female(word.text):
        return False
    body = word.doc.text[word.sent.end_char :]
    return (
        re.search(rf"\b{re.escape(surname.text)}\b", body) is not None
        and re.search(rf"\b{re.escape(word.text)}\s+{re.escape(surname.text)}\b", body) is None
    )


def _after_headline_verb(toks: list[Token]) -> int:
    """Where the name starts past a headline's verb after a plural subject or "To", which the
    model ran into the full name after it: "Harbour Workers Slam Ana Ruiz Over Pay", "Nurses
    Slam Ana Ruiz", "Council Votes To Condemn Ana Ruiz's Plan" (0 when there is none)."""
    for k, t in enumerate(toks[:-2]):
        verb = t.lower_ in _PLURAL_HEADLINE_VERBS or t.lower_ in lx.CUE_LEMMAS
        if not verb or not t.is_title:
            continue
        after_subject = k > 0 or (t.i > t.sent.start and t.nbor(-1).is_title)
        if after_subject and first_name_gender(norm(toks[k + 1].text)):
            return k + 1
    return 0


def _stance_prefix(ent: Span) -> bool:
    """The name is glued to "pro-" or "anti-": "a pro-Rubio super PAC", "anti-Trump"."""
    doc = ent.doc
    i = ent.start
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].lower_ in ("pro", "anti")
    )


def _runs_on(ent: Span, last: Token) -> bool:
    """The name's last word modifies a noun past the name: "… Past Health | Problems"."""
    return last.dep_ == "compound" and not ent.start <= last.head.i < ent.end


def _glued(toks: list[Token]) -> bool:
    """The last word hangs on the one before by a hyphen: "Ki" "-" "moon"."""
    return len(toks) > 2 and toks[-2].text == "-" and not toks[-2].whitespace_


# quotation marks around a nickname: 'Daniel “Dusty” Okafor', "C.L. 'Butch' Otter"
_NICKNAME_OPEN = frozenset(['"', "“", "‘", "``", "'"])
_NICKNAME_CLOSE = frozenset(['"', "”", "’", "''", "'"])
# a nickname as the text of a name writes it, for the name without it
QUOTED_NICKNAME = re.compile(r"\s*[\"“‘'][^\"”’'\s]{1,15}[\"”’']\s*")


def _without_nickname(ent: Span, kept: list[Token]) -> list[Token]:
    """The words of a name without a nickname in quotation marks ('Daniel “Dusty” Okafor' ->
    Daniel Okafor); when the model ended the name inside the nickname ('John “Tig' of 'John
    “Tig” Tiegen'), the surname after its closing mark is the name's last word."""
    out: list[Token] = []
    quoted = False
    for t in kept:
        if not quoted and t.text in _NICKNAME_OPEN and out:
            quoted = True
        elif quoted and t.text in _NICKNAME_CLOSE:
            quoted = False
        elif not quoted:
            out.append(t)
    doc = ent.doc
    if quoted and ent.end + 1 < len(doc) and doc[ent.end].text in _NICKNAME_CLOSE:
        after = doc[ent.end + 1]
        if after.is_title and after.tag_ == "NNP" and after.ent_type_ in ("", "PERSON", "ORG"):
            out.append(after)
    return out


def _name_word(t: Token) -> bool:
    """A word of a name: "Smith", "J.", "O’Neill", or the hyphen inside "Holtz-Eakin"."""
    if t.is_alpha or (t.text.endswith(".") and len(t.text) <= 3):
        return True
    if _INITIALS.fullmatch(t.text):
        # initials in one token: "J.M. Varga"; not a place's: "U.S. Rep. Ana Ruiz"
        return t.text not in _PLACE_INITIALS
    glued = t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_
    return (t.text in _JOINERS and glued) or t.text.replace("’", "").replace("'", "").isalpha()


# determiners, conjunctions, pronouns: words no name ends in
_FUNCTION_TAGS = frozenset("DT CC PRP PRP$ WDT WP EX".split())
_JOINERS = frozenset("- ’ '".split())
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. N.Y. L.A.".split())


@functools.lru_cache(maxsize=4096)
def name_words(text: str) -> tuple[str, ...]:
    """A name's words, a hyphen or apostrophe keeping its parts together: "Holtz-Eakin".
    (Kept per process: the resolver asks for the words of the same few names many times.)"""
    return tuple(w for w in text.replace(" - ", "-").split() if w.strip("-’'"))


def _generation_word(t: Token) -> bool:
    return norm(t.text).rstrip(".") in lx.GENERATIONS


def generation(text: str) -> str:
    """The suffix that tells a father from his son ("jr", "iii"), "" for a name without one."""
    words = [norm(w).rstrip(".,") for w in name_words(text)]
    return words[-1] if len(words) > 2 and words[-1] in lx.GENERATIONS else ""


_GENERATION_AFTER = re.compile(r",? (Jr|Sr|II|III|IV)\b\.?")


def generation_after(text: str, end: int) -> str:
    """The suffix written just past a name the model ended early: "Alan Pruitt, Jr."."""
    m = _GENERATION_AFTER.match(text, end)
    return m.group(1).lower() if m else ""


def name_parts(text: str) -> tuple[str, str, frozenset[str]]:
    """(first name, surname, all words but the last), normalised, without the generation
    ("Alan Pruitt III" is a Pruitt). A surname particle opens no first name: "De Blasio" is
    Bill de Blasio's surname, not a "De" Blasio."""
    words = [norm(w).rstrip(",") for w in name_words(text)]
    if generation(text):
        words = words[:-1]
    if not words:
        return "", "", frozenset()
    surname = words[-1]
    given = words[0].rstrip(".") if len(words) > 1 and words[0] not in lx.SURNAME_PARTICLES else ""
    return given, surname, frozenset(words[:-1])


_HYPHENED_SURNAMES = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")


def is_law_name(text: str, name: str) -> bool:
    """Two surnames joined by a hyphen, no first name, that the article also writes before
    "Act": a law's name ("the Harlow-Brandt Act", then "Harlow-Brandt was meant to …"), not
    a person's ("Ana Holtz-Eakin")."""
    if not _HYPHENED_SURNAMES.fullmatch(name):
        return False
    return bool(re.search(rf"\b{re.escape(name)} Act\b", text))


def full_name_weight(name: str) -> int:
    """How many words of the name are not surname particles: "De Blasio" counts one."""
    return sum(1 for w in name_words(name) if norm(w) not in lx.SURNAME_PARTICLES)


@dataclass
class Person:
    """One cluster of names in the article and what the text says about that person."""

    given: str = ""  # normalised first name when known
    surname: str = ""
    generation: str = ""  # "jr", "iii": a father and his son are two people
    gender: str = ""  # "m", "f" or ""
    roles: set[str] = field(default_factory=set)  # role head nouns: "president", "spokesman"
    # where the text first gives each role: a role given only further on is no clue before it
    role_offsets: dict[str, int] = field(default_factory=dict)
    role_words: set[str] = field(default_factory=set)  # all words of learnt descriptions
    descriptions: list[str] = field(default_factory=list)
    nations: set[str] = field(default_factory=set)  # "russ", "ukra": from titles and possessors
    counts: dict[str, int] = field(default_factory=dict)  # name form -> occurrences in the text

    def copied(self) -> Person:
        """A copy whose sets, lists and dicts (of strings and numbers) are its own: what
        copy.deepcopy gives, at a fraction of its cost."""
        own = {
            f.name: copy.copy(getattr(self, f.name))
            for f in fields(self)
            if isinstance(getattr(self, f.name), (set, list, dict))
        }
        return replace(self, **own)

    @property
    def names(self) -> list[str]:
        return list(self.counts)

    @property
    def name_gender(self) -> str:
        """The gender the first name almost always means ("ivana" -> "f"), "" when unclear."""
        return first_name_gender(self.given) if self.given else ""

    @property
    def mostly_male_name(self) -> bool:
        """A first name most bearers of which are men ("George"): no gender, but no "she"."""
        return bool(self.given) and mostly_male(self.given)

    @property
    def mostly_female_name(self) -> bool:
        """A first name most bearers of which are women ("Hillary"): no gender, but no "he"."""
        return bool(self.given) and mostly_female(self.given)

    @property
    def known_gender(self) -> str:
        """The gender the article gives (a title, the person's own pronouns, "the first lady"),
        else the one the first name gives: what a "she" or "Mrs." must not contradict."""
        return self.gender or self.name_gender

    @property
    def inner_words(self) -> set[str]:
        """Words between the first name and the surname in any of the person's names."""
        return {norm(w) for n in self.names for w in name_words(n)[1:-1]}

    @property
    def canonical(self) -> str:
        """The fullest form, preferring a frequent two-to-three-word name over a rare longer
        one ("Hillary Clinton" over a one-off "Crooked Hillary Clinton")."""
        full = [n for n in self.names if full_name_weight(n) > 1] or self.names
        return max(
            full,
            key=lambda n: (
                # "Ildefonso Guajardo Villarreal" over a more frequent "Guajardo Villarreal"
                not self.given or norm(name_words(n)[0]).rstrip(".") == self.given,
                self.counts.get(n, 0) > 1 or len(full) == 1,
                min(full_name_weight(n), 3),
                self.counts.get(n, 0),
                len(n),
            ),
        )

    @property
    def written_surname(self) -> str:
        """The surname as the canonical name writes it: "Clinton" for "Hillary Clinton", what
        "the Clinton campaign" and "Chelsea Clinton" are made from; "Trump" for "Donald Trump
        Jr.", whose suffix is his, not his family's."""
        words = self.canonical.split()
        if len(words) > 2 and norm(words[-1]).rstrip(".") in lx.GENERATIONS:
            words = words[:-1]
        return words[-1].rstrip(",")

    def speaker(self) -> ResolvedSpeaker:
        canon = self.canonical
        aliases = tuple(sorted({n for n in self.names if n != canon}))
        desc = self.descriptions[0] if self.descriptions else ""
        return ResolvedSpeaker(canon, "person", desc, aliases, self.gender)


# "Lisbon (AFP) –", "NEW YORK (Reuters) -": a place, an agency's credit, a dash; one pattern,
# whole before a name, cut anywhere after its "(" when it is all of a source ("Lisbon (AFP",
# "WASHINGTON (")
_PLACE_AND_CREDIT = r"[A-Z][\w .,'-]{1,30}\s*\((?:[A-Z][A-Za-z]{1,12}"
_DATELINE = re.compile(_PLACE_AND_CREDIT + r"\)\s*(?:--|[—―–-])\s*)")
_DATELINE_ONLY = re.compile(_PLACE_AND_CREDIT + r"\)?\s*(?:--|[—―–-])?\s*)?")


def is_dateline(text: str) -> bool:
    """Whether a source is a wire story's dateline and nothing more: "Lisbon (AFP"; not a
    titled name and the state closing it: "Sen. Ana Ruiz (Maine"."""
    first = norm(text.split()[0]) if text.split() else ""
    if first.rstrip(".") in _HONORIFIC_STEMS or first in lx.TITLE_ROLES:
        return False
    return bool(_DATELINE_ONLY.fullmatch(text))


_ENDS_IN_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")


def clean_name(text: str) -> str:
    """A name as written, without the punctuation, possessive and "the" around it, or the
    dateline before it ("NEW YORK (AP) - Ana Ruiz")."""
    text = _DATELINE.sub("", text, count=1) or text
    # "— Ana Ruiz" or "- Ana Ruiz" signing a reader's letter, a signature on a line of its own
    # "Wall Street Journal/" cut from "Wall Street Journal/NBC News poll"
    text = " ".join(text.split())
    # "the U.N." keeps the stop that ends its initials, not "U.N"
    initials = _ENDS_IN_INITIALS.search(text.rstrip(" ,;:"))
    text = text.strip(" ,.;:-—–―/•·*▪") + ("." if initials else "")
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the ") and len(text.split()) > 1:
        text = text[4:]
    return text
