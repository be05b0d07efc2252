"""A claim's words shown for what they are: a direct quote in one pair of quotation marks,
reported speech without any, a mixed claim with only the marks its own text carries.

The engine keeps a direct quote's text sometimes with its marks ("“The engineering is done.”")
and sometimes without; adding marks to every claim showed the first doubled and made
paraphrase ("the president's approach has emboldened Russia") look verbatim. Exports keep the
text exactly as the article has it: only the display changes.
"""

from django import template
from django.utils.html import format_html
from django.utils.text import Truncator

from claims.models import Claim

register = template.Library()

OPENING_MARKS = '"“„«‹'
CLOSING_MARKS = '"”»›'
SINGLE_MARKS = ("‘", "’"), ("'", "'")  # also apostrophes: stripped only as a pair
REPORTED_CUE = "Reported:"


def bare_words(text):
    """A direct quote's text without the quotation marks at its ends."""
    text = text.strip()
    for opening, closing in SINGLE_MARKS:
        if len(text) > 1 and text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    if text[:1] in OPENING_MARKS:
        text = text[1:]
    if text[-1:] in CLOSING_MARKS:
        text = text[:-1]
    return text.strip()


def shown_words(claim, words=None):
    """The claim's text as shown (marks of a direct quote at its ends stripped), and whether
    it is verbatim; cut to `words` words when given."""
    verbatim = claim.kind == Claim.Kind.DIRECT
    text = bare_words(claim.text) if verbatim else claim.text.strip()
    if words:
        text = Truncator(text).words(words, truncate="…")
    return text, verbatim


@register.filter
def quoted(claim, words=None):
    """The claim as HTML: “a direct quote”, or reported speech marked as such (class
    claim-paraphrase, with a visible "Reported:" that screen readers read too)."""
    text, verbatim = shown_words(claim, words)
    if verbatim:
        return format_html('<span class="claim-quote">“{}”</span>', text)
    return format_html(
        '<span class="claim-paraphrase"><span class="paraphrase-cue">{}</span> {}</span>',
        REPORTED_CUE,
        text,
    )


@register.filter
def quoted_plain(claim, words=None):
    """The claim as plain text, for page titles and feed titles: “a direct quote”, or
    "reported: …" for reported speech."""
    text, verbatim = shown_words(claim, words)
    return f"“{text}”" if verbatim else f"{REPORTED_CUE.lower()} {text}"
