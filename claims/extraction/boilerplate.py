"""Lines that are not reporting: link lists to other stories, and headline-like lines.

"READ MORE:" lines, "You may also like" and the short headline-like lines under it (until a
normal paragraph resumes), and lines without terminal punctuation that look like headlines
yield no attribution; the story's own headline, its first line, is read like a sentence.
"""

from __future__ import annotations

import re

from .types import Span

_LIST_HEADER = re.compile(
    r"^\s*(?:read more|read also|also read|more from|more on this|related(?: articles| stories"
    r"| content| coverage)?|recommended(?: for you| reading| stories)?|you (?:may|might) "
    r"(?:also )?(?:like|enjoy|be interested in)|most (?:read|popular|viewed)|trending(?: now)?"
    r"|top stories|latest(?: news| stories)?|more stories|see also|watch(?: more)?|advertisement"
    r"|sign up|subscribe|follow us|share this(?: article)?|click here|don't miss|editor's picks)"
    r"\b\s*[:.!»>-]*",
    re.IGNORECASE,
)
# the publication's note on its own article: "This piece was updated to add the mayor's
# reply", "Correction: a previous version gave the wrong date for the vote"; what it
# restates is the writer's, not a report (an "UPDATE:" line that carries news is not one)
_UPDATE_NOTE = re.compile(
    r"^\W*(?:this (?:story|article|post|piece|report) (?:has been|was|is being) updated\b"
    r"|(?:correction|clarification)s?:\s*an? (?:earlier|previous) version\b)",
    re.IGNORECASE,
)
_SENTENCE_INSIDE = re.compile(r"\w[.!?][\"”’]?\s+[\"“]?[A-Z]\w*\s+\w+")
_SIGNATURE = re.compile(r"[\"”»][.,]?\s*(?:―|—|–|--)\s*[A-Z]")
_TERMINAL = tuple(".!?…\"”’'»)")
# an embedded post's words and byline on one line: "… — Ana Ruiz (@anaruiz) March 3, 2016"
_POST_BYLINE = re.compile(r"(?:—|―|–|--|-)\s*[A-Z][^\n(]{0,60}\(@\w{1,30}\)")


# a digest item's closing citation of its source: "… had “Syrian roots.” [Reuters.]"
_CLOSING_CITATION = re.compile(r"\s*\[[^\[\]\n]{1,60}\]\s*$")


# A subheading in capitals that a page ran into its paragraph ("THE BORROWING Back when he
# wrote his book, Mr. McKinley said …"): the parser would take the capitals for the
# subject, so engine.parse_text sets them on a line of their own, and they report nothing.
# Its later words may hold digits ("AT LEAST 10 KILLED IN …"), and a quotation may open
# the paragraph ("TAX CUT ENDS “The governor signed …").
CAPS_HEADING = re.compile(
    r"^([A-Z][A-Z’'&-]+(?: [A-Z0-9][A-Z0-9’'&$.-]*)+) (?=[“\"]?[A-Z][a-z])", re.MULTILINE
)


def _lines(text: str):
    start = 0
    for m in re.finditer(r"\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def looks_like_headline(line: str) -> bool:
    """Short line without terminal punctuation, as headlines and link titles are."""
    stripped = _CLOSING_CITATION.sub("", line).strip()
    if not stripped:
        return False
    if stripped.endswith(_TERMINAL) or stripped.endswith(":"):
        return False
    if _SENTENCE_INSIDE.search(stripped) or _SIGNATURE.search(stripped):
        return False  # several sentences, or '"…." ― Name': prose, not a headline
    byline = _POST_BYLINE.search(stripped)
    if byline is not None and byline.start() > 10:
        return False  # a post's words before its byline: words someone wrote
    return len(stripped.split()) <= 30


def looks_like_paragraph(line: str) -> bool:
    stripped = _CLOSING_CITATION.sub("", line).strip()
    if stripped.endswith(_TERMINAL) and _CLOSING_CITATION.search(line):
        return True  # a digest item: a sentence, then its source's citation
    return stripped.endswith(_TERMINAL) and (
        len(stripped.split()) >= 25 or len(re.findall(r"[.!?][\"”’]?\s+[A-Z“\"]", stripped)) >= 1
    )


def headline_end(text: str) -> int:
    """Where the story's headline ends: its first line when that line looks like one, else 0."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end if looks_like_headline(text[start:end]) else 0


def boilerplate_spans(text: str) -> list[Span]:
    """Character ranges that must yield no attribution."""
    out: list[Span] = []
    in_list = False
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        if _UPDATE_NOTE.match(line):
            out.append((start, end))
            continue
        m = _LIST_HEADER.match(line)
        if m:
            out.append((start, end))
            # A bare header ("You may also like") opens a list of headlines below it;
            # "READ MORE: Some headline" carries its one link on the same line.
            in_list = not line[m.end() :].strip()
            continue
        if in_list:
            if looks_like_paragraph(line):
                in_list = False
            else:
                out.append((start, end))
                continue
        heading = CAPS_HEADING.match(line)
        if heading is not None:
            out.append((start, start + heading.end(1)))
        if looks_like_headline(line) and text[:start].strip():
            # (the story's own headline, its first line, reports like any sentence:
            # "Varga: the levy is dead", "Mayor calls toll plan 'a disaster'")
            out.append((start, end))
    return out


def inside(spans: list[Span], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)
