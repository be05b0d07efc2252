"""One quote across outlets in a real browser: an editor finds a quote on the Spreading page,
reads who reported it, and splits a wrong report off; the pages fit a phone."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from articles.models import Outlet
from claims import spread
from claims.models import Claim
from tests.factories import make_article, make_claim, make_speaker, make_user
from tests.web.test_browser_pages import (
    CHROMIUM,
    LAPTOP,
    PHONE,
    chromium,
    log_in,
    roles,  # noqa: F401 (the autouse fixture that makes the groups again)
    screenshot,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (apt-get install chromium)",
    ),
    pytest.mark.django_db(transaction=True),
]

QUOTE = "Our ferries will run every hour this summer, whatever the price of diesel does next"


def seed_spread_quote():
    """One quote in three outlets (one shortened) and a report by someone else of another
    quote that the grouping put apart: returns the claims, oldest first."""
    minister = make_speaker("Marta Lind", slug="marta-lind", description="Transport minister")
    claims = []
    for n, (outlet, text) in enumerate(
        [
            ("Harbour Gazette", QUOTE),
            ("Coast Radio", "will run every hour this summer, whatever the price of diesel"),
            ("Island News", QUOTE.replace("every hour", "each hour")),
        ]
    ):
        article = make_article(
            text=f"“{text},” Marta Lind said.",
            title=f"Ferries ({outlet})",
            outlet=outlet,
            outlet_ref=Outlet.objects.for_name(outlet),
            published=datetime(2025, 5, 10, 9, tzinfo=UTC) + timedelta(days=n),
        )
        claims.append(make_claim(text=text, speaker=minister, article=article))
        spread.group_article(article.pk)
    return claims


def test_an_editor_follows_a_spreading_quote_and_splits_a_report_off(live_server):
    make_user("Editor", username="edna")
    first, shortened, edited = seed_spread_quote()
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        log_in(page, live_server, "edna")
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Spreading").click()
        expect(page.get_by_role("heading", name="Spreading")).to_be_visible()
        page.get_by_label("Up to").fill("2025-05-31")
        page.get_by_role("button", name="Show").click()
        expect(page.locator(".spread-list li")).to_have_count(1)
        expect(page.locator(".spread-list")).to_contain_text("3 reports")
        page.get_by_role("link", name=re.compile("Our ferries will run")).click()

        section = page.locator("#spread")
        expect(section).to_contain_text("Reported by 3 articles from 3 outlets; first by")
        expect(section).to_contain_text("Harbour Gazette")
        expect(section).to_contain_text("shortened")
        screenshot(page, "claim-spread", "laptop")
        page.get_by_label(f"Split off claim {edited.pk}").check()
        page.get_by_role("button", name="Split the checked reports off").click()
        expect(page.locator(".message")).to_contain_text("split off")
        expect(page.locator("#spread")).to_contain_text("Reported by 2 articles")
    edited.refresh_from_db()
    first.refresh_from_db()
    assert edited.quote_group_id != first.quote_group_id
    assert Claim.objects.filter(quote_group=first.quote_group_id).count() == 2


def test_the_spread_pages_fit_a_phone(live_server):
    make_user("Editor", username="edna")
    first, *_ = seed_spread_quote()
    pages = {
        "spreading": "/spreading/?until=2025-05-31",
        "claim-reports": first.get_absolute_url(),
        "claims-one-row-per-quote": "/claims/?repeats=on&sort=repeated",
    }
    with chromium() as browser:
        page = browser.new_page(viewport=PHONE)
        log_in(page, live_server, "edna")
        for name, path in pages.items():
            response = page.goto(f"{live_server.url}{path}")
            assert response.status == 200, path
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways on a phone"
            screenshot(page, name, "phone")
