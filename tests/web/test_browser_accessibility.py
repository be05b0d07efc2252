"""Pages everyone can use: axe-core on every page, the keyboard, and a phone's width.

axe-core (shipped inside axe-playwright-python, nothing downloaded) checks each page a
journalist, editor or admin opens. Critical and serious violations fail the test; the rest are
printed, so that they can be seen and fixed over time.
"""

import threading

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connection
from playwright.sync_api import expect

from articles.models import Article, Feed
from claims.models import ContradictionFlag
from tests.factories import make_queued_article, make_user
from tests.web.test_browser_pages import (
    CHROMIUM,
    LAPTOP,
    PHONE,
    chromium,
    log_in,
    roles,  # noqa: F401 (the autouse fixture that makes the groups again)
    screenshot,
    seed_newsroom,
)
from tests.web.test_browser_spread import seed_spread_quote

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (apt-get install chromium)",
    ),
    pytest.mark.django_db(transaction=True),
]

BLOCKING = {"critical", "serious"}


def newsroom_pages():
    """Every page journalists and editors use, by name, and the admin's pages."""
    data = seed_newsroom()
    queued = make_queued_article('"We will keep talking," the minister said.', title="Talks")
    spread_claim, *_ = seed_spread_quote()
    flag = ContradictionFlag.objects.get()
    claim_url = data["ceasefire"].get_absolute_url()
    pages = {
        "claims": "/claims/",
        "claims-filtered": "/claims/?speaker=vladimir-putin&kind=direct&flagged=on",
        "claim": claim_url,
        "speakers": "/speakers/",
        "speaker": data["putin"].get_absolute_url(),
        "article": data["call"].get_absolute_url(),
        "article-queued": queued.get_absolute_url(),
        "contradictions": "/contradictions/",
        "contradiction": f"/contradictions/{flag.pk}/",
        "flag-form": f"{claim_url}flag/",
        "submit": "/articles/submit/",
        "spreading": "/spreading/?until=2025-05-31",
        "spreading-conflicts": "/spreading/?conflicts=on",
        "claim-reports": spread_claim.get_absolute_url(),
        "claims-one-row-per-quote": "/claims/?repeats=on&sort=repeated",
    }
    admin_pages = {
        "admin": "/admin/",
        "admin-speaker-form": f"/admin/claims/speaker/{data['putin'].pk}/change/",
    }
    return pages, admin_pages


def violations(page):
    """axe-core's violations on the page as it is now: (blocking, the rest)."""
    found = Axe().run(page).response["violations"]
    return [v for v in found if v["impact"] in BLOCKING], [
        v for v in found if v["impact"] not in BLOCKING
    ]


def describe(name, found):
    return "\n".join(
        f"  {name}: {v['id']} ({v['impact']}) ×{len(v['nodes'])}: {v['help']} — "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        for v in found
    )


def check_pages(page, live_server, pages):
    blocking, report = {}, []
    for name, path in pages.items():
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        serious, other = violations(page)
        blocking[name] = serious
        report.append(f"{name}: {len(serious)} critical/serious, {len(other)} other")
        report.extend(filter(None, [describe(name, serious), describe(name, other)]))
    print("\n".join(report))
    return {name: found for name, found in blocking.items() if found}


def test_no_page_has_critical_or_serious_accessibility_violations(live_server):
    make_user("Editor", username="edna")
    make_user("Admin", username="ada")
    pages, admin_pages = newsroom_pages()
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        page.goto(f"{live_server.url}/accounts/login/")
        failing = check_pages(page, live_server, {"login": "/accounts/login/"})
        log_in(page, live_server, "edna")
        failing |= check_pages(page, live_server, pages)
        # Phones hide the claims filters behind a toggle: the page must pass that way too.
        phone = browser.new_page(viewport=PHONE)
        log_in(phone, live_server, "edna")
        phone_pages = {f"{name} (phone)": pages[name] for name in ("claims", "claim")}
        failing |= check_pages(phone, live_server, phone_pages)
        admin = browser.new_page(viewport=LAPTOP)
        log_in(admin, live_server, "ada")
        failing |= check_pages(admin, live_server, admin_pages)
    assert not failing, "\n" + "\n".join(describe(n, f) for n, f in failing.items())


FOCUSED_IS_VISIBLE = """() => {
  const el = document.activeElement;
  // A visually hidden checkbox shows its focus on its label.
  const tiny = el.getBoundingClientRect().width <= 1;
  const shown = tiny && el.labels && el.labels.length ? el.labels[0] : el;
  const box = shown.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && getComputedStyle(shown).visibility === "visible";
}"""


def contrast(first, second):
    def luminance(rgb):
        channels = [c / 255 for c in rgb]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rgb(css_colour):
    return [int(part) for part in css_colour[css_colour.index("(") + 1 : -1].split(",")[:3]]


def test_the_keyboard_skips_to_the_content_and_always_shows_where_it_is(live_server):
    make_user("Editor", username="edna")
    seed_newsroom()
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        log_in(page, live_server, "edna")
        page.goto(f"{live_server.url}/claims/")
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Skip to content")
        expect(skip).to_be_focused()
        expect(skip).to_be_visible()
        page.keyboard.press("Enter")
        expect(page.locator("main")).to_be_focused()
        # Every stop of the Tab key is something the user can see.
        page.goto(f"{live_server.url}/claims/")
        for _ in range(20):
            page.keyboard.press("Tab")
            focused = page.evaluate("document.activeElement.outerHTML.slice(0, 80)")
            assert page.evaluate(FOCUSED_IS_VISIBLE), f"focus on something hidden: {focused}"
        # An input's focus ring stands out from the page around it (3:1 at least).
        search = page.get_by_role("searchbox", name="Search claims and speakers")
        search.focus()
        ring = search.evaluate(
            "el => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth,"
            " getComputedStyle(el).outlineColor, getComputedStyle(document.body).backgroundColor]"
        )
        style, width, colour, around = ring
        assert style == "solid" and float(width.removesuffix("px")) >= 2
        assert contrast(rgb(colour), rgb(around)) >= 3


def test_main_pages_fit_a_phone(live_server):
    make_user("Editor", username="edna")
    pages, _ = newsroom_pages()
    # A long feed name makes the feed menu as wide as it can get.
    Feed.objects.create(
        url="https://daily.example.com/feeds/world.xml",
        title="The Daily Record — World news, Europe and the war in Ukraine",
    )
    with chromium() as browser:
        page = browser.new_page(viewport=PHONE)
        log_in(page, live_server, "edna")
        for name in (
            "claims",
            "claim",
            "speakers",
            "speaker",
            "article",
            "article-queued",
            "contradictions",
            "flag-form",
            "submit",
        ):
            page.goto(f"{live_server.url}{pages[name]}")
            if name == "claims":
                page.get_by_text("Filters").click()
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], f"{name} is {width}px wide on a phone"
            screenshot(page, f"a11y-{name}", "phone")

        page.goto(f"{live_server.url}{pages['claim']}")
        card = page.locator(".panel", has=page.get_by_role("link", name="Flag a contradiction"))
        assert inside(page.get_by_role("link", name="Flag a contradiction"), card, margin=0)

        page.goto(f"{live_server.url}{pages['claims']}")
        page.get_by_text("Filters").click()
        panel = page.locator(".sidebar.filters")
        for field in panel.locator("input:not([type=checkbox]), select").all():
            assert inside(field, panel, margin=12), (
                f"{field.get_attribute('name')} touches the edge"
            )


def inside(element, container, margin):
    """Whether element lies within container with at least `margin` px to spare each side."""
    box, outer = element.bounding_box(), container.bounding_box()
    return (
        box["x"] >= outer["x"] + margin
        and box["x"] + box["width"] <= outer["x"] + outer["width"] - margin
    )


def move_article(pk, status):
    """Set the article's status as a worker would: from another thread, since Django refuses
    queries from this one while Playwright's event loop runs in it."""

    def update():
        Article.objects.filter(pk=pk).update(status=status)
        connection.close()

    thread = threading.Thread(target=update)
    thread.start()
    thread.join()


def test_a_queued_article_announces_its_progress_and_reloads_once_done(live_server):
    make_user("Editor", username="edna")
    queued = make_queued_article('"We will keep talking," the minister said.', title="Talks")
    spread_claim, *_ = seed_spread_quote()
    url = f"{live_server.url}{queued.get_absolute_url()}"
    with chromium() as browser:
        page = browser.new_page(viewport=LAPTOP)
        log_in(page, live_server, "edna")
        page.goto(url)
        live = page.locator("[aria-live=polite]")
        expect(live.locator(".status")).to_have_text("Queued")
        page.evaluate("window.sameDocument = true")
        move_article(queued.pk, Article.Status.EXTRACTING)
        expect(live.locator(".status")).to_have_text("Extracting", timeout=15_000)
        assert page.evaluate("window.sameDocument"), "the page reloaded while still reading"
        move_article(queued.pk, Article.Status.DONE)
        page.wait_for_function("!window.sameDocument", timeout=15_000)  # reloaded, once done
        expect(live.locator(".status")).to_have_text("Done")
        expect(page.get_by_role("link", name="Check again")).to_have_count(0)

        # Without JavaScript the page stays put and the reader checks again when they choose.
        move_article(queued.pk, Article.Status.QUEUED)
        quiet = browser.new_context(java_script_enabled=False).new_page()
        log_in(quiet, live_server, "edna")
        quiet.goto(url)
        move_article(queued.pk, Article.Status.FETCHING)
        quiet.get_by_role("link", name="Check again").click()
        expect(quiet.locator("[aria-live=polite] .status")).to_have_text("Fetching")
