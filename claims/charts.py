"""A small bar chart of claims per week, drawn as SVG on the server (no JavaScript)."""

from datetime import date, datetime, time, timedelta

from django.db.models import Count
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.html import format_html, format_html_join

WEEKS = 26
WIDTH, HEIGHT = 520, 120
LEFT, TOP, BOTTOM = 28, 8, 22  # room for the scale, and for the month names


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_counts(claims, weeks=WEEKS, until=None):
    """[(monday, claims that week)] for `weeks` weeks up to `until`'s, oldest first, zeros kept."""
    until = until or timezone.localdate()
    first = week_start(until) - timedelta(weeks=weeks - 1)
    since = timezone.make_aware(datetime.combine(first, time.min))
    before = timezone.make_aware(datetime.combine(week_start(until) + timedelta(weeks=1), time.min))
    rows = (
        claims.filter(published__gte=since, published__lt=before)
        .annotate(week=TruncWeek("published"))
        .values("week")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts = {timezone.localdate(row["week"]): row["n"] for row in rows}
    mondays = [first + timedelta(weeks=i) for i in range(weeks)]
    return [(monday, counts.get(monday, 0)) for monday in mondays]


def weekly_chart(series):
    """An accessible SVG: one bar a week with its count as a tooltip, month names below."""
    peak = max((n for _, n in series), default=0)
    slot = (WIDTH - LEFT) / len(series)
    plot = HEIGHT - TOP - BOTTOM
    base = TOP + plot
    bars, months = [], []
    previous_month = None
    for i, (monday, n) in enumerate(series):
        h = round(plot * n / peak, 1) if peak else 0
        x = round(LEFT + i * slot + 1, 1)
        week = monday.strftime("%d %b %Y")
        bars.append((x, round(base - h, 1), round(slot - 2, 1), h, week, n, "" if n == 1 else "s"))
        # A month's name goes under its first week, unless that would crowd the previous name.
        if monday.month != previous_month and (not months or x - months[-1][0] > 3 * slot):
            months.append((x, HEIGHT - 5, monday.strftime("%b")))
        previous_month = monday.month
    total = sum(n for _, n in series)
    return format_html(
        '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="chart-title">'
        '<title id="chart-title">{total} claims in {weeks} weeks, at most {peak} in a week</title>'
        '<line class="grid" x1="{left}" y1="{top}" x2="{w}" y2="{top}"/>'
        '<text class="scale" x="{scale_x}" y="{top_text}" text-anchor="end">{peak}</text>'
        '<text class="scale" x="{scale_x}" y="{base}" text-anchor="end">0</text>'
        '<line class="axis" x1="{left}" y1="{base}" x2="{w}" y2="{base}"/>'
        "{bars}{months}"
        "</svg>",
        w=WIDTH,
        h=HEIGHT,
        left=LEFT,
        top=TOP,
        top_text=TOP + 4,
        scale_x=LEFT - 5,
        base=base,
        total=total,
        weeks=len(series),
        peak=peak,
        bars=format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="{}">'
            "<title>Week of {}: {} claim{}</title></rect>",
            bars,
        ),
        months=format_html_join("", '<text x="{}" y="{}">{}</text>', months),
    )
