"""Real Chromium against a live server with real data: the editor's and journalist's day.

Each test seeds the database first and only then starts Playwright: its sync API runs an
event loop in this thread, and Django refuses database queries from a thread with a loop.
Screenshots of the main pages are saved under var/screenshots/ at laptop and phone widths.
"""

import re
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect, sync_playwright

from claims.models import Claim, ContradictionFlag
from claims.roles import sync_groups
from tests.factories import (
    DEFAULT_PASSWORD,
    DEMO_TEXT,
    make_alias,
    make_article,
    make_claim,
    make_flag,
    make_speaker,
    make_user,
)
from tests.workers import ROOT

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    # `make test` installs Debian's chromium where it can (root with apt); CI always does.
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (apt-get install chromium)",
    ),
    # The live server needs committed data.
    pytest.mark.django_db(transaction=True),
]

SCREENSHOTS = ROOT / "var" / "screenshots"
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def roles(transactional_db):
    # An earlier transactional test's flush empties the groups the migrations made (it makes
    # content types and permissions again, under new ids): make the groups again.
    sync_groups(Group, Permission)


@contextmanager
def chromium():
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


def quote_in_demo(text, speaker, **fields):
    return make_claim(text=text, speaker=speaker, article=fields.pop("article"), **fields)


def seed_newsroom():
    """The demo article with its claims, plus earlier Putin claims from other outlets."""
    putin = make_speaker("Vladimir Putin", slug="vladimir-putin", description="President of Russia")
    make_alias(putin, "Putin")
    zelensky = make_speaker("Volodymyr Zelensky", description="President of Ukraine")
    make_alias(zelensky, "Zelenskyy")
    peskov = make_speaker("Dmitri Peskov", description="Kremlin spokesman")
    call = make_article(
        text=DEMO_TEXT,
        title="Trump–Putin call ends with no sign of progress toward peace",
        outlet="The Daily Record",
        url="https://daily.example.com/world/trump-putin-call",
        byline="By Anna Reporter",
        published=datetime(2025, 5, 20, 18, 30, tzinfo=UTC),
    )
    ceasefire = quote_in_demo(
        "a ceasefire… is possible if appropriate agreements are reached",
        putin,
        article=call,
        kind=Claim.Kind.MIXED,
        cue="told",
        intermediary="Kremlin’s news agencies",
    )
    quote_in_demo(
        "We just need to identify the most effective ways of moving toward peace",
        putin,
        article=call,
    )
    quote_in_demo(
        "There was a chair at the table for Russia. They chose to leave it empty",
        zelensky,
        article=call,
    )
    quote_in_demo(
        "rather painstaking and, perhaps, prolonged work", peskov, article=call, kind="indirect"
    )
    quote_in_demo("peace without justice is just surrender", zelensky, article=call, cue="warned")
    earlier = []
    for n, (outlet, text) in enumerate(
        [
            ("Wire Service", "There will be no ceasefire while Ukraine rearms."),
            ("Evening Post", "Russia has never refused talks with anyone."),
            ("Global Times", "The special operation will continue until its goals are met."),
        ]
    ):
        article = make_article(
            text=f'"{text}" Putin told reporters in Moscow.',
            title=f"Putin speaks to reporters ({n + 1})",
            outlet=outlet,
            published=datetime(2025, 4, 2 + 9 * n, 10, tzinfo=UTC),
        )
        earlier.append(make_claim(text=text, speaker=putin, article=article, cue="told"))
    make_flag(earlier[1], earlier[2], note="Talks are refused in practice, say diplomats.")
    return {"putin": putin, "ceasefire": ceasefire, "no_ceasefire": earlier[0], "call": call}


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/claims/$"))


def screenshot(page, name, device):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}-{device}.png", full_page=True)


def test_an_editor_browses_a_speaker_and_flags_a_contradiction(live_server):
    make_user("Editor", username="edna")
    data = seed_newsroom()
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        log_in(page, live_server, "edna")
        expect(page.get_by_role("heading", name="Claims")).to_be_visible()

        page.get_by_role("navigation", name="Main").get_by_role("link", name="Speakers").click()
        page.get_by_role("link", name="Vladimir Putin").click()
        expect(page.get_by_role("heading", name="Vladimir Putin")).to_be_visible()
        expect(page.locator("svg.chart")).to_be_visible()

        page.get_by_role("link", name=re.compile("a ceasefire… is possible")).click()
        expect(page.locator(".big-quote")).to_contain_text("a ceasefire… is possible")
        expect(page.locator(".passage mark.quote")).to_contain_text("a ceasefire… is possible")

        page.get_by_role("link", name="Flag a contradiction").click()
        # Putin's own claims come first, before any search.
        page.get_by_label(re.compile("There will be no ceasefire while Ukraine rearms")).check()
        page.get_by_label("Note").fill("Ceasefire is “possible” in May, ruled out in April.")
        screenshot(page, "flag", "laptop")
        page.get_by_role("button", name="Flag contradiction").click()
        expect(page.locator(".message")).to_contain_text("Contradiction flagged")

        page.get_by_role("navigation", name="Main").get_by_role(
            "link", name="Contradictions"
        ).click()
        card = page.locator(".flag-card", has_text="ruled out in April")
        expect(card).to_contain_text("a ceasefire… is possible")
        expect(card).to_contain_text("There will be no ceasefire while Ukraine rearms")
        card.get_by_role("button", name="Confirm").click()
        expect(page.locator(".message")).to_contain_text("Flag confirmed")
        expect(page.locator(".flag-card", has_text="ruled out in April")).to_have_count(0)
    flag = ContradictionFlag.objects.get(note__contains="ruled out in April")
    assert {flag.claim_a_id, flag.claim_b_id} == {data["ceasefire"].pk, data["no_ceasefire"].pk}
    assert flag.status == "confirmed"


def test_a_journalist_reads_but_cannot_flag(live_server):
    make_user("Journalist", username="jules")
    data = seed_newsroom()
    claim_url = f"{live_server.url}{data['ceasefire'].get_absolute_url()}"
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        log_in(page, live_server, "jules")
        page.goto(claim_url)
        expect(page.locator(".big-quote")).to_contain_text("a ceasefire… is possible")
        expect(page.get_by_role("link", name="Flag a contradiction")).to_have_count(0)
        response = page.goto(f"{claim_url}flag/")
        assert response.status == 403
        page.goto(f"{live_server.url}/contradictions/")
        expect(page.locator(".flag-card")).to_have_count(1)
        expect(page.get_by_role("button", name="Dismiss")).to_have_count(0)
    assert ContradictionFlag.objects.count() == 1


def test_main_pages_never_scroll_sideways_on_laptop_or_phone(live_server):
    make_user("Editor", username="edna")
    data = seed_newsroom()
    pages = {
        "claims": "/claims/",
        "claim": data["ceasefire"].get_absolute_url(),
        "speakers": "/speakers/",
        "speaker": data["putin"].get_absolute_url(),
        "article": data["call"].get_absolute_url(),
        "contradictions": "/contradictions/",
        "submit": "/articles/submit/",
    }
    with chromium() as browser:
        for device, viewport in (("laptop", LAPTOP), ("phone", PHONE)):
            page = browser.new_page(viewport=viewport)
            page.goto(f"{live_server.url}/accounts/login/")
            screenshot(page, "login", device)
            log_in(page, live_server, "edna")
            for name, path in pages.items():
                response = page.goto(f"{live_server.url}{path}")
                assert response.status == 200, path
                # Nothing may be wider than the screen: no sideways scrolling on a phone.
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                assert overflow <= 0, f"{path} scrolls sideways on {device}"
                screenshot(page, name, device)
            page.close()
    for name in ["login", *pages]:
        for device in ("laptop", "phone"):
            assert (SCREENSHOTS / f"{name}-{device}.png").stat().st_size > 10_000
