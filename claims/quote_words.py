"""The words of a quotation, in the form quotations are compared across articles (no Django).

Two outlets carrying one quote rarely print it byte for byte: curly or straight marks, "--"
for a dash, another capital after an ellipsis, "[the president]" put in for "he", a sentence
cut short. `quote_words` turns a claim's text into the quoted words alone, as pieces:

- a direct quote is its whole text; a mixed claim, only what stands between its quotation
  marks ('He called the deal "a disaster for workers"' -> "a disaster for workers"); reported
  speech is a paraphrase and is never compared;
- case, quotation marks, apostrophes, dashes and other punctuation, and runs of white space
  are dropped;
- an ellipsis or a bracketed insertion cuts the quote into pieces: "We will [not] win ... in
  the end" is the pieces "we will", "win" and "in the end", each of which must be found in the
  other wording for the two to be one quote.

`same_quote` then says whether two wordings are one quote: identical; one a fragment of the
other (every piece of the shorter inside a piece of the longer); or, for long wordings only,
one word changed here and there (rapidfuzz ratios close to 100).

Candidates are found by hashes: `exact_key` for identical wordings, and `fingerprints`, a
winnowed sample of five-word shingles that any common run of MIN_FRAGMENT_WORDS words is
sure to share (Schleimer, Wilkerson and Aiken, "Winnowing", 2003).
"""

import difflib
import hashlib
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

# Fewer words than this and a quote is not grouped at all: "thank you", "no comment" and
# "fake news" are said by everyone.
MIN_QUOTE_WORDS = 4
# A fragment (or a wording with an edit) joins another only with this many words: a
# shortened quote of six words could be a stock phrase inside anyone's sentence.
MIN_FRAGMENT_WORDS = 8
# Wordings with a word changed join only when this long, and this close (rapidfuzz, 0-100):
# one word in twelve.
MIN_EDITED_WORDS = 12
EDITED_RATIO = 92.0
SHINGLE_WORDS = 5
# Winnowing window: one fingerprint kept in every WINDOW consecutive shingles, so any common
# run of SHINGLE_WORDS + WINDOW - 1 = MIN_FRAGMENT_WORDS words shares one.
WINDOW = MIN_FRAGMENT_WORDS - SHINGLE_WORDS + 1
# Pieces are joined with this when a wording is stored as one string (an ellipsis: the
# normalised words never hold one).
PIECE_SEPARATOR = " … "

_MARKS = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»‹›「」『』″", '"'),
        **dict.fromkeys("‘’‚‛`´′", "'"),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)
# What cuts a quote into pieces: an ellipsis written any way, a bracketed insertion.
_GAP = re.compile(r"\.\s*\.\s*\.|…|\[[^\]]*\]")
_QUOTED = re.compile(r'"([^"]+)"')
# An apostrophe inside a word goes (don't -> dont: "don’t" and "dont" are typed both ways).
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Wording:
    """A quotation's words, normalised, as pieces (more than one around an ellipsis or a
    bracketed insertion)."""

    pieces: tuple[str, ...]

    @property
    def text(self) -> str:
        return PIECE_SEPARATOR.join(self.pieces)

    @property
    def word_count(self) -> int:
        return sum(len(piece.split()) for piece in self.pieces)

    @classmethod
    def from_text(cls, text: str) -> "Wording":
        """A stored wording (`text`) back as pieces."""
        return cls(tuple(piece for piece in text.split(PIECE_SEPARATOR) if piece))


def _normalise_piece(piece: str) -> str:
    piece = _APOSTROPHE.sub("", piece.casefold())
    return " ".join(_NOT_WORD.sub(" ", piece).split())


def wording_of(text: str) -> Wording:
    """The words of a quotation (its text without marks) as a Wording."""
    text = text.translate(_MARKS)
    pieces = (_normalise_piece(piece) for piece in _GAP.split(text))
    return Wording(tuple(piece for piece in pieces if piece))


def quoted_parts(text: str) -> str:
    """The words a mixed claim puts between quotation marks, pieces separated by an ellipsis
    ("" when it has none)."""
    return " … ".join(_QUOTED.findall(text.translate(_MARKS)))


def quote_words(text: str, kind: str) -> Wording | None:
    """The quoted words of a claim of this kind ("direct", "mixed", "indirect"), or None when
    it has none worth comparing (reported speech, or fewer than MIN_QUOTE_WORDS words)."""
    if kind == "mixed":
        text = quoted_parts(text)
    elif kind != "direct":
        return None
    wording = wording_of(text)
    return wording if wording.word_count >= MIN_QUOTE_WORDS else None


def hash64(text: str) -> int:
    """A signed 64-bit hash of text (a PostgreSQL bigint)."""
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def exact_key(wording: Wording) -> int:
    return hash64(wording.text)


def shingles(wording: Wording) -> list[int]:
    """The hashes of every run of SHINGLE_WORDS words within a piece, in order."""
    hashes = []
    for piece in wording.pieces:
        words = piece.split()
        for start in range(len(words) - SHINGLE_WORDS + 1):
            hashes.append(hash64(" ".join(words[start : start + SHINGLE_WORDS])))
    return hashes


def fingerprints(wording: Wording) -> set[int]:
    """The shingles kept to find this wording by: the smallest hash of every WINDOW
    consecutive shingles (all of them for a short wording), and the first and last shingle
    of each piece, so that a quote cut to "its opening … its close" finds its whole even when
    each piece is shorter than MIN_FRAGMENT_WORDS."""
    hashes = shingles(wording)
    if len(hashes) <= WINDOW:
        return set(hashes)
    kept = {min(hashes[start : start + WINDOW]) for start in range(len(hashes) - WINDOW + 1)}
    for piece in wording.pieces:
        words = piece.split()
        if len(words) >= SHINGLE_WORDS:
            kept.add(hash64(" ".join(words[:SHINGLE_WORDS])))
            kept.add(hash64(" ".join(words[-SHINGLE_WORDS:])))
    return kept


def _inside(piece: str, pieces: tuple[str, ...], edits: bool) -> bool:
    """Whether the words of `piece` stand, whole words, inside one of `pieces`; with `edits`,
    a long piece also when nearly so (a word changed)."""
    padded = f" {piece} "
    if any(padded in f" {other} " for other in pieces):
        return True
    if not edits or len(piece.split()) < MIN_EDITED_WORDS:
        return False
    return any(fuzz.partial_ratio(piece, other) >= EDITED_RATIO for other in pieces)


def is_fragment(part: Wording, whole: Wording, edits: bool = False) -> bool:
    """Whether every piece of `part` is found in `whole` (with `edits`, long pieces also with
    a word changed), and `part` is long enough to count."""
    if part.word_count < MIN_FRAGMENT_WORDS or part.word_count > whole.word_count:
        return False
    return all(_inside(piece, whole.pieces, edits) for piece in part.pieces)


def is_edited(one: Wording, other: Wording) -> bool:
    """Whether two long wordings differ by a word or so."""
    if min(one.word_count, other.word_count) < MIN_EDITED_WORDS:
        return False
    return fuzz.ratio(" ".join(one.pieces), " ".join(other.pieces)) >= EDITED_RATIO


def how_matched(one: Wording, other: Wording) -> str | None:
    """How two wordings are one quote: "same", "fragment" (one inside the other, as pieces),
    "edited" (a word or so changed, in the whole or in a fragment); None when they are not."""
    if one.pieces == other.pieces:
        return "same"
    if is_fragment(one, other) or is_fragment(other, one):
        return "fragment"
    if is_edited(one, other):
        return "edited"
    if is_fragment(one, other, edits=True) or is_fragment(other, one, edits=True):
        return "edited"
    return None


def match_score(one: Wording, other: Wording) -> float:
    """How alike two wordings that are one quote are, to choose between candidate groups."""
    return fuzz.ratio(one.text, other.text)


def difference(wording: Wording | None, whole: Wording) -> str:
    """How a report's wording differs from the fullest wording of its quote, in a few words
    for the list of reports: "same words", "shortened", "cut (… or [ ])", "“misled” →
    “misinformed”"."""
    if wording is None:
        return "no quoted words"
    if wording.pieces == whole.pieces:
        return "same words"
    if is_fragment(wording, whole):
        return "cut (… or [ ])" if len(wording.pieces) > 1 else "shortened"
    before, after = " ".join(whole.pieces).split(), " ".join(wording.pieces).split()
    changes = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        was, now = " ".join(before[a_start:a_end]), " ".join(after[b_start:b_end])
        if tag == "replace":
            changes.append(f"“{was}” → “{now}”")
        elif tag == "insert":
            changes.append(f"adds “{now}”")
        elif a_end - a_start <= 3:
            changes.append(f"without “{was}”")
    shown = changes[:3] or ["shortened"]
    return "; ".join(shown) + ("; …" if len(changes) > 3 else "")
