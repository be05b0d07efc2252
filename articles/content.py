"""From an HTML page (or a feed entry's HTML) to an article's clean body text and metadata.

The body text is paragraphs separated by single newlines; claims' character offsets refer to
it, so it is produced once, here, and not altered afterwards.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from html import unescape

import ftfy
import lxml.html
import trafilatura
from django.utils.dateparse import parse_datetime
from django.utils.timezone import is_naive, make_aware

# A line that points at another story: dropped with nothing around it.
_POINTER_LINE = re.compile(
    r"^\s*(read more|read also|also read|related|see also|more on this|watch|listen)\s*[:\-–—]",
    re.IGNORECASE,
)
_POINTER_ONLY = re.compile(r"^\s*(read more|related stories|related articles)\s*:?\s*$", re.I)
# A heading over a list of other stories' headlines: dropped with the headlines under it.
_LIST_HEADING = re.compile(
    r"^\s*(you may also like|you might also like|more from|most read|most popular|"
    r"recommended( for you)?|related (stories|articles|coverage)|more stories|trending( now)?|"
    r"more on this story|top stories)\s*:?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
HEADLINE_MAX_CHARS = 150
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Control characters (NUL above all, which PostgreSQL refuses) have no place in stored text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Invisible marks that split a word for the parser though no reader sees them: soft hyphens
# ("Ana \u00adRuiz" left by a page's hyphenation hints), word joiners and byte-order marks.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")
# Elements whose content is not text to read: code, embedded documents (whose content the
# HTML parser keeps as raw markup), fallbacks and drawings.
NOT_TEXT_ELEMENTS = (
    "script", "style", "iframe", "frame", "frameset", "noframes", "object", "embed", "applet",
    "noscript", "noembed", "template", "svg", "math", "canvas", "textarea", "select", "button",
)  # fmt: skip


@dataclass
class PageContent:
    text: str
    title: str = ""
    byline: str = ""
    outlet: str = ""
    published: datetime | None = None
    language: str = ""


def clean_field(value: str) -> str:
    """A metadata string fit to store: no control characters, no surrounding space."""
    return _CONTROL.sub("", value or "").strip()


def _repair_mojibake(text: str) -> str:
    """Text garbled by a wrong decoding, undone ("PeÃ±a" is "Peña"). Composed first: a
    garbled "Ã" saved decomposed (an "A" and a combining tilde) hides the garbling from ftfy,
    and names are matched composed anyway."""
    return ftfy.fix_encoding(unicodedata.normalize("NFC", text))


def normalise_text(text: str) -> str:
    """One paragraph per line, single spaces, no empty lines, no control or invisible
    characters, and mojibake repaired: UTF-8 read as Latin-1 ("PeÃ±a Nieto") is "Peña
    Nieto" again, so that names are read and matched as written (ftfy only undoes such
    mistakes; quotation marks, dashes and accents written right are left alone)."""
    text = _INVISIBLE.sub("", _repair_mojibake(text))
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _looks_like_headline(line: str) -> bool:
    return len(line) <= HEADLINE_MAX_CHARS and not _SENTENCE_END.search(line)


def strip_boilerplate(text: str) -> str:
    """Remove "READ MORE:" pointers and "You may also like" blocks with their headlines."""
    kept: list[str] = []
    in_list = False
    for line in normalise_text(text).split("\n"):
        if in_list:
            if _looks_like_headline(line):
                continue
            in_list = False
        if _LIST_HEADING.match(line):
            in_list = True
            continue
        if _POINTER_ONLY.match(line) or _POINTER_LINE.match(line):
            continue
        kept.append(line)
    return "\n".join(kept)


_TAG = re.compile(r"<[^>]+>")


def html_fragment_text(html: str) -> str:
    """Plain text of a feed entry's HTML content or summary, one block per line."""
    if "<" not in html:
        # Escaped text with no markup ("it&apos;s", "the &lt;blink&gt; tag") is decoded once
        # here; templates escape it once when it is shown.
        return normalise_text(unescape(html))
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return normalise_text(unescape(_TAG.sub(" ", html)))
    for element in list(root.iter(*NOT_TEXT_ELEMENTS)):  # not while removing
        element.drop_tree()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"):
        element.tail = "\n" + (element.tail or "")
        if element.text:
            element.text = "\n" + element.text
    text = normalise_text(root.text_content())
    if not text:
        # libxml2 stops building the tree 255 elements deep, and what lies deeper is lost:
        # the words are still there with the tags taken out.
        text = normalise_text(unescape(_TAG.sub(" ", html)))
    return text


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parse_datetime(value) or parse_datetime(value + "T00:00:00+00:00")
    except ValueError:
        return None
    if parsed is not None and is_naive(parsed):
        parsed = make_aware(parsed)
    return parsed


def extract_page(html: str, url: str = "") -> PageContent | None:
    """The main text of an article page with its metadata; None when there is no article text."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    # trafilatura keeps an iframe's raw content (markup) as text: drop what is not text first.
    for element in list(tree.iter(*NOT_TEXT_ELEMENTS)):
        element.drop_tree()
    document = trafilatura.bare_extraction(
        tree,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    if document is None or not document.text:
        return None
    title = clean_field(document.title)
    text = strip_boilerplate(document.text)
    # trafilatura often repeats the headline as the first line of the body.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest
    if not text.strip():
        return None
    return PageContent(
        text=text,
        title=title,
        byline=clean_field(document.author)[:500],
        outlet=clean_field(document.sitename)[:300],
        published=_parse_date(document.date),
        language=(document.language or "")[:16],
    )
