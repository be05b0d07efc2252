"""Lists of claims and speakers, built in Python: the claim list, a speaker's page and a claim's
page show 25-30 rows each, the contradictions queue twenty claims and the speakers list fifty
speakers; an {% include %} or a {% for %} of template lookups per row costs more than the rest
of the page together.

Every value from a claim, speaker or article goes through format_html(), which escapes it.
"""

import functools

from django import template
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from claims.models import Claim, ContradictionFlag, QuoteRole
from claims.templatetags.claim_quotes import quoted

register = template.Library()

KIND_LABELS = dict(Claim.Kind.choices)
# Fixed markup, no claim data in it: safe as it is.
FLAG_TAG = mark_safe(  # noqa: S308
    '\n    <span class="tag tag-flag" title="Part of a contradiction flag">Contradiction</span>'
)
ROW = """<li class="claim-row">
  <blockquote class="quote"><a href="{}">{}</a></blockquote>
  <div class="claim-meta">{}{}
    <span class="tag tag-{}">{}</span>{}{}
  </div>
  <div class="claim-source">
    {}<time datetime="{}">{}</time>
    · <a href="{}">{}</a>
  </div>
</li>"""

SPEAKER_ROW = """<tr>
  <td><a class="speaker" href="{}">{}</a>{}</td>
  <td class="num">{}</td>
  <td>{}</td>
</tr>"""

FLAG_LINE = """<li>
  <span class="status status-{}">{}</span>
  <a href="{}">{} vs. {}</a>
</li>"""

FLAG_SIDE = """<div class="side">
  <blockquote class="quote"><a href="{}">{}</a></blockquote>
  <p class="claim-meta">{}{}</p>
  <p class="claim-source">{}<time datetime="{}">{}</time> · <a href="{}">{}</a>{}</p>
</div>"""


@functools.cache
def url_parts(viewname, sample, script_prefix):
    """What comes before and after `sample` in `viewname`'s URL (one reverse() per view)."""
    before, _, after = reverse(viewname, args=[sample]).rpartition(sample)
    return before, after


def url_maker(viewname, sample):
    """A function giving `viewname`'s URL for any argument, from a single reverse().

    The argument is the last part of these URLs, so everything around the sample is fixed.
    The arguments are ids and slugs, which need no quoting.
    """
    before, after = url_parts(viewname, str(sample), get_script_prefix())
    return lambda value: f"{before}{value}{after}"


def day_month_year(value):
    """Like the `date:"j M Y"` filter, in the current time zone."""
    return f"{value.day} {MONTHS_3[value.month].title()} {value.year}"


def speaker_ref_html(claim, speaker_url):
    if claim.speaker_id:
        return format_html(
            '<a class="speaker" href="{}">{}</a>',
            speaker_url(claim.speaker.slug),
            claim.speaker.name,
        )
    return format_html(
        '<span class="speaker unknown">{}</span>', claim.speaker_text or "Unknown speaker"
    )


@register.simple_tag
def speaker_ref(claim):
    """Who said it: a link to the speaker's page, else the name as the article wrote it."""
    return speaker_ref_html(claim, url_maker("claims:speaker", "slug"))


@register.simple_tag
def claim_rows(claims, flagged=(), hide_speaker=False):
    """<li> rows for claims fetched with their speaker and article (Claim.objects.for_list()).

    `flagged` holds the ids of claims in a flag editors have not dismissed.
    """
    claim_url = url_maker("claims:detail", 0)
    speaker_url = url_maker("claims:speaker", "slug")
    article_url = url_maker("articles:detail", 0)
    rows = []
    for claim in claims:
        article = claim.article
        published = timezone.localtime(claim.published)
        rows.append(
            (
                claim_url(claim.pk),
                quoted(claim),
                ""
                if hide_speaker
                else format_html("\n    {}", speaker_ref_html(claim, speaker_url)),
                format_html('\n    <span class="cue-word">{}</span>', claim.cue)
                if claim.cue
                else "",
                claim.kind,
                KIND_LABELS.get(claim.kind, claim.kind),
                FLAG_TAG if claim.pk in flagged else "",
                spread_tag(claim, claim_url),
                format_html('<span class="outlet">{}</span> · ', article.outlet)
                if article.outlet
                else "",
                published.isoformat(),
                day_month_year(published),
                article_url(article.pk),
                article.title or "Untitled article",
            )
        )
    return format_html_join("\n", ROW, rows)


def reported_label(group):
    """ "Reported 12× · 5 outlets" for a quote in several articles."""
    outlets = group.outlet_count
    where = f" · {outlets} outlet{'' if outlets == 1 else 's'}" if outlets else ""
    return f"Reported {group.claim_count}×{where}"


def spread_tag(claim, claim_url):
    """A link to the reports of the claim's quote, when it was reported more than once."""
    if claim.quote_role == QuoteRole.ALONE or claim.quote_group is None:
        return ""
    group = claim.quote_group
    if group.claim_count < 2:
        return ""
    return format_html(
        '\n    <a class="tag tag-spread" href="{}#spread">{}</a>',
        claim_url(claim.pk),
        reported_label(group),
    )


@register.simple_tag
def speaker_rows(speakers):
    """<tr> rows of the speakers list: name (and description), claims, last quoted."""
    speaker_url = url_maker("claims:speaker", "slug")
    rows = []
    for speaker in speakers:
        if speaker.last_quoted:
            last = timezone.localtime(speaker.last_quoted)
            last_quoted = format_html(
                '<time datetime="{}">{}</time>', last.isoformat(), day_month_year(last)
            )
        else:
            last_quoted = mark_safe('<span class="muted">never</span>')  # noqa: S308
        rows.append(
            (
                speaker_url(speaker.slug),
                speaker.name,
                format_html('<span class="muted small block">{}</span>', speaker.description)
                if speaker.description
                else "",
                speaker.claim_count,
                last_quoted,
            )
        )
    return format_html_join("\n", SPEAKER_ROW, rows)


@register.simple_tag
def flag_lines(flags, words=10):
    """<li> lines of a short list of flags: status, and the first `words` words of each
    claim (flags fetched with ContradictionFlag.objects.with_claim_texts())."""
    flag_url = url_maker("claims:contradiction", 0)
    status_labels = dict(ContradictionFlag.Status.choices)
    return format_html_join(
        "\n",
        FLAG_LINE,
        (
            (
                flag.status,
                status_labels.get(flag.status, flag.status),
                flag_url(flag.pk),
                quoted(flag.claim_a, words),
                quoted(flag.claim_b, words),
            )
            for flag in flags
        ),
    )


@register.simple_tag
def flag_side(claim):
    """One side of a flag card: the claim, who said it and where (fields of for_list())."""
    article = claim.article
    published = timezone.localtime(claim.published)
    return format_html(
        FLAG_SIDE,
        url_maker("claims:detail", 0)(claim.pk),
        quoted(claim),
        speaker_ref(claim),
        format_html(' <span class="cue-word">{}</span>', claim.cue) if claim.cue else "",
        format_html('<span class="outlet">{}</span> · ', article.outlet) if article.outlet else "",
        published.isoformat(),
        day_month_year(published),
        url_maker("articles:detail", 0)(article.pk),
        article.title or "Untitled article",
        format_html(
            ' · <a class="external" href="{}" rel="noopener noreferrer">original ↗</a>',
            article.url,
        )
        if article.url
        else "",
    )


REPORT_ROW = """<tr{}>{}
  <td><time datetime="{}">{}</time></td>
  <td>{}</td>
  <td>{}</td>
  <td>{}{}</td>
</tr>"""
SPLIT_BOX = (
    '\n  <td><input type="checkbox" name="claims" value="{}" id="split-{}" '
    'aria-label="Split off claim {}"></td>'
)
FIRST_TAG = mark_safe(' <span class="tag">First</span>')  # noqa: S308 (fixed markup)


@register.simple_tag
def report_rows(reports, current, editable=False):
    """<tr> rows of a quote's reports (claims.spread.Report) on the claim page of `current`;
    with a checkbox each to split them off when `editable`."""
    claim_url = url_maker("claims:detail", 0)
    rows = []
    for report in reports:
        claim = report.claim
        published = timezone.localtime(claim.published)
        outlet = claim.article.outlet or "—"
        is_current = claim.pk == current.pk
        rows.append(
            (
                mark_safe(' aria-current="true"') if is_current else "",  # noqa: S308
                format_html(SPLIT_BOX, claim.pk, claim.pk, claim.pk) if editable else "",
                published.isoformat(),
                day_month_year(published),
                format_html("{} (this claim)", outlet)
                if is_current
                else format_html('<a href="{}">{}</a>', claim_url(claim.pk), outlet),
                claim.speaker_name or claim.speaker_text or "—",
                report.difference,
                FIRST_TAG if report.first else "",
            )
        )
    return format_html_join("\n", REPORT_ROW, rows)


SPREAD_ROW = """<li>
  <blockquote class="quote"><a href="{}#spread">{}</a></blockquote>
  <p class="claim-meta">{}{}</p>
  <p class="claim-source">{}{} in all, {} · first by {} on <time datetime="{}">{}</time></p>
</li>"""
CONFLICT_TAG = mark_safe(  # noqa: S308 (fixed markup)
    ' <span class="tag tag-flag">Credited to different people</span>'
)


def _plural(count, word):
    return f"{count} {word}{'' if count == 1 else 's'}"


@register.simple_tag
def spread_rows(groups):
    """<li> rows of the Spreading page: each group's first report, who said it, how often it
    was reported (in the period, when the group has `in_period` = (reports, articles))."""
    claim_url = url_maker("claims:detail", 0)
    speaker_url = url_maker("claims:speaker", "slug")
    rows = []
    for group in groups:
        first = group.first_claim
        published = timezone.localtime(group.first_published)
        in_period = ""
        if group.in_period:
            reports, articles = group.in_period
            in_period = format_html(
                "<strong>{}</strong> in {} in this period · ",
                _plural(reports, "report"),
                _plural(articles, "article"),
            )
        rows.append(
            (
                claim_url(first.pk),
                quoted(first, 40),
                speaker_ref_html(first, speaker_url),
                CONFLICT_TAG if group.speakers_differ else "",
                in_period,
                group.claim_count,
                _plural(group.outlet_count, "outlet"),
                first.article.outlet or "an unnamed outlet",
                published.isoformat(),
                day_month_year(published),
            )
        )
    return format_html_join("\n", SPREAD_ROW, rows)
