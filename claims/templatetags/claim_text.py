"""Article text with claims marked up, built from character offsets.

Every piece of article text goes through escape() and every tag through format_html(), so
nothing from an article is ever trusted as HTML.
"""

from dataclasses import dataclass
from itertools import pairwise

from django import template
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

PASSAGE_RADIUS = 400  # characters of context either side of a quote, at most
# Between paragraphs of a whole article: a fixed tag (no article text), so safe to mark safe.
PARAGRAPH_GAP = mark_safe('<span class="paragraph-gap"></span>')  # noqa: S308


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css_class: str
    label: str = ""  # markup shown just before the mark starts (already escaped)


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


def text_markup(piece, paragraph_break):
    """The piece escaped; newlines become paragraph_break when one is given."""
    if not paragraph_break:
        return escape(piece)
    return format_html_join(paragraph_break, "{}", ((line,) for line in piece.split("\n")))


def render_marked(text, start, end, marks, paragraph_break=None):
    """text[start:end] escaped, with each mark's range wrapped in <mark class=...>."""
    marks = [m for m in marks if m.start < end and m.end > start]
    cuts = {start, end}
    for m in marks:
        cuts.update((max(m.start, start), min(m.end, end)))
    parts = []
    for a, b in pairwise(sorted(cuts)):
        parts.extend(m.label for m in marks if m.label and max(m.start, start) == a)
        classes = " ".join(dict.fromkeys(m.css_class for m in marks if m.start <= a and b <= m.end))
        piece = text_markup(text[a:b], paragraph_break)
        if classes:
            parts.append(format_html('<mark class="{}">{}</mark>', classes, piece))
        else:
            parts.append(piece)
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


@register.simple_tag
def article_with_claims(article, claims):
    """The whole article text, each claim marked and labelled with its speaker."""
    text = article.text
    marks = []
    for claim in claims:
        spans = valid_spans(claim.content_spans, len(text))
        if not spans:
            continue
        who = claim.speaker_name or claim.speaker_text or "Unknown speaker"
        label = format_html(
            '<a class="claim-label" href="{}" id="claim-{}">{}</a>',
            claim.get_absolute_url(),
            claim.pk,
            who,
        )
        marks.append(Mark(spans[0][0], spans[0][1], "quote", label))
        marks.extend(Mark(s, e, "quote") for s, e in spans[1:])
    return render_marked(text, 0, len(text), marks, paragraph_break=PARAGRAPH_GAP)
