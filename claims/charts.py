"""A small bar chart of claims per week, drawn as SVG on the server (no JavaScript)."""

from datetime import date, datetime, time, timedelta

from django.db import connection
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
    mondays = [first + timedelta(weeks=i) for i in range(weeks)]
    bounds = [timezone.make_aware(datetime.combine(monday, time.min)) for monday in mondays]
    bounds.append(timezone.make_aware(datetime.combine(mondays[-1] + timedelta(weeks=1), time.min)))
    # One count per week, each a range of the (speaker, published) index counted without
    # reading the rows: grouping the rows by week instead costs three times as much for a
    # speaker quoted thousands of times in the period.
    sql, params = claims.order_by().values("published").query.sql_with_params()
    counts = (
        f"SELECT (SELECT count(*) FROM ({sql}) AS claim"  # noqa: S608 (Django's SQL, values apart)
        " WHERE claim.published >= week.start AND claim.published < week.stop)"
        " FROM unnest(%s::timestamptz[], %s::timestamptz[]) WITH ORDINALITY"
        " AS week(start, stop, number) ORDER BY week.number"
    )
    with connection.cursor() as cursor:
        cursor.execute(counts, [*params, bounds[:-1], bounds[1:]])
        return [(monday, n) for monday, (n,) in zip(mondays, cursor.fetchall(), strict=True)]


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
