"""A small bar chart of claims per week, drawn as SVG on the server (no JavaScript)."""

from datetime import date, datetime, time, timedelta

from django.db.models import Count
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.html import format_html, format_html_join

WEEKS = 26
WIDTH, HEIGHT = 520, 120
TOP, BOTTOM = 14, 20  # room for the peak label and the month labels


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_counts(claims, weeks=WEEKS, today=None):
    """[(monday, claims that week)] for the last `weeks` weeks, oldest first, zeros included."""
    today = today or timezone.localdate()
    first = week_start(today) - timedelta(weeks=weeks - 1)
    since = timezone.make_aware(datetime.combine(first, time.min))
    rows = (
        claims.filter(published__gte=since)
        .annotate(week=TruncWeek("published"))
        .values("week")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts = {timezone.localdate(row["week"]): row["n"] for row in rows}
    mondays = [first + timedelta(weeks=i) for i in range(weeks)]
    return [(monday, counts.get(monday, 0)) for monday in mondays]


def weekly_chart(series):
    """An accessible SVG: one bar a week, a title on each bar, month names along the bottom."""
    peak = max((n for _, n in series), default=0)
    slot = WIDTH / len(series)
    plot = HEIGHT - TOP - BOTTOM
    bars, labels = [], []
    previous_month = None
    for i, (monday, n) in enumerate(series):
        h = round(plot * n / peak, 1) if peak else 0
        x = round(i * slot + 1, 1)
        week = monday.strftime("%d %b %Y")
        bars.append((x, round(TOP + plot - h, 1), round(slot - 2, 1), h, week, n))
        if monday.month != previous_month:
            labels.append((x, HEIGHT - 5, monday.strftime("%b")))
            previous_month = monday.month
    total = sum(n for _, n in series)
    return format_html(
        '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="chart-title">'
        '<title id="chart-title">{total} claims in the last {weeks} weeks, at most {peak} a week'
        "</title>"
        '<line class="axis" x1="0" y1="{base}" x2="{w}" y2="{base}"/>'
        "{bars}{labels}"
        '<text class="peak" x="0" y="10">{peak} / week max</text>'
        "</svg>",
        w=WIDTH,
        h=HEIGHT,
        base=TOP + plot,
        total=total,
        weeks=len(series),
        peak=peak,
        bars=format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="{}"><title>Week of {}: {} claims'
            "</title></rect>",
            bars,
        ),
        labels=format_html_join("", '<text x="{}" y="{}">{}</text>', labels),
    )
