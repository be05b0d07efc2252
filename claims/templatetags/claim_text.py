"""Article text with claims marked up, built from character offsets.

Every piece of article text goes through escape() and every tag through format_html(), so
nothing from an article is ever trusted as HTML.
"""

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from django import template
from django.utils.html import escape, format_html, format_html_join

from claims.templatetags.claim_quotes import quoted

register = template.Library()

NOTE_WORDS = 8  # words of a claim repeated in the list of who said what

PASSAGE_RADIUS = 400  # characters of context either side of a quote, at most


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css_class: str


def valid_spans(spans, length):
    """The [start, end] pairs that really point into a text of this length."""
    result = []
    for span in spans or []:
        if (
            isinstance(span, list | tuple)
            and len(span) == 2
            and all(isinstance(n, int) for n in span)
            and 0 <= span[0] < span[1] <= length
        ):
            result.append((span[0], span[1]))
    return sorted(result)


def render_marked(text, start, end, marks, inserts=None):
    """text[start:end] escaped, with each mark's range wrapped in <mark class=...>.

    `inserts` maps an offset to markup placed there, outside any mark.
    """
    inserts = {at: markup for at, markup in (inserts or {}).items() if start <= at <= end}
    marks = [m for m in marks if m.start < end and m.end > start]
    cuts = {start, end, *inserts}
    for m in marks:
        cuts.update((max(m.start, start), min(m.end, end)))
    parts = []
    for a, b in pairwise(sorted(cuts)):
        parts.extend(inserts.get(a, ()))
        classes = " ".join(dict.fromkeys(m.css_class for m in marks if m.start <= a and b <= m.end))
        if classes:
            parts.append(format_html('<mark class="{}">{}</mark>', classes, text[a:b]))
        else:
            parts.append(escape(text[a:b]))
    parts.extend(inserts.get(end, ()) if end > start else ())
    return format_html_join("", "{}", ((part,) for part in parts))


def passage_bounds(text, start, end, radius=PASSAGE_RADIUS):
    """The paragraph(s) around [start, end], cut at a word boundary if longer than radius."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    lo = max(para_start, start - radius)
    hi = min(para_end, end + radius)
    if lo > para_start:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < para_end:
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    return lo, hi, lo > para_start, hi < para_end


@register.simple_tag
def claim_passage(claim, article_text):
    """The quote in its context: the quoted words marked, the speaker and cue underlined."""
    spans = valid_spans(claim.content_spans, len(article_text))
    if not spans:
        return ""
    lo, hi, cut_before, cut_after = passage_bounds(article_text, spans[0][0], spans[-1][1])
    marks = [Mark(s, e, "quote") for s, e in spans]
    for extra, css_class in ((claim.source_span, "source"), (claim.cue_span, "cue")):
        marks.extend(Mark(s, e, css_class) for s, e in valid_spans([extra], len(article_text)))
    return format_html(
        "{}{}{}",
        "… " if cut_before else "",
        render_marked(article_text, lo, hi, marks),
        " …" if cut_after else "",
    )


@register.simple_tag
def claims_in_text_order(article):
    """The article's claims in the order a reader meets them in its text."""
    claims = list(article.claims.select_related("speaker").defer("search_vector").order_by("id"))
    end = [(len(article.text), len(article.text))]
    claims.sort(key=lambda claim: (valid_spans(claim.content_spans, len(article.text)) or end)[0])
    return claims


def paragraph_bounds(text):
    """(start, end) of each non-empty line of the text: the article's paragraphs."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, start + len(line)
        start += len(line) + 1


def claim_notes(notes):
    """After a paragraph: who said each claim it marks, numbered like the marks."""
    if not notes:
        return ""
    items = format_html_join(
        "\n",
        '<li value="{}"><a href="{}">{}</a> <span class="muted">{}</span></li>',
        (
            (
                number,
                claim.get_absolute_url(),
                claim.speaker_name or claim.speaker_text or "Unknown speaker",
                quoted(claim, NOTE_WORDS),
            )
            for number, claim in notes
        ),
    )
    return format_html('\n<ol class="claim-notes" aria-label="Who is quoted here">{}</ol>', items)


@register.simple_tag
def article_with_claims(article, claims):
    """The whole article text, paragraph by paragraph, each claim's words marked and numbered.

    The speaker of each goes in a numbered list after the paragraph, not into the sentence:
    the text reads as written ("described VLADIMIR PUTIN the conversation" was how a screen
    reader read a label set inside it). The number after a claim is a shortcut to its page
    for the mouse; keyboards and screen readers get the same link in the list.
    """
    text = article.text
    numbered = []
    for claim in claims:
        spans = valid_spans(claim.content_spans, len(text))
        if spans:
            numbered.append((len(numbered) + 1, claim, spans))
    marks = [Mark(s, e, "quote") for _, _, spans in numbered for s, e in spans]
    inserts = defaultdict(list)
    ends = {}  # where each claim's words end, a newline they take in left out
    for number, claim, spans in numbered:  # a claim's number before the next one's anchor
        start, end = spans[0][0], spans[-1][1]
        while end > start and text[end - 1].isspace():
            end -= 1
        ends[claim.pk] = end
        inserts[end].append(
            format_html(
                '<a class="claim-ref" href="{}" aria-hidden="true" tabindex="-1">{}</a>',
                claim.get_absolute_url(),
                number,
            )
        )
    for _, claim, spans in numbered:
        inserts[spans[0][0]].append(
            format_html('<span class="claim-anchor" id="claim-{}"></span>', claim.pk)
        )
    paragraphs = []
    for start, end in paragraph_bounds(text):
        notes = [(n, claim) for n, claim, _ in numbered if start < ends[claim.pk] <= end]
        paragraphs.append(
            format_html(
                "<p>{}</p>{}",
                render_marked(text, start, end, marks, inserts),
                claim_notes(notes),
            )
        )
    return format_html_join("\n", "{}", ((p,) for p in paragraphs))
